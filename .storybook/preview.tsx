import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { localeItems, withLocale } from '../stories/support/storyLocales.tsx';

/** Applies the toolbar's theme and direction to a wrapper, the way an app would around the kit. */
const withThemeAndDirection: Decorator = (Story, context) => {
  const { theme, direction } = context.globals as { theme?: string; direction?: 'ltr' | 'rtl' };
  return (
    <div className="cvk-story" dir={direction ?? 'ltr'} data-cvk-theme={theme === 'dark' ? 'dark' : undefined}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  // withLocale first, so it sits inside the direction wrapper and a right-to-left locale wins.
  decorators: [withLocale, withThemeAndDirection],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit’s text (right-to-left ones set dir="rtl")',
      toolbar: { title: 'Locale', icon: 'globe', items: localeItems, dynamicTitle: true },
    },
    direction: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en' },
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
