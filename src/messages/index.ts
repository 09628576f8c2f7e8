import { isAlreadyConfirmed, isDocumented, type CognitoError, type ErrorField } from '../cognito/errors.ts';
import { en } from './en.ts';
import type { Messages, MessageOverrides, PluralMessage, ReasonMessages } from './types.ts';

export { en } from './en.ts';
export type {
  AttributeText,
  DeepPartial,
  MessageOverrides,
  Messages,
  CodeReasonMessages,
  OperationExceptionName,
  PluralMessage,
  ReasonMessages,
  UiMessages,
  ValidationMessages,
} from './types.ts';

/** What to show for an error. */
export interface ErrorText {
  /** The message for people: what happened and what to do. Never Cognito's own wording. */
  text: string;
  /**
   * Extra text written by the app's own Lambda trigger (only for `UserLambdaValidationException`),
   * with Cognito's "PreSignUp failed with error " prefix removed.
   */
  detail?: string;
}

const placeholder = /\{(\w+)\}/g;

// Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms.
const rightToLeftText = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Fills `{name}` placeholders from `vars`. A placeholder with no value is left as it is, so a
 * missing variable shows up in review rather than disappearing from the sentence. In right-to-left
 * text each value is isolated, left to right (U+2066 … U+2069) unless it has right-to-left letters
 * itself (U+2068 … U+2069): otherwise the bidi algorithm turns "r***@e***" into "e@***r***" and
 * "+*******0123" into "0123*******+" inside a Persian or Hebrew sentence.
 */
export function format(template: string, vars: Readonly<Record<string, string | undefined>> = {}): string {
  const isolate = rightToLeftText.test(template);
  return template.replace(placeholder, (whole, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (value === undefined) return whole;
    if (!isolate) return value;
    return `${rightToLeftText.test(value) ? '\u2068' : '\u2066'}${value}\u2069`;
  });
}

/**
 * The form of `message` for `count` in the dictionary's language (`Intl.PluralRules`), with
 * `{name}` placeholders filled from `vars` (the count itself as it is named in the message).
 */
export function plural(
  message: PluralMessage,
  count: number,
  messages: Pick<Messages, 'locale'>,
  vars: Readonly<Record<string, string | undefined>> = {},
): string {
  const category = new Intl.PluralRules(messages.locale).select(count);
  return format(message[category] ?? message.other, vars);
}

/** Turns `custom:favourite_colour` or `dev:custom:nickName` into "favourite colour" / "nick name". */
function humanise(attributeName: string): string {
  const words = attributeName
    .replace(/^.*:/, '')
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words || attributeName;
}

function attributeText(attributeName: string, messages: Messages) {
  return Object.hasOwn(messages.attributes, attributeName) ? messages.attributes[attributeName] : undefined;
}

/**
 * The attribute as it reads inside a sentence: `email` → "email address", `phone_number` →
 * "phone number"; names the dictionary does not know are humanised (`custom:nickname` → "nickname").
 */
export function attributeLabel(attributeName: string, messages: Messages = en): string {
  return attributeText(attributeName, messages)?.noun ?? humanise(attributeName);
}

/** The attribute as a field label: `email` → "Email", `custom:nickname` → "Nickname". */
export function attributeFieldLabel(attributeName: string, messages: Messages = en): string {
  const known = attributeText(attributeName, messages)?.label;
  if (known !== undefined) return known;
  const noun = humanise(attributeName);
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

type DurationParts = { hours: number; minutes: number; seconds: number };
type DurationFormatConstructor = new (locale: string, options: object) => { format: (duration: DurationParts) => string };

/**
 * A wait as a clock reading in the locale: 27 → "0:27", 65 → "1:05", 3600 → "1:00:00" in English,
 * "0.27" in Finnish, "۰:۲۷" in Persian. Part seconds round up, so a countdown never shows "0:00"
 * while time is left; negative or non-finite input is "0:00". Uses `Intl.DurationFormat` where the
 * engine has it, else the same reading from `Intl.NumberFormat` and the locale's time separator.
 */
export function formatDuration(seconds: number, locale = 'en'): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
  const withHours = parts.hours > 0;
  const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    const options = withHours ? { hours: 'numeric', minutes: '2-digit', seconds: '2-digit' } : { minutes: 'numeric', seconds: '2-digit' };
    return new DurationFormat(locale, options).format(parts);
  }
  const number = new Intl.NumberFormat(locale, { useGrouping: false });
  const twoDigits = new Intl.NumberFormat(locale, { useGrouping: false, minimumIntegerDigits: 2 });
  const separator =
    new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
      .formatToParts(0)
      .find((part) => part.type === 'literal')?.value ?? ':';
  const clock = withHours
    ? [number.format(parts.hours), twoDigits.format(parts.minutes), twoDigits.format(parts.seconds)]
    : [number.format(parts.minutes), twoDigits.format(parts.seconds)];
  return clock.join(separator);
}

// Scripts written right to left. From the likely script of the tag (`Intl.Locale#maximize`),
// which every engine has, so the server and the browser agree (`getTextInfo` is not everywhere).
const rightToLeftScripts: ReadonlySet<string> = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/** The writing direction of a BCP 47 tag: `ar`, `he`, `fa`, `ur`, `az-Arab`… → "rtl"; anything else, or a bad tag, → "ltr". */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    return rightToLeftScripts.has(new Intl.Locale(locale).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The `dir` a form's root sets: "rtl" when its text is right to left, otherwise none, so a
 * left-to-right text follows the page (an app's own `dir` wins there).
 */
export function kitDirection(messages: Pick<Messages, 'locale'>): 'rtl' | undefined {
  return textDirection(messages.locale) === 'rtl' ? 'rtl' : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(base)) merged[key] = base[key];
  for (const key of Object.keys(override)) {
    // A key named __proto__ (from JSON.parse) would otherwise replace the prototype.
    if (key === '__proto__') continue;
    merged[key] = deepMerge(merged[key], override[key]);
  }
  return merged;
}

/**
 * `base` with `overrides` laid over it, at any depth: override one string and keep the rest.
 * Neither argument is changed. Used for the provider's `messages` prop.
 */
export function mergeMessages(base: Messages, overrides?: MessageOverrides): Messages {
  return deepMerge(base, overrides) as Messages;
}

const peopleFields: ReadonlySet<ErrorField> = new Set(['code', 'username', 'password', 'value', 'attributeName']);

function validationTemplate(error: CognitoError, messages: Messages, attributeName?: string): string | undefined {
  const { field, reason } = error;
  if (field === undefined || reason === undefined) return undefined;
  const v = messages.validation;
  if (reason === 'incomplete') {
    const length = error.length ?? 0;
    return plural(v.code.incomplete, length, messages, { length: new Intl.NumberFormat(messages.locale).format(length) });
  }
  if (field === 'value' && attributeName !== undefined && Object.hasOwn(v.valueByAttribute, attributeName)) {
    const own = v.valueByAttribute[attributeName]?.[reason];
    if (own !== undefined) return own;
  }
  const forField = v[field] as Partial<ReasonMessages> | undefined;
  return forField?.[reason] ?? (peopleFields.has(field) ? undefined : v.configuration[reason]);
}

function templateFor(error: CognitoError, messages: Messages, attributeName?: string): string {
  const { name, operation } = error;
  if (isAlreadyConfirmed(error)) return messages.ui.alreadyConfirmed;

  const forOperation = messages.byOperation[operation] as Record<string, string | undefined>;
  const override = Object.hasOwn(forOperation, name) ? forOperation[name] : undefined;
  if (override !== undefined) return override;

  const exceptions = messages.exceptions as Record<string, string | undefined>;
  if (isDocumented(operation, name) || Object.hasOwn(exceptions, name)) {
    const text = exceptions[name];
    if (text !== undefined) return text;
  }

  if (error.kind === 'validation') {
    const text = validationTemplate(error, messages, attributeName);
    if (text !== undefined) return text;
  }

  const local = messages.local as Record<string, string | undefined>;
  return (Object.hasOwn(local, name) ? local[name] : undefined) ?? messages.local.UnknownError;
}

// Cognito wraps a trigger's error as "<TriggerName> failed with error <the Lambda's message>".
const lambdaPrefix = /^\s*[A-Za-z_]+ failed with error\s*/;

function lambdaDetail(error: CognitoError): string | undefined {
  if (error.name !== 'UserLambdaValidationException') return undefined;
  const detail = (error.serverMessage ?? '').replace(lambdaPrefix, '').trim();
  return detail || undefined;
}

/**
 * The message for an error, looked up in this order: the operation's own message for the
 * exception, the exception's general message, the field-and-reason message for a validation
 * error, the kit's message for its own error names, and last `local.UnknownError` (also used
 * for exception names nobody documented). Cognito's `serverMessage` is never the `text`.
 *
 * `vars` fills placeholders. Pass `attributeName` (like `email`) and `{attribute}` is filled
 * with its label and email/phone validation messages are chosen; pass `attribute` to set the
 * label yourself.
 */
export function messageFor(
  error: CognitoError,
  messages: Messages = en,
  vars?: Record<string, string>,
): ErrorText {
  const attributeName = vars?.attributeName;
  const attribute =
    vars?.attribute ??
    (attributeName !== undefined ? attributeLabel(attributeName, messages) : messages.ui.attributeFallback);
  const text = format(templateFor(error, messages, attributeName), { ...vars, attribute });
  const detail = lambdaDetail(error);
  return detail === undefined ? { text } : { text, detail };
}
