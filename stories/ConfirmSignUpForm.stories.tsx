import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConfirmSignUpForm } from '../src/components/ConfirmSignUpForm.tsx';
import type { Operation } from '../src/cognito/gateway.ts';
import { en } from '../src/messages/index.ts';
import { gatewayOf, scriptedLoader, withScriptedProvider } from './support/decorators.tsx';
import { expectExceptionShown, failWith, type ExceptionParameters } from './support/exceptionStories.ts';
import { TEST_CODE } from '../src/testing.ts';

const meta = {
  title: 'Forms/ConfirmSignUpForm',
  component: ConfirmSignUpForm,
  tags: ['autodocs'],
  args: {
    username: 'ada',
    delivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' },
    onConfirmed: fn(),
    onSignIn: fn(),
  },
  loaders: [scriptedLoader],
  decorators: [withScriptedProvider()],
} satisfies Meta<typeof ConfirmSignUpForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const label = 'Confirmation code';
const field = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: label });

/** One story per documented exception: type a code (or ask for a new one) and see what a person is told. */
function exceptionStory(operation: Extract<Operation, 'ConfirmSignUp' | 'ResendConfirmationCode'>, name: string): Story {
  const exception: ExceptionParameters = { operation, name };
  const resend = operation === 'ResendConfirmationCode';
  return {
    args: { codeJustSent: false },
    parameters: { exception, scripted: { script: failWith(operation, name) } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const typed = resend ? '123' : '654321';
      // Pasted, not typed: one event instead of six keeps the 30 stories quick.
      await userEvent.click(field(canvasElement));
      await userEvent.paste(typed);
      if (resend) await userEvent.click(canvas.getByRole('button', { name: 'Resend code' }));
      await expectExceptionShown(canvasElement, { ...exception, fieldName: label, typed, fieldKind: 'code', attributeName: 'email' });
    },
  };
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(field(canvasElement)).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
    await expect(canvas.getByRole('button', { name: 'Confirm' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: /^Resend code/ })).toBeInTheDocument();
  },
};

export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), TEST_CODE);
    await expect(await within(canvasElement).findByText('Your account is confirmed.')).toHaveAttribute('role', 'status');
    await expect(args.onConfirmed).toHaveBeenCalledWith({ alreadyConfirmed: false });
  },
};

/** Cognito's check takes a while: the form is busy and the button says so. */
export const Loading: Story = {
  parameters: { scripted: { delay: 1500 } },
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement), TEST_CODE);
    await expect(canvasElement.querySelector('form')).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByRole('button', { name: en.ui.submitting })).toBeInTheDocument();
  },
};

export const AlreadyConfirmed: Story = {
  parameters: { scripted: { confirmed: true } },
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), TEST_CODE);
    await expect(await within(canvasElement).findByText(en.ui.alreadyConfirmed)).toHaveAttribute('role', 'status');
    await expect(args.onConfirmed).toHaveBeenCalledWith({ alreadyConfirmed: true });
  },
};

/** A code was just sent: a new one can be asked for after 30 seconds. */
export const Cooldown: Story = {
  play: async ({ canvasElement }) => {
    const resend = within(canvasElement).getByRole('button', { name: /^Resend code in 0:(30|29)$/ });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Too many wrong codes: Cognito asks to wait, and the form says until when. */
export const LimitReached: Story = {
  parameters: { scripted: { script: failWith('ConfirmSignUp', 'LimitExceededException') } },
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement), '654321');
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.byOperation.ConfirmSignUp.LimitExceededException!);
    await expect(canvas.getByText(/^Try again after \d+:\d\d\.$/)).toBeInTheDocument();
  },
};

/** No network: "Try again" sends the same code again once the connection is back. */
export const Offline: Story = {
  parameters: { scripted: { offline: true } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.type(field(context.canvasElement), TEST_CODE);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.local.NetworkError);
    gatewayOf(context).setOffline(false);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.tryAgain }));
    await expect(await canvas.findByText('Your account is confirmed.')).toHaveAttribute('role', 'status');
  },
};

/** The email belongs to a confirmed account and the app allows moving it to this one. */
export const AliasConflictForceAllowed: Story = {
  parameters: { scripted: { allowForceAliasCreation: true, script: failWith('ConfirmSignUp', 'AliasExistsException', 1) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(field(canvasElement), TEST_CODE);
    await userEvent.click(await canvas.findByRole('button', { name: en.ui.useThisAnyway }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Your account is confirmed.'));
  },
};

export const ConfirmAliasExists = exceptionStory('ConfirmSignUp', 'AliasExistsException');
export const ConfirmCodeMismatch = exceptionStory('ConfirmSignUp', 'CodeMismatchException');
export const ConfirmExpiredCode = exceptionStory('ConfirmSignUp', 'ExpiredCodeException');
export const ConfirmForbidden = exceptionStory('ConfirmSignUp', 'ForbiddenException');
export const ConfirmInternalError = exceptionStory('ConfirmSignUp', 'InternalErrorException');
export const ConfirmInvalidLambdaResponse = exceptionStory('ConfirmSignUp', 'InvalidLambdaResponseException');
export const ConfirmInvalidParameter = exceptionStory('ConfirmSignUp', 'InvalidParameterException');
export const ConfirmLimitExceeded = exceptionStory('ConfirmSignUp', 'LimitExceededException');
export const ConfirmNotAuthorized = exceptionStory('ConfirmSignUp', 'NotAuthorizedException');
export const ConfirmResourceNotFound = exceptionStory('ConfirmSignUp', 'ResourceNotFoundException');
export const ConfirmTooManyFailedAttempts = exceptionStory('ConfirmSignUp', 'TooManyFailedAttemptsException');
export const ConfirmTooManyRequests = exceptionStory('ConfirmSignUp', 'TooManyRequestsException');
export const ConfirmUnexpectedLambda = exceptionStory('ConfirmSignUp', 'UnexpectedLambdaException');
export const ConfirmUserLambdaValidation = exceptionStory('ConfirmSignUp', 'UserLambdaValidationException');
export const ConfirmUserNotFound = exceptionStory('ConfirmSignUp', 'UserNotFoundException');

export const ResendCodeDeliveryFailure = exceptionStory('ResendConfirmationCode', 'CodeDeliveryFailureException');
export const ResendForbidden = exceptionStory('ResendConfirmationCode', 'ForbiddenException');
export const ResendInternalError = exceptionStory('ResendConfirmationCode', 'InternalErrorException');
export const ResendInvalidEmailRoleAccessPolicy = exceptionStory('ResendConfirmationCode', 'InvalidEmailRoleAccessPolicyException');
export const ResendInvalidLambdaResponse = exceptionStory('ResendConfirmationCode', 'InvalidLambdaResponseException');
export const ResendInvalidParameter = exceptionStory('ResendConfirmationCode', 'InvalidParameterException');
export const ResendInvalidSmsRoleAccessPolicy = exceptionStory('ResendConfirmationCode', 'InvalidSmsRoleAccessPolicyException');
export const ResendInvalidSmsRoleTrustRelationship = exceptionStory('ResendConfirmationCode', 'InvalidSmsRoleTrustRelationshipException');
export const ResendLimitExceeded = exceptionStory('ResendConfirmationCode', 'LimitExceededException');
export const ResendNotAuthorized = exceptionStory('ResendConfirmationCode', 'NotAuthorizedException');
export const ResendResourceNotFound = exceptionStory('ResendConfirmationCode', 'ResourceNotFoundException');
export const ResendTooManyRequests = exceptionStory('ResendConfirmationCode', 'TooManyRequestsException');
export const ResendUnexpectedLambda = exceptionStory('ResendConfirmationCode', 'UnexpectedLambdaException');
export const ResendUserLambdaValidation = exceptionStory('ResendConfirmationCode', 'UserLambdaValidationException');
export const ResendUserNotFound = exceptionStory('ResendConfirmationCode', 'UserNotFoundException');
