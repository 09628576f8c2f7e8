import { describe, expect, it } from 'vitest';
import { CognitoError, toCognitoError, type ErrorField, type ValidationReason } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { rejection } from '../../src/cognito/schemas.ts';
import {
  initialUpdateAttributes,
  isCodeSent,
  restingStatus,
  updateAttributesCan,
  updateAttributesTransition,
  type UpdateAttributesEvent,
  type UpdateAttributesState,
} from '../../src/machines/updateAttributes.ts';

/** Errors typed for the machine's own operations (`toCognitoError` keeps the operation's type). */
const service = <O extends Operation>(operation: O, name: string) =>
  toCognitoError(operation, { name, message: 'server text', $fault: 'client', $metadata: { httpStatusCode: 400 } });
const network = <O extends Operation>(operation: O) => toCognitoError(operation, new TypeError('Failed to fetch'));
const invalid = <O extends Operation>(operation: O, field: ErrorField, reason: ValidationReason) =>
  new CognitoError({ ...rejection(operation, field, reason), operation });

const now = 1_000_000;
const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'n***@e***', attributeName: 'email' };
const old = { current: 'old@example.com', verified: true, pendingValue: null };
const withPending = { ...old, pendingValue: 'new@example.com' };
const loading = initialUpdateAttributes();
const editing: UpdateAttributesState = { ...loading, ...old, status: 'editing' };
const saving: UpdateAttributesState = { ...editing, status: 'saving' };
const awaitingCode: UpdateAttributesState = { ...editing, status: 'awaitingCode', pendingValue: 'new@example.com', delivery, code: '111111' };
const unverified: UpdateAttributesState = { ...editing, status: 'unverified', current: 'new@example.com', verified: false, delivery, code: '111111' };
const verifying: UpdateAttributesState = { ...awaitingCode, status: 'verifying' };
const resending: UpdateAttributesState = { ...awaitingCode, status: 'resending' };
const saved: UpdateAttributesState = { ...editing, status: 'saved', current: 'Ada' };

const mismatch = service('VerifyUserAttribute', 'CodeMismatchException');
const checkLimit = service('VerifyUserAttribute', 'LimitExceededException');
const sendLimit = service('GetUserAttributeVerificationCode', 'LimitExceededException');
const saveLimit = service('UpdateUserAttributes', 'TooManyRequestsException');
const alias = service('UpdateUserAttributes', 'AliasExistsException');
const offline = network('UpdateUserAttributes');
const loadOffline = network('GetUser');
const invalidValue = invalid('UpdateUserAttributes', 'value', 'format');

const run = (state: UpdateAttributesState, ...events: UpdateAttributesEvent[]) => events.reduce(updateAttributesTransition, state);

describe('restingStatus', () => {
  it.each([
    [{ current: 'a', verified: true, pendingValue: 'b' }, 'awaitingCode'],
    [{ current: 'b', verified: false, pendingValue: 'b' }, 'unverified'],
    [{ current: 'b', verified: false, pendingValue: null }, 'unverified'],
    [{ current: 'b', verified: true, pendingValue: 'b' }, 'editing'],
    [{ current: 'Ada', verified: null, pendingValue: null }, 'editing'],
    [{ current: null, verified: false, pendingValue: null }, 'editing'],
  ] as const)('%j → %s', (snapshot, status) => {
    expect(restingStatus(snapshot)).toBe(status);
  });
});

describe('updateAttributesTransition', () => {
  it('starts loading with nothing known', () => {
    expect(loading).toMatchObject({ status: 'loading', current: null, verified: null, pendingValue: null, code: '', delivery: null, error: null });
  });

  it.each<[string, UpdateAttributesState, UpdateAttributesEvent, Partial<UpdateAttributesState>]>([
    ['loading finds nothing pending', loading, { type: 'LOADED', snapshot: old, delivery: null }, { status: 'editing', current: 'old@example.com' }],
    ['loading finds a remembered pending value', loading, { type: 'LOADED', snapshot: withPending, delivery }, { status: 'awaitingCode', pendingValue: 'new@example.com', delivery }],
    ['a failed load still lets the person edit', loading, { type: 'LOAD_FAILED', error: loadOffline }, { status: 'editing', error: loadOffline }],
    ['loading again from rest keeps what is shown', { ...awaitingCode, error: mismatch }, { type: 'LOAD' }, { status: 'loading', error: null, pendingValue: 'new@example.com', code: '111111' }],
    ['save starts a request', editing, { type: 'SAVE', now }, { status: 'saving' }],
    ['save clears the last error', { ...editing, error: alias }, { type: 'SAVE', now }, { status: 'saving', error: null }],
    ['saved with nothing to verify', saving, { type: 'SAVED', snapshot: { current: 'Ada', verified: null, pendingValue: null }, delivery: null, now }, { status: 'saved', current: 'Ada' }],
    ['a code for a value that is not current yet → awaitingCode', saving, { type: 'SAVED', snapshot: withPending, delivery, now }, { status: 'awaitingCode', current: 'old@example.com', pendingValue: 'new@example.com', delivery }],
    ['a code for a value already current → unverified', saving, { type: 'SAVED', snapshot: { current: 'new@example.com', verified: false, pendingValue: null }, delivery, now }, { status: 'unverified', current: 'new@example.com' }],
    ['a new save forgets the old code', { ...awaitingCode, status: 'saving' }, { type: 'SAVED', snapshot: { ...old, pendingValue: 'newer@example.com' }, delivery, now }, { status: 'awaitingCode', code: '', pendingValue: 'newer@example.com' }],
    ['an alias conflict returns to editing', saving, { type: 'SAVE_FAILED', error: alias, now }, { status: 'editing', error: alias }],
    ['a failed save while awaiting a code keeps awaiting it', { ...awaitingCode, status: 'saving' }, { type: 'SAVE_FAILED', error: offline, now }, { status: 'awaitingCode', error: offline, code: '111111' }],
    ['bad input is reported without a request', editing, { type: 'INPUT_REJECTED', error: invalidValue }, { status: 'editing', error: invalidValue }],
    ['typing a code while awaiting it', awaitingCode, { type: 'CODE_CHANGED', code: '2' }, { code: '2' }],
    ['typing a code while it is checked', verifying, { type: 'CODE_CHANGED', code: '2' }, { code: '2', status: 'verifying' }],
    ['submitting a code verifies', awaitingCode, { type: 'SUBMIT', now }, { status: 'verifying', error: null }],
    ['submitting for an unverified value verifies', unverified, { type: 'SUBMIT', now }, { status: 'verifying' }],
    ['a wrong code keeps awaiting and keeps the code', verifying, { type: 'VERIFY_FAILED', error: mismatch, now }, { status: 'awaitingCode', code: '111111', error: mismatch }],
    ['a verified code applies the value', verifying, { type: 'VERIFIED', snapshot: { current: 'new@example.com', verified: true, pendingValue: null } }, { status: 'verified', current: 'new@example.com', pendingValue: null, code: '' }],
    ['resend while awaiting a code', awaitingCode, { type: 'RESEND', now }, { status: 'resending' }],
    ['resend for an unverified value', unverified, { type: 'RESEND', now }, { status: 'resending' }],
    ['a resend records the new delivery', resending, { type: 'CODE_SENT', delivery: { ...delivery, destination: 'x***@e***' }, now }, { status: 'awaitingCode', code: '111111', delivery: { ...delivery, destination: 'x***@e***' } }],
    ['a resend without details keeps the old ones', resending, { type: 'CODE_SENT', delivery: null, now }, { delivery }],
    ['a failed resend keeps awaiting', resending, { type: 'RESEND_FAILED', error: offline, now }, { status: 'awaitingCode', error: offline, code: '111111' }],
    ['cancel forgets the pending value', awaitingCode, { type: 'CANCEL' }, { status: 'editing', pendingValue: null, delivery: null, code: '' }],
    ['cancel during a resend forgets the pending value', resending, { type: 'CANCEL' }, { status: 'editing', pendingValue: null, delivery: null, code: '' }],
    ['cancel during a verify forgets the pending value', verifying, { type: 'CANCEL' }, { status: 'editing', pendingValue: null, delivery: null, code: '' }],
    ['saving again while awaiting a code is allowed', awaitingCode, { type: 'SAVE', now }, { status: 'saving' }],
    ['saving again after saving is allowed', saved, { type: 'SAVE', now }, { status: 'saving' }],
    ['reset clears the error and the code', { ...awaitingCode, error: mismatch }, { type: 'RESET' }, { status: 'awaitingCode', error: null, code: '' }],
    ['reset drops a request in flight', verifying, { type: 'RESET' }, { status: 'awaitingCode', code: '' }],
    ['reset after saving returns to editing', saved, { type: 'RESET' }, { status: 'editing' }],
  ])('%s', (_name, state, event, expected) => {
    expect(updateAttributesTransition(state, event)).toMatchObject(expected);
  });

  it.each<[string, UpdateAttributesState, UpdateAttributesEvent]>([
    ['a verify reply while editing', editing, { type: 'VERIFIED', snapshot: old }],
    ['a resend reply while editing', editing, { type: 'CODE_SENT', delivery, now }],
    ['a save failure while awaiting a code', awaitingCode, { type: 'SAVE_FAILED', error: offline, now }],
    ['a load reply after loading', editing, { type: 'LOADED', snapshot: withPending, delivery }],
    ['a second save while saving', saving, { type: 'SAVE', now }],
    ['a load while saving', saving, { type: 'LOAD' }],
    ['a second submit while verifying', verifying, { type: 'SUBMIT', now }],
    ['a resend while verifying', verifying, { type: 'RESEND', now }],
    ['a save while resending', resending, { type: 'SAVE', now }],
    ['submit while editing', editing, { type: 'SUBMIT', now }],
    ['resend while editing', editing, { type: 'RESEND', now }],
    ['typing a code while editing', editing, { type: 'CODE_CHANGED', code: '2' }],
    ['cancel while saving', saving, { type: 'CANCEL' }],
    ['cancel for an unverified current value', unverified, { type: 'CANCEL' }],
    ['reset while loading', loading, { type: 'RESET' }],
    ['bad input while saving', saving, { type: 'INPUT_REJECTED', error: invalidValue }],
  ])('ignores %s (same state)', (_name, state, event) => {
    expect(updateAttributesTransition(state, event)).toBe(state);
  });

  it('loads again from loading (the first load, and the one after new inputs)', () => {
    expect(run(loading, { type: 'LOAD' })).toEqual(loading);
  });

  it('says whether a code went out for what is shown', () => {
    expect(isCodeSent(awaitingCode)).toBe(true);
    expect(isCodeSent({ ...unverified, delivery: null })).toBe(false);
    expect(isCodeSent(unverified)).toBe(true);
    expect(isCodeSent(editing)).toBe(false);
  });
});

describe('updateAttributesCan', () => {
  it.each<[string, UpdateAttributesState, ReturnType<typeof updateAttributesCan>]>([
    ['loading', loading, { refresh: false, save: false, submit: false, resend: false, cancel: false }],
    ['editing', editing, { refresh: true, save: true, submit: false, resend: false, cancel: false }],
    ['saving', saving, { refresh: false, save: false, submit: false, resend: false, cancel: false }],
    ['awaitingCode', awaitingCode, { refresh: true, save: true, submit: true, resend: true, cancel: true }],
    ['unverified', unverified, { refresh: true, save: true, submit: true, resend: true, cancel: false }],
    ['verifying', verifying, { refresh: false, save: false, submit: false, resend: false, cancel: true }],
    ['resending', resending, { refresh: false, save: false, submit: false, resend: false, cancel: true }],
    ['saved', saved, { refresh: true, save: true, submit: false, resend: false, cancel: false }],
  ])('%s', (_name, state, expected) => {
    expect(updateAttributesCan(state, now)).toEqual(expected);
  });
});

describe('waits', () => {
  it('LOADED with codeSentAt resumes the send wait', () => {
    const state = run(loading, { type: 'LOADED', snapshot: withPending, delivery, codeSentAt: now });
    expect(state.waits.send.availableAt).toBe(now + 30_000);
    expect(state.waits.check).toBe(loading.waits.check);
    expect(updateAttributesCan(state, now + 29_999)).toMatchObject({ submit: true, resend: false });
    expect(run(state, { type: 'RESEND', now: now + 29_999 })).toBe(state);
    expect(run(state, { type: 'RESEND', now: now + 30_000 }).status).toBe('resending');
  });

  it('LOADED without codeSentAt keeps the waits', () => {
    expect(run(loading, { type: 'LOADED', snapshot: withPending, delivery }).waits).toBe(loading.waits);
  });

  it('a save that sent a code starts the send wait; one that sent none does not', () => {
    const sent = run(saving, { type: 'SAVED', snapshot: withPending, delivery, now });
    expect(sent.waits.send.availableAt).toBe(now + 30_000);
    expect(sent.waits.check).toBe(saving.waits.check);
    expect(run(saving, { type: 'SAVED', snapshot: old, delivery: null, now }).waits).toBe(saving.waits);
  });

  it('SAVE is not held by the wait between codes', () => {
    const sent = run(saving, { type: 'SAVED', snapshot: withPending, delivery, now });
    expect(updateAttributesCan(sent, now + 1)).toMatchObject({ save: true, resend: false });
    expect(run(sent, { type: 'SAVE', now: now + 1 }).status).toBe('saving');
  });

  it('SAVE is held by a "too many" answer until it passes', () => {
    const limited = run(saving, { type: 'SAVE_FAILED', error: saveLimit, now });
    expect(limited.waits.send).toMatchObject({ limitedUntil: now + 60_000, strikes: 1 });
    expect(limited.waits.check).toBe(saving.waits.check);
    expect(updateAttributesCan(limited, now + 59_999).save).toBe(false);
    expect(run(limited, { type: 'SAVE', now: now + 59_999 })).toBe(limited);
    expect(run(limited, { type: 'SAVE', now: now + 60_000 }).status).toBe('saving');
  });

  it('a "too many" on a resend lengthens only the send wait: the code at hand may still be checked', () => {
    const limited = run(resending, { type: 'RESEND_FAILED', error: sendLimit, now });
    expect(limited.waits.send).toMatchObject({ availableAt: now + 60_000, limitedUntil: now + 60_000, strikes: 1 });
    expect(limited.waits.check).toBe(resending.waits.check);
    expect(updateAttributesCan(limited, now)).toMatchObject({ submit: true, resend: false, save: false });
  });

  it('a "too many" on a check lengthens only the check wait: a new code (or value) may still be asked for', () => {
    const limited = run(verifying, { type: 'VERIFY_FAILED', error: checkLimit, now });
    expect(limited.waits.check).toMatchObject({ availableAt: now + 60_000, limitedUntil: now + 60_000, strikes: 1 });
    expect(limited.waits.send).toBe(verifying.waits.send);
    expect(updateAttributesCan(limited, now)).toMatchObject({ submit: false, resend: true, save: true });
    expect(run(limited, { type: 'SUBMIT', now: now + 59_999 })).toBe(limited);
    expect(run(limited, { type: 'SUBMIT', now: now + 60_000 }).status).toBe('verifying');
  });

  it('a wrong code or a network failure adds no wait', () => {
    expect(run(verifying, { type: 'VERIFY_FAILED', error: mismatch, now }).waits).toBe(verifying.waits);
    expect(run(saving, { type: 'SAVE_FAILED', error: offline, now }).waits).toBe(saving.waits);
  });

  it('CODE_SENT never moves a deadline earlier', () => {
    const later = { ...resending.waits.send, availableAt: now + 600_000, limitedUntil: now + 600_000, strikes: 4 };
    const state: UpdateAttributesState = { ...resending, waits: { ...resending.waits, send: later } };
    expect(run(state, { type: 'CODE_SENT', delivery, now }).waits.send).toEqual(later);
  });

  it('RESET and CANCEL keep the waits', () => {
    const limited = run(resending, { type: 'RESEND_FAILED', error: sendLimit, now }, { type: 'SUBMIT', now }, { type: 'VERIFY_FAILED', error: checkLimit, now });
    expect(run(limited, { type: 'RESET' }).waits).toBe(limited.waits);
    expect(run(limited, { type: 'CANCEL' }).waits).toBe(limited.waits);
    expect(updateAttributesCan(run(limited, { type: 'RESET' }), now + 1000)).toMatchObject({ submit: false, resend: false, save: false });
  });

  it('a verified code forgets the strikes and keeps the deadlines', () => {
    const limited = run(verifying, { type: 'VERIFY_FAILED', error: checkLimit, now });
    const done = run(limited, { type: 'SUBMIT', now: now + 60_000 }, { type: 'VERIFIED', snapshot: { current: 'new@example.com', verified: true, pendingValue: null } });
    expect(done.status).toBe('verified');
    expect(done.waits.check).toMatchObject({ availableAt: now + 60_000, strikes: 0 });
  });
});
