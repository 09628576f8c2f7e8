'use client';
import { forwardRef, useEffect, useId, useRef } from 'react';
import type { CognitoError } from '../cognito/errors.ts';
import type { PasswordPolicy } from '../cognito/passwordPolicy.ts';
import { useResetPassword, type UseResetPasswordOptions } from '../hooks/useResetPassword.ts';
import { kitDirection } from '../messages/index.ts';
import { MessagesScope, useMessages } from '../provider.tsx';
import { CodeField } from './CodeField.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { NewPasswordField } from './NewPasswordField.tsx';
import { ResendButton } from './ResendButton.tsx';
import { codeHint, submitWith, useFocusWhen, useSelectOnError, type CodeFormOptions } from './formSupport.ts';

export interface ResetPasswordFormProps extends UseResetPasswordOptions, Omit<CodeFormOptions, 'autoSubmit' | 'onSignIn'> {
  /** The pool's password rules (DescribeUserPool's `Policies.PasswordPolicy`): a live checklist, checked before sending. @default undefined */
  passwordPolicy?: PasswordPolicy;
  /** Offered once the password is changed ("Sign in"). @default undefined */
  onSignIn?: (result: { username: string }) => void;
  /** Offered when the account was never confirmed ("Confirm your account"). @default undefined */
  onConfirmAccount?: (result: { username: string }) => void;
}

/**
 * Password reset with a code: the user name (when none is given), Send code, then the code, the
 * new password with the pool's rules, Reset password and Resend code, and what went wrong or right.
 * It says the same whether or not an account exists, as Cognito does with PreventUserExistenceErrors.
 */
export const ResetPasswordForm = forwardRef<HTMLFormElement, ResetPasswordFormProps>(function ResetPasswordForm({ messages, ...props }, ref) {
  return (
    <MessagesScope messages={messages}>
      <ResetPasswordFormBody {...props} ref={ref} />
    </MessagesScope>
  );
});

const ResetPasswordFormBody = forwardRef<HTMLFormElement, Omit<ResetPasswordFormProps, 'messages'>>(function ResetPasswordFormBody(
  { codeLength = 6, onSignIn, onConfirmAccount, className, codeField: Field = CodeField, ...options },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const flow = useResetPassword({ ...options, codeLength });
  const { error } = flow;
  const errorId = useId();
  const usernameId = useId();
  const hintId = useId();
  const on = (field: CognitoError['field']) => (error?.field === field ? error : null);
  const usernameRef = useSelectOnError(on('username'));
  const codeRef = useSelectOnError(on('code'));
  const passwordRef = useSelectOnError(on('password'));
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.isDone);
  // Once a code is out, the user-name step (and the Send code button that had focus) is gone:
  // focus moves on to the code field instead of <body>, unless the person is elsewhere by now.
  const codeStepShown = useRef(flow.isCodeSent);
  useEffect(() => {
    const arrived = flow.isCodeSent && !codeStepShown.current;
    codeStepShown.current = flow.isCodeSent;
    const active = document.activeElement;
    if (arrived && (active === null || active === document.body)) codeRef.current?.focus();
  }, [flow.isCodeSent, codeRef]);
  const askUsername = options.username === undefined;
  const handBack = () => ({ username: flow.username });

  const send = () => {
    if (flow.canResend) void flow.resend();
  };
  const submit = () => {
    if (flow.canSubmit) void flow.submit();
  };
  // Starting over with another user name puts focus back on it, not on <body>.
  const startOver = () => {
    flow.reset();
    queueMicrotask(() => usernameRef.current?.focus());
  };
  const errorFor = (field: CognitoError['field']) => (error?.field === field ? errorId : undefined);

  const errorMessage = (
    <ErrorMessage
      id={errorId}
      error={error}
      secondsLeft={flow.retrySecondsLeft}
      onRetry={() => (error?.operation === 'ConfirmForgotPassword' ? submit() : send())}
      onConfirmAccount={onConfirmAccount ? () => onConfirmAccount(handBack()) : undefined}
    />
  );

  return (
    <form
      ref={ref}
      dir={kitDirection(messages)}
      className={['cvk-form', className].filter(Boolean).join(' ')}
      noValidate
      aria-busy={flow.isPending}
      onSubmit={submitWith(flow.isCodeSent ? submit : send)}
    >
      <p ref={statusRef} role="status" className="cvk-status" data-state={flow.isDone ? 'success' : undefined} tabIndex={-1}>
        {flow.isDone ? ui.passwordChanged : null}
      </p>
      {flow.isDone ? (
        onSignIn ? (
          <button type="button" className="cvk-button" data-variant="primary" onClick={() => onSignIn(handBack())}>
            {ui.signIn}
          </button>
        ) : null
      ) : flow.isCodeSent ? (
        <>
          {/* Lets password managers store the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={flow.username} readOnly hidden />
          <Field
            ref={codeRef}
            label={ui.verificationCodeLabel}
            hint={codeHint(flow.delivery, codeLength, messages)}
            length={codeLength}
            value={flow.code}
            onValueChange={flow.setCode}
            // The password comes next: a complete code moves there instead of submitting.
            onComplete={() => passwordRef.current?.focus()}
            deliveryMedium={flow.delivery?.deliveryMedium}
            errorId={errorFor('code')}
          />
          <NewPasswordField
            ref={passwordRef}
            value={flow.password}
            onValueChange={flow.setPassword}
            policy={options.passwordPolicy}
            errorId={errorFor('password')}
          />
          {errorMessage}
          <div className="cvk-actions">
            <button type="submit" className="cvk-button" data-variant="primary" aria-disabled={!flow.canSubmit || undefined}>
              {flow.isSubmitting ? ui.resettingPassword : ui.resetPassword}
            </button>
            <ResendButton
              secondsLeft={flow.secondsLeft}
              canResend={flow.canResend}
              isResending={flow.isResending}
              onResend={send}
              delivery={flow.delivery ?? undefined}
            />
          </div>
          {askUsername ? (
            <button type="button" className="cvk-button" data-variant="secondary" onClick={startOver}>
              {ui.useAnotherUsername}
            </button>
          ) : null}
        </>
      ) : (
        <>
          {askUsername ? (
            <div className="cvk-field" data-invalid={errorFor('username') ? '' : undefined}>
              <label className="cvk-label" htmlFor={usernameId}>{ui.usernameLabel}</label>
              <p className="cvk-hint" id={hintId}>{ui.resetPasswordHint}</p>
              <input
                ref={usernameRef}
                id={usernameId}
                className="cvk-input"
                type="text"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={flow.username}
                onChange={(event) => flow.setUsername(event.target.value.trim())}
                aria-invalid={errorFor('username') ? true : undefined}
                aria-describedby={[hintId, errorFor('username')].filter(Boolean).join(' ')}
              />
            </div>
          ) : (
            <p className="cvk-hint">{ui.resetPasswordHint}</p>
          )}
          {errorMessage}
          <div className="cvk-actions">
            <button type="submit" className="cvk-button" data-variant="primary" aria-disabled={!flow.canResend || undefined}>
              {flow.isResending ? ui.sending : ui.sendCode}
            </button>
          </div>
        </>
      )}
    </form>
  );
});
