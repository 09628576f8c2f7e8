import type { CognitoError } from '../cognito/errors.ts';
import { assertNever } from './assertNever.ts';

/**
 * A wait before the next request of one kind. It keeps deadlines, never a counter that ticks:
 * seconds left are derived from a deadline and the current time, which comes in as data.
 * Deadlines only ever move later; nothing but a new flow (new inputs) lifts them.
 */
export interface CooldownState {
  /** Epoch ms before which the next request waits (after a code was sent, or after "too many"). 0 = now. */
  availableAt: number;
  /** Epoch ms before which a "too many" answer holds; a subset of `availableAt`. 0 = none. */
  limitedUntil: number;
  /** How many times Cognito said "too many" since the last success; lengthens the wait. */
  strikes: number;
  /** The wait after a code is sent, in ms. */
  baseMs: number;
  /** The longest wait, in ms. */
  maxMs: number;
}

export type CooldownEvent =
  /** A code was just sent: wait the base time before offering another (a longer wait stays). */
  | { type: 'CODE_SENT'; now: number }
  /** LimitExceeded, TooManyFailedAttempts or TooManyRequests: wait longer each time. */
  | { type: 'LIMIT_REACHED'; now: number }
  /** A code was accepted: forget the strikes (a wait already imposed still holds). */
  | { type: 'RESET' };

export interface CooldownOptions {
  /** @default 30 */
  baseSeconds?: number;
  /** @default 900 (15 minutes) */
  maxSeconds?: number;
}

const YEAR_SECONDS = 365 * 24 * 3600;
/** Seconds as ms; anything negative or not a number counts as 0, and no wait is longer than a year. */
const ms = (seconds: number) => (seconds > 0 ? Math.min(seconds, YEAR_SECONDS) * 1000 : 0);

export function initialCooldown({ baseSeconds = 30, maxSeconds = 900 }: CooldownOptions = {}): CooldownState {
  return { availableAt: 0, limitedUntil: 0, strikes: 0, baseMs: ms(baseSeconds), maxMs: ms(maxSeconds) };
}

export function cooldownTransition(state: CooldownState, event: CooldownEvent): CooldownState {
  switch (event.type) {
    case 'CODE_SENT':
      return { ...state, availableAt: Math.max(state.availableAt, event.now + Math.min(state.baseMs, state.maxMs)) };
    case 'LIMIT_REACHED': {
      const strikes = state.strikes + 1;
      // The exponent is capped so a long run of limits stays finite (0 × 2^1024 would be NaN).
      const wait = Math.min(state.baseMs * 2 ** Math.min(strikes, 30), state.maxMs);
      const limitedUntil = Math.max(state.limitedUntil, event.now + wait);
      return { ...state, strikes, limitedUntil, availableAt: Math.max(state.availableAt, limitedUntil) };
    }
    case 'RESET':
      return { ...state, strikes: 0 };
    default:
      return assertNever(event);
  }
}

/** Whole seconds until `deadline`, rounded up; 0 once it has passed. */
export function secondsUntil(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/**
 * The two waits of a code flow: before another code may be *sent*, and before another code may
 * be *checked*. A limit on sending never blocks the code the person already has, and a limit on
 * checking never blocks asking for a new one.
 */
export interface Waits {
  send: CooldownState;
  check: CooldownState;
}

/** Fresh waits; `codeSentAt` starts the send wait as if a code went out then. */
export function initialWaits(options: CooldownOptions = {}, codeSentAt?: number): Waits {
  const send = initialCooldown(options);
  return {
    send: codeSentAt === undefined ? send : cooldownTransition(send, { type: 'CODE_SENT', now: codeSentAt }),
    check: initialCooldown(options),
  };
}

/** The waits after a request of `kind` failed: a "too many" answer lengthens that kind's wait. */
export function waitsAfterFailure(waits: Waits, kind: keyof Waits, error: CognitoError, now: number): Waits {
  if (error.recovery !== 'wait') return waits;
  return { ...waits, [kind]: cooldownTransition(waits[kind], { type: 'LIMIT_REACHED', now }) };
}

/** The waits after a code was sent at `now`. */
export function waitsAfterCodeSent(waits: Waits, now: number): Waits {
  return { ...waits, send: cooldownTransition(waits.send, { type: 'CODE_SENT', now }) };
}

/** The waits after a code was accepted. */
export function waitsAfterSuccess(waits: Waits): Waits {
  return { send: cooldownTransition(waits.send, { type: 'RESET' }), check: cooldownTransition(waits.check, { type: 'RESET' }) };
}
