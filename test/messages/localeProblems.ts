/**
 * What is wrong with one locale's messages, measured against English: every key and no other,
 * the same placeholders as many times, the plural forms its language has, no markup, nothing
 * empty that English says, nothing left in English unless allowed.
 */
import { en, type Messages } from '../../src/messages/index.ts';

const pluralCategories: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const markup = /<[a-z/!]|&[a-z]+;|&#\d+;/i;

/** `{attribute}` twice and `{time}` once → "attribute,attribute,time". */
export function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1])
    .sort()
    .join(',');
}

function isPlural(value: unknown): value is { other: string } & Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { other?: unknown }).other === 'string' &&
    Object.keys(value).every((key) => pluralCategories.includes(key))
  );
}

/**
 * Problems, one line each (`ui.confirm: identical to English`). `sameAsEnglish` lists keys whose
 * English text is right in this locale too (a brand name).
 */
export function localeProblems(tag: string, messages: Messages, sameAsEnglish: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (messages.locale !== tag) problems.push(`locale: "${messages.locale}", expected "${tag}"`);
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.slice().sort().join(',');

  const compareText = (path: string, english: string, englishForms: readonly string[], text: unknown) => {
    if (typeof text !== 'string') return problems.push(`${path}: expected a string`);
    if (placeholders(text) !== placeholders(english)) {
      problems.push(`${path}: placeholders {${placeholders(text)}}, English has {${placeholders(english)}}`);
    }
    if ((english === '') !== (text.trim() === '')) problems.push(`${path}: ${english === '' ? 'English is empty here' : 'empty'}`);
    if (english !== '' && englishForms.includes(text) && !sameAsEnglish.includes(path)) problems.push(`${path}: identical to English`);
    if (markup.test(text)) problems.push(`${path}: contains markup`);
    if (text !== text.trim()) problems.push(`${path}: starts or ends with white space`);
  };

  const compare = (path: string, english: unknown, value: unknown) => {
    if (typeof english === 'string') return compareText(path, english, [english], value);
    if (isPlural(english)) {
      if (!isPlural(value)) return problems.push(`${path}: expected plural forms {${categories}}`);
      const have = Object.keys(value).sort().join(',');
      if (have !== categories) problems.push(`${path}: plural forms {${have}}, ${tag} has {${categories}}`);
      for (const [category, text] of Object.entries(value)) compareText(`${path}.${category}`, english.other, Object.values(english), text);
      return;
    }
    if (typeof value !== 'object' || value === null) return problems.push(`${path}: expected an object`);
    const englishKeys = Object.keys(english as object);
    const keys = Object.keys(value);
    for (const key of englishKeys) if (!keys.includes(key)) problems.push(`${path}.${key}: missing`);
    for (const key of keys) if (!englishKeys.includes(key)) problems.push(`${path}.${key}: extra key`);
    for (const key of englishKeys) {
      if (keys.includes(key)) compare(`${path}.${key}`, (english as Record<string, unknown>)[key], (value as Record<string, unknown>)[key]);
    }
  };

  for (const key of Object.keys(en) as (keyof Messages)[]) {
    if (key === 'locale') continue;
    if (!(key in messages)) problems.push(`${key}: missing`);
    else compare(key, en[key], messages[key]);
  }
  for (const key of Object.keys(messages)) if (!(key in en)) problems.push(`${key}: extra key`);
  return problems;
}
