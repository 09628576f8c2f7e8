import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import { localeItems, withLocale } from '../stories/support/storyLocales.tsx';
import './preview.css';

/** The toolbar's "theme": a value of `data-cvk-theme`, or `unset` for a host page that sets none. */
type Theme = 'unset' | 'light' | 'dark' | 'system';

/**
 * Wraps every story the way an app wraps the kit: `data-cvk-theme` and `dir` on an ancestor.
 * The wrapper fills the canvas (preview.css), so the kit's theme paints the whole background.
 */
const withThemeAndDirection: Decorator = (Story, context) => {
  const { theme, direction } = context.globals as { theme?: Theme; direction?: 'ltr' | 'rtl' };
  return (
    <div className="cvk-story" dir={direction ?? 'ltr'} data-cvk-theme={theme && theme !== 'unset' ? theme : undefined}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  // withLocale first, so it sits inside the direction wrapper and a right-to-left locale wins.
  decorators: [withLocale, withThemeAndDirection],
  // One entry per toolbar menu.
  globalTypes: {
    theme: {
      description: 'data-cvk-theme on the page (unset: the kit stays light whatever the OS says)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'unset', title: 'Unset (light)', icon: 'browser' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'System (follows the OS)', icon: 'contrast' },
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
  initialGlobals: { theme: 'unset', direction: 'ltr', locale: 'en' },
  parameters: {
    controls: { expanded: true },
    // The wrapper brings its own padding and background, edge to edge.
    layout: 'fullscreen',
  },
};

export default preview;
