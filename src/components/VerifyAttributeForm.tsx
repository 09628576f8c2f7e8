'use client';
import { forwardRef } from 'react';
import { useVerifyAttribute, type UseVerifyAttributeOptions } from '../hooks/useVerifyAttribute.ts';
import { attributeLabel, format, kitDirection } from '../messages/index.ts';
import { useMessages } from '../provider.tsx';
import { CodeEntry } from './CodeEntry.tsx';
import { submitWith, useFocusWhen, useSelectOnError, type CodeFormOptions } from './formSupport.ts';

export interface VerifyAttributeFormProps extends UseVerifyAttributeOptions, CodeFormOptions {}

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
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.isVerified);
  const { error } = flow;
  const attribute = attributeLabel(options.attributeName, messages);

  const submit = (code?: string) => {
    if (flow.canSubmit) void flow.submit({ code });
  };
  const retry = () => (error?.operation === 'VerifyUserAttribute' ? submit() : void flow.sendCode());

  return (
    <form ref={ref} dir={kitDirection(messages)} className={['cvk-form', className].filter(Boolean).join(' ')} noValidate aria-busy={flow.isPending} onSubmit={submitWith(submit)}>
      <p ref={statusRef} role="status" className="cvk-status" data-state={flow.isVerified ? 'success' : undefined} tabIndex={-1}>
        {flow.isVerified ? format(ui.verified, { attribute }) : null}
      </p>
      {flow.isVerified ? null : (
        <CodeEntry
          flow={flow}
          error={error}
          fieldRef={fieldRef}
          label={ui.verificationCodeLabel}
          submitLabel={ui.verify}
          isSubmitting={flow.isVerifying}
          isResending={flow.isSending}
          codeLength={codeLength}
          autoSubmit={autoSubmit}
          onComplete={submit}
          onResend={() => void flow.sendCode()}
          onRetry={retry}
          onSignIn={onSignIn}
          attributeName={options.attributeName}
          codeSent={flow.codeSent}
        />
      )}
    </form>
  );
});
