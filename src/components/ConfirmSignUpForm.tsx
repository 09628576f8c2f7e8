'use client';
import { forwardRef } from 'react';
import { useConfirmSignUp, type UseConfirmSignUpOptions } from '../hooks/useConfirmSignUp.ts';
import { kitDirection } from '../messages/index.ts';
import { MessagesScope, useMessages } from '../provider.tsx';
import { CodeEntry } from './CodeEntry.tsx';
import { submitWith, useFocusWhen, useSelectOnError, type CodeFormOptions } from './formSupport.ts';

export interface ConfirmSignUpFormProps extends UseConfirmSignUpOptions, CodeFormOptions {
  /** Offered when the person must sign in (never for this form's own success). @default undefined */
  onSignIn?: () => void;
}

/** Sign-up confirmation: the code field, Confirm, Resend code, and what went wrong or right. */
export const ConfirmSignUpForm = forwardRef<HTMLFormElement, ConfirmSignUpFormProps>(function ConfirmSignUpForm({ messages, ...props }, ref) {
  return (
    <MessagesScope messages={messages}>
      <ConfirmSignUpFormBody {...props} ref={ref} />
    </MessagesScope>
  );
});

const ConfirmSignUpFormBody = forwardRef<HTMLFormElement, Omit<ConfirmSignUpFormProps, 'messages'>>(function ConfirmSignUpFormBody(
  { codeLength = 6, autoSubmit = true, onSignIn, className, codeField, ...options },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const flow = useConfirmSignUp({ ...options, codeLength });
  const fieldRef = useSelectOnError(flow.error?.operation === 'ConfirmSignUp' ? flow.error : null);
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.isConfirmed);
  const { error } = flow;

  // While a request is out (or Cognito asked to wait) submitting does nothing.
  const submit = (code?: string) => {
    if (flow.canSubmit) void flow.submit({ code });
  };
  const retry = () => (error?.operation === 'ConfirmSignUp' ? submit() : void flow.resend());

  return (
    <form ref={ref} dir={kitDirection(messages)} className={['cvk-form', className].filter(Boolean).join(' ')} noValidate aria-busy={flow.isPending} onSubmit={submitWith(submit)}>
      <p ref={statusRef} role="status" className="cvk-status" data-state={flow.isConfirmed ? 'success' : undefined} tabIndex={-1}>
        {flow.isConfirmed ? (flow.alreadyConfirmed ? ui.alreadyConfirmed : ui.confirmed) : null}
      </p>
      {flow.isConfirmed ? null : (
        <CodeEntry
          flow={{ ...flow, isCodeSent: true }}
          error={error}
          fieldRef={fieldRef}
          label={ui.confirmationCodeLabel}
          submitLabel={ui.confirm}
          isSubmitting={flow.isSubmitting}
          isResending={flow.isResending}
          codeLength={codeLength}
          autoSubmit={autoSubmit}
          onComplete={submit}
          onResend={() => void flow.resend()}
          onRetry={retry}
          onSignIn={onSignIn}
          onForceAliasCreation={flow.canForceAliasCreation ? () => void flow.submit({ forceAliasCreation: true }) : undefined}
          attributeName={flow.delivery?.attributeName}
          codeField={codeField}
        />
      )}
    </form>
  );
});
