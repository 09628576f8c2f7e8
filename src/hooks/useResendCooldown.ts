'use client';
import { useCallback, useMemo, useReducer } from 'react';
import { cooldownTransition, initialCooldown, type CooldownOptions } from '../machines/cooldown.ts';
import { useSecondsLeft } from './flow.ts';

export interface UseResendCooldownOptions extends CooldownOptions {
  /** Start waiting at once, because a code was sent just before this mounted. @default false */
  startNow?: boolean;
  /** The clock. @default Date.now */
  now?: () => number;
}

export interface ResendCooldown {
  /** Whole seconds until resending is possible; `null` until the clock is read on the client. */
  secondsLeft: number | null;
  /** True once the wait is over (and the clock has been read). */
  canResend: boolean;
  /** Epoch ms when the wait ends; `null` when there is no wait. */
  resendAvailableAt: number | null;
  /** Record that a code was sent: wait the base time. */
  codeSent: () => void;
  /** Record that Cognito said "too many": wait longer each time, up to the cap. */
  limitReached: () => void;
  /** Forget the strikes (after a code is accepted); a wait already running still holds. */
  reset: () => void;
}

/**
 * The wait between codes. It keeps a deadline, not a counter: seconds left are derived from
 * the clock. LimitExceeded and TooManyFailedAttempts lengthen the wait (doubling, capped).
 */
export function useResendCooldown(options: UseResendCooldownOptions = {}): ResendCooldown {
  const { baseSeconds, maxSeconds, startNow = false, now = Date.now } = options;
  const [state, dispatch] = useReducer(cooldownTransition, undefined, () => {
    const initial = initialCooldown({ baseSeconds, maxSeconds });
    return startNow ? cooldownTransition(initial, { type: 'CODE_SENT', now: now() }) : initial;
  });
  const secondsLeft = useSecondsLeft([state.availableAt], now)?.[0] ?? null;
  const codeSent = useCallback(() => dispatch({ type: 'CODE_SENT', now: now() }), [now]);
  const limitReached = useCallback(() => dispatch({ type: 'LIMIT_REACHED', now: now() }), [now]);
  const reset = useCallback(() => dispatch({ type: 'RESET' }), []);
  return useMemo(
    () => ({
      secondsLeft,
      canResend: secondsLeft === 0,
      resendAvailableAt: state.availableAt > 0 ? state.availableAt : null,
      codeSent,
      limitReached,
      reset,
    }),
    [secondsLeft, state.availableAt, codeSent, limitReached, reset],
  );
}
