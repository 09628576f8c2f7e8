// English is the kit's built-in text; this module gives it the same shape as every other locale.
export { en as messages } from '../messages/en.ts';
