import type { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { assertNever } from './assertNever.ts';

interface Common {
  /** What the person has typed; kept through every failure. */
  code: string;
  /** Where the last code went; `null` until a code is known to have been sent. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure; cleared by the next attempt. */
  error: CognitoError | null;
}

export type VerifyAttributeState = Common &
  { status: 'idle' | 'sending' | 'codeSent' | 'verifying' | 'verified' };

export type VerifyAttributeEvent =
  | { type: 'CODE_CHANGED'; code: string }
  | { type: 'SEND_CODE' }
  | { type: 'CODE_SENT'; delivery: CodeDeliveryDetails | null }
  | { type: 'SEND_FAILED'; error: CognitoError }
  | { type: 'SUBMIT_CODE' }
  | { type: 'INPUT_REJECTED'; error: CognitoError }
  | { type: 'VERIFY_SUCCEEDED' }
  | { type: 'VERIFY_FAILED'; error: CognitoError }
  | { type: 'RESET' };

/** Pass the delivery details when the code was already sent (e.g. by a sign-up or an update). */
export function initialVerifyAttribute(delivery: CodeDeliveryDetails | null = null): VerifyAttributeState {
  return { status: delivery ? 'codeSent' : 'idle', code: '', delivery, error: null };
}

const resting = (state: Common) => (state.delivery ? 'codeSent' : 'idle');
const isResting = (state: VerifyAttributeState) => state.status === 'idle' || state.status === 'codeSent';

export function verifyAttributeTransition(
  state: VerifyAttributeState,
  event: VerifyAttributeEvent,
): VerifyAttributeState {
  switch (event.type) {
    case 'CODE_CHANGED':
      return state.status === 'verified' ? state : { ...state, code: event.code };
    case 'SEND_CODE':
      return isResting(state) ? { ...state, status: 'sending', error: null } : state;
    case 'CODE_SENT':
      // Cognito may omit the details; an empty object still records that a code went out.
      return state.status === 'sending' ? { ...state, status: 'codeSent', delivery: event.delivery ?? {} } : state;
    case 'SEND_FAILED':
      return state.status === 'sending' ? { ...state, status: resting(state), error: event.error } : state;
    case 'SUBMIT_CODE':
      return isResting(state) ? { ...state, status: 'verifying', error: null } : state;
    case 'INPUT_REJECTED':
      return isResting(state) ? { ...state, error: event.error } : state;
    case 'VERIFY_SUCCEEDED':
      return state.status === 'verifying' ? { ...state, status: 'verified', code: '' } : state;
    case 'VERIFY_FAILED':
      return state.status === 'verifying' ? { ...state, status: resting(state), error: event.error } : state;
    case 'RESET':
      return initialVerifyAttribute(state.delivery);
    default:
      return assertNever(event);
  }
}
