/**
 * `dist/locales/<tag>.json`: each locale's text as one flat JSON object, for i18next, react-intl or
 * a translation platform. Keys are paths in `Messages`, joined with dots, except that
 * `exceptions.<Operation>.<Exception>` holds the text the kit shows for that exception from that
 * operation (its `byOperation` message, else the general one), for every documented pair. Plural
 * forms end in i18next's `_<category>` (`ui.codeHint_one`); placeholders stay `{name}`. A cancelled
 * request's empty text is left out. Run by `npm run build`, after `vite build`.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentedExceptions } from '../src/cognito/errors.ts';
import type { Operation } from '../src/cognito/gateway.ts';
import type { Messages } from '../src/messages/index.ts';

const pluralCategories: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

function isPlural(value: object): boolean {
  return 'other' in value && Object.keys(value).every((key) => pluralCategories.includes(key));
}

function flatten(prefix: string, value: unknown, into: Record<string, string>): void {
  if (typeof value === 'string') {
    if (value !== '') into[prefix] = value;
  } else if (typeof value === 'object' && value !== null) {
    const separator = isPlural(value) ? '_' : '.';
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}${separator}${key}`, inner, into);
  }
}

/** One locale's catalogue: flat keys, sorted, to their text. */
export function flatCatalogue(messages: Messages): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const operation of Object.keys(documentedExceptions) as Operation[]) {
    const own = messages.byOperation[operation] as Partial<Record<string, string>>;
    for (const name of documentedExceptions[operation]) {
      flat[`exceptions.${operation}.${name}`] = own[name] ?? messages.exceptions[name];
    }
  }
  for (const key of ['local', 'validation', 'attributes', 'ui'] as const) flatten(key, messages[key], flat);
  return Object.fromEntries(Object.entries(flat).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Writes `<outDir>/locales/<tag>.json` for every `src/locales/<tag>.ts`; returns the tags. */
export async function writeCatalogues(outDir: string): Promise<string[]> {
  const sources = join(import.meta.dirname, '../src/locales/');
  const tags = (await readdir(sources)).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3)).sort();
  await mkdir(`${outDir}/locales`, { recursive: true });
  for (const tag of tags) {
    const { messages } = (await import(pathToFileURL(`${sources}${tag}.ts`).href)) as { messages: Messages };
    await writeFile(`${outDir}/locales/${tag}.json`, `${JSON.stringify(flatCatalogue(messages), null, 2)}\n`);
  }
  return tags;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tags = await writeCatalogues(join(import.meta.dirname, '../dist'));
  console.log(`Wrote dist/locales/<tag>.json for ${tags.length} locale(s): ${tags.join(' ')}`);
}
