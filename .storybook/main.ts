import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs'],
  // No "Get started" checklist over the sidebar, no onboarding guide in the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  typescript: {
    // Reads the props' JSDoc (descriptions and @default) from the TypeScript types for autodocs.
    reactDocgen: 'react-docgen-typescript',
  },
};

export default config;
