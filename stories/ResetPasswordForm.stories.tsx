import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ResetPasswordForm } from '../src/components/ResetPasswordForm.tsx';
import type { Operation } from '../src/cognito/gateway.ts';
import type { PasswordPolicy } from '../src/cognito/passwordPolicy.ts';
import { en } from '../src/messages/index.ts';
import { gatewayOf, scriptedLoader, withScriptedProvider } from './support/decorators.tsx';
import { expectExceptionShown, failWith, type ExceptionParameters } from './support/exceptionStories.ts';
import { TEST_CODE } from '../src/testing.ts';

const meta = {
  title: 'Forms/ResetPasswordForm',
  component: ResetPasswordForm,
  tags: ['autodocs'],
  args: { onSignIn: fn(), onConfirmAccount: fn(), onPasswordReset: fn() },
  loaders: [scriptedLoader],
  decorators: [withScriptedProvider()],
} satisfies Meta<typeof ResetPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const emailDelivery = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' } as const;
/** The app called ForgotPassword itself for ada: the form starts with the code sent by email. */
const codeSent = { username: 'ada', delivery: emailDelivery };
const policy: PasswordPolicy = { MinimumLength: 10, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true };
const strongPassword = 'Correct-h0rse';

const usernameField = (canvas: Canvas) => canvas.getByRole('textbox', { name: en.ui.usernameLabel });
const codeField = (canvas: Canvas) => canvas.getByRole('textbox', { name: en.ui.verificationCodeLabel });
// A password input has no role: it is found by its label, as a person finds it.
const passwordField = (canvas: Canvas) => canvas.getByLabelText(en.ui.newPasswordLabel, { selector: 'input' });
const sendButton = (canvas: Canvas) => canvas.getByRole('button', { name: en.ui.sendCode });
const resetButton = (canvas: Canvas) => canvas.getByRole('button', { name: en.ui.resetPassword });

/** Pasted, not typed: one event instead of many keeps the 34 exception stories quick. */
async function paste(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

/** Asks for a code for `username` as a person would: types the name, then "Send code". */
async function askForCode(canvas: Canvas, username: string) {
  await userEvent.type(usernameField(canvas), username);
  await userEvent.click(sendButton(canvas));
  return waitFor(() => codeField(canvas));
}

/** The checklist's rules as a screen reader reads them ("Done: A number"), in order. */
const checklist = (canvas: Canvas) =>
  within(canvas.getByText(en.ui.passwordRulesTitle).parentElement!).getAllByRole('listitem').map((item) => item.textContent);

/** The polite status under the password: how many rules are left. */
const rulesStatus = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('.cvk-password ~ [role="status"]')].map((status) => status.textContent);

/**
 * One story per documented exception. ForgotPassword: type a user name and "Send code".
 * ConfirmForgotPassword: type a code and a new password and "Reset password". Both what was
 * typed stays, and only the field at fault is marked.
 */
function exceptionStory(operation: Extract<Operation, 'ForgotPassword' | 'ConfirmForgotPassword'>, name: string): Story {
  const exception: ExceptionParameters = { operation, name };
  if (operation === 'ForgotPassword') {
    return {
      parameters: { exception, scripted: { script: failWith(operation, name) } },
      play: async ({ canvasElement }) => {
        const canvas = within(canvasElement);
        await paste(usernameField(canvas), 'ada');
        await userEvent.click(sendButton(canvas));
        await expectExceptionShown(canvasElement, { ...exception, fieldName: en.ui.usernameLabel, typed: 'ada', fieldKind: 'username' });
        await expect(canvas.queryByRole('textbox', { name: en.ui.verificationCodeLabel })).not.toBeInTheDocument();
      },
    };
  }
  return {
    args: { ...codeSent, codeJustSent: false },
    parameters: { exception, scripted: { script: failWith(operation, name) } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await paste(codeField(canvas), '654321');
      await paste(passwordField(canvas), strongPassword);
      await userEvent.click(resetButton(canvas));
      await expectExceptionShown(canvasElement, {
        ...exception,
        fieldName: en.ui.verificationCodeLabel,
        typed: '654321',
        fieldKind: 'code',
        otherFields: [{ fieldName: en.ui.newPasswordLabel, typed: strongPassword, fieldKind: 'password' }],
      });
      await expect(canvas.queryByText(en.ui.passwordChanged)).not.toBeInTheDocument();
    },
  };
}

/** No user name given: the form asks for it, and "Send code" sends the code by email. */
export const Default: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(usernameField(canvas)).toHaveAccessibleDescription(en.ui.resetPasswordHint);
    await expect(usernameField(canvas)).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.queryByRole('textbox', { name: en.ui.verificationCodeLabel })).not.toBeInTheDocument();

    const code = await askForCode(canvas, 'ada');
    await expect(code).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
    await expect(passwordField(canvas)).toHaveAttribute('type', 'password');
    await expect(passwordField(canvas)).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByRole('button', { name: /^Resend code in 0:(30|29)$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: en.ui.useAnotherUsername })).toBeInTheDocument();
    await expect(gatewayOf(context).calls).toEqual(['ForgotPassword']);
  },
};

/** The account has no verified email, so the code goes by text message. */
export const CodeSentBySms: Story = {
  parameters: { scripted: { emailVerified: false } },
  play: async ({ canvasElement }) => {
    const code = await askForCode(within(canvasElement), 'ada');
    await expect(code).toHaveAccessibleDescription('We sent a code by text message to +*******0123. Enter the 6-digit code');
  },
};

/** "Send code" with no user name: nothing is sent, and the field says what is missing. */
export const UsernameMissing: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(sendButton(canvas));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(en.validation.username.required);
    await expect(usernameField(canvas)).toHaveAttribute('aria-invalid', 'true');
    await expect(usernameField(canvas)).toHaveAccessibleDescription(`${en.ui.resetPasswordHint} ${en.ui.errorPrefix} ${en.validation.username.required}`);
    await expect(usernameField(canvas)).toHaveFocus();
    await expect(gatewayOf(context).calls).toEqual([]);
  },
};

/** The app knows who it is (a "Forgot password?" link after a failed sign-in): no user name field. */
export const UsernameGiven: Story = {
  args: { username: 'ada' },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(canvas.queryByRole('textbox', { name: en.ui.usernameLabel })).not.toBeInTheDocument();
    await expect(canvas.getByText(en.ui.resetPasswordHint)).toBeInTheDocument();
    await userEvent.click(sendButton(canvas));
    await expect(await canvas.findByRole('textbox', { name: en.ui.verificationCodeLabel })).toHaveAccessibleDescription(
      'We sent a code by email to a***@e***. Enter the 6-digit code',
    );
    // The form did not ask for the name, so it offers no other one.
    await expect(canvas.queryByRole('button', { name: en.ui.useAnotherUsername })).not.toBeInTheDocument();
    await expect(gatewayOf(context).calls).toEqual(['ForgotPassword']);
  },
};

/** The pool's rules: a checklist that ticks off as the person types, and a toggle to see the password. */
export const PasswordRules: Story = {
  args: { ...codeSent, passwordPolicy: policy },
  parameters: { scripted: { passwordPolicy: policy } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const password = passwordField(canvas);
    await expect(checklist(canvas)).toEqual([
      'Still needed: At least 10 characters',
      'Still needed: A lowercase letter',
      'Still needed: A capital letter',
      'Still needed: A number',
      'Still needed: A symbol, like ! or @',
    ]);
    await expect(password).toHaveAccessibleDescription(
      expect.stringContaining(`${en.ui.passwordRulesTitle} Still needed: At least 10 characters`),
    );
    // Nothing typed yet: nothing announced.
    await expect(rulesStatus(canvasElement)).toEqual(['']);

    await userEvent.type(password, 'c');
    await expect(checklist(canvas)[1]).toBe('Done: A lowercase letter');
    await expect(rulesStatus(canvasElement)).toEqual(['4 password rules still to meet']);
    await userEvent.type(password, 'Orrect');
    await expect(checklist(canvas)[2]).toBe('Done: A capital letter');
    await expect(rulesStatus(canvasElement)).toEqual(['3 password rules still to meet']);
    await userEvent.type(password, '-');
    await expect(checklist(canvas)[4]).toBe('Done: A symbol, like ! or @');
    await expect(rulesStatus(canvasElement)).toEqual(['2 password rules still to meet']);
    await userEvent.type(password, '0');
    await expect(checklist(canvas)[0]).toBe('Still needed: At least 10 characters');
    await expect(rulesStatus(canvasElement)).toEqual(['1 password rule still to meet']);
    await userEvent.type(password, 'rse');
    await expect(checklist(canvas).every((rule) => rule?.startsWith(en.ui.ruleMet))).toBe(true);
    await expect(rulesStatus(canvasElement)).toEqual([en.ui.passwordRulesAllMet]);

    const toggle = canvas.getByRole('button', { name: en.ui.showPassword });
    await expect(toggle).toHaveAttribute('aria-controls', password.id);
    await userEvent.click(toggle);
    await expect(password).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('textbox', { name: en.ui.newPasswordLabel })).toHaveValue('cOrrect-0rse');
    await userEvent.click(canvas.getByRole('button', { name: en.ui.hidePassword }));
    await expect(password).toHaveAttribute('type', 'password');
    await expect(password).toHaveValue('cOrrect-0rse');
  },
};

/** A password that breaks the pool's rules is refused before any request, and stays to be fixed. */
export const WeakPasswordRefused: Story = {
  args: { ...codeSent, passwordPolicy: policy },
  parameters: { scripted: { passwordPolicy: policy } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.type(codeField(canvas), TEST_CODE);
    await userEvent.type(passwordField(canvas), 'password1');
    await userEvent.click(resetButton(canvas));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(en.validation.password.format);
    await expect(passwordField(canvas)).toHaveAttribute('aria-invalid', 'true');
    await expect(passwordField(canvas).getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    await expect(passwordField(canvas)).toHaveValue('password1');
    await expect(passwordField(canvas)).toHaveFocus();
    await expect(codeField(canvas)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(gatewayOf(context).calls).not.toContain('ConfirmForgotPassword');
  },
};

/** Five digits of six: refused before any request, the code field marked. */
export const CodeIncomplete: Story = {
  args: codeSent,
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.type(codeField(canvas), '12345');
    await userEvent.type(passwordField(canvas), strongPassword);
    await userEvent.click(resetButton(canvas));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Enter all 6 digits of the code');
    await expect(codeField(canvas)).toHaveAttribute('aria-invalid', 'true');
    await expect(codeField(canvas).getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    await expect(codeField(canvas)).toHaveValue('12345');
    await expect(passwordField(canvas)).toHaveValue(strongPassword);
    await expect(passwordField(canvas)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(gatewayOf(context).calls).toEqual([]);
  },
};

/** A code went out just now: another can be asked for after 30 seconds, and clicking early sends nothing. */
export const ResendCooldown: Story = {
  args: codeSent,
  play: async (context) => {
    const resend = within(context.canvasElement).getByRole('button', { name: /^Resend code in 0:(30|29)$/ });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend);
    await expect(gatewayOf(context).calls).toEqual([]);
  },
};

/** The code went out a while ago: "Resend code" asks for another, and the cooldown starts again. */
export const ResendCode: Story = {
  args: { ...codeSent, codeJustSent: false },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.resendCode }));
    await expect(await canvas.findByRole('button', { name: /^Resend code in 0:(30|29)$/ })).toHaveAttribute('aria-disabled', 'true');
    await expect(await canvas.findByText('We sent a new code to a***@e***.')).toBeInTheDocument();
    await expect(gatewayOf(context).calls).toEqual(['ForgotPassword']);
  },
};

/** Cognito is checking the code and setting the password: the form is busy and the button says so. */
export const Submitting: Story = {
  args: codeSent,
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const held = gatewayOf(context).hold('ConfirmForgotPassword');
    await userEvent.type(codeField(canvas), TEST_CODE);
    await userEvent.type(passwordField(canvas), strongPassword);
    await userEvent.click(resetButton(canvas));
    await held.reached;
    await expect(context.canvasElement.querySelector('form')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('button', { name: en.ui.resettingPassword })).toBeInTheDocument();
    await expect(canvas.queryByText(en.ui.passwordChanged)).not.toBeInTheDocument();
    // Held: the story shows the busy form until it is left.
  },
};

/** The whole flow: the user name, the code (which moves on to the password), the new password, then Sign in. */
export const Success: Story = {
  args: { passwordPolicy: policy },
  parameters: { scripted: { passwordPolicy: policy } },
  play: async (context) => {
    const { args } = context;
    const canvas = within(context.canvasElement);
    const code = await askForCode(canvas, 'grace');
    await userEvent.type(code, TEST_CODE);
    await expect(passwordField(canvas)).toHaveFocus();
    await userEvent.keyboard(`${strongPassword}{Enter}`);

    const status = await canvas.findByText(en.ui.passwordChanged);
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveFocus();
    await expect(canvas.queryByLabelText(en.ui.newPasswordLabel)).not.toBeInTheDocument();
    await expect(args.onPasswordReset).toHaveBeenCalledWith({ username: 'grace' });
    await userEvent.click(canvas.getByRole('button', { name: en.ui.signIn }));
    await expect(args.onSignIn).toHaveBeenCalledWith({ username: 'grace' });
    await expect(gatewayOf(context).calls).toEqual(['ForgotPassword', 'ConfirmForgotPassword']);
  },
};

/** The sign-up was never confirmed: the form offers to confirm the account, for the same user name. */
export const ConfirmAccountFirst: Story = {
  args: codeSent,
  parameters: { scripted: { script: failWith('ConfirmForgotPassword', 'UserNotConfirmedException') } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(codeField(canvas), TEST_CODE);
    await userEvent.type(passwordField(canvas), `${strongPassword}{Enter}`);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.byOperation.ConfirmForgotPassword.UserNotConfirmedException!);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.confirmAccount }));
    await expect(args.onConfirmAccount).toHaveBeenCalledWith({ username: 'ada' });
  },
};

/** A code went to the wrong account: back to the user name, with focus on it, to ask for another. */
export const UseDifferentUsername: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await askForCode(canvas, 'ada');
    await userEvent.click(canvas.getByRole('button', { name: en.ui.useAnotherUsername }));
    await waitFor(() => expect(usernameField(canvas)).toHaveFocus());
    await expect(usernameField(canvas)).toHaveValue('ada');
    await expect(canvas.queryByRole('textbox', { name: en.ui.verificationCodeLabel })).not.toBeInTheDocument();
    await expect(canvas.queryByLabelText(en.ui.newPasswordLabel)).not.toBeInTheDocument();
  },
};

/** Too many wrong codes: Cognito asks to wait, and the form says until when. */
export const LimitReached: Story = {
  args: codeSent,
  parameters: { scripted: { script: failWith('ConfirmForgotPassword', 'LimitExceededException') } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(codeField(canvas), '654321');
    await userEvent.type(passwordField(canvas), `${strongPassword}{Enter}`);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.byOperation.ConfirmForgotPassword.LimitExceededException!);
    await expect(canvas.getByText(/^Try again after \d+:\d\d\.$/)).toBeInTheDocument();
    await expect(resetButton(canvas)).toHaveAttribute('aria-disabled', 'true');
  },
};

/** No network: "Try again" sends the same code and password again once the connection is back. */
export const Offline: Story = {
  args: codeSent,
  parameters: { scripted: { offline: true } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await userEvent.type(codeField(canvas), TEST_CODE);
    await userEvent.type(passwordField(canvas), `${strongPassword}{Enter}`);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.local.NetworkError);
    await expect(passwordField(canvas)).toHaveValue(strongPassword);
    gatewayOf(context).setOffline(false);
    await userEvent.click(canvas.getByRole('button', { name: en.ui.tryAgain }));
    await expect(await canvas.findByText(en.ui.passwordChanged)).toHaveAttribute('role', 'status');
  },
};

export const SendCodeCodeDeliveryFailure = exceptionStory('ForgotPassword', 'CodeDeliveryFailureException');
export const SendCodeForbidden = exceptionStory('ForgotPassword', 'ForbiddenException');
export const SendCodeInternalError = exceptionStory('ForgotPassword', 'InternalErrorException');
export const SendCodeInvalidEmailRoleAccessPolicy = exceptionStory('ForgotPassword', 'InvalidEmailRoleAccessPolicyException');
export const SendCodeInvalidLambdaResponse = exceptionStory('ForgotPassword', 'InvalidLambdaResponseException');
export const SendCodeInvalidParameter = exceptionStory('ForgotPassword', 'InvalidParameterException');
export const SendCodeInvalidSmsRoleAccessPolicy = exceptionStory('ForgotPassword', 'InvalidSmsRoleAccessPolicyException');
export const SendCodeInvalidSmsRoleTrustRelationship = exceptionStory('ForgotPassword', 'InvalidSmsRoleTrustRelationshipException');
export const SendCodeLimitExceeded = exceptionStory('ForgotPassword', 'LimitExceededException');
export const SendCodeNotAuthorized = exceptionStory('ForgotPassword', 'NotAuthorizedException');
export const SendCodeOperationNotEnabled = exceptionStory('ForgotPassword', 'OperationNotEnabledException');
export const SendCodeResourceNotFound = exceptionStory('ForgotPassword', 'ResourceNotFoundException');
export const SendCodeTooManyRequests = exceptionStory('ForgotPassword', 'TooManyRequestsException');
export const SendCodeUnexpectedLambda = exceptionStory('ForgotPassword', 'UnexpectedLambdaException');
export const SendCodeUserLambdaValidation = exceptionStory('ForgotPassword', 'UserLambdaValidationException');
export const SendCodeUserNotFound = exceptionStory('ForgotPassword', 'UserNotFoundException');

export const ResetCodeMismatch = exceptionStory('ConfirmForgotPassword', 'CodeMismatchException');
export const ResetExpiredCode = exceptionStory('ConfirmForgotPassword', 'ExpiredCodeException');
export const ResetForbidden = exceptionStory('ConfirmForgotPassword', 'ForbiddenException');
export const ResetInternalError = exceptionStory('ConfirmForgotPassword', 'InternalErrorException');
export const ResetInvalidLambdaResponse = exceptionStory('ConfirmForgotPassword', 'InvalidLambdaResponseException');
export const ResetInvalidParameter = exceptionStory('ConfirmForgotPassword', 'InvalidParameterException');
export const ResetInvalidPassword = exceptionStory('ConfirmForgotPassword', 'InvalidPasswordException');
export const ResetLimitExceeded = exceptionStory('ConfirmForgotPassword', 'LimitExceededException');
export const ResetNotAuthorized = exceptionStory('ConfirmForgotPassword', 'NotAuthorizedException');
export const ResetOperationNotEnabled = exceptionStory('ConfirmForgotPassword', 'OperationNotEnabledException');
export const ResetPasswordHistoryPolicyViolation = exceptionStory('ConfirmForgotPassword', 'PasswordHistoryPolicyViolationException');
export const ResetResourceNotFound = exceptionStory('ConfirmForgotPassword', 'ResourceNotFoundException');
export const ResetTooManyFailedAttempts = exceptionStory('ConfirmForgotPassword', 'TooManyFailedAttemptsException');
export const ResetTooManyRequests = exceptionStory('ConfirmForgotPassword', 'TooManyRequestsException');
export const ResetUnexpectedLambda = exceptionStory('ConfirmForgotPassword', 'UnexpectedLambdaException');
export const ResetUserLambdaValidation = exceptionStory('ConfirmForgotPassword', 'UserLambdaValidationException');
export const ResetUserNotConfirmed = exceptionStory('ConfirmForgotPassword', 'UserNotConfirmedException');
export const ResetUserNotFound = exceptionStory('ConfirmForgotPassword', 'UserNotFoundException');
