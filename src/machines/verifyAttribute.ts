import type { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { assertNever } from './assertNever.ts';
import {
  initialWaits,
  waitsAfterCodeSent,
  waitsAfterFailure,
  waitsAfterSuccess,
  type CooldownOptions,
  type Waits,
} from './cooldown.ts';

type Operations = 'GetUserAttributeVerificationCode' | 'VerifyUserAttribute';

interface Common {
  /** What the person has typed; kept through every failure. */
  code: string;
  /** Where the last code went; `null` until a code is known to have been sent. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure; cleared by the next attempt. */
  error: CognitoError<Operations> | null;
  waits: Waits;
}

export type VerifyAttributeStatus = 'idle' | 'sending' | 'codeSent' | 'verifying' | 'verified';
export type VerifyAttributeState = Common & { status: VerifyAttributeStatus };

export type VerifyAttributeEvent =
  | { type: 'CODE_CHANGED'; code: string }
  | { type: 'SEND'; now: number }
  | { type: 'CODE_SENT'; delivery: CodeDeliveryDetails | null; now: number }
  | { type: 'SEND_FAILED'; error: CognitoError<Operations>; now: number }
  | { type: 'SUBMIT'; now: number }
  | { type: 'INPUT_REJECTED'; error: CognitoError<Operations> }
  | { type: 'VERIFIED' }
  | { type: 'VERIFY_FAILED'; error: CognitoError<Operations>; now: number }
  /** Back to resting: drops the typed code, the error and any request in flight; waits stay. */
  | { type: 'RESET' };

/**
 * Pass the delivery details when the code was already sent (by a sign-up or an update), and
 * when it was sent (`codeSentAt`) to start the resend wait from.
 */
export function initialVerifyAttribute(
  delivery: CodeDeliveryDetails | null = null,
  cooldown: CooldownOptions = {},
  codeSentAt?: number,
): VerifyAttributeState {
  return { status: delivery ? 'codeSent' : 'idle', code: '', delivery, error: null, waits: initialWaits(cooldown, codeSentAt) };
}

const resting = (state: Common) => (state.delivery ? 'codeSent' : 'idle');

/** What the person may do now. The transition uses the same guards. */
export function verifyAttributeCan(state: VerifyAttributeState, now: number) {
  const isResting = state.status === 'idle' || state.status === 'codeSent';
  return {
    submit: isResting && now >= state.waits.check.availableAt,
    resend: isResting && now >= state.waits.send.availableAt,
  };
}

export function verifyAttributeTransition(
  state: VerifyAttributeState,
  event: VerifyAttributeEvent,
): VerifyAttributeState {
  switch (event.type) {
    case 'CODE_CHANGED':
      return state.status === 'verified' ? state : { ...state, code: event.code };
    case 'SEND':
      return verifyAttributeCan(state, event.now).resend ? { ...state, status: 'sending', error: null } : state;
    case 'CODE_SENT':
      // Cognito may omit the details; an empty object still records that a code went out.
      return state.status === 'sending'
        ? { ...state, status: 'codeSent', delivery: event.delivery ?? {}, waits: waitsAfterCodeSent(state.waits, event.now) }
        : state;
    case 'SEND_FAILED':
      return state.status === 'sending'
        ? { ...state, status: resting(state), error: event.error, waits: waitsAfterFailure(state.waits, 'send', event.error, event.now) }
        : state;
    case 'SUBMIT':
      return verifyAttributeCan(state, event.now).submit ? { ...state, status: 'verifying', error: null } : state;
    case 'INPUT_REJECTED':
      return state.status === 'idle' || state.status === 'codeSent' ? { ...state, error: event.error } : state;
    case 'VERIFIED':
      return state.status === 'verifying'
        ? { ...state, status: 'verified', code: '', waits: waitsAfterSuccess(state.waits) }
        : state;
    case 'VERIFY_FAILED':
      return state.status === 'verifying'
        ? { ...state, status: resting(state), error: event.error, waits: waitsAfterFailure(state.waits, 'check', event.error, event.now) }
        : state;
    case 'RESET':
      return { ...state, status: resting(state), code: '', error: null };
    default:
      return assertNever(event);
  }
}
