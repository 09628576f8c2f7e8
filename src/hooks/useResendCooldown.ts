'use client';
import { useCallback, useMemo, useReducer, useSyncExternalStore } from 'react';
import {
  cooldownTransition,
  initialCooldown,
  secondsLeft as secondsUntil,
  type CooldownOptions,
} from '../machines/cooldown.ts';

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
  /** Forget strikes and the deadline (after a code is accepted). */
  reset: () => void;
}

const noop = () => {};
const serverSnapshot = () => null;

/**
 * Re-renders once a second while the deadline is ahead and never after. On the server and
 * while hydrating it returns `null`, so clock-dependent text waits for the client.
 */
function useSecondsLeft(deadline: number, now: () => number): number | null {
  const subscribe = useCallback(
    (onTick: () => void) => {
      if (deadline <= now()) return noop;
      const id = setInterval(() => {
        onTick();
        if (now() >= deadline) clearInterval(id);
      }, 250);
      return () => clearInterval(id);
    },
    [deadline, now],
  );
  return useSyncExternalStore(subscribe, () => secondsUntil({ resendAvailableAt: deadline }, now()), serverSnapshot);
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
  const secondsLeft = useSecondsLeft(state.resendAvailableAt, now);
  const codeSent = useCallback(() => dispatch({ type: 'CODE_SENT', now: now() }), [now]);
  const limitReached = useCallback(() => dispatch({ type: 'LIMIT_REACHED', now: now() }), [now]);
  const reset = useCallback(() => dispatch({ type: 'RESET' }), []);
  return useMemo(
    () => ({
      secondsLeft,
      canResend: secondsLeft === 0,
      resendAvailableAt: state.resendAvailableAt > 0 ? state.resendAvailableAt : null,
      codeSent,
      limitReached,
      reset,
    }),
    [secondsLeft, state.resendAvailableAt, codeSent, limitReached, reset],
  );
}
