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

type Operations = 'ForgotPassword' | 'ConfirmForgotPassword';

interface Common {
  /** The user name typed (or given); the one a code was sent for once one was. */
  username: string;
  /** The code typed so far; kept through every failure. */
  code: string;
  /** The new password typed so far; kept through every failure, dropped on success. */
  password: string;
  /** Where the last code went, when Cognito said. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure; cleared by the next attempt. */
  error: CognitoError<Operations> | null;
  waits: Waits;
}

/**
 * `idle`: no code yet (the user name may still change). `requesting`: the first code is asked
 * for. `codeSent`: a code went out; the code and the new password are typed. `resending`,
 * `submitting`: requests from `codeSent`. `done`: the password is changed. Errors rest on
 * `idle` or `codeSent`.
 */
export type ResetPasswordStatus = 'idle' | 'requesting' | 'codeSent' | 'resending' | 'submitting' | 'done';

export type ResetPasswordState = Common & { status: ResetPasswordStatus };

export type ResetPasswordEvent =
  | { type: 'USERNAME_CHANGED'; username: string }
  | { type: 'CODE_CHANGED'; code: string }
  | { type: 'PASSWORD_CHANGED'; password: string }
  /** Asks for a code: the first one from `idle`, another from `codeSent`. */
  | { type: 'RESEND'; now: number }
  | { type: 'CODE_SENT'; delivery: CodeDeliveryDetails | null; now: number }
  | { type: 'RESEND_FAILED'; error: CognitoError<Operations>; now: number }
  | { type: 'SUBMIT'; now: number }
  | { type: 'PASSWORD_RESET' }
  | { type: 'SUBMIT_FAILED'; error: CognitoError<Operations>; now: number }
  | { type: 'INPUT_REJECTED'; error: CognitoError<Operations> }
  /** Back to `idle` with the same user name: drops the code, the password, the error and any request; waits stay. */
  | { type: 'RESET' };

/** `codeSentAt`: when the app itself had a code sent (ForgotPassword), so the flow starts at `codeSent`. */
export function initialResetPassword(
  username = '',
  cooldown: CooldownOptions = {},
  codeSentAt?: number,
  delivery: CodeDeliveryDetails | null = null,
): ResetPasswordState {
  return {
    status: codeSentAt === undefined ? 'idle' : 'codeSent',
    username,
    code: '',
    password: '',
    delivery,
    error: null,
    waits: initialWaits(cooldown, codeSentAt),
  };
}

/** What the person may do now. The transition uses the same guards, so a refused verb changes nothing. */
export function resetPasswordCan(state: ResetPasswordState, now: number) {
  const resting = state.status === 'idle' || state.status === 'codeSent';
  return {
    submit: state.status === 'codeSent' && now >= state.waits.check.availableAt,
    resend: resting && now >= state.waits.send.availableAt,
  };
}

/** Where a request started from `codeSent` (or `idle`) comes back to. */
const restingAfter = (state: ResetPasswordState) => (state.status === 'requesting' ? 'idle' : 'codeSent');

export function resetPasswordTransition(state: ResetPasswordState, event: ResetPasswordEvent): ResetPasswordState {
  switch (event.type) {
    case 'USERNAME_CHANGED':
      return state.status === 'idle' ? { ...state, username: event.username } : state;
    case 'CODE_CHANGED':
      return state.status === 'done' ? state : { ...state, code: event.code };
    case 'PASSWORD_CHANGED':
      return state.status === 'done' ? state : { ...state, password: event.password };
    case 'RESEND':
      return resetPasswordCan(state, event.now).resend
        ? { ...state, status: state.status === 'idle' ? 'requesting' : 'resending', error: null }
        : state;
    case 'CODE_SENT':
      return state.status === 'requesting' || state.status === 'resending'
        ? { ...state, status: 'codeSent', delivery: event.delivery ?? state.delivery, waits: waitsAfterCodeSent(state.waits, event.now) }
        : state;
    case 'RESEND_FAILED':
      return state.status === 'requesting' || state.status === 'resending'
        ? { ...state, status: restingAfter(state), error: event.error, waits: waitsAfterFailure(state.waits, 'send', event.error, event.now) }
        : state;
    case 'SUBMIT':
      return resetPasswordCan(state, event.now).submit ? { ...state, status: 'submitting', error: null } : state;
    case 'PASSWORD_RESET':
      return state.status === 'submitting'
        ? { ...state, status: 'done', code: '', password: '', error: null, waits: waitsAfterSuccess(state.waits) }
        : state;
    case 'SUBMIT_FAILED':
      return state.status === 'submitting'
        ? { ...state, status: 'codeSent', error: event.error, waits: waitsAfterFailure(state.waits, 'check', event.error, event.now) }
        : state;
    case 'INPUT_REJECTED':
      return state.status === 'idle' || state.status === 'codeSent' ? { ...state, error: event.error } : state;
    case 'RESET':
      return { ...state, status: 'idle', code: '', password: '', delivery: null, error: null };
    default:
      return assertNever(event);
  }
}
