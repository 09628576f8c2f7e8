import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CognitoError, toCognitoError } from '../src/cognito/errors.ts';
import type { Operation } from '../src/cognito/gateway.ts';
import { ErrorMessage } from '../src/components/ErrorMessage.tsx';

/** An exception as Cognito sends it; `message` is Cognito's own text, which people never see. */
const cognito = (operation: Operation, name: string, message = 'Cognito says something terse') =>
  toCognitoError(operation, { name, message, $fault: name === 'InternalErrorException' ? 'server' : 'client', $metadata: {} });

const meta = {
  title: 'Components/ErrorMessage',
  component: ErrorMessage,
  tags: ['autodocs'],
  args: {
    error: cognito('ConfirmSignUp', 'CodeMismatchException'),
    attributeName: 'email',
    onRetry: fn(),
    onSignIn: fn(),
  },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof ErrorMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

const alert = (canvasElement: HTMLElement) => within(canvasElement).getByRole('alert');
const noButtons = async (canvasElement: HTMLElement) =>
  expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);

/** recovery `retype`: the code was wrong. */
export const Retype: Story = {
  play: async ({ canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('Error: That code does not match the one we sent.');
    await noButtons(canvasElement);
  },
};

/** recovery `resend`: no button here; the form's "Resend code" sits next to the message. */
export const Resend: Story = {
  args: { error: cognito('ConfirmSignUp', 'ExpiredCodeException') },
  play: async ({ canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('That code has expired. Ask for a new code, then enter it here.');
    await noButtons(canvasElement);
  },
};

/** recovery `wait`: the countdown sits beside the alert, so its ticking is not announced. */
export const Wait: Story = {
  args: { error: cognito('ConfirmSignUp', 'LimitExceededException'), secondsLeft: 27 },
  play: async ({ canvasElement }) => {
    const countdown = within(canvasElement).getByText('Try again after 0:27.');
    await expect(alert(canvasElement)).toHaveTextContent('There have been too many wrong codes.');
    await expect(alert(canvasElement)).not.toContainElement(countdown);
    await noButtons(canvasElement);
  },
};

/** recovery `retry`: a passing failure (here Cognito's own). */
export const Retry: Story = {
  args: { error: cognito('ConfirmSignUp', 'InternalErrorException') },
  play: async ({ args, canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('There is a problem with the sign-in service.');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const NetworkFailure: Story = {
  args: { error: toCognitoError('VerifyUserAttribute', new TypeError('Failed to fetch')) },
  play: async ({ args, canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('We could not connect. Check your internet connection and try again.');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** recovery `signIn`: the access token is gone. */
export const SignIn: Story = {
  args: { error: cognito('VerifyUserAttribute', 'NotAuthorizedException', 'Access Token has expired') },
  play: async ({ args, canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('Your session has ended. Sign in again to continue.');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Sign in again' }));
    await expect(args.onSignIn).toHaveBeenCalledTimes(1);
  },
};

/** recovery `aliasConflict`, when the app does not allow taking the address over. */
export const AliasConflict: Story = {
  args: { error: cognito('ConfirmSignUp', 'AliasExistsException') },
  play: async ({ canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('Another account already uses this email address.');
    await noButtons(canvasElement);
  },
};

/** recovery `aliasConflict`, when the app allows `forceAliasCreation`: the button says what it does to the other account. */
export const AliasConflictForceAllowed: Story = {
  args: { error: cognito('ConfirmSignUp', 'AliasExistsException'), onForceAliasCreation: fn() },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Use it for this account instead' });
    await expect(button).toHaveAccessibleDescription('The other account will no longer be able to sign in with this email address.');
    await userEvent.click(button);
    await expect(args.onForceAliasCreation).toHaveBeenCalledTimes(1);
  },
};

/** recovery `fixInput`: a value rejected before any request, in the attribute's own words. */
export const FixInput: Story = {
  args: {
    error: new CognitoError({
      name: 'ValidationError',
      operation: 'UpdateUserAttributes',
      kind: 'validation',
      recovery: 'fixInput',
      retryable: false,
      field: 'value',
      reason: 'format',
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('Enter an email address in the right format, like name@example.com');
    await noButtons(canvasElement);
  },
};

/** recovery `config`: the pool is set up wrongly. A calm message for people; developers get a console line from the hook. */
export const ConfigFault: Story = {
  args: { error: cognito('GetUserAttributeVerificationCode', 'InvalidSmsRoleAccessPolicyException') },
  play: async ({ canvasElement }) => {
    await expect(alert(canvasElement)).toHaveTextContent('We cannot send text messages at the moment because of a problem on our side.');
    await expect(canvasElement).not.toHaveTextContent('Cognito says');
    await noButtons(canvasElement);
  },
};

/** A Lambda trigger's own text, written by the app, is shown as a second line. */
export const LambdaDetail: Story = {
  args: {
    error: cognito('UpdateUserAttributes', 'UserLambdaValidationException', 'PreUpdate failed with error Addresses at example.org cannot be used.'),
  },
  play: async ({ canvasElement }) => {
    const message = alert(canvasElement);
    await expect(message).toHaveTextContent('This email address was not accepted. Check it, or enter a different one.');
    await expect(within(message).getByText('Addresses at example.org cannot be used.')).toBeInTheDocument();
    await expect(canvasElement).not.toHaveTextContent('failed with error');
  },
};
