/**
 * Every locale module in src/locales: complete against English, the same placeholders, its
 * language's plural forms, no markup, nothing left in English, and written out in full.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentedExceptions, toCognitoError } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { en, messageFor, textDirection, type Messages } from '../../src/messages/index.ts';
import { localeProblems } from './localeProblems.ts';

const modules = import.meta.glob<{ messages: Messages }>('../../src/locales/*.ts', { eager: true });
const locales = Object.entries(modules)
  .map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1, -3), module.messages] as const)
  .sort(([a], [b]) => (a < b ? -1 : 1));
const translated = locales.filter(([tag]) => tag !== 'en');

/** Keys whose English text is also right in that locale. */
const sameAsEnglish: Record<string, readonly string[]> = {
  es: ['ui.errorPrefix'], // "Error:" is Spanish too
  id: ['attributes.email.label'], // "Email" is the everyday Indonesian word (over the formal "Surel")
  vi: ['attributes.email.label'], // "Email" is how Vietnamese forms label the field
};

const rightToLeft = new Set(['ar', 'fa', 'he']);

const pairs = (Object.keys(documentedExceptions) as Operation[]).flatMap((operation) =>
  documentedExceptions[operation].map((name) => [operation, name] as const),
);
const serviceError = (operation: Operation, name: string) =>
  toCognitoError(operation, { name, message: 'raw server text', $fault: 'client', $metadata: { httpStatusCode: 400 } });

/** The locales the kit ships: each has its module, and there are no others. */
const shipped = [
  'en', 'es', 'fr', 'de', 'it', 'pt-BR', 'pt-PT', 'nl', 'sv', 'nb', 'da', 'fi', 'is', 'pl', 'cs', 'sk', 'hu', 'ro', 'bg', 'el', 'tr',
  'ru', 'uk', 'hr', 'sr', 'sl', 'lt', 'lv', 'et', 'ar', 'he', 'fa', 'hi', 'bn', 'id', 'ms', 'th', 'vi', 'ja', 'ko', 'zh-CN', 'zh-TW',
];

describe('the locale modules', () => {
  it('are the 42 the kit ships', () => {
    expect(locales.map(([tag]) => tag)).toEqual([...shipped].sort());
  });

  it('include English as `messages`', () => {
    expect(Object.fromEntries(locales).en).toBe(en);
  });
});

describe.each(translated)('locale %s', (tag, messages) => {
  it('has every key of English and no other, with the same placeholders and no markup', () => {
    expect(localeProblems(tag, messages, sameAsEnglish[tag])).toEqual([]);
  });

  it('is a canonical tag that Intl formats and pluralises', () => {
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(Intl.PluralRules.supportedLocalesOf([tag])).toEqual([tag]);
    expect(Intl.NumberFormat.supportedLocalesOf([tag])).toEqual([tag]);
  });

  it(`reads ${rightToLeft.has(tag) ? 'right to left' : 'left to right'}`, () => {
    expect(textDirection(tag)).toBe(rightToLeft.has(tag) ? 'rtl' : 'ltr');
  });

  it('has its own text for every documented exception of every operation', () => {
    for (const [operation, name] of pairs) {
      const { text } = messageFor(serviceError(operation, name), messages, { attributeName: 'email' });
      const english = messageFor(serviceError(operation, name), en, { attributeName: 'email' }).text;
      expect(text, `${operation} / ${name}`).not.toMatch(/[{}]/);
      expect(text, `${operation} / ${name}`).not.toBe(english);
      expect(text.trim(), `${operation} / ${name}`).not.toBe('');
    }
  });

  it('is written out in full: one typed table, imports only the type, no spreads', () => {
    const source = readFileSync(resolve(process.cwd(), `src/locales/${tag}.ts`), 'utf8');
    expect(source).toContain('export const messages: Messages = {');
    expect(source.match(/^import .*$/gm)).toEqual([`import type { Messages } from '../messages/types.ts';`]);
    expect(source).not.toMatch(/\.\.\.[\w$(]/);
  });
});

describe('localeProblems', () => {
  // A stand-in translation: English with every string marked, so nothing is identical.
  const mark = (value: unknown): unknown =>
    typeof value === 'string'
      ? value === '' ? '' : `«${value}»`
      : Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, mark(inner)]));
  const translation = () => ({ ...(mark(en) as Messages), locale: 'de' });

  it('finds nothing wrong with a complete translation', () => {
    expect(localeProblems('de', translation())).toEqual([]);
  });

  it.each<[string, (m: Messages & Record<string, unknown>) => void, string]>([
    ['a missing key', (m) => delete (m.ui as Partial<Messages['ui']>).confirm, 'ui.confirm: missing'],
    ['an extra key', (m) => Object.assign(m.local, { Typo: 'x' }), 'local.Typo: extra key'],
    ['a missing placeholder', (m) => (m.ui.resendCodeIn = 'Neuer Code gleich'), 'ui.resendCodeIn: placeholders {}, English has {time}'],
    ['an added placeholder', (m) => (m.ui.confirm = 'Bestätigen {name}'), 'ui.confirm: placeholders {name}, English has {}'],
    ['a placeholder used once where English has it twice', (m) => (m.exceptions.AliasExistsException = 'Die {attribute} ist vergeben.'), 'exceptions.AliasExistsException: placeholders {attribute}, English has {attribute,attribute}'],
    ['a count dropped from a plural form', (m) => (m.ui.codeHint.one = 'Code eingeben'), 'ui.codeHint.one: placeholders {}, English has {length}'],
    ['text left in English', (m) => (m.ui.save = 'Save'), 'ui.save: identical to English'],
    ['a plural form left in English', (m) => (m.ui.codeHint.other = en.ui.codeHint.one as string), 'ui.codeHint.other: identical to English'],
    ['markup', (m) => (m.ui.confirmed = 'Ihr Konto ist <b>bestätigt</b>.'), 'ui.confirmed: contains markup'],
    ['an HTML entity', (m) => (m.ui.saved = 'Gespeichert&nbsp;{attribute}'), 'ui.saved: contains markup'],
    ['an empty message', (m) => (m.ui.verify = ' '), 'ui.verify: empty'],
    ['text where English shows none', (m) => (m.local.AbortError = 'Abgebrochen'), 'local.AbortError: English is empty here'],
    ['plural forms the language lacks', (m) => (m.ui.codeHint = { ...m.ui.codeHint, few: '{length}' }), 'ui.codeHint: plural forms {few,one,other}, de has {one,other}'],
    ['a plain string for plural forms', (m) => ((m.validation.code as Record<string, unknown>).incomplete = 'Alle {length}'), 'validation.code.incomplete: expected plural forms {one,other}'],
    ['another locale tag', (m) => (m.locale = 'de-AT'), 'locale: "de-AT", expected "de"'],
  ])('reports %s', (_, breakIt, problem) => {
    const broken = translation() as Messages & Record<string, unknown>;
    breakIt(broken);
    expect(localeProblems('de', broken)).toContain(problem);
  });

  it('accepts English text where the locale allows it', () => {
    const messages = translation();
    messages.ui.errorPrefix = en.ui.errorPrefix;
    expect(localeProblems('de', messages, ['ui.errorPrefix'])).toEqual([]);
  });
});
