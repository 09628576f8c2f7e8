/**
 * The Storybook locale toolbar: every `src/locales/<tag>.ts`, a decorator that sets `lang` (and
 * `dir="rtl"` for a right-to-left locale) around the story, and `useStoryLocale()` for the
 * stories' own `CognitoVerifyProvider`s.
 */
import { createContext, useContext } from 'react';
import type { Decorator } from '@storybook/react-vite';
import { en, kitDirection, type Messages } from '../../src/messages/index.ts';

const modules = import.meta.glob<{ messages: Messages }>('../../src/locales/*.ts', { eager: true });
const byTag = new Map(Object.values(modules).map(({ messages }) => [messages.locale, messages]));
const tags = [...byTag.keys()].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/** The toolbar's items: each locale named in its own language. */
export const localeItems = tags.map((tag) => ({
  value: tag,
  title: new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag,
  right: tag,
}));

const StoryLocale = createContext<Messages>(en);

/** `locale` and `messages` for a story's `CognitoVerifyProvider`, from the toolbar. */
export function useStoryLocale(): { locale: string; messages: Messages } {
  const messages = useContext(StoryLocale);
  return { locale: messages.locale, messages };
}

/** Puts the toolbar's locale around the story: its messages in context, `lang`, and `dir` when it is right to left. */
export const withLocale: Decorator = (Story, context) => {
  const messages = byTag.get(String(context.globals.locale)) ?? en;
  return (
    <StoryLocale.Provider value={messages}>
      <div lang={messages.locale} dir={kitDirection(messages)}>
        <Story />
      </div>
    </StoryLocale.Provider>
  );
};
