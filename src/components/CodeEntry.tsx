'use client';
import { useId, type ComponentType, type Ref, type RefAttributes } from 'react';
import type { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { useMessages } from '../provider.tsx';
import { CodeField, type CodeFieldProps } from './CodeField.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { ResendButton } from './ResendButton.tsx';
import { codeHint } from './formSupport.ts';

/** What CodeEntry reads from a code flow (the result of any of the code hooks). */
export interface CodeFlow {
  code: string;
  setCode: (code: string) => void;
  delivery: CodeDeliveryDetails | null;
  /** Seconds until another code may be sent (the resend button's countdown). */
  secondsLeft: number | null;
  /** Seconds until the verb a "too many" error refused may run again (the error's countdown). */
  retrySecondsLeft: number | null;
  canSubmit: boolean;
  canResend: boolean;
  /** False until a first code went out: the hint says none was sent and "Send code" replaces "Resend code". */
  isCodeSent: boolean;
}

export interface CodeEntryProps {
  flow: CodeFlow;
  /** The code's error (with its "Try again", "Sign in again"…), or `null`. */
  error: CognitoError | null;
  fieldRef: Ref<HTMLInputElement>;
  label: string;
  /** The primary button's text; "Submitting…" replaces it while `isSubmitting`. */
  submitLabel: string;
  isSubmitting: boolean;
  isResending: boolean;
  codeLength: number | 'free';
  autoSubmit: boolean;
  /**
   * Submits the code, when the field completes it. The primary button is a plain submit button:
   * the surrounding form's `onSubmit` submits too.
   */
  onComplete: (code?: string) => void;
  /** Asks for a (new) code. */
  onResend: () => void;
  onRetry: () => void;
  onSignIn?: () => void;
  onForceAliasCreation?: () => void;
  attributeName?: string;
  /** The field to render; gets CodeField's props (label, hint, value, errorId…). @default CodeField */
  codeField?: ComponentType<CodeFieldProps & RefAttributes<HTMLInputElement>>;
}

/**
 * The part the code forms share, inside their <form>: the code field, what went wrong, and the
 * actions (submit, then Resend code or Send code). Public, for layouts of your own: give it a
 * hook's result as `flow` and it wires the label, hint and error (`aria-describedby`,
 * `aria-invalid`) and announces a new code once; pair it with `useSelectOnError` for focus.
 */
export function CodeEntry({
  flow,
  error,
  fieldRef,
  label,
  submitLabel,
  isSubmitting,
  isResending,
  codeLength,
  autoSubmit,
  onComplete,
  onResend,
  onRetry,
  onSignIn,
  onForceAliasCreation,
  attributeName,
  codeField: Field = CodeField,
}: CodeEntryProps) {
  const codeSent = flow.isCodeSent;
  const messages = useMessages();
  const { ui } = messages;
  const errorId = useId();

  return (
    <>
      <Field
        ref={fieldRef}
        label={label}
        hint={codeHint(flow.delivery, codeLength, messages, { codeSent })}
        length={codeLength}
        value={flow.code}
        onValueChange={flow.setCode}
        onComplete={onComplete}
        autoSubmit={autoSubmit}
        deliveryMedium={flow.delivery?.deliveryMedium}
        errorId={error?.field === 'code' ? errorId : undefined}
      />
      <ErrorMessage
        id={errorId}
        error={error}
        attributeName={attributeName}
        secondsLeft={flow.retrySecondsLeft}
        onRetry={onRetry}
        onSignIn={onSignIn}
        onForceAliasCreation={onForceAliasCreation}
      />
      <div className="cvk-actions">
        <button type="submit" className="cvk-button" data-variant="primary" aria-disabled={!flow.canSubmit || undefined}>
          {isSubmitting ? ui.submitting : submitLabel}
        </button>
        {codeSent ? (
          <ResendButton
            secondsLeft={flow.secondsLeft}
            canResend={flow.canResend}
            isResending={isResending}
            onResend={onResend}
            delivery={flow.delivery ?? undefined}
          />
        ) : (
          <button type="button" className="cvk-button" aria-disabled={!flow.canResend || undefined} onClick={onResend}>
            {isResending ? ui.sending : ui.sendCode}
          </button>
        )}
      </div>
    </>
  );
}
