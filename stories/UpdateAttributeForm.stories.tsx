import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { UpdateAttributeForm } from '../src/components/UpdateAttributeForm.tsx';
import type { Operation } from '../src/cognito/gateway.ts';
import { en } from '../src/messages/index.ts';
import { gatewayOf, scriptedLoader, withScriptedProvider } from './support/decorators.tsx';
import { expectExceptionShown, failWith, type ExceptionParameters } from './support/exceptionStories.ts';
import { TEST_CODE } from '../src/testing.ts';

const meta = {
  title: 'Forms/UpdateAttributeForm',
  component: UpdateAttributeForm,
  tags: ['autodocs'],
  args: { attributeName: 'email', onSaved: fn(), onVerified: fn(), onSignIn: fn() },
  loaders: [scriptedLoader],
  decorators: [withScriptedProvider()],
} satisfies Meta<typeof UpdateAttributeForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const current = 'ada@example.com';
const next = 'ada.new@example.com';
const codeLabel = 'Verification code';
const emailField = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Email' });

/** Waits for the current value, replaces it with `value` and presses Save. */
async function saveEmail(canvasElement: HTMLElement, value = next) {
  const field = emailField(canvasElement);
  await waitFor(() => expect(field).toHaveValue(current));
  await userEvent.clear(field);
  await userEvent.type(field, value);
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save' }));
}

/** Saves a new email, so it waits for its code in the banner. */
async function savePending(canvasElement: HTMLElement) {
  await saveEmail(canvasElement);
  return within(await within(canvasElement).findByRole('region', { name: 'Verify your new email address' }));
}

type StoryOperation = Extract<Operation, 'UpdateUserAttributes' | 'VerifyUserAttribute' | 'GetUser'>;

/** One story per documented exception: load, save, or verify the new value, and see what a person is told. */
function exceptionStory(operation: StoryOperation, name: string): Story {
  const exception: ExceptionParameters = { operation, name };
  const shown = { ...exception, attributeName: 'email' };
  return {
    parameters: { exception, scripted: { script: failWith(operation, name) } },
    play: async ({ canvasElement }) => {
      if (operation === 'GetUser') {
        await expectExceptionShown(canvasElement, { ...shown, fieldName: 'Email', fieldKind: 'value' });
      } else if (operation === 'UpdateUserAttributes') {
        await saveEmail(canvasElement);
        await expectExceptionShown(canvasElement, { ...shown, fieldName: 'Email', typed: next, fieldKind: 'value' });
      } else {
        const banner = await savePending(canvasElement);
        // Pasted, not typed: one event instead of six keeps the stories quick.
        await userEvent.click(banner.getByRole('textbox', { name: codeLabel }));
        await userEvent.paste('654321');
        await expectExceptionShown(canvasElement, { ...shown, fieldName: codeLabel, typed: '654321', fieldKind: 'code' });
      }
    },
  };
}

/** The field starts with the current email, as an email input. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = emailField(canvasElement);
    await waitFor(() => expect(field).toHaveValue(current));
    await expect(field).toHaveAttribute('type', 'email');
    await expect(field).toHaveAttribute('autocomplete', 'email');
    await expect(within(canvasElement).getByRole('button', { name: 'Save' })).toBeInTheDocument();
  },
};

export const PhoneNumber: Story = {
  args: { attributeName: 'phone_number' },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(field).toHaveValue('+15555550123'));
    await expect(field).toHaveAttribute('type', 'tel');
    await expect(field).toHaveAttribute('autocomplete', 'tel');
  },
};

/** An attribute that needs no code is saved at once. */
export const Saved: Story = {
  args: { attributeName: 'given_name' },
  parameters: { scripted: { attributes: { given_name: 'Ada' } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: 'First name' });
    await waitFor(() => expect(field).toHaveValue('Ada'));
    await userEvent.type(field, 'line');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Your first name is saved.')).toHaveAttribute('role', 'status');
    await expect(args.onSaved).toHaveBeenCalledWith({ value: 'Adaline', needsCode: false });
  },
};

/** The pool verifies before updating: the old email stays in use until the new one's code is entered. */
export const Pending: Story = {
  play: async ({ canvasElement }) => {
    const banner = await savePending(canvasElement);
    await expect(banner.getByRole('status')).toHaveTextContent(`Your current email address stays active until you verify ${next}.`);
    await expect(banner.getByRole('textbox', { name: codeLabel })).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
    await expect(banner.getByRole('button', { name: /^Resend code in 0:(30|29)$/ })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(banner.getByRole('button', { name: 'Cancel change' }));
    await expect(within(canvasElement).queryByRole('region')).not.toBeInTheDocument();
  },
};

/** The current email itself is not verified yet. */
export const Unverified: Story = {
  parameters: { scripted: { emailVerified: false } },
  play: async ({ canvasElement }) => {
    const banner = within(await within(canvasElement).findByRole('region', { name: 'Your email address is not verified' }));
    await expect(banner.getByRole('status')).toHaveTextContent(`${current} needs verifying before you can use it.`);
    await expect(banner.getByRole('button', { name: 'Verify' })).toBeInTheDocument();
  },
};

export const Verified: Story = {
  play: async ({ canvasElement, args }) => {
    const banner = await savePending(canvasElement);
    await userEvent.type(banner.getByRole('textbox', { name: codeLabel }), TEST_CODE);
    await expect(await within(canvasElement).findByText('Your email address is verified.')).toHaveAttribute('role', 'status');
    await expect(args.onVerified).toHaveBeenCalledWith(next);
    await expect(emailField(canvasElement)).toHaveValue(next);
  },
};

/** GetUser and the save take a while: the form is busy and the button says so. */
export const Loading: Story = {
  parameters: { scripted: { delay: 600 } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form');
    await expect(form).toHaveAttribute('aria-busy', 'true');
    await saveEmail(canvasElement);
    await expect(form).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByRole('button', { name: en.ui.saving })).toBeInTheDocument();
  },
};

/** A mistyped email is caught before anything is sent. */
export const InvalidEmail: Story = {
  play: async (context) => {
    await saveEmail(context.canvasElement, 'ada.example.com');
    const alert = await within(context.canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent(en.validation.valueByAttribute.email!.format!);
    await expect(emailField(context.canvasElement)).toHaveAttribute('aria-invalid', 'true');
    await expect(emailField(context.canvasElement)).toHaveFocus();
    await expect(gatewayOf(context).calls).not.toContain('UpdateUserAttributes');
  },
};

/** Cognito refuses the token, and the refreshed one too: the person signs in again. */
export const SessionExpired: Story = {
  parameters: { scripted: { script: failWith('UpdateUserAttributes', 'NotAuthorizedException') } },
  play: async ({ canvasElement, args }) => {
    await saveEmail(canvasElement);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.exceptions.NotAuthorizedException);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.signInAgain }));
    await expect(args.onSignIn).toHaveBeenCalled();
  },
};

/** Too many wrong codes for the new email: Cognito asks to wait, and the banner says until when. */
export const LimitReached: Story = {
  parameters: { scripted: { script: failWith('VerifyUserAttribute', 'LimitExceededException') } },
  play: async ({ canvasElement }) => {
    const banner = await savePending(canvasElement);
    await userEvent.type(banner.getByRole('textbox', { name: codeLabel }), '654321');
    await expect(await banner.findByRole('alert')).toHaveTextContent(en.byOperation.VerifyUserAttribute.LimitExceededException!);
    await expect(banner.getByText(/^Try again after \d+:\d\d\.$/)).toBeInTheDocument();
  },
};

/** No network when saving: "Try again" saves once the connection is back. */
export const Offline: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await waitFor(() => expect(emailField(context.canvasElement)).toHaveValue(current));
    gatewayOf(context).setOffline(true);
    await saveEmail(context.canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.local.NetworkError);
    gatewayOf(context).setOffline(false);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.tryAgain }));
    await expect(await canvas.findByRole('region', { name: 'Verify your new email address' })).toBeInTheDocument();
  },
};

export const SaveAliasExists = exceptionStory('UpdateUserAttributes', 'AliasExistsException');
export const SaveCodeDeliveryFailure = exceptionStory('UpdateUserAttributes', 'CodeDeliveryFailureException');
export const SaveCodeMismatch = exceptionStory('UpdateUserAttributes', 'CodeMismatchException');
export const SaveExpiredCode = exceptionStory('UpdateUserAttributes', 'ExpiredCodeException');
export const SaveForbidden = exceptionStory('UpdateUserAttributes', 'ForbiddenException');
export const SaveInternalError = exceptionStory('UpdateUserAttributes', 'InternalErrorException');
export const SaveInvalidEmailRoleAccessPolicy = exceptionStory('UpdateUserAttributes', 'InvalidEmailRoleAccessPolicyException');
export const SaveInvalidLambdaResponse = exceptionStory('UpdateUserAttributes', 'InvalidLambdaResponseException');
export const SaveInvalidParameter = exceptionStory('UpdateUserAttributes', 'InvalidParameterException');
export const SaveInvalidSmsRoleAccessPolicy = exceptionStory('UpdateUserAttributes', 'InvalidSmsRoleAccessPolicyException');
export const SaveInvalidSmsRoleTrustRelationship = exceptionStory('UpdateUserAttributes', 'InvalidSmsRoleTrustRelationshipException');
export const SaveNotAuthorized = exceptionStory('UpdateUserAttributes', 'NotAuthorizedException');
export const SavePasswordResetRequired = exceptionStory('UpdateUserAttributes', 'PasswordResetRequiredException');
export const SaveResourceNotFound = exceptionStory('UpdateUserAttributes', 'ResourceNotFoundException');
export const SaveTooManyRequests = exceptionStory('UpdateUserAttributes', 'TooManyRequestsException');
export const SaveUnexpectedLambda = exceptionStory('UpdateUserAttributes', 'UnexpectedLambdaException');
export const SaveUserLambdaValidation = exceptionStory('UpdateUserAttributes', 'UserLambdaValidationException');
export const SaveUserNotConfirmed = exceptionStory('UpdateUserAttributes', 'UserNotConfirmedException');
export const SaveUserNotFound = exceptionStory('UpdateUserAttributes', 'UserNotFoundException');

export const VerifyPendingAliasExists = exceptionStory('VerifyUserAttribute', 'AliasExistsException');
export const VerifyPendingCodeMismatch = exceptionStory('VerifyUserAttribute', 'CodeMismatchException');
export const VerifyPendingExpiredCode = exceptionStory('VerifyUserAttribute', 'ExpiredCodeException');
export const VerifyPendingForbidden = exceptionStory('VerifyUserAttribute', 'ForbiddenException');
export const VerifyPendingInternalError = exceptionStory('VerifyUserAttribute', 'InternalErrorException');
export const VerifyPendingInvalidParameter = exceptionStory('VerifyUserAttribute', 'InvalidParameterException');
export const VerifyPendingLimitExceeded = exceptionStory('VerifyUserAttribute', 'LimitExceededException');
export const VerifyPendingNotAuthorized = exceptionStory('VerifyUserAttribute', 'NotAuthorizedException');
export const VerifyPendingPasswordResetRequired = exceptionStory('VerifyUserAttribute', 'PasswordResetRequiredException');
export const VerifyPendingResourceNotFound = exceptionStory('VerifyUserAttribute', 'ResourceNotFoundException');
export const VerifyPendingTooManyRequests = exceptionStory('VerifyUserAttribute', 'TooManyRequestsException');
export const VerifyPendingUserNotConfirmed = exceptionStory('VerifyUserAttribute', 'UserNotConfirmedException');
export const VerifyPendingUserNotFound = exceptionStory('VerifyUserAttribute', 'UserNotFoundException');

export const LoadForbidden = exceptionStory('GetUser', 'ForbiddenException');
export const LoadInternalError = exceptionStory('GetUser', 'InternalErrorException');
export const LoadInvalidParameter = exceptionStory('GetUser', 'InvalidParameterException');
export const LoadNotAuthorized = exceptionStory('GetUser', 'NotAuthorizedException');
export const LoadPasswordResetRequired = exceptionStory('GetUser', 'PasswordResetRequiredException');
export const LoadResourceNotFound = exceptionStory('GetUser', 'ResourceNotFoundException');
export const LoadTooManyRequests = exceptionStory('GetUser', 'TooManyRequestsException');
export const LoadUserNotConfirmed = exceptionStory('GetUser', 'UserNotConfirmedException');
export const LoadUserNotFound = exceptionStory('GetUser', 'UserNotFoundException');
