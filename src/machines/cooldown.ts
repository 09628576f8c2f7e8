import { assertNever } from './assertNever.ts';

/**
 * The resend cooldown. It keeps a deadline, never a counter that ticks: seconds left are
 * derived from the deadline and the current time, which comes in as data.
 */
export interface CooldownState {
  /** Epoch ms before which resending (and, after a limit, submitting) waits. 0 = now. */
  resendAvailableAt: number;
  /** How many times Cognito said "too many" since the last success; lengthens the wait. */
  strikes: number;
  /** The wait after a code is sent, in ms. */
  baseMs: number;
  /** The longest wait, in ms. */
  maxMs: number;
}

export type CooldownEvent =
  /** A code was just sent: wait the base time before offering another. */
  | { type: 'CODE_SENT'; now: number }
  /** LimitExceeded, TooManyFailedAttempts or TooManyRequests: wait longer each time. */
  | { type: 'LIMIT_REACHED'; now: number }
  /** A code was accepted: forget the strikes. */
  | { type: 'RESET' };

export interface CooldownOptions {
  /** @default 30 */
  baseSeconds?: number;
  /** @default 900 (15 minutes) */
  maxSeconds?: number;
}

export function initialCooldown({ baseSeconds = 30, maxSeconds = 900 }: CooldownOptions = {}): CooldownState {
  return { resendAvailableAt: 0, strikes: 0, baseMs: baseSeconds * 1000, maxMs: maxSeconds * 1000 };
}

export function cooldownTransition(state: CooldownState, event: CooldownEvent): CooldownState {
  switch (event.type) {
    case 'CODE_SENT':
      return { ...state, resendAvailableAt: event.now + Math.min(state.baseMs, state.maxMs) };
    case 'LIMIT_REACHED': {
      const strikes = state.strikes + 1;
      const wait = Math.min(state.baseMs * 2 ** strikes, state.maxMs);
      return { ...state, strikes, resendAvailableAt: Math.max(state.resendAvailableAt, event.now + wait) };
    }
    case 'RESET':
      return { ...state, strikes: 0, resendAvailableAt: 0 };
    default:
      return assertNever(event);
  }
}

/** Whole seconds until the deadline, rounded up; 0 once it has passed. */
export function secondsLeft(state: Pick<CooldownState, 'resendAvailableAt'>, now: number): number {
  return Math.max(0, Math.ceil((state.resendAvailableAt - now) / 1000));
}
