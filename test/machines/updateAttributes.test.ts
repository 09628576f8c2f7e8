import { describe, expect, it } from 'vitest';
import {
  initialUpdateAttributes,
  restingStatus,
  updateAttributesTransition,
  type UpdateAttributesEvent,
  type UpdateAttributesState,
} from '../../src/machines/updateAttributes.ts';
import { networkError, serviceError } from './fixtures.ts';

const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'n***@e***', attributeName: 'email' };
const old = { current: 'old@example.com', verified: true, pendingValue: null };
const editing: UpdateAttributesState = { ...initialUpdateAttributes, ...old, status: 'editing' };
const saving: UpdateAttributesState = { ...editing, status: 'saving' };
const pending: UpdateAttributesState = { ...editing, status: 'pending', pendingValue: 'new@example.com', delivery, code: '111111' };
const unverified: UpdateAttributesState = { ...editing, status: 'unverified', current: 'new@example.com', verified: false, delivery, code: '111111' };
const verifying: UpdateAttributesState = { ...pending, status: 'verifying' };
const resending: UpdateAttributesState = { ...pending, status: 'resending' };

const mismatch = serviceError('VerifyUserAttribute', 'CodeMismatchException');
const alias = serviceError('UpdateUserAttributes', 'AliasExistsException');
const offline = networkError('UpdateUserAttributes');

describe('restingStatus', () => {
  it.each([
    [{ current: 'a', verified: true, pendingValue: 'b' }, 'pending'],
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
  it.each<[string, UpdateAttributesState, UpdateAttributesEvent, Partial<UpdateAttributesState>]>([
    ['loading finds nothing pending', initialUpdateAttributes, { type: 'LOADED', snapshot: old, delivery: null }, { status: 'editing', current: 'old@example.com' }],
    ['loading finds a remembered pending value', initialUpdateAttributes, { type: 'LOADED', snapshot: { ...old, pendingValue: 'new@example.com' }, delivery }, { status: 'pending', pendingValue: 'new@example.com', delivery }],
    ['a failed load still lets the person edit', initialUpdateAttributes, { type: 'LOAD_FAILED', error: offline }, { status: 'editing', error: offline }],
    ['save starts a request', editing, { type: 'SAVE' }, { status: 'saving' }],
    ['a second save while saving is ignored', saving, { type: 'SAVE' }, { status: 'saving' }],
    ['saved with nothing to verify', saving, { type: 'SAVE_SUCCEEDED', snapshot: { current: 'Ada', verified: null, pendingValue: null }, delivery: null }, { status: 'saved', current: 'Ada' }],
    ['a code for a value that is not current yet → pending', saving, { type: 'SAVE_SUCCEEDED', snapshot: { ...old, pendingValue: 'new@example.com' }, delivery }, { status: 'pending', current: 'old@example.com', pendingValue: 'new@example.com' }],
    ['a code for a value already current → unverified', saving, { type: 'SAVE_SUCCEEDED', snapshot: { current: 'new@example.com', verified: false, pendingValue: null }, delivery }, { status: 'unverified', current: 'new@example.com' }],
    ['an alias conflict returns to editing', saving, { type: 'SAVE_FAILED', error: alias }, { status: 'editing', error: alias }],
    ['a failed save while pending stays pending', { ...pending, status: 'saving' }, { type: 'SAVE_FAILED', error: offline }, { status: 'pending', error: offline }],
    ['typing a code while pending', pending, { type: 'CODE_CHANGED', code: '2' }, { code: '2' }],
    ['typing a code while editing is ignored', editing, { type: 'CODE_CHANGED', code: '2' }, { code: '' }],
    ['submitting a code verifies', pending, { type: 'SUBMIT_CODE' }, { status: 'verifying' }],
    ['submitting for an unverified value verifies', unverified, { type: 'SUBMIT_CODE' }, { status: 'verifying' }],
    ['a second submit while verifying is ignored', verifying, { type: 'SUBMIT_CODE' }, { status: 'verifying' }],
    ['a wrong code stays pending and keeps the code', verifying, { type: 'VERIFY_FAILED', error: mismatch }, { status: 'pending', code: '111111', error: mismatch }],
    ['a verified code applies the value', verifying, { type: 'VERIFY_SUCCEEDED', snapshot: { current: 'new@example.com', verified: true, pendingValue: null } }, { status: 'verified', current: 'new@example.com', pendingValue: null, code: '' }],
    ['resend while pending', pending, { type: 'RESEND_CODE' }, { status: 'resending' }],
    ['a resend records the new delivery', resending, { type: 'RESEND_SUCCEEDED', delivery: { ...delivery, destination: 'x***@e***' } }, { status: 'pending', delivery: { ...delivery, destination: 'x***@e***' } }],
    ['a failed resend stays pending', resending, { type: 'RESEND_FAILED', error: offline }, { status: 'pending', error: offline, code: '111111' }],
    ['cancel forgets the pending value', pending, { type: 'CANCEL' }, { status: 'editing', pendingValue: null, delivery: null, code: '' }],
    ['cancel during a resend forgets the pending value', resending, { type: 'CANCEL' }, { status: 'editing', pendingValue: null, delivery: null, code: '' }],
    ['cancel during a verify forgets the pending value', verifying, { type: 'CANCEL' }, { status: 'editing', pendingValue: null, delivery: null, code: '' }],
    ['cancel does nothing while saving', saving, { type: 'CANCEL' }, { status: 'saving' }],
    ['cancel does nothing for an unverified current value', unverified, { type: 'CANCEL' }, { status: 'unverified' }],
    ['saving again from pending is allowed', pending, { type: 'SAVE' }, { status: 'saving' }],
    ['reset clears the error and the code', { ...pending, error: mismatch }, { type: 'RESET' }, { status: 'pending', error: null, code: '' }],
  ])('%s', (_name, state, event, expected) => {
    expect(updateAttributesTransition(state, event)).toMatchObject(expected);
  });

  it('ignores replies that do not belong to the current status', () => {
    expect(updateAttributesTransition(editing, { type: 'VERIFY_SUCCEEDED', snapshot: old })).toBe(editing);
    expect(updateAttributesTransition(editing, { type: 'RESEND_SUCCEEDED', delivery })).toBe(editing);
    expect(updateAttributesTransition(pending, { type: 'SAVE_FAILED', error: offline })).toBe(pending);
  });
});
