'use client';
import { forwardRef, useId, useState } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import type { CognitoError } from '../cognito/errors.ts';
import { attributeLabel, format, formatDuration, messageFor } from '../messages/index.ts';
import { useMessages } from '../provider.tsx';

export interface ErrorMessageProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The error to show; `null` (or an aborted request) renders nothing. */
  error: CognitoError | null;
  /**
   * Id of the message itself (the role=alert element, without the actions), for a field's
   * `aria-describedby` or CodeField's `errorId`. @default generated
   */
  id?: string;
  /** The attribute the error concerns (`email`, `phone_number`…): fills `{attribute}` and picks its validation wording. @default undefined */
  attributeName?: string;
  /** Offers "Try again" for passing failures (recovery `retry`). @default undefined */
  onRetry?: () => void;
  /** Offers "Sign in again" when the session has ended (recovery `signIn`). @default undefined */
  onSignIn?: () => void;
  /**
   * Offers "Use it for this account instead" on an alias conflict. Pass it only when the app
   * allows `forceAliasCreation`. @default undefined
   */
  onForceAliasCreation?: () => void;
  /** Offers "Confirm your account" when the sign-up was never confirmed (recovery `confirmAccount`). @default undefined */
  onConfirmAccount?: () => void;
  /** Seconds until the person may try again, shown for recovery `wait` ("Try again after 0:27"). @default undefined */
  secondsLeft?: number | null;
}

/**
 * An error in plain words, with the one action that fits it. The message is a role=alert; the
 * actions and the wait countdown sit beside it, so the per-second text is never re-announced.
 * Recovery `resend` offers no button of its own: the form's ResendButton is next to it.
 */
export const ErrorMessage = forwardRef<HTMLDivElement, ErrorMessageProps>(function ErrorMessage(
  { error, id, attributeName, onRetry, onSignIn, onForceAliasCreation, onConfirmAccount, secondsLeft, className, ...divProps },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const reactId = useId();
  const messageId = id ?? `${reactId}message`;
  const hintId = `${reactId}hint`;

  // A new error object with the same text (the same wrong code twice) remounts the alert, so it is heard again.
  const [shown, setShown] = useState({ error, count: 0 });
  if (error !== shown.error) setShown({ error, count: shown.count + 1 });

  if (error === null || error.recovery === 'none') return null;

  const { text, detail } = messageFor(error, messages, attributeName !== undefined ? { attributeName } : undefined);
  const attribute = attributeName !== undefined ? attributeLabel(attributeName, messages) : ui.attributeFallback;

  let action: ReactNode = null;
  if (error.recovery === 'retry' && onRetry) {
    action = <ActionButton onClick={onRetry}>{ui.tryAgain}</ActionButton>;
  } else if (error.recovery === 'signIn' && onSignIn) {
    action = <ActionButton onClick={onSignIn}>{ui.signInAgain}</ActionButton>;
  } else if (error.recovery === 'confirmAccount' && onConfirmAccount) {
    action = <ActionButton onClick={onConfirmAccount}>{ui.confirmAccount}</ActionButton>;
  } else if (error.recovery === 'aliasConflict' && onForceAliasCreation) {
    action = (
      <>
        <ActionButton onClick={onForceAliasCreation} aria-describedby={hintId}>{ui.useThisAnyway}</ActionButton>
        <p className="cvk-hint" id={hintId}>{format(ui.useThisAnywayHint, { attribute })}</p>
      </>
    );
  } else if (error.recovery === 'wait' && secondsLeft != null && secondsLeft > 0) {
    action = <p className="cvk-error-wait">{format(ui.waitUntil, { time: formatDuration(secondsLeft, messages.locale) })}</p>;
  }

  return (
    <div
      {...divProps}
      ref={ref}
      className={className ? `cvk-error ${className}` : 'cvk-error'}
      data-recovery={error.recovery}
    >
      <div role="alert" id={messageId} key={shown.count}>
        <p className="cvk-error-text">
          <span className="cvk-visually-hidden">{ui.errorPrefix}</span> {text}
        </p>
        {detail ? <p className="cvk-error-detail">{detail}</p> : null}
      </div>
      {action}
    </div>
  );
});

// Calls `onClick` with no arguments: a handler like `submit(options?)` must not receive the click event.
function ActionButton({ onClick, ...props }: { onClick: () => void; children: ReactNode; 'aria-describedby'?: string }) {
  return <button type="button" className="cvk-button" data-variant="secondary" onClick={() => onClick()} {...props} />;
}
