import { describe, expect, it } from 'vitest';
import { CognitoError, toCognitoError, type ErrorField, type ValidationReason } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { rejection } from '../../src/cognito/schemas.ts';
import {
  initialResetPassword,
  resetPasswordCan,
  resetPasswordTransition,
  type ResetPasswordEvent,
  type ResetPasswordState,
  type ResetPasswordStatus,
} from '../../src/machines/resetPassword.ts';

/** Errors typed for the machine's own operations (`toCognitoError` keeps the operation's type). */
const service = <O extends Operation>(operation: O, name: string) =>
  toCognitoError(operation, { name, message: 'server text', $fault: 'client', $metadata: { httpStatusCode: 400 } });
const network = <O extends Operation>(operation: O) => toCognitoError(operation, new TypeError('Failed to fetch'));
const invalid = <O extends Operation>(operation: O, field: ErrorField, reason: ValidationReason) =>
  new CognitoError({ ...rejection(operation, field, reason), operation });

const now = 1_000_000;
const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'a***@e***', attributeName: 'email' };
const otherDelivery = { deliveryMedium: 'SMS' as const, destination: '+*******0123', attributeName: 'phone_number' };

const mismatch = service('ConfirmForgotPassword', 'CodeMismatchException');
const expired = service('ConfirmForgotPassword', 'ExpiredCodeException');
const tooManyChecks = service('ConfirmForgotPassword', 'TooManyFailedAttemptsException');
const badPassword = service('ConfirmForgotPassword', 'InvalidPasswordException');
const tooManySends = service('ForgotPassword', 'LimitExceededException');
const offline = network('ForgotPassword');
const weak = invalid('ConfirmForgotPassword', 'password', 'format');

// One state per status, each with something typed, so a transition that drops it shows.
const idle: ResetPasswordState = { ...initialResetPassword('ada'), code: '12', password: 'Secret 1!' };
const requesting: ResetPasswordState = { ...idle, status: 'requesting' };
const codeSent: ResetPasswordState = { ...initialResetPassword('ada', {}, now - 60_000, delivery), code: '654321', password: 'Secret 1!' };
const resending: ResetPasswordState = { ...codeSent, status: 'resending' };
const submitting: ResetPasswordState = { ...codeSent, status: 'submitting' };
const done: ResetPasswordState = { ...codeSent, status: 'done', code: '', password: '' };
const states: Record<ResetPasswordStatus, ResetPasswordState> = { idle, requesting, codeSent, resending, submitting, done };

const run = (state: ResetPasswordState, ...events: ResetPasswordEvent[]) => events.reduce(resetPasswordTransition, state);

const events = {
  USERNAME_CHANGED: { type: 'USERNAME_CHANGED', username: 'grace' },
  CODE_CHANGED: { type: 'CODE_CHANGED', code: '9' },
  PASSWORD_CHANGED: { type: 'PASSWORD_CHANGED', password: 'Other 2?' },
  RESEND: { type: 'RESEND', now },
  CODE_SENT: { type: 'CODE_SENT', delivery: otherDelivery, now },
  RESEND_FAILED: { type: 'RESEND_FAILED', error: offline, now },
  SUBMIT: { type: 'SUBMIT', now },
  PASSWORD_RESET: { type: 'PASSWORD_RESET' },
  SUBMIT_FAILED: { type: 'SUBMIT_FAILED', error: mismatch, now },
  INPUT_REJECTED: { type: 'INPUT_REJECTED', error: weak },
  RESET: { type: 'RESET' },
} satisfies Record<ResetPasswordEvent['type'], ResetPasswordEvent>;

type Outcome = 'same' | Partial<ResetPasswordState>;
const same = 'same' as const;
const backToIdle = { status: 'idle', username: 'ada', code: '', password: '', delivery: null, error: null } as const;

/** Every event from every status: what it leads to, or `same` (the very same object: nothing happened). */
const table: Record<ResetPasswordStatus, Record<keyof typeof events, Outcome>> = {
  idle: {
    USERNAME_CHANGED: { status: 'idle', username: 'grace' },
    CODE_CHANGED: { status: 'idle', code: '9' },
    PASSWORD_CHANGED: { status: 'idle', password: 'Other 2?' },
    RESEND: { status: 'requesting', error: null },
    CODE_SENT: same,
    RESEND_FAILED: same,
    SUBMIT: same,
    PASSWORD_RESET: same,
    SUBMIT_FAILED: same,
    INPUT_REJECTED: { status: 'idle', error: weak, code: '12', password: 'Secret 1!' },
    RESET: backToIdle,
  },
  requesting: {
    USERNAME_CHANGED: same,
    CODE_CHANGED: { status: 'requesting', code: '9' },
    PASSWORD_CHANGED: { status: 'requesting', password: 'Other 2?' },
    RESEND: same,
    CODE_SENT: { status: 'codeSent', delivery: otherDelivery, code: '12', password: 'Secret 1!' },
    RESEND_FAILED: { status: 'idle', error: offline, code: '12', password: 'Secret 1!' },
    SUBMIT: same,
    PASSWORD_RESET: same,
    SUBMIT_FAILED: same,
    INPUT_REJECTED: same,
    RESET: backToIdle,
  },
  codeSent: {
    USERNAME_CHANGED: same,
    CODE_CHANGED: { status: 'codeSent', code: '9', password: 'Secret 1!' },
    PASSWORD_CHANGED: { status: 'codeSent', code: '654321', password: 'Other 2?' },
    RESEND: { status: 'resending', error: null, code: '654321', password: 'Secret 1!' },
    CODE_SENT: same,
    RESEND_FAILED: same,
    SUBMIT: { status: 'submitting', error: null, code: '654321', password: 'Secret 1!' },
    PASSWORD_RESET: same,
    SUBMIT_FAILED: same,
    INPUT_REJECTED: { status: 'codeSent', error: weak, code: '654321', password: 'Secret 1!' },
    RESET: backToIdle,
  },
  resending: {
    USERNAME_CHANGED: same,
    CODE_CHANGED: { status: 'resending', code: '9' },
    PASSWORD_CHANGED: { status: 'resending', password: 'Other 2?' },
    RESEND: same,
    CODE_SENT: { status: 'codeSent', delivery: otherDelivery, code: '654321', password: 'Secret 1!' },
    RESEND_FAILED: { status: 'codeSent', error: offline, delivery, code: '654321', password: 'Secret 1!' },
    SUBMIT: same,
    PASSWORD_RESET: same,
    SUBMIT_FAILED: same,
    INPUT_REJECTED: same,
    RESET: backToIdle,
  },
  submitting: {
    USERNAME_CHANGED: same,
    CODE_CHANGED: { status: 'submitting', code: '9' },
    PASSWORD_CHANGED: { status: 'submitting', password: 'Other 2?' },
    RESEND: same,
    CODE_SENT: same,
    RESEND_FAILED: same,
    SUBMIT: same,
    PASSWORD_RESET: { status: 'done', code: '', password: '', error: null, username: 'ada', delivery },
    SUBMIT_FAILED: { status: 'codeSent', error: mismatch, code: '654321', password: 'Secret 1!' },
    INPUT_REJECTED: same,
    RESET: backToIdle,
  },
  done: {
    USERNAME_CHANGED: same,
    CODE_CHANGED: same,
    PASSWORD_CHANGED: same,
    RESEND: same,
    CODE_SENT: same,
    RESEND_FAILED: same,
    SUBMIT: same,
    PASSWORD_RESET: same,
    SUBMIT_FAILED: same,
    INPUT_REJECTED: same,
    RESET: backToIdle,
  },
};

const cases = Object.entries(table).flatMap(([status, row]) =>
  Object.entries(row).map(([event, outcome]) => [status as ResetPasswordStatus, event as keyof typeof events, outcome] as const),
);

describe('resetPasswordTransition', () => {
  it('the table covers every status and every event', () => {
    expect(cases).toHaveLength(6 * 11);
  });

  it.each(cases)('from %s, %s', (status, event, outcome) => {
    const state = states[status];
    const next = resetPasswordTransition(state, events[event]);
    if (outcome === same) expect(next).toBe(state);
    else {
      expect(next).not.toBe(state);
      expect(next).toMatchObject(outcome);
    }
  });

  it.each<[string, ResetPasswordState, ResetPasswordEvent, Partial<ResetPasswordState>]>([
    ['a first code without details still counts as sent', requesting, { type: 'CODE_SENT', delivery: null, now }, { status: 'codeSent', delivery: null }],
    ['another code without details keeps the last delivery', resending, { type: 'CODE_SENT', delivery: null, now }, { status: 'codeSent', delivery }],
    ['asking again clears the last error', { ...codeSent, error: expired }, { type: 'RESEND', now }, { status: 'resending', error: null }],
    ['submitting clears the last error', { ...codeSent, error: badPassword }, { type: 'SUBMIT', now }, { status: 'submitting', error: null }],
    ['an expired code keeps the code and the password', submitting, { type: 'SUBMIT_FAILED', error: expired, now }, { status: 'codeSent', code: '654321', password: 'Secret 1!', error: expired }],
    ['a refused password keeps both too', submitting, { type: 'SUBMIT_FAILED', error: badPassword, now }, { status: 'codeSent', code: '654321', password: 'Secret 1!', error: badPassword }],
    ['a failed first code returns to idle, where the user name may change again', requesting, { type: 'RESEND_FAILED', error: tooManySends, now }, { status: 'idle', error: tooManySends }],
    ['the user name may be emptied in idle', idle, { type: 'USERNAME_CHANGED', username: '' }, { username: '' }],
    ['reset from done returns to idle with the same user name', done, { type: 'RESET' }, { status: 'idle', username: 'ada' }],
  ])('%s', (_name, state, event, expected) => {
    expect(resetPasswordTransition(state, event)).toMatchObject(expected);
  });

  it('the user name is fixed from the first request on, and free again after reset', () => {
    const sent = run(initialResetPassword('ada'), { type: 'RESEND', now }, { type: 'CODE_SENT', delivery, now });
    expect(run(sent, { type: 'USERNAME_CHANGED', username: 'grace' }).username).toBe('ada');
    expect(run(sent, { type: 'RESET' }, { type: 'USERNAME_CHANGED', username: 'grace' }).username).toBe('grace');
  });
});

describe('initialResetPassword', () => {
  it('without a delivery: idle, nothing typed, no waits', () => {
    const state = initialResetPassword('ada');
    expect(state).toMatchObject({ status: 'idle', username: 'ada', code: '', password: '', delivery: null, error: null });
    expect(state.waits.send.availableAt).toBe(0);
    expect(state.waits.check.availableAt).toBe(0);
    expect(resetPasswordCan(state, now)).toEqual({ submit: false, resend: true });
  });

  it('without a user name: an empty one to type', () => {
    expect(initialResetPassword().username).toBe('');
  });

  it('with a delivery sent just now: codeSent, the delivery, and the resend wait from that time', () => {
    const state = initialResetPassword('ada', {}, now, delivery);
    expect(state).toMatchObject({ status: 'codeSent', delivery, code: '', password: '', error: null });
    expect(state.waits.send.availableAt).toBe(now + 30_000);
    expect(state.waits.check.availableAt).toBe(0);
    expect(resetPasswordCan(state, now)).toEqual({ submit: true, resend: false });
    expect(resetPasswordCan(state, now + 30_000)).toEqual({ submit: true, resend: true });
  });

  it('with a delivery sent long ago (codeSentAt 0): codeSent and another code may be asked for at once', () => {
    const state = initialResetPassword('ada', {}, 0, delivery);
    expect(state.status).toBe('codeSent');
    expect(resetPasswordCan(state, now)).toEqual({ submit: true, resend: true });
  });

  it('a sent code without CodeDeliveryDetails starts at codeSent with no delivery', () => {
    expect(initialResetPassword('ada', {}, now)).toMatchObject({ status: 'codeSent', delivery: null });
  });

  it('the cooldown options set the base wait', () => {
    expect(initialResetPassword('ada', { baseSeconds: 5 }, now, delivery).waits.send.availableAt).toBe(now + 5_000);
  });
});

describe('waits', () => {
  it('a sent code starts the send wait from its time, and not the check wait', () => {
    const sent = run(requesting, { type: 'CODE_SENT', delivery, now });
    expect(sent.waits.send.availableAt).toBe(now + 30_000);
    expect(sent.waits.check).toBe(requesting.waits.check);
    expect(resetPasswordCan(sent, now)).toEqual({ submit: true, resend: false });
    expect(run(sent, { type: 'RESEND', now: now + 29_999 })).toBe(sent);
    expect(run(sent, { type: 'RESEND', now: now + 30_000 }).status).toBe('resending');
  });

  it('LimitExceeded on ForgotPassword lengthens only the send wait: the code at hand may still be sent', () => {
    const state = run(resending, { type: 'RESEND_FAILED', error: tooManySends, now });
    expect(state.waits.send).toMatchObject({ availableAt: now + 60_000, strikes: 1 });
    expect(state.waits.check).toBe(resending.waits.check);
    expect(resetPasswordCan(state, now)).toEqual({ submit: true, resend: false });
    expect(run(state, { type: 'SUBMIT', now }).status).toBe('submitting');
  });

  it('TooManyFailedAttempts on ConfirmForgotPassword lengthens only the check wait: a new code may still be asked for', () => {
    const state = run(submitting, { type: 'SUBMIT_FAILED', error: tooManyChecks, now });
    expect(state.waits.check).toMatchObject({ availableAt: now + 60_000, strikes: 1 });
    expect(state.waits.send).toBe(submitting.waits.send);
    expect(resetPasswordCan(state, now)).toEqual({ submit: false, resend: true });
    expect(run(state, { type: 'SUBMIT', now: now + 59_999 })).toBe(state);
    expect(run(state, { type: 'SUBMIT', now: now + 60_000 }).status).toBe('submitting');
  });

  it('a wrong code, a refused password or a network failure adds no wait', () => {
    expect(run(submitting, { type: 'SUBMIT_FAILED', error: mismatch, now }).waits).toBe(submitting.waits);
    expect(run(submitting, { type: 'SUBMIT_FAILED', error: badPassword, now }).waits).toBe(submitting.waits);
    expect(run(requesting, { type: 'RESEND_FAILED', error: offline, now }).waits).toBe(requesting.waits);
  });

  it('RESET keeps the waits', () => {
    const state = run(submitting, { type: 'SUBMIT_FAILED', error: tooManyChecks, now }, { type: 'RESEND', now }, { type: 'RESEND_FAILED', error: tooManySends, now });
    const reset = run(state, { type: 'RESET' });
    expect(reset.waits).toBe(state.waits);
    expect(resetPasswordCan(reset, now + 1_000)).toEqual({ submit: false, resend: false });
  });

  it('a changed password forgets the strikes and keeps the deadlines', () => {
    const state = run(submitting, { type: 'SUBMIT_FAILED', error: tooManyChecks, now }, { type: 'SUBMIT', now: now + 60_000 }, { type: 'PASSWORD_RESET' });
    expect(state.status).toBe('done');
    expect(state.waits.check).toMatchObject({ availableAt: now + 60_000, strikes: 0 });
  });

  it('offers nothing while a request is in flight or once done', () => {
    for (const state of [requesting, resending, submitting, done]) {
      expect(resetPasswordCan(state, now + 3_600_000)).toEqual({ submit: false, resend: false });
    }
  });
});
