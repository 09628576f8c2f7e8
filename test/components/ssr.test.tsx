// @vitest-environment node
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeField } from '../../src/components/CodeField.tsx';
import { toCognitoError } from '../../src/cognito/errors.ts';
import { ErrorMessage } from '../../src/components/ErrorMessage.tsx';
import { PendingValueBanner } from '../../src/components/PendingValueBanner.tsx';
import { ResendButton } from '../../src/components/ResendButton.tsx';
import { ConfirmSignUpForm } from '../../src/components/ConfirmSignUpForm.tsx';
import { NewPasswordField } from '../../src/components/NewPasswordField.tsx';
import { ResetPasswordForm } from '../../src/components/ResetPasswordForm.tsx';
import { UpdateAttributeForm } from '../../src/components/UpdateAttributeForm.tsx';
import { VerifyAttributeForm } from '../../src/components/VerifyAttributeForm.tsx';
import type { CognitoGateway } from '../../src/cognito/gateway.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';

// The forms send nothing while rendering, so a gateway with no methods is enough on the server.
const withProvider = (form: ReactElement) => (
  <CognitoVerifyProvider gateway={{} as CognitoGateway} clientId="client1" pendingStore="memory">{form}</CognitoVerifyProvider>
);

/** Every component, rendered on a server: add one row per component, with text its HTML must contain. */
const components: Array<[name: string, element: ReactElement, expected: string[]]> = [
  ['CodeField', <CodeField label="Confirmation code" hint="We sent a code to a***@e***" />, ['Confirmation code', 'one-time-code', 'We sent a code']],
  ['CodeField (free length, invalid)', <CodeField label="Verification code" length="free" errorMessage="Enter the code" />, ['Verification code', 'role="alert"', 'aria-invalid="true"']],
  ['ResendButton (clock not read yet)', <ResendButton secondsLeft={null} canResend={false} onResend={() => {}} />, ['Resend code', 'aria-disabled="true"', 'aria-live="polite"']],
  ['ResendButton (waiting)', <ResendButton secondsLeft={27} canResend={false} onResend={() => {}} />, ['Resend code in 0:27', 'data-state="waiting"']],
  ['ErrorMessage', <ErrorMessage error={toCognitoError('ConfirmSignUp', { name: 'InternalErrorException', message: 'RAW', $fault: 'server', $metadata: {} })} onRetry={() => {}} />, ['role="alert"', 'Error:', 'There is a problem with the sign-in service', 'Try again', 'data-recovery="retry"']],
  ['ConfirmSignUpForm', withProvider(<ConfirmSignUpForm username="ada" delivery={{ deliveryMedium: 'EMAIL', destination: 'a***@e***' }} />), ['Confirmation code', 'We sent a code by email to a***@e***', '>Confirm</button>', 'Resend code', 'noValidate=""', 'role="status"']],
  ['VerifyAttributeForm', withProvider(<VerifyAttributeForm attributeName="email" />), ['Verification code', '>Verify</button>', 'Send code']],
  ['UpdateAttributeForm', withProvider(<UpdateAttributeForm attributeName="email" />), ['>Email</label>', 'type="email"', 'autoComplete="email"', '>Save</button>', 'aria-busy="true"']],
  ['ResetPasswordForm (asks for the user name)', withProvider(<ResetPasswordForm />), ['>User name</label>', 'autoComplete="username"', 'We will send a code', '>Send code</button>', 'noValidate=""', 'role="status"']],
  ['ResetPasswordForm (code sent)', withProvider(<ResetPasswordForm username="ada" delivery={{ deliveryMedium: 'EMAIL', destination: 'a***@e***' }} passwordPolicy={{ MinimumLength: 10, RequireSymbols: true }} />), ['Verification code', 'We sent a code by email to a***@e***', '>New password</label>', 'type="password"', 'autoComplete="new-password"', 'Show password', 'Your password needs', 'At least 10 characters', 'Still needed:', '>Reset password</button>', 'Resend code']],
  ['NewPasswordField', <NewPasswordField value="" onValueChange={() => {}} policy={{ RequireNumbers: true }} />, ['New password', 'new-password', 'At least 8 characters', 'A number', 'aria-describedby=']],
  ['PendingValueBanner', <PendingValueBanner attributeName="email" status="pending" value="new@example.com" onCancel={() => {}} />, ['role="status"', 'Verify your new email address', 'new@example.com', 'Cancel change', 'aria-labelledby']],
];

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(components)('%s renders to a string', (_, element, expected) => {
    // HTML attribute names are case-insensitive, and React 18 and 19 spell some differently
    // (`novalidate` / `noValidate`): compare without case.
    const html = renderToString(element).toLowerCase();
    for (const text of expected) expect(html).toContain(text.toLowerCase());
  });
});
