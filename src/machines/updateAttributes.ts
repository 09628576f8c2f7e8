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

type Operations = 'GetUser' | 'UpdateUserAttributes' | 'GetUserAttributeVerificationCode' | 'VerifyUserAttribute';

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
  /** Where the last code went; `{}` when one went out without details; `null` when none was sent. */
  delivery: CodeDeliveryDetails | null;
  /** The last failure; cleared by the next attempt. */
  error: CognitoError<Operations> | null;
  waits: Waits;
}

export type UpdateAttributesStatus =
  | 'loading'
  | 'editing'
  | 'saving'
  /** A new value waits for its code; the old one stays active (`pendingValue`). */
  | 'awaitingCode'
  /** The current value is not verified. */
  | 'unverified'
  | 'verifying'
  | 'resending'
  /** Saved with nothing to verify. */
  | 'saved'
  /** The code was accepted; the new value is current and verified. */
  | 'verified';

export type UpdateAttributesState = Common & { status: UpdateAttributesStatus };

export type UpdateAttributesEvent =
  /** Read GetUser again (keeps what is shown until the answer). */
  | { type: 'LOAD' }
  /** `codeSentAt`: when the remembered pending value's code went out, to resume the resend wait. */
  | { type: 'LOADED'; snapshot: AttributeSnapshot; delivery: CodeDeliveryDetails | null; codeSentAt?: number }
  | { type: 'LOAD_FAILED'; error: CognitoError<Operations> }
  | { type: 'SAVE'; now: number }
  | { type: 'INPUT_REJECTED'; error: CognitoError<Operations> }
  /** `delivery` is set when Cognito sent a code for the new value. */
  | { type: 'SAVED'; snapshot: AttributeSnapshot; delivery: CodeDeliveryDetails | null; now: number }
  | { type: 'SAVE_FAILED'; error: CognitoError<Operations>; now: number }
  | { type: 'CODE_CHANGED'; code: string }
  | { type: 'SUBMIT'; now: number }
  | { type: 'VERIFIED'; snapshot: AttributeSnapshot }
  | { type: 'VERIFY_FAILED'; error: CognitoError<Operations>; now: number }
  | { type: 'RESEND'; now: number }
  | { type: 'CODE_SENT'; delivery: CodeDeliveryDetails | null; now: number }
  | { type: 'RESEND_FAILED'; error: CognitoError<Operations>; now: number }
  /** Forget the pending value (Cognito keeps it until another update; the kit stops offering it). */
  | { type: 'CANCEL' }
  /** Back to resting: drops the typed code, the error and any request in flight; waits stay. */
  | { type: 'RESET' };

export function initialUpdateAttributes(cooldown: CooldownOptions = {}): UpdateAttributesState {
  return {
    status: 'loading',
    current: null,
    verified: null,
    pendingValue: null,
    code: '',
    delivery: null,
    error: null,
    waits: initialWaits(cooldown),
  };
}

/** The resting status the data implies: a pending value, an unverified current value, or neither. */
export function restingStatus({ current, verified, pendingValue }: AttributeSnapshot): UpdateAttributesStatus {
  if (pendingValue !== null && pendingValue !== current) return 'awaitingCode';
  if (verified === false && current) return 'unverified';
  return 'editing';
}

const restingStatuses: readonly UpdateAttributesStatus[] = ['editing', 'awaitingCode', 'unverified', 'saved', 'verified'];
const awaitsCode = (status: UpdateAttributesStatus) => status === 'awaitingCode' || status === 'unverified';

/** What the person may do now. The transition uses the same guards. */
export function updateAttributesCan(state: UpdateAttributesState, now: number) {
  const resting = restingStatuses.includes(state.status);
  const { send, check } = state.waits;
  return {
    refresh: resting,
    // Saving sends a code too, so it waits out a "too many" answer (not the wait between codes).
    save: resting && now >= send.limitedUntil,
    submit: awaitsCode(state.status) && now >= check.availableAt,
    resend: awaitsCode(state.status) && now >= send.availableAt,
    // A pending value can be dropped while it waits, and while its code is sent or checked (that request is abandoned).
    cancel: state.pendingValue !== null && ['awaitingCode', 'resending', 'verifying'].includes(state.status),
  };
}

/** A code went out for what is shown: always for a pending value, and for an unverified one once asked for. */
export function isCodeSent(state: UpdateAttributesState): boolean {
  return state.pendingValue !== null || state.delivery !== null;
}

function rest(state: UpdateAttributesState, error: CognitoError<Operations> | null): UpdateAttributesState {
  return { ...state, status: restingStatus(state), error };
}

export function updateAttributesTransition(
  state: UpdateAttributesState,
  event: UpdateAttributesEvent,
): UpdateAttributesState {
  const can = (now: number) => updateAttributesCan(state, now);
  switch (event.type) {
    case 'LOAD':
      // Also taken in `loading`: the first load (and the one after new inputs) starts from there.
      return can(0).refresh || state.status === 'loading' ? { ...state, status: 'loading', error: null } : state;
    case 'LOADED': {
      if (state.status !== 'loading') return state;
      const waits = event.codeSentAt === undefined ? state.waits : waitsAfterCodeSent(state.waits, event.codeSentAt);
      return { ...state, ...event.snapshot, delivery: event.delivery, waits, status: restingStatus(event.snapshot), error: null };
    }
    case 'LOAD_FAILED':
      return state.status === 'loading' ? rest(state, event.error) : state;
    case 'SAVE':
      return can(event.now).save ? { ...state, status: 'saving', error: null } : state;
    case 'INPUT_REJECTED':
      return restingStatuses.includes(state.status) ? { ...state, error: event.error } : state;
    case 'SAVED': {
      if (state.status !== 'saving') return state;
      const next = { ...state, ...event.snapshot, delivery: event.delivery, code: '', error: null };
      if (!event.delivery) return { ...next, status: 'saved' };
      return { ...next, status: restingStatus(next), waits: waitsAfterCodeSent(state.waits, event.now) };
    }
    case 'SAVE_FAILED':
      return state.status === 'saving'
        ? { ...rest(state, event.error), waits: waitsAfterFailure(state.waits, 'send', event.error, event.now) }
        : state;
    case 'CODE_CHANGED':
      return awaitsCode(state.status) || state.status === 'verifying' || state.status === 'resending'
        ? { ...state, code: event.code }
        : state;
    case 'SUBMIT':
      return can(event.now).submit ? { ...state, status: 'verifying', error: null } : state;
    case 'VERIFIED':
      return state.status === 'verifying'
        ? { ...state, ...event.snapshot, pendingValue: null, status: 'verified', code: '', error: null, waits: waitsAfterSuccess(state.waits) }
        : state;
    case 'VERIFY_FAILED':
      return state.status === 'verifying'
        ? { ...rest(state, event.error), waits: waitsAfterFailure(state.waits, 'check', event.error, event.now) }
        : state;
    case 'RESEND':
      return can(event.now).resend ? { ...state, status: 'resending', error: null } : state;
    case 'CODE_SENT':
      return state.status === 'resending'
        ? { ...rest(state, null), delivery: event.delivery ?? state.delivery ?? {}, waits: waitsAfterCodeSent(state.waits, event.now) }
        : state;
    case 'RESEND_FAILED':
      return state.status === 'resending'
        ? { ...rest(state, event.error), waits: waitsAfterFailure(state.waits, 'send', event.error, event.now) }
        : state;
    case 'CANCEL':
      // The value in use may itself be unverified: that is where the flow goes back to.
      return can(0).cancel ? rest({ ...state, pendingValue: null, delivery: null, code: '' }, null) : state;
    case 'RESET':
      // A load is not part of the code flow a reset ends.
      return state.status === 'loading' ? state : rest({ ...state, code: '' }, null);
    default:
      return assertNever(event);
  }
}
