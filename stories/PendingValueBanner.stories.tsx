import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CodeField } from '../src/components/CodeField.tsx';
import { PendingValueBanner } from '../src/components/PendingValueBanner.tsx';
import { ResendButton } from '../src/components/ResendButton.tsx';

const meta = {
  title: 'Components/PendingValueBanner',
  component: PendingValueBanner,
  tags: ['autodocs'],
  args: { attributeName: 'email', status: 'pending', value: 'new@example.com', currentValue: 'old@example.com' },
  argTypes: { status: { control: 'inline-radio', options: ['pending', 'unverified'] } },
  // The banner as the settings form uses it: the code entry and resend button inside.
  render: (args) => (
    <PendingValueBanner {...args}>
      <CodeField label="Verification code" hint="We sent a 6-digit code to n***@e***." />
      <ResendButton secondsLeft={27} canResend={false} onResend={() => {}} />
    </PendingValueBanner>
  ),
} satisfies Meta<typeof PendingValueBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The new email waits for its code; the old one stays in use. */
export const Pending: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Verify your new email address' })).toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Your current email address stays active until you verify new@example.com.',
    );
    await expect(canvas.getByRole('textbox', { name: 'Verification code' })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Cancel change' })).not.toBeInTheDocument();
  },
};

/** The current phone number itself is not verified yet; there is no change to cancel. */
export const Unverified: Story = {
  args: { attributeName: 'phone_number', status: 'unverified', value: '+15555550123', currentValue: '+15555550123', onCancel: fn() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Your phone number is not verified' })).toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent('+15555550123 needs verifying before you can use it.');
    await expect(canvas.queryByRole('button', { name: 'Cancel change' })).not.toBeInTheDocument();
  },
};

export const WithCancel: Story = {
  args: { onCancel: fn() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Cancel change' }));
    await expect(args.onCancel).toHaveBeenCalledTimes(1);
  },
};

/** Long addresses wrap instead of overflowing a narrow screen. */
export const LongValue: Story = {
  args: { value: 'firstname.middlename.lastname.department@subdomain.example-organisation.co.uk' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('firstname.middlename.lastname.department@');
  },
};
