'use client';
import { forwardRef } from 'react';
import { useVerifyAttribute, type UseVerifyAttributeOptions } from '../hooks/useVerifyAttribute.ts';
import { attributeLabel, format, kitDirection } from '../messages/index.ts';
import { MessagesScope, useMessages } from '../provider.tsx';
import { CodeEntry } from './CodeEntry.tsx';
import { submitWith, useFocusWhen, useSelectOnError, type CodeFormOptions } from './formSupport.ts';

export interface VerifyAttributeFormProps extends UseVerifyAttributeOptions, CodeFormOptions {}

/**
 * Verifies an attribute such as `email` or `phone_number`: Send code (or Resend code once one
 * went out), the code field, Verify, and what went wrong or right.
 */
export const VerifyAttributeForm = forwardRef<HTMLFormElement, VerifyAttributeFormProps>(function VerifyAttributeForm({ messages, ...props }, ref) {
  return (
    <MessagesScope messages={messages}>
      <VerifyAttributeFormBody {...props} ref={ref} />
    </MessagesScope>
  );
});

const VerifyAttributeFormBody = forwardRef<HTMLFormElement, Omit<VerifyAttributeFormProps, 'messages'>>(function VerifyAttributeFormBody(
  { codeLength = 6, autoSubmit = true, onSignIn, className, codeField, ...options },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const flow = useVerifyAttribute({ ...options, codeLength });
  const fieldRef = useSelectOnError(flow.error?.operation === 'VerifyUserAttribute' ? flow.error : null);
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.isVerified);
  const { error } = flow;
  const attribute = attributeLabel(options.attributeName, messages);

  const submit = (code?: string) => {
    if (flow.canSubmit) void flow.submit({ code });
  };
  const retry = () => (error?.operation === 'VerifyUserAttribute' ? submit() : void flow.resend());

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
          onResend={() => void flow.resend()}
          onRetry={retry}
          onSignIn={onSignIn}
          attributeName={options.attributeName}
          codeField={codeField}
        />
      )}
    </form>
  );
});
