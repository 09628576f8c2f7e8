import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { VerifyAttributeForm } from '../src/components/VerifyAttributeForm.tsx';
import type { Operation } from '../src/cognito/gateway.ts';
import { en } from '../src/messages/index.ts';
import { gatewayOf, scriptedLoader, withScriptedProvider } from './support/decorators.tsx';
import { expectExceptionShown, failWith, type ExceptionParameters } from './support/exceptionStories.ts';
import { RIGHT_CODE } from './support/scriptedGateway.ts';

const meta = {
  title: 'Forms/VerifyAttributeForm',
  component: VerifyAttributeForm,
  tags: ['autodocs'],
  args: { attributeName: 'email', onVerified: fn(), onSignIn: fn() },
  loaders: [scriptedLoader],
  decorators: [withScriptedProvider()],
} satisfies Meta<typeof VerifyAttributeForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const label = 'Verification code';
const verified = 'Your email address is verified.';
const field = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: label });

/** One story per documented exception: enter a code (or ask for one) and see what a person is told. */
function exceptionStory(operation: Extract<Operation, 'VerifyUserAttribute' | 'GetUserAttributeVerificationCode'>, name: string): Story {
  const exception: ExceptionParameters = { operation, name };
  const send = operation === 'GetUserAttributeVerificationCode';
  return {
    parameters: { exception, scripted: { script: failWith(operation, name) } },
    play: async ({ canvasElement }) => {
      const typed = send ? '123' : '654321';
      // Pasted, not typed: one event instead of six keeps the 30 stories quick.
      await userEvent.click(field(canvasElement));
      await userEvent.paste(typed);
      if (send) await userEvent.click(within(canvasElement).getByRole('button', { name: en.ui.sendCode }));
      await expectExceptionShown(canvasElement, { ...exception, fieldName: label, typed, fieldKind: 'code', attributeName: 'email' });
    },
  };
}

/** No code was sent yet: "Send code" asks for one. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(field(canvasElement)).toHaveAccessibleDescription(`${en.ui.codeNotSentYet} Enter the 6-digit code`);
    await expect(canvas.getByRole('button', { name: 'Verify' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: en.ui.sendCode }));
    await expect(await canvas.findByRole('button', { name: /^Resend code in 0:(30|29)$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(field(canvasElement)).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
  },
};

/** A code went out just before (after sign-in or an update): a new one can be asked for after 30 seconds. */
export const Cooldown: Story = {
  args: { delivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' } },
  play: async ({ canvasElement }) => {
    const resend = within(canvasElement).getByRole('button', { name: /^Resend code in 0:(30|29)$/ });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), RIGHT_CODE);
    await expect(await within(canvasElement).findByText(verified)).toHaveAttribute('role', 'status');
    await expect(args.onVerified).toHaveBeenCalled();
  },
};

/** Cognito's check takes a while: the form is busy and the button says so. */
export const Loading: Story = {
  parameters: { scripted: { delay: 1500 } },
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement), RIGHT_CODE);
    await expect(canvasElement.querySelector('form')).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByRole('button', { name: en.ui.submitting })).toBeInTheDocument();
  },
};

/** Too many wrong codes: Cognito asks to wait, and the form says until when. */
export const LimitReached: Story = {
  parameters: { scripted: { script: failWith('VerifyUserAttribute', 'LimitExceededException') } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(field(canvasElement), '654321');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.byOperation.VerifyUserAttribute.LimitExceededException!);
    await expect(canvas.getByText(/^Try again after \d+:\d\d\.$/)).toBeInTheDocument();
  },
};

/** Cognito refuses the token, and the refreshed one too: the person signs in again. */
export const SessionExpired: Story = {
  parameters: { scripted: { script: failWith('VerifyUserAttribute', 'NotAuthorizedException') } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(field(canvasElement), RIGHT_CODE);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.exceptions.NotAuthorizedException);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.signInAgain }));
    await expect(args.onSignIn).toHaveBeenCalled();
  },
};

/** No network: "Try again" sends the same code again once the connection is back. */
export const Offline: Story = {
  parameters: { scripted: { offline: true } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.type(field(context.canvasElement), RIGHT_CODE);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.local.NetworkError);
    gatewayOf(context).setOffline(false);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.tryAgain }));
    await expect(await canvas.findByText(verified)).toHaveAttribute('role', 'status');
  },
};

export const VerifyAliasExists = exceptionStory('VerifyUserAttribute', 'AliasExistsException');
export const VerifyCodeMismatch = exceptionStory('VerifyUserAttribute', 'CodeMismatchException');
export const VerifyExpiredCode = exceptionStory('VerifyUserAttribute', 'ExpiredCodeException');
export const VerifyForbidden = exceptionStory('VerifyUserAttribute', 'ForbiddenException');
export const VerifyInternalError = exceptionStory('VerifyUserAttribute', 'InternalErrorException');
export const VerifyInvalidParameter = exceptionStory('VerifyUserAttribute', 'InvalidParameterException');
export const VerifyLimitExceeded = exceptionStory('VerifyUserAttribute', 'LimitExceededException');
export const VerifyNotAuthorized = exceptionStory('VerifyUserAttribute', 'NotAuthorizedException');
export const VerifyPasswordResetRequired = exceptionStory('VerifyUserAttribute', 'PasswordResetRequiredException');
export const VerifyResourceNotFound = exceptionStory('VerifyUserAttribute', 'ResourceNotFoundException');
export const VerifyTooManyRequests = exceptionStory('VerifyUserAttribute', 'TooManyRequestsException');
export const VerifyUserNotConfirmed = exceptionStory('VerifyUserAttribute', 'UserNotConfirmedException');
export const VerifyUserNotFound = exceptionStory('VerifyUserAttribute', 'UserNotFoundException');

export const SendCodeCodeDeliveryFailure = exceptionStory('GetUserAttributeVerificationCode', 'CodeDeliveryFailureException');
export const SendCodeForbidden = exceptionStory('GetUserAttributeVerificationCode', 'ForbiddenException');
export const SendCodeInternalError = exceptionStory('GetUserAttributeVerificationCode', 'InternalErrorException');
export const SendCodeInvalidEmailRoleAccessPolicy = exceptionStory('GetUserAttributeVerificationCode', 'InvalidEmailRoleAccessPolicyException');
export const SendCodeInvalidLambdaResponse = exceptionStory('GetUserAttributeVerificationCode', 'InvalidLambdaResponseException');
export const SendCodeInvalidParameter = exceptionStory('GetUserAttributeVerificationCode', 'InvalidParameterException');
export const SendCodeInvalidSmsRoleAccessPolicy = exceptionStory('GetUserAttributeVerificationCode', 'InvalidSmsRoleAccessPolicyException');
export const SendCodeInvalidSmsRoleTrustRelationship = exceptionStory('GetUserAttributeVerificationCode', 'InvalidSmsRoleTrustRelationshipException');
export const SendCodeLimitExceeded = exceptionStory('GetUserAttributeVerificationCode', 'LimitExceededException');
export const SendCodeNotAuthorized = exceptionStory('GetUserAttributeVerificationCode', 'NotAuthorizedException');
export const SendCodePasswordResetRequired = exceptionStory('GetUserAttributeVerificationCode', 'PasswordResetRequiredException');
export const SendCodeResourceNotFound = exceptionStory('GetUserAttributeVerificationCode', 'ResourceNotFoundException');
export const SendCodeTooManyRequests = exceptionStory('GetUserAttributeVerificationCode', 'TooManyRequestsException');
export const SendCodeUnexpectedLambda = exceptionStory('GetUserAttributeVerificationCode', 'UnexpectedLambdaException');
export const SendCodeUserLambdaValidation = exceptionStory('GetUserAttributeVerificationCode', 'UserLambdaValidationException');
export const SendCodeUserNotConfirmed = exceptionStory('GetUserAttributeVerificationCode', 'UserNotConfirmedException');
export const SendCodeUserNotFound = exceptionStory('GetUserAttributeVerificationCode', 'UserNotFoundException');
