'use client';
import { forwardRef, useState } from 'react';
import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { format, formatDuration } from '../messages/index.ts';
import { useMessages } from '../provider.tsx';

export interface ResendButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> {
  /** Whole seconds until a new code may be asked for; `null` until the clock is read on the client (SSR, hydration). */
  secondsLeft: number | null;
  /** Whether a new code may be asked for now. While false the button is `aria-disabled` and clicks do nothing. */
  canResend: boolean;
  /** A new code is being requested: shows "Sending…" and ignores clicks. @default false */
  isResending?: boolean;
  /** Asks for a new code. Called on click (or Enter/Space) only while `canResend` and not `isResending`. */
  onResend: () => void;
  /**
   * Where the last code went. When it changes to a new object after a resend, the masked
   * destination is announced once ("We sent a new code to a***@e***."). @default null
   */
  delivery?: CodeDeliveryDetails | null;
}

/** What the screen reader has been told; compared during render to announce changes once. */
interface Seen {
  delivery: CodeDeliveryDetails | null;
  canResend: boolean;
  /** A countdown ran since resending was last possible. */
  wasWaiting: boolean;
  /** A resend was asked for and its delivery has not arrived yet. */
  awaitingCode: boolean;
}

/**
 * Asks Cognito for a new code. While the cooldown runs it stays focusable (`aria-disabled`, not
 * `disabled`) and reads "Resend code in 0:27"; a hidden polite region says once that a new code
 * went out and once that resending is possible again, never the countdown itself.
 */
export const ResendButton = forwardRef<HTMLButtonElement, ResendButtonProps>(function ResendButton(
  { secondsLeft, canResend, isResending = false, onResend, delivery = null, onClick, className, ...buttonProps },
  ref,
) {
  const { ui, locale } = useMessages();
  const waiting = secondsLeft !== null && secondsLeft > 0;
  const actionable = canResend && !isResending;

  const countingDown = waiting && !canResend;
  const [seen, setSeen] = useState<Seen>({ delivery, canResend, wasWaiting: countingDown, awaitingCode: false });
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const awaitingCode = seen.awaitingCode || isResending;
  const wasWaiting = !canResend && (seen.wasWaiting || countingDown);
  // Announcements derive from prop changes during render (no effect), so only real transitions
  // count: the first clock reading after hydration is not "resend available" and a parent
  // passing a fresh but equal `delivery` object without a resend announces nothing.
  if (
    delivery !== seen.delivery ||
    canResend !== seen.canResend ||
    wasWaiting !== seen.wasWaiting ||
    awaitingCode !== seen.awaitingCode
  ) {
    const sent = awaitingCode && delivery !== seen.delivery ? delivery : null;
    const text = sent
      ? sent.destination
        ? format(ui.newCodeSent, { destination: sent.destination })
        : ui.codeSentNoDestination
      : canResend && seen.wasWaiting
        ? ui.resendAvailable
        : null;
    setSeen({ delivery, canResend, wasWaiting, awaitingCode: awaitingCode && sent === null });
    if (text !== null) setAnnouncement({ text, count: announcement.count + 1 });
  }

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !actionable) return;
    setSeen((previous) => ({ ...previous, awaitingCode: true }));
    onResend();
  };

  const label = isResending ? ui.sending : waiting ? format(ui.resendCodeIn, { time: formatDuration(secondsLeft ?? 0, locale) }) : ui.resendCode;

  return (
    <>
      <button
        {...buttonProps}
        ref={ref}
        type="button"
        className={className ? `cvk-button ${className}` : 'cvk-button'}
        data-state={isResending ? 'sending' : canResend ? 'ready' : 'waiting'}
        aria-disabled={actionable ? undefined : true}
        aria-busy={isResending || undefined}
        onClick={handleClick}
      >
        {label}
      </button>
      {/* aria-live rather than role=status: the form's own status (e.g. the pending-value banner)
          stays the only role=status. Rendered empty from the start so screen readers track it;
          a new key per announcement makes a repeated sentence ("sent to a***@e***" twice) heard again. */}
      <span className="cvk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement.text ? <span key={announcement.count}>{announcement.text}</span> : null}
      </span>
    </>
  );
});
