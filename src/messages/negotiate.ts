import { en } from './en.ts';
import { mergeMessages } from './index.ts';
import type { MessageOverrides, Messages } from './types.ts';

/**
 * What the provider's `messages` takes: one locale's messages (a `cognito-verify-kit/locales/<tag>`
 * module's `messages`), partial overrides, or a list of them. Each entry belongs to the locale it
 * names (`locale`, else "en"); entries of the same locale are laid over each other in order, and
 * every locale falls back to English key by key.
 */
export type MessagesOption = MessageOverrides | readonly MessageOverrides[];

/** The locale the app asks for: one BCP 47 tag, or preferences in order (`navigator.languages`). */
export type LocaleOption = string | readonly string[];

export interface NegotiatedMessages {
  /** The dictionary chosen, its `locale` set to the requested tag it serves (`pt-BR` for a `pt` request). */
  messages: Messages;
  /** Requested tags that had no dictionary before the one chosen (all of them when English was the fallback). */
  unmatched: string[];
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function maximized(tag: string): { full: string; languageScript: string } {
  const locale = new Intl.Locale(tag).maximize();
  return { full: locale.baseName, languageScript: `${locale.language}-${locale.script ?? ''}` };
}

/** `pt-BR-x-demo` → `pt-BR-x-demo`, `pt-BR`, `pt` (RFC 4647 lookup). */
function truncations(tag: string): string[] {
  const subtags = tag.split('-');
  return subtags.map((_, index) => subtags.slice(0, subtags.length - index).join('-'));
}

/**
 * Picks the dictionary for the requested locales: for each tag in order, the dictionary of that
 * tag or a shorter one (`pt-BR` → `pt`), else one that is the same locale in full (`zh-Hant` →
 * `zh-TW`), else one in the same language and script (`pt-PT` → `pt-BR`); when no tag matches,
 * English. Without a `locale`, the first entry's locale is asked for.
 */
export function negotiateMessages(locale: LocaleOption | undefined, messages: MessagesOption | undefined): NegotiatedMessages {
  const entries: readonly MessageOverrides[] = messages === undefined ? [] : Array.isArray(messages) ? messages : [messages as MessageOverrides];
  const dictionaries = new Map<string, Messages>([['en', en]]);
  for (const entry of entries) {
    const tag = canonical(entry.locale ?? 'en') ?? 'en';
    dictionaries.set(tag, mergeMessages(dictionaries.get(tag) ?? en, { ...entry, locale: tag }));
  }
  const available = [...dictionaries.keys()].map((tag) => ({ tag, ...maximized(tag) }));
  const requested: readonly string[] = locale === undefined ? [canonical(entries[0]?.locale ?? 'en') ?? 'en'] : [locale].flat();

  const unmatched: string[] = [];
  for (const wanted of requested) {
    const tag = canonical(wanted);
    const match =
      tag === undefined
        ? undefined
        : (truncations(tag).find((candidate) => dictionaries.has(candidate)) ??
          available.find((a) => a.full === maximized(tag).full)?.tag ??
          available.find((a) => a.languageScript === maximized(tag).languageScript)?.tag);
    if (tag !== undefined && match !== undefined) {
      const chosen = dictionaries.get(match) as Messages;
      return { messages: chosen.locale === tag ? chosen : mergeMessages(chosen, { locale: tag }), unmatched };
    }
    unmatched.push(wanted);
  }
  return { messages: dictionaries.get('en') as Messages, unmatched };
}

const warned = new Set<string>();

/** Logs one developer line per set of locales the app asked for and passed no messages for. */
export function warnUnmatched({ messages, unmatched }: NegotiatedMessages, available: MessagesOption | undefined): void {
  if (unmatched.length === 0) return;
  const have = [...new Set(['en', ...[available ?? []].flat().map((entry) => entry.locale ?? 'en')])].join(', ');
  const line =
    `cognito-verify-kit: no messages for ${unmatched.map((tag) => JSON.stringify(tag)).join(', ')} (have ${have}); showing "${messages.locale}". ` +
    `Pass a locale's messages: import { messages } from 'cognito-verify-kit/locales/<tag>', then <CognitoVerifyProvider messages={…}>.`;
  if (warned.has(line)) return;
  warned.add(line);
  console.warn(line);
}
