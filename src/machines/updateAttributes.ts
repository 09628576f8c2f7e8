import type { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { assertNever } from './assertNever.ts';

/** What GetUser says about the attribute, plus the value the kit remembers submitting. */
export interface AttributeSnapshot {
  /** The value Cognito has now; `null` when the attribute is unset or not loaded yet. */
  current: string | null;
  /** `email_verified` / `phone_number_verified`; `null` for attributes without one. */
  verified: boolean | null;
  /** A submitted value waiting for its code while `current` stays active. */
  pendingValue: string | null;
}

interface Common extends AttributeSnapshot {
  /** The code the person has typed; kept through every failure. */
  code: string;
  /** Where the last code went. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure; cleared by the next attempt. */
  error: CognitoError | null;
}

export type UpdateAttributesStatus =
  | 'loading'
  | 'editing'
  | 'saving'
  /** The new value waits for its code; the old one stays active. */
  | 'pending'
  /** The new value is current but not verified yet. */
  | 'unverified'
  | 'verifying'
  | 'resending'
  /** Saved with nothing to verify. */
  | 'saved'
  /** The code was accepted; the new value is current and verified. */
  | 'verified';

export type UpdateAttributesState = Common & { status: UpdateAttributesStatus };

export type UpdateAttributesEvent =
  | { type: 'LOADED'; snapshot: AttributeSnapshot; delivery: CodeDeliveryDetails | null }
  | { type: 'LOAD_FAILED'; error: CognitoError }
  | { type: 'SAVE' }
  | { type: 'INPUT_REJECTED'; error: CognitoError }
  /** `delivery` is set when Cognito sent a code for the new value. */
  | { type: 'SAVE_SUCCEEDED'; snapshot: AttributeSnapshot; delivery: CodeDeliveryDetails | null }
  | { type: 'SAVE_FAILED'; error: CognitoError }
  | { type: 'CODE_CHANGED'; code: string }
  | { type: 'SUBMIT_CODE' }
  | { type: 'VERIFY_SUCCEEDED'; snapshot: AttributeSnapshot }
  | { type: 'VERIFY_FAILED'; error: CognitoError }
  | { type: 'RESEND_CODE' }
  | { type: 'RESEND_SUCCEEDED'; delivery: CodeDeliveryDetails | null }
  | { type: 'RESEND_FAILED'; error: CognitoError }
  /** Forget the pending value (Cognito keeps it until another update; the kit stops offering it). */
  | { type: 'CANCEL' }
  | { type: 'RESET' };

export const initialUpdateAttributes: UpdateAttributesState = {
  status: 'loading',
  current: null,
  verified: null,
  pendingValue: null,
  code: '',
  delivery: null,
  error: null,
};

/** The resting status the data implies: a pending value, an unverified current value, or neither. */
export function restingStatus({ current, verified, pendingValue }: AttributeSnapshot): UpdateAttributesStatus {
  if (pendingValue !== null && pendingValue !== current) return 'pending';
  if (verified === false && current) return 'unverified';
  return 'editing';
}

const awaitsCode = (state: UpdateAttributesState) => state.status === 'pending' || state.status === 'unverified';
/** A pending value can be dropped while it waits for its code, and while its code is sent or checked (the hook aborts that request). */
export const canCancel = (state: UpdateAttributesState) =>
  state.pendingValue !== null && ['pending', 'resending', 'verifying'].includes(state.status);
const canSave = (state: UpdateAttributesState) =>
  ['editing', 'saved', 'verified', 'pending', 'unverified'].includes(state.status);

function rest(state: UpdateAttributesState, error: CognitoError | null): UpdateAttributesState {
  return { ...state, status: restingStatus(state), error };
}

export function updateAttributesTransition(
  state: UpdateAttributesState,
  event: UpdateAttributesEvent,
): UpdateAttributesState {
  switch (event.type) {
    case 'LOADED':
      return { ...state, ...event.snapshot, delivery: event.delivery, status: restingStatus(event.snapshot), error: null };
    case 'LOAD_FAILED':
      return state.status === 'loading' ? { ...state, status: 'editing', error: event.error } : state;
    case 'SAVE':
      return canSave(state) ? { ...state, status: 'saving', error: null } : state;
    case 'INPUT_REJECTED':
      return canSave(state) || state.status === 'loading' ? { ...state, error: event.error } : state;
    case 'SAVE_SUCCEEDED': {
      if (state.status !== 'saving') return state;
      const next = { ...state, ...event.snapshot, delivery: event.delivery ?? null, code: '', error: null };
      return { ...next, status: event.delivery ? restingStatus(next) : 'saved' };
    }
    case 'SAVE_FAILED':
      return state.status === 'saving' ? rest(state, event.error) : state;
    case 'CODE_CHANGED':
      return awaitsCode(state) ? { ...state, code: event.code } : state;
    case 'SUBMIT_CODE':
      return awaitsCode(state) ? { ...state, status: 'verifying', error: null } : state;
    case 'VERIFY_SUCCEEDED':
      return state.status === 'verifying'
        ? { ...state, ...event.snapshot, pendingValue: null, status: 'verified', code: '', error: null }
        : state;
    case 'VERIFY_FAILED':
      return state.status === 'verifying' ? rest(state, event.error) : state;
    case 'RESEND_CODE':
      return awaitsCode(state) ? { ...state, status: 'resending', error: null } : state;
    case 'RESEND_SUCCEEDED':
      return state.status === 'resending' ? rest({ ...state, delivery: event.delivery ?? state.delivery }, null) : state;
    case 'RESEND_FAILED':
      return state.status === 'resending' ? rest(state, event.error) : state;
    case 'CANCEL':
      return canCancel(state)
        ? { ...state, status: 'editing', pendingValue: null, delivery: null, code: '', error: null }
        : state;
    case 'RESET':
      return rest({ ...state, code: '' }, null);
    default:
      return assertNever(event);
  }
}
