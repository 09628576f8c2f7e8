import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { CodeDeliveryDetails } from '../src/cognito/gateway.ts';
import { ResendButton } from '../src/components/ResendButton.tsx';
import type { ResendButtonProps } from '../src/components/ResendButton.tsx';
import { useResendCooldown } from '../src/hooks/useResendCooldown.ts';

const delivery: CodeDeliveryDetails = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' };

const meta = {
  title: 'Components/ResendButton',
  component: ResendButton,
  tags: ['autodocs'],
  args: { secondsLeft: 0, canResend: true, isResending: false, delivery, onResend: fn() },
  argTypes: { secondsLeft: { control: { type: 'number', min: 0 } } },
} satisfies Meta<typeof ResendButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Resend code' });
    await expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    await expect(args.onResend).toHaveBeenCalledTimes(1);
  },
};

/** During the cooldown the button stays focusable, so its name (and the wait) can be read. */
export const Waiting: Story = {
  args: { secondsLeft: 27, canResend: false },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Resend code in 0:27' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    await expect(args.onResend).not.toHaveBeenCalled();
  },
};

/** After "too many" errors Cognito's limits lengthen the wait. */
export const WaitingLong: Story = {
  args: { secondsLeft: 120, canResend: false },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resend code in 2:00' }));
    await expect(args.onResend).not.toHaveBeenCalled();
  },
};

export const Sending: Story = {
  args: { isResending: true },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Sending…' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    await expect(args.onResend).not.toHaveBeenCalled();
  },
};

/** On the server and while hydrating the clock is not read: the words are stable, the button waits. */
export const NotHydrated: Story = {
  args: { secondsLeft: null, canResend: false },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Resend code' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onResend).not.toHaveBeenCalled();
  },
};

/** The button over the real cooldown hook; the request takes a moment and the code goes to a new address each time. */
function ResendDemo(args: ResendButtonProps) {
  const cooldown = useResendCooldown({ baseSeconds: 30 });
  const [sent, setSent] = useState<CodeDeliveryDetails | null | undefined>(args.delivery);
  const [isResending, setIsResending] = useState(false);
  return (
    <ResendButton
      secondsLeft={cooldown.secondsLeft}
      canResend={cooldown.canResend}
      isResending={isResending}
      delivery={sent}
      onResend={() => {
        args.onResend();
        setIsResending(true);
        setTimeout(() => {
          cooldown.codeSent();
          setSent({ ...delivery });
          setIsResending(false);
        }, 300);
      }}
    />
  );
}

/** A hidden polite region says once that a new code went out; the countdown itself is never announced. */
export const AfterResend: Story = {
  render: (args) => <ResendDemo {...args} />,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Resend code' }));
    await expect(args.onResend).toHaveBeenCalledTimes(1);
    await expect(await canvas.findByText('We sent a new code to a***@e***.')).toBeInTheDocument();
    const button = canvas.getByRole('button', { name: /^Resend code in 0:(30|29)$/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onResend).toHaveBeenCalledTimes(1);
  },
};
