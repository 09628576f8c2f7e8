import type { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { assertNever } from './assertNever.ts';

interface Common {
  /** What the person has typed; kept through every failure. */
  code: string;
  /** Where the last code went, when Cognito said. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure; cleared by the next attempt. */
  error: CognitoError | null;
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
  | { type: 'SUBMIT_CODE' }
  | { type: 'INPUT_REJECTED'; error: CognitoError }
  | { type: 'CONFIRM_SUCCEEDED'; alreadyConfirmed: boolean }
  | { type: 'CONFIRM_FAILED'; error: CognitoError }
  | { type: 'RESEND_CODE' }
  | { type: 'RESEND_SUCCEEDED'; delivery: CodeDeliveryDetails | null }
  | { type: 'RESEND_FAILED'; error: CognitoError }
  | { type: 'RESET' };

export function initialConfirmSignUp(delivery: CodeDeliveryDetails | null = null): ConfirmSignUpState {
  return { status: 'entering', code: '', delivery, error: null };
}

export function confirmSignUpTransition(state: ConfirmSignUpState, event: ConfirmSignUpEvent): ConfirmSignUpState {
  switch (event.type) {
    case 'CODE_CHANGED':
      return state.status === 'confirmed' ? state : { ...state, code: event.code };
    case 'SUBMIT_CODE':
      return state.status === 'entering' ? { ...state, status: 'submitting', error: null } : state;
    case 'RESEND_CODE':
      return state.status === 'entering' ? { ...state, status: 'resending', error: null } : state;
    case 'INPUT_REJECTED':
      return state.status === 'entering' ? { ...state, error: event.error } : state;
    case 'CONFIRM_SUCCEEDED':
      return state.status === 'submitting'
        ? { status: 'confirmed', alreadyConfirmed: event.alreadyConfirmed, code: '', delivery: state.delivery, error: null }
        : state;
    case 'CONFIRM_FAILED':
      return state.status === 'submitting' ? { ...state, status: 'entering', error: event.error } : state;
    case 'RESEND_SUCCEEDED':
      return state.status === 'resending'
        ? { ...state, status: 'entering', delivery: event.delivery ?? state.delivery }
        : state;
    case 'RESEND_FAILED':
      return state.status === 'resending' ? { ...state, status: 'entering', error: event.error } : state;
    case 'RESET':
      return initialConfirmSignUp(state.delivery);
    default:
      return assertNever(event);
  }
}
