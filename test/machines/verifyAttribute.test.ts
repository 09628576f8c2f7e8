import { describe, expect, it } from 'vitest';
import { CognitoError, toCognitoError, type ErrorField, type ValidationReason } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { rejection } from '../../src/cognito/schemas.ts';
import {
  initialVerifyAttribute,
  verifyAttributeCan,
  verifyAttributeTransition,
  type VerifyAttributeEvent,
  type VerifyAttributeState,
} from '../../src/machines/verifyAttribute.ts';

/** Errors typed for the machine's own operations (`toCognitoError` keeps the operation's type). */
const service = <O extends Operation>(operation: O, name: string) =>
  toCognitoError(operation, { name, message: 'server text', $fault: 'client', $metadata: { httpStatusCode: 400 } });
const network = <O extends Operation>(operation: O) => toCognitoError(operation, new TypeError('Failed to fetch'));
const invalid = <O extends Operation>(operation: O, field: ErrorField, reason: ValidationReason) =>
  new CognitoError({ ...rejection(operation, field, reason), operation });

const now = 1_000_000;
const delivery = { deliveryMedium: 'SMS' as const, destination: '+*******0123', attributeName: 'phone_number' };
const idle = initialVerifyAttribute();
const codeSent: VerifyAttributeState = { ...initialVerifyAttribute(delivery), code: '654321' };
const sending: VerifyAttributeState = { ...idle, status: 'sending' };
const resending: VerifyAttributeState = { ...codeSent, status: 'sending' };
const verifying: VerifyAttributeState = { ...codeSent, status: 'verifying' };
const verified: VerifyAttributeState = { ...codeSent, status: 'verified', code: '' };

const mismatch = service('VerifyUserAttribute', 'CodeMismatchException');
const expired = service('VerifyUserAttribute', 'ExpiredCodeException');
const limit = service('VerifyUserAttribute', 'LimitExceededException');
const sendLimit = service('GetUserAttributeVerificationCode', 'LimitExceededException');
const session = service('VerifyUserAttribute', 'NotAuthorizedException');
const alias = service('VerifyUserAttribute', 'AliasExistsException');
const offline = network('VerifyUserAttribute');
const incomplete = invalid('VerifyUserAttribute', 'code', 'incomplete');

const run = (state: VerifyAttributeState, ...events: VerifyAttributeEvent[]) => events.reduce(verifyAttributeTransition, state);

describe('verifyAttributeTransition', () => {
  it('starts in codeSent when a code already went out', () => {
    expect(initialVerifyAttribute(delivery).status).toBe('codeSent');
    expect(idle.status).toBe('idle');
  });

  it.each<[string, VerifyAttributeState, VerifyAttributeEvent, Partial<VerifyAttributeState>]>([
    ['asking for a code sends', idle, { type: 'SEND', now }, { status: 'sending' }],
    ['asking again resends and keeps the code', codeSent, { type: 'SEND', now }, { status: 'sending', code: '654321' }],
    ['sending clears the last error', { ...codeSent, error: expired }, { type: 'SEND', now }, { status: 'sending', error: null }],
    ['a sent code records the delivery', sending, { type: 'CODE_SENT', delivery, now }, { status: 'codeSent', delivery }],
    ['a sent code without details still counts', sending, { type: 'CODE_SENT', delivery: null, now }, { status: 'codeSent', delivery: {} }],
    ['a failed first send returns to idle', sending, { type: 'SEND_FAILED', error: offline, now }, { status: 'idle', error: offline }],
    ['a failed resend keeps codeSent and the code', resending, { type: 'SEND_FAILED', error: sendLimit, now }, { status: 'codeSent', code: '654321', error: sendLimit }],
    ['submitting verifies', codeSent, { type: 'SUBMIT', now }, { status: 'verifying', error: null }],
    ['submitting clears the last error', { ...codeSent, error: mismatch }, { type: 'SUBMIT', now }, { status: 'verifying', error: null }],
    ['success verifies and forgets the code', verifying, { type: 'VERIFIED' }, { status: 'verified', code: '' }],
    ['a wrong code keeps what was typed', verifying, { type: 'VERIFY_FAILED', error: mismatch, now }, { status: 'codeSent', code: '654321', error: mismatch }],
    ['an expired code keeps what was typed', verifying, { type: 'VERIFY_FAILED', error: expired, now }, { status: 'codeSent', code: '654321', error: expired }],
    ['a limit keeps what was typed', verifying, { type: 'VERIFY_FAILED', error: limit, now }, { status: 'codeSent', code: '654321', error: limit }],
    ['an expired session is reported', verifying, { type: 'VERIFY_FAILED', error: session, now }, { status: 'codeSent', error: session }],
    ['an alias conflict is reported', verifying, { type: 'VERIFY_FAILED', error: alias, now }, { status: 'codeSent', error: alias }],
    ['bad input is reported without a request', codeSent, { type: 'INPUT_REJECTED', error: incomplete }, { status: 'codeSent', code: '654321', error: incomplete }],
    ['typing updates the code', codeSent, { type: 'CODE_CHANGED', code: '1' }, { code: '1' }],
    ['reset keeps the delivery', { ...codeSent, error: mismatch }, { type: 'RESET' }, { status: 'codeSent', code: '', error: null, delivery }],
    ['reset before any code returns to idle', { ...sending, code: '1' }, { type: 'RESET' }, { status: 'idle', code: '' }],
    ['reset after verifying returns to rest', verified, { type: 'RESET' }, { status: 'codeSent' }],
  ])('%s', (_name, state, event, expected) => {
    expect(verifyAttributeTransition(state, event)).toMatchObject(expected);
  });

  it.each<[string, VerifyAttributeState, VerifyAttributeEvent]>([
    ['a second send while sending', sending, { type: 'SEND', now }],
    ['submit while sending', resending, { type: 'SUBMIT', now }],
    ['a second submit while verifying', verifying, { type: 'SUBMIT', now }],
    ['send while verifying', verifying, { type: 'SEND', now }],
    ['a sent code with nothing in flight', codeSent, { type: 'CODE_SENT', delivery, now }],
    ['a verify reply while sending', resending, { type: 'VERIFIED' }],
    ['a send reply while verifying', verifying, { type: 'SEND_FAILED', error: offline, now }],
    ['a late failure once verified', verified, { type: 'VERIFY_FAILED', error: mismatch, now }],
    ['typing once verified', verified, { type: 'CODE_CHANGED', code: '1' }],
    ['a send once verified', verified, { type: 'SEND', now }],
    ['bad input while verifying', verifying, { type: 'INPUT_REJECTED', error: incomplete }],
  ])('ignores %s (same state)', (_name, state, event) => {
    expect(verifyAttributeTransition(state, event)).toBe(state);
  });
});

describe('waits', () => {
  it('resumes the send wait from codeSentAt', () => {
    const state = initialVerifyAttribute(delivery, {}, now);
    expect(verifyAttributeCan(state, now + 29_999)).toEqual({ submit: true, resend: false });
    expect(verifyAttributeTransition(state, { type: 'SEND', now: now + 29_999 })).toBe(state);
    expect(verifyAttributeTransition(state, { type: 'SEND', now: now + 30_000 }).status).toBe('sending');
  });

  it('a sent code starts the send wait from its time, and not the check wait', () => {
    const sent = run(sending, { type: 'CODE_SENT', delivery, now });
    expect(sent.waits.send.availableAt).toBe(now + 30_000);
    expect(sent.waits.check).toBe(sending.waits.check);
    expect(verifyAttributeCan(sent, now)).toEqual({ submit: true, resend: false });
  });

  it('CODE_SENT never moves a deadline earlier', () => {
    const later = { ...resending.waits.send, availableAt: now + 600_000, limitedUntil: now + 600_000, strikes: 4 };
    const state: VerifyAttributeState = { ...resending, waits: { ...resending.waits, send: later } };
    expect(run(state, { type: 'CODE_SENT', delivery, now }).waits.send).toEqual(later);
  });

  it('a "too many" on a send lengthens only the send wait: the code at hand may still be checked', () => {
    const limited = run(resending, { type: 'SEND_FAILED', error: sendLimit, now });
    expect(limited.waits.send).toMatchObject({ availableAt: now + 60_000, limitedUntil: now + 60_000, strikes: 1 });
    expect(limited.waits.check).toBe(resending.waits.check);
    expect(verifyAttributeCan(limited, now)).toEqual({ submit: true, resend: false });
    expect(run(limited, { type: 'SEND', now: now + 59_999 })).toBe(limited);
  });

  it('a "too many" on a check lengthens only the check wait: a new code may still be asked for', () => {
    const limited = run(verifying, { type: 'VERIFY_FAILED', error: limit, now });
    expect(limited.waits.check).toMatchObject({ availableAt: now + 60_000, limitedUntil: now + 60_000, strikes: 1 });
    expect(limited.waits.send).toBe(verifying.waits.send);
    expect(verifyAttributeCan(limited, now)).toEqual({ submit: false, resend: true });
    expect(run(limited, { type: 'SUBMIT', now: now + 59_999 })).toBe(limited);
    expect(run(limited, { type: 'SUBMIT', now: now + 60_000 }).status).toBe('verifying');
  });

  it('a wrong code or a network failure adds no wait', () => {
    expect(run(verifying, { type: 'VERIFY_FAILED', error: mismatch, now }).waits).toBe(verifying.waits);
    expect(run(sending, { type: 'SEND_FAILED', error: offline, now }).waits).toBe(sending.waits);
  });

  it('RESET keeps the waits', () => {
    const limited = run(verifying, { type: 'VERIFY_FAILED', error: limit, now }, { type: 'SEND', now }, { type: 'SEND_FAILED', error: sendLimit, now });
    const reset = run(limited, { type: 'RESET' });
    expect(reset.waits).toBe(limited.waits);
    expect(verifyAttributeCan(reset, now + 1000)).toEqual({ submit: false, resend: false });
  });

  it('a verified code forgets the strikes and keeps the deadlines', () => {
    const limited = run(verifying, { type: 'VERIFY_FAILED', error: limit, now });
    const done = run(limited, { type: 'SUBMIT', now: now + 60_000 }, { type: 'VERIFIED' });
    expect(done.status).toBe('verified');
    expect(done.waits.check).toMatchObject({ availableAt: now + 60_000, strikes: 0 });
  });

  it('offers nothing while a request is in flight or once verified', () => {
    for (const state of [sending, resending, verifying, verified]) {
      expect(verifyAttributeCan(state, now)).toEqual({ submit: false, resend: false });
    }
  });
});
