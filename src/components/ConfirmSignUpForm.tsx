'use client';
import { forwardRef, useId, type FormEvent } from 'react';
import { useConfirmSignUp, type UseConfirmSignUpOptions } from '../hooks/useConfirmSignUp.ts';
import { useMessages } from '../provider.tsx';
import { CodeField } from './CodeField.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { ResendButton } from './ResendButton.tsx';
import { codeHint, useFocusWhen, useSelectOnError } from './formSupport.ts';

export interface ConfirmSignUpFormProps extends UseConfirmSignUpOptions {
  /** How many characters the code has; `'free'` for custom codes of any length. @default 6 */
  codeLength?: number | 'free';
  /** Submit as soon as the code is complete. @default true */
  autoSubmit?: boolean;
  /** Offered when the person must sign in (never for this form's own success). @default undefined */
  onSignIn?: () => void;
  className?: string;
}

/** Sign-up confirmation: the code field, Confirm, Resend code, and what went wrong or right. */
export const ConfirmSignUpForm = forwardRef<HTMLFormElement, ConfirmSignUpFormProps>(function ConfirmSignUpForm(
  { codeLength = 6, autoSubmit = true, onSignIn, className, ...options },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const flow = useConfirmSignUp(options);
  const fieldRef = useSelectOnError(flow.error, 'ConfirmSignUp');
  const errorId = useId();
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.isConfirmed);
  const { error } = flow;

  // While a request is out (or Cognito asked to wait) submitting does nothing.
  const submit = (code?: string) => {
    if (flow.canSubmit) void flow.submit({ code });
  };
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  const retry = () => (error?.operation === 'ConfirmSignUp' ? submit() : void flow.resend());

  return (
    <form ref={ref} className={['cvk-form', className].filter(Boolean).join(' ')} noValidate aria-busy={flow.isPending} onSubmit={handleSubmit}>
      <p ref={statusRef} role="status" className="cvk-status" data-state={flow.isConfirmed ? 'success' : undefined} tabIndex={-1}>
        {flow.isConfirmed ? (flow.alreadyConfirmed ? ui.alreadyConfirmed : ui.confirmed) : null}
      </p>
      {flow.isConfirmed ? null : (
        <>
          <CodeField
            ref={fieldRef}
            label={ui.confirmationCodeLabel}
            hint={codeHint(flow.delivery, codeLength, messages)}
            length={codeLength}
            value={flow.code}
            onValueChange={flow.setCode}
            onComplete={submit}
            autoSubmit={autoSubmit}
            deliveryMedium={flow.delivery?.deliveryMedium}
            errorId={error?.field === 'code' ? errorId : undefined}
          />
          <ErrorMessage
            id={errorId}
            error={error}
            attributeName={flow.delivery?.attributeName}
            secondsLeft={flow.secondsLeft}
            onRetry={retry}
            onSignIn={onSignIn}
            onForceAliasCreation={flow.canForceAliasCreation ? () => void flow.submit({ forceAliasCreation: true }) : undefined}
          />
          <div className="cvk-actions">
            <button type="submit" className="cvk-button" data-variant="primary" aria-disabled={!flow.canSubmit || undefined}>
              {flow.isSubmitting ? ui.submitting : ui.confirm}
            </button>
            <ResendButton
              secondsLeft={flow.secondsLeft}
              canResend={flow.canResend}
              isResending={flow.isResending}
              onResend={() => void flow.resend()}
              delivery={flow.delivery ?? undefined}
            />
          </div>
        </>
      )}
    </form>
  );
});
