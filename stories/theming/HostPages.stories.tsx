import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { VerifyAttributeForm } from '../../src/components/VerifyAttributeForm.tsx';
import { scriptedLoader, withScriptedProvider } from '../support/decorators.tsx';

/**
 * The kit inside host pages that paint their own surface, white or black, with a theme chosen on a
 * subtree: wherever the kit sets a text colour it paints the surface behind it, so each reads
 * right on either page. The axe matrix checks this story under every OS scheme and theme.
 */
const meta = {
  title: 'Theming/Host pages',
  tags: ['!autodocs'],
  loaders: [scriptedLoader],
  decorators: [withScriptedProvider()],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const hosts = [
  { name: 'A white host page', style: { backgroundColor: '#ffffff', color: '#111111' } },
  { name: 'A black host page', style: { backgroundColor: '#000000', color: '#f5f5f5' } },
] as const;

/** Dark and light subtrees on a white and a black page; the code is wrong, so errors show too. */
export const SubtreesOnHostPages: Story = {
  render: () => (
    <>
      {hosts.map((host) => (
        <section key={host.name} aria-label={host.name} style={{ ...host.style, padding: '1rem', display: 'grid', gap: '1rem' }}>
          <p>{host.name}, the kit's theme chosen on each panel below.</p>
          {(['dark', 'light', 'system'] as const).map((theme) => (
            <div key={theme} data-cvk-theme={theme}>
              <VerifyAttributeForm attributeName="email" />
            </div>
          ))}
          <VerifyAttributeForm attributeName="email" />
        </section>
      ))}
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fields = canvas.getAllByRole('textbox', { name: 'Verification code' });
    await expect(fields).toHaveLength(8);
    await userEvent.click(fields[0]!);
    await userEvent.paste('000000');
    await expect(await canvas.findByRole('alert')).toBeInTheDocument();
  },
};
