'use client';
import { forwardRef, useId, type FormEvent } from 'react';
import { useVerifyAttribute, type UseVerifyAttributeOptions } from '../hooks/useVerifyAttribute.ts';
import { attributeLabel, format } from '../messages/index.ts';
import { useMessages } from '../provider.tsx';
import { CodeField } from './CodeField.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { ResendButton } from './ResendButton.tsx';
import { codeHint, useFocusWhen, useSelectOnError } from './formSupport.ts';

export interface VerifyAttributeFormProps extends UseVerifyAttributeOptions {
  /** How many characters the code has; `'free'` for custom codes of any length. @default 6 */
  codeLength?: number | 'free';
  /** Submit as soon as the code is complete. @default true */
  autoSubmit?: boolean;
  /** Offered when the session has ended ("Sign in again"). @default undefined */
  onSignIn?: () => void;
  className?: string;
}

/**
 * Verifies an attribute such as `email` or `phone_number`: Send code (or Resend code once one
 * went out), the code field, Verify, and what went wrong or right.
 */
export const VerifyAttributeForm = forwardRef<HTMLFormElement, VerifyAttributeFormProps>(function VerifyAttributeForm(
  { codeLength = 6, autoSubmit = true, onSignIn, className, ...options },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const flow = useVerifyAttribute(options);
  const fieldRef = useSelectOnError(flow.error, 'VerifyUserAttribute');
  const errorId = useId();
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.isVerified);
  const { error } = flow;
  const attribute = attributeLabel(options.attributeName, messages);

  const submit = (code?: string) => {
    if (flow.canSubmit) void flow.submit({ code });
  };
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  const retry = () => (error?.operation === 'VerifyUserAttribute' ? submit() : void flow.sendCode());

  return (
    <form ref={ref} className={['cvk-form', className].filter(Boolean).join(' ')} noValidate aria-busy={flow.isPending} onSubmit={handleSubmit}>
      <p ref={statusRef} role="status" className="cvk-status" data-state={flow.isVerified ? 'success' : undefined} tabIndex={-1}>
        {flow.isVerified ? format(ui.verified, { attribute }) : null}
      </p>
      {flow.isVerified ? null : (
        <>
          <CodeField
            ref={fieldRef}
            label={ui.verificationCodeLabel}
            hint={codeHint(flow.delivery, codeLength, messages, { codeSent: flow.codeSent })}
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
            attributeName={options.attributeName}
            secondsLeft={flow.secondsLeft}
            onRetry={retry}
            onSignIn={onSignIn}
          />
          <div className="cvk-actions">
            <button type="submit" className="cvk-button" data-variant="primary" aria-disabled={!flow.canSubmit || undefined}>
              {flow.isVerifying ? ui.submitting : ui.verify}
            </button>
            {flow.codeSent ? (
              <ResendButton
                secondsLeft={flow.secondsLeft}
                canResend={flow.canResend}
                isResending={flow.isSending}
                onResend={() => void flow.resend()}
                delivery={flow.delivery ?? undefined}
              />
            ) : (
              <button type="button" className="cvk-button" aria-disabled={!flow.canResend || undefined} onClick={() => void flow.sendCode()}>
                {flow.isSending ? ui.sending : ui.sendCode}
              </button>
            )}
          </div>
        </>
      )}
    </form>
  );
});
