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

type Operations = 'ConfirmSignUp' | 'ResendConfirmationCode';

interface Common {
  /** What the person has typed; kept through every failure. */
  code: string;
  /** Where the last code went, when Cognito said. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure; cleared by the next attempt. */
  error: CognitoError<Operations> | null;
  /** How long before another code may be sent, and before another code may be checked. */
  waits: Waits;
}

export type ConfirmSignUpState = Common &
  (
    | { status: 'entering' }
    | { status: 'submitting' }
    | { status: 'resending' }
    | { status: 'confirmed'; alreadyConfirmed: boolean }
  );

export type ConfirmSignUpEvent =
  | { type: 'CODE_CHANGED'; code: string }
  | { type: 'SUBMIT'; now: number }
  | { type: 'RESEND'; now: number }
  | { type: 'INPUT_REJECTED'; error: CognitoError<Operations> }
  | { type: 'CONFIRMED'; alreadyConfirmed: boolean }
  | { type: 'CONFIRM_FAILED'; error: CognitoError<Operations>; now: number }
  | { type: 'CODE_SENT'; delivery: CodeDeliveryDetails | null; now: number }
  | { type: 'RESEND_FAILED'; error: CognitoError<Operations>; now: number }
  /** Back to entering: drops the typed code, the error and any request in flight; waits stay. */
  | { type: 'RESET' };

/** `codeSentAt`: when the sign-up code went out, to start the resend wait from. */
export function initialConfirmSignUp(
  delivery: CodeDeliveryDetails | null = null,
  cooldown: CooldownOptions = {},
  codeSentAt?: number,
): ConfirmSignUpState {
  return { status: 'entering', code: '', delivery, error: null, waits: initialWaits(cooldown, codeSentAt) };
}

/** What the person may do now. The transition uses the same guards, so a refused verb changes nothing. */
export function confirmSignUpCan(state: ConfirmSignUpState, now: number) {
  const entering = state.status === 'entering';
  return {
    submit: entering && now >= state.waits.check.availableAt,
    resend: entering && now >= state.waits.send.availableAt,
  };
}

export function confirmSignUpTransition(state: ConfirmSignUpState, event: ConfirmSignUpEvent): ConfirmSignUpState {
  switch (event.type) {
    case 'CODE_CHANGED':
      return state.status === 'confirmed' ? state : { ...state, code: event.code };
    case 'SUBMIT':
      return confirmSignUpCan(state, event.now).submit ? { ...state, status: 'submitting', error: null } : state;
    case 'RESEND':
      return confirmSignUpCan(state, event.now).resend ? { ...state, status: 'resending', error: null } : state;
    case 'INPUT_REJECTED':
      return state.status === 'entering' ? { ...state, error: event.error } : state;
    case 'CONFIRMED':
      return state.status === 'submitting'
        ? { ...state, status: 'confirmed', alreadyConfirmed: event.alreadyConfirmed, code: '', error: null, waits: waitsAfterSuccess(state.waits) }
        : state;
    case 'CONFIRM_FAILED':
      return state.status === 'submitting'
        ? { ...state, status: 'entering', error: event.error, waits: waitsAfterFailure(state.waits, 'check', event.error, event.now) }
        : state;
    case 'CODE_SENT':
      return state.status === 'resending'
        ? { ...state, status: 'entering', delivery: event.delivery ?? state.delivery, waits: waitsAfterCodeSent(state.waits, event.now) }
        : state;
    case 'RESEND_FAILED':
      return state.status === 'resending'
        ? { ...state, status: 'entering', error: event.error, waits: waitsAfterFailure(state.waits, 'send', event.error, event.now) }
        : state;
    case 'RESET':
      return { status: 'entering', code: '', delivery: state.delivery, error: null, waits: state.waits };
    default:
      return assertNever(event);
  }
}
