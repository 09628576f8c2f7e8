/**
 * A sign-up confirmation laid out by a team with its own design: the resend link above the field,
 * its own heading and button. Built from the kit's public parts only, so it keeps their
 * accessibility: label, hint and error wired to the field, focus back on the field after a
 * failure, the new-code announcement once.
 */
import { useId } from 'react';
import {
  CodeField,
  codeHint,
  ErrorMessage,
  ResendButton,
  submitWith,
  useConfirmSignUp,
  useMessages,
  useSelectOnError,
  type CodeDeliveryDetails,
} from '../../src/index.ts';

export function CustomConfirm({ username, delivery }: { username: string; delivery?: CodeDeliveryDetails }) {
  const flow = useConfirmSignUp({ username, delivery });
  const messages = useMessages();
  const errorId = useId();
  const fieldRef = useSelectOnError(flow.error?.operation === 'ConfirmSignUp' ? flow.error : null);
  const submit = (code?: string) => {
    if (flow.canSubmit) void flow.submit({ code });
  };

  if (flow.isConfirmed) return <p role="status">{messages.ui.confirmed}</p>;
  return (
    <section className="custom-card" aria-labelledby={`${errorId}title`}>
      <h2 id={`${errorId}title`}>Check your inbox</h2>
      <form noValidate aria-busy={flow.isPending} onSubmit={submitWith(submit)}>
        <p className="custom-resend">
          <ResendButton secondsLeft={flow.secondsLeft} canResend={flow.canResend} isResending={flow.isResending} onResend={() => void flow.resend()} delivery={flow.delivery} />
        </p>
        <CodeField
          ref={fieldRef}
          label={messages.ui.confirmationCodeLabel}
          hint={codeHint(flow.delivery, 6, messages)}
          value={flow.code}
          onValueChange={flow.setCode}
          onComplete={submit}
          deliveryMedium={flow.delivery?.deliveryMedium}
          errorId={flow.error?.field === 'code' ? errorId : undefined}
        />
        <ErrorMessage id={errorId} error={flow.error} secondsLeft={flow.retrySecondsLeft} onRetry={() => submit()} />
        <button type="submit" className="custom-primary" aria-disabled={!flow.canSubmit || undefined}>
          Continue
        </button>
      </form>
    </section>
  );
}
