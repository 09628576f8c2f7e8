import { describe, expect, it } from 'vitest';
import {
  confirmSignUpTransition,
  initialConfirmSignUp,
  type ConfirmSignUpEvent,
  type ConfirmSignUpState,
} from '../../src/machines/confirmSignUp.ts';
import { networkError, serviceError } from './fixtures.ts';

const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'a***@e***', attributeName: 'email' };
const entering: ConfirmSignUpState = { ...initialConfirmSignUp(delivery), code: '123456' };
const submitting: ConfirmSignUpState = { ...entering, status: 'submitting' };
const resending: ConfirmSignUpState = { ...entering, status: 'resending' };
const confirmed: ConfirmSignUpState = { ...entering, status: 'confirmed', alreadyConfirmed: false, code: '' };

const mismatch = serviceError('ConfirmSignUp', 'CodeMismatchException');
const expired = serviceError('ConfirmSignUp', 'ExpiredCodeException');
const tooMany = serviceError('ConfirmSignUp', 'TooManyFailedAttemptsException');
const alias = serviceError('ConfirmSignUp', 'AliasExistsException');
const config = serviceError('ConfirmSignUp', 'ResourceNotFoundException');
const offline = networkError('ConfirmSignUp');

describe('confirmSignUpTransition', () => {
  it.each<[string, ConfirmSignUpState, ConfirmSignUpEvent, Partial<ConfirmSignUpState>]>([
    ['typing updates the code', entering, { type: 'CODE_CHANGED', code: '12' }, { status: 'entering', code: '12' }],
    ['submit starts a request', entering, { type: 'SUBMIT_CODE' }, { status: 'submitting', error: null }],
    ['submit clears the last error', { ...entering, error: mismatch }, { type: 'SUBMIT_CODE' }, { status: 'submitting', error: null }],
    ['a second submit while submitting is ignored', submitting, { type: 'SUBMIT_CODE' }, { status: 'submitting' }],
    ['resend while submitting is ignored', submitting, { type: 'RESEND_CODE' }, { status: 'submitting' }],
    ['success confirms and forgets the code', submitting, { type: 'CONFIRM_SUCCEEDED', alreadyConfirmed: false }, { status: 'confirmed', code: '', alreadyConfirmed: false }],
    ['already confirmed is a success', submitting, { type: 'CONFIRM_SUCCEEDED', alreadyConfirmed: true }, { status: 'confirmed', alreadyConfirmed: true }],
    ['a wrong code keeps what was typed', submitting, { type: 'CONFIRM_FAILED', error: mismatch }, { status: 'entering', code: '123456', error: mismatch }],
    ['an expired code keeps what was typed', submitting, { type: 'CONFIRM_FAILED', error: expired }, { status: 'entering', code: '123456', error: expired }],
    ['a limit keeps what was typed', submitting, { type: 'CONFIRM_FAILED', error: tooMany }, { status: 'entering', error: tooMany }],
    ['an alias conflict is reported', submitting, { type: 'CONFIRM_FAILED', error: alias }, { status: 'entering', error: alias }],
    ['a configuration fault is reported', submitting, { type: 'CONFIRM_FAILED', error: config }, { status: 'entering', error: config }],
    ['a network failure keeps the code for a retry', submitting, { type: 'CONFIRM_FAILED', error: offline }, { status: 'entering', code: '123456', error: offline }],
    ['resend starts a request', entering, { type: 'RESEND_CODE' }, { status: 'resending' }],
    ['a resend records the new delivery', resending, { type: 'RESEND_SUCCEEDED', delivery: { ...delivery, destination: 'b***@e***' } }, { status: 'entering', delivery: { ...delivery, destination: 'b***@e***' } }],
    ['a resend without details keeps the old ones', resending, { type: 'RESEND_SUCCEEDED', delivery: null }, { delivery }],
    ['a failed resend keeps the code', resending, { type: 'RESEND_FAILED', error: offline }, { status: 'entering', code: '123456', error: offline }],
    ['bad input is reported without a request', entering, { type: 'INPUT_REJECTED', error: mismatch }, { status: 'entering', error: mismatch }],
    ['a late failure after confirming is ignored', confirmed, { type: 'CONFIRM_FAILED', error: mismatch }, { status: 'confirmed', error: null }],
    ['typing after confirming is ignored', confirmed, { type: 'CODE_CHANGED', code: '9' }, { status: 'confirmed', code: '' }],
    ['reset starts over', { ...entering, error: mismatch }, { type: 'RESET' }, { status: 'entering', code: '', error: null, delivery }],
  ])('%s', (_name, state, event, expected) => {
    expect(confirmSignUpTransition(state, event)).toMatchObject(expected);
  });

  it('leaves the state untouched when an event does not apply', () => {
    expect(confirmSignUpTransition(entering, { type: 'CONFIRM_SUCCEEDED', alreadyConfirmed: false })).toBe(entering);
    expect(confirmSignUpTransition(entering, { type: 'RESEND_SUCCEEDED', delivery: null })).toBe(entering);
  });

  it('tells recoveries apart by the error', () => {
    const recoveries = [mismatch, expired, tooMany, alias, config, offline].map((e) => e.recovery);
    expect(recoveries).toEqual(['retype', 'resend', 'wait', 'aliasConflict', 'config', 'retry']);
  });
});
