import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TEST_CODE } from '../src/testing.ts';
import { CustomConfirm } from './support/CustomConfirm.tsx';
import { gatewayOf, scriptedLoader, withScriptedProvider } from './support/decorators.tsx';

const meta = {
  title: 'Compose/Custom layout',
  component: CustomConfirm,
  args: { username: 'ada', delivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' } },
  loaders: [scriptedLoader],
  decorators: [withScriptedProvider()],
} satisfies Meta<typeof CustomConfirm>;

export default meta;
type Story = StoryObj<typeof meta>;

const field = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Confirmation code' });

export const WrongThenRight: Story = {
  play: async ({ canvasElement, ...context }) => {
    const gateway = gatewayOf(context);
    gateway.failNext('ConfirmSignUp', 'CodeMismatchException');
    await userEvent.type(field(canvasElement), '654321');
    const alert = await within(canvasElement).findByRole('alert');
    await expect(field(canvasElement)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(canvasElement).getAttribute('aria-describedby')).toContain(alert.id);
    await waitFor(() => expect(field(canvasElement)).toHaveFocus());
    await userEvent.keyboard(TEST_CODE);
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Your account is confirmed.');
  },
};
