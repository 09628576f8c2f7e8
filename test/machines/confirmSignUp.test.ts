import { describe, expect, it } from 'vitest';
import { CognitoError, toCognitoError, type ErrorField, type ValidationReason } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { rejection } from '../../src/cognito/schemas.ts';
import {
  confirmSignUpCan,
  confirmSignUpTransition,
  initialConfirmSignUp,
  type ConfirmSignUpEvent,
  type ConfirmSignUpState,
} from '../../src/machines/confirmSignUp.ts';

/** Errors typed for the machine's own operations (`toCognitoError` keeps the operation's type). */
const service = <O extends Operation>(operation: O, name: string) =>
  toCognitoError(operation, { name, message: 'server text', $fault: 'client', $metadata: { httpStatusCode: 400 } });
const network = <O extends Operation>(operation: O) => toCognitoError(operation, new TypeError('Failed to fetch'));
const invalid = <O extends Operation>(operation: O, field: ErrorField, reason: ValidationReason) =>
  new CognitoError({ ...rejection(operation, field, reason), operation });

const now = 1_000_000;
const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'a***@e***', attributeName: 'email' };
const entering: ConfirmSignUpState = { ...initialConfirmSignUp(delivery), code: '123456' };
const submitting: ConfirmSignUpState = { ...entering, status: 'submitting' };
const resending: ConfirmSignUpState = { ...entering, status: 'resending' };
const confirmed: ConfirmSignUpState = { ...entering, status: 'confirmed', alreadyConfirmed: false, code: '' };

const mismatch = service('ConfirmSignUp', 'CodeMismatchException');
const expired = service('ConfirmSignUp', 'ExpiredCodeException');
const tooMany = service('ConfirmSignUp', 'TooManyFailedAttemptsException');
const tooManySends = service('ResendConfirmationCode', 'LimitExceededException');
const alias = service('ConfirmSignUp', 'AliasExistsException');
const config = service('ConfirmSignUp', 'ResourceNotFoundException');
const offline = network('ConfirmSignUp');
const incomplete = invalid('ConfirmSignUp', 'code', 'incomplete');

const run = (state: ConfirmSignUpState, ...events: ConfirmSignUpEvent[]) => events.reduce(confirmSignUpTransition, state);

describe('confirmSignUpTransition', () => {
  it.each<[string, ConfirmSignUpState, ConfirmSignUpEvent, Partial<ConfirmSignUpState>]>([
    ['typing updates the code', entering, { type: 'CODE_CHANGED', code: '12' }, { status: 'entering', code: '12' }],
    ['submit starts a request', entering, { type: 'SUBMIT', now }, { status: 'submitting', error: null }],
    ['submit clears the last error', { ...entering, error: mismatch }, { type: 'SUBMIT', now }, { status: 'submitting', error: null }],
    ['success confirms and forgets the code', submitting, { type: 'CONFIRMED', alreadyConfirmed: false }, { status: 'confirmed', code: '', alreadyConfirmed: false }],
    ['already confirmed is a success', submitting, { type: 'CONFIRMED', alreadyConfirmed: true }, { status: 'confirmed', alreadyConfirmed: true }],
    ['a wrong code keeps what was typed', submitting, { type: 'CONFIRM_FAILED', error: mismatch, now }, { status: 'entering', code: '123456', error: mismatch }],
    ['an expired code keeps what was typed', submitting, { type: 'CONFIRM_FAILED', error: expired, now }, { status: 'entering', code: '123456', error: expired }],
    ['a limit keeps what was typed', submitting, { type: 'CONFIRM_FAILED', error: tooMany, now }, { status: 'entering', code: '123456', error: tooMany }],
    ['an alias conflict is reported', submitting, { type: 'CONFIRM_FAILED', error: alias, now }, { status: 'entering', error: alias }],
    ['a configuration fault is reported', submitting, { type: 'CONFIRM_FAILED', error: config, now }, { status: 'entering', error: config }],
    ['a network failure keeps the code for a retry', submitting, { type: 'CONFIRM_FAILED', error: offline, now }, { status: 'entering', code: '123456', error: offline }],
    ['resend starts a request', entering, { type: 'RESEND', now }, { status: 'resending', error: null }],
    ['resend clears the last error', { ...entering, error: expired }, { type: 'RESEND', now }, { status: 'resending', error: null }],
    ['a resend records the new delivery', resending, { type: 'CODE_SENT', delivery: { ...delivery, destination: 'b***@e***' }, now }, { status: 'entering', code: '123456', delivery: { ...delivery, destination: 'b***@e***' } }],
    ['a resend without details keeps the old ones', resending, { type: 'CODE_SENT', delivery: null, now }, { status: 'entering', delivery }],
    ['a failed resend keeps the code', resending, { type: 'RESEND_FAILED', error: offline, now }, { status: 'entering', code: '123456', error: offline }],
    ['bad input is reported without a request', entering, { type: 'INPUT_REJECTED', error: incomplete }, { status: 'entering', code: '123456', error: incomplete }],
    ['typing after confirming is ignored', confirmed, { type: 'CODE_CHANGED', code: '9' }, { status: 'confirmed', code: '' }],
    ['reset starts over', { ...entering, error: mismatch }, { type: 'RESET' }, { status: 'entering', code: '', error: null, delivery }],
    ['reset drops a request in flight', submitting, { type: 'RESET' }, { status: 'entering', code: '' }],
    ['reset after confirming starts over', confirmed, { type: 'RESET' }, { status: 'entering', delivery }],
  ])('%s', (_name, state, event, expected) => {
    expect(confirmSignUpTransition(state, event)).toMatchObject(expected);
  });

  it.each<[string, ConfirmSignUpState, ConfirmSignUpEvent]>([
    ['a second submit while submitting', submitting, { type: 'SUBMIT', now }],
    ['resend while submitting', submitting, { type: 'RESEND', now }],
    ['submit while resending', resending, { type: 'SUBMIT', now }],
    ['a second resend while resending', resending, { type: 'RESEND', now }],
    ['submit after confirming', confirmed, { type: 'SUBMIT', now }],
    ['resend after confirming', confirmed, { type: 'RESEND', now }],
    ['a success with nothing in flight', entering, { type: 'CONFIRMED', alreadyConfirmed: false }],
    ['a sent code with nothing in flight', entering, { type: 'CODE_SENT', delivery: null, now }],
    ['a failure with nothing in flight', entering, { type: 'CONFIRM_FAILED', error: tooMany, now }],
    ['a resend reply while submitting', submitting, { type: 'CODE_SENT', delivery: null, now }],
    ['a confirm reply while resending', resending, { type: 'CONFIRMED', alreadyConfirmed: false }],
    ['a late failure after confirming', confirmed, { type: 'CONFIRM_FAILED', error: mismatch, now }],
    ['bad input while submitting', submitting, { type: 'INPUT_REJECTED', error: incomplete }],
  ])('ignores %s (same state)', (_name, state, event) => {
    expect(confirmSignUpTransition(state, event)).toBe(state);
  });

  it('tells recoveries apart by the error', () => {
    const recoveries = [mismatch, expired, tooMany, alias, config, offline, incomplete].map((e) => e.recovery);
    expect(recoveries).toEqual(['retype', 'resend', 'wait', 'aliasConflict', 'config', 'retry', 'fixInput']);
  });
});

describe('waits', () => {
  it('starts the resend wait from codeSentAt, not the check wait', () => {
    const state = initialConfirmSignUp(delivery, {}, now);
    expect(state.waits.send.availableAt).toBe(now + 30_000);
    expect(confirmSignUpCan(state, now)).toEqual({ submit: true, resend: false });
    expect(confirmSignUpCan(state, now + 29_999)).toEqual({ submit: true, resend: false });
    expect(confirmSignUpCan(state, now + 30_000)).toEqual({ submit: true, resend: true });
  });

  it('refuses RESEND while the send wait runs, and takes it once it passed', () => {
    const state = initialConfirmSignUp(delivery, {}, now);
    expect(confirmSignUpTransition(state, { type: 'RESEND', now: now + 10_000 })).toBe(state);
    expect(confirmSignUpTransition(state, { type: 'RESEND', now: now + 30_000 }).status).toBe('resending');
  });

  it('refuses SUBMIT while the check wait runs, and takes it once it passed', () => {
    const limited = run(submitting, { type: 'CONFIRM_FAILED', error: tooMany, now });
    expect(limited.waits.check).toMatchObject({ availableAt: now + 60_000, limitedUntil: now + 60_000, strikes: 1 });
    expect(confirmSignUpCan(limited, now + 59_999).submit).toBe(false);
    expect(confirmSignUpTransition(limited, { type: 'SUBMIT', now: now + 59_999 })).toBe(limited);
    expect(confirmSignUpTransition(limited, { type: 'SUBMIT', now: now + 60_000 }).status).toBe('submitting');
  });

  it('a "too many" on a check lengthens only the check wait: a new code may still be asked for', () => {
    const limited = run(submitting, { type: 'CONFIRM_FAILED', error: tooMany, now });
    expect(limited.waits.send).toBe(submitting.waits.send);
    expect(confirmSignUpCan(limited, now)).toEqual({ submit: false, resend: true });
  });

  it('a "too many" on a send lengthens only the send wait: the code at hand may still be checked', () => {
    const limited = run(resending, { type: 'RESEND_FAILED', error: tooManySends, now });
    expect(limited.waits.send).toMatchObject({ availableAt: now + 60_000, limitedUntil: now + 60_000, strikes: 1 });
    expect(limited.waits.check).toBe(resending.waits.check);
    expect(confirmSignUpCan(limited, now)).toEqual({ submit: true, resend: false });
  });

  it('a wrong code or a network failure adds no wait', () => {
    expect(run(submitting, { type: 'CONFIRM_FAILED', error: mismatch, now }).waits).toBe(submitting.waits);
    expect(run(resending, { type: 'RESEND_FAILED', error: offline, now }).waits).toBe(resending.waits);
  });

  it('a sent code starts the send wait from its time', () => {
    const sent = run(resending, { type: 'CODE_SENT', delivery, now });
    expect(sent.waits.send.availableAt).toBe(now + 30_000);
    expect(sent.waits.check).toBe(resending.waits.check);
  });

  it('CODE_SENT never moves a deadline earlier', () => {
    const later = { ...resending.waits.send, availableAt: now + 600_000, limitedUntil: now + 600_000, strikes: 4 };
    const state: ConfirmSignUpState = { ...resending, waits: { ...resending.waits, send: later } };
    expect(run(state, { type: 'CODE_SENT', delivery, now }).waits.send).toEqual(later);
  });

  it('RESET keeps the waits', () => {
    const limited = run(
      entering,
      { type: 'RESEND', now },
      { type: 'RESEND_FAILED', error: tooManySends, now },
      { type: 'SUBMIT', now },
      { type: 'CONFIRM_FAILED', error: tooMany, now },
    );
    const reset = run(limited, { type: 'RESET' });
    expect(reset.waits).toBe(limited.waits);
    expect(confirmSignUpCan(reset, now + 1000)).toEqual({ submit: false, resend: false });
  });

  it('a confirmed code forgets the strikes and keeps the deadlines', () => {
    const limited = run(entering, { type: 'SUBMIT', now }, { type: 'CONFIRM_FAILED', error: tooMany, now });
    const done = run(limited, { type: 'SUBMIT', now: now + 60_000 }, { type: 'CONFIRMED', alreadyConfirmed: false });
    expect(done.status).toBe('confirmed');
    expect(done.waits.check).toMatchObject({ availableAt: now + 60_000, strikes: 0 });
  });

  it('offers nothing while a request is in flight or after confirming', () => {
    for (const state of [submitting, resending, confirmed]) {
      expect(confirmSignUpCan(state, now)).toEqual({ submit: false, resend: false });
    }
  });
});
