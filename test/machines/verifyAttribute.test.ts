import { describe, expect, it } from 'vitest';
import {
  initialVerifyAttribute,
  verifyAttributeTransition,
  type VerifyAttributeEvent,
  type VerifyAttributeState,
} from '../../src/machines/verifyAttribute.ts';
import { networkError, serviceError } from './fixtures.ts';

const delivery = { deliveryMedium: 'SMS' as const, destination: '+*******0123', attributeName: 'phone_number' };
const idle = initialVerifyAttribute();
const codeSent: VerifyAttributeState = { ...initialVerifyAttribute(delivery), code: '654321' };
const sending: VerifyAttributeState = { ...idle, status: 'sending' };
const resending: VerifyAttributeState = { ...codeSent, status: 'sending' };
const verifying: VerifyAttributeState = { ...codeSent, status: 'verifying' };

const mismatch = serviceError('VerifyUserAttribute', 'CodeMismatchException');
const limit = serviceError('VerifyUserAttribute', 'LimitExceededException');
const session = serviceError('VerifyUserAttribute', 'NotAuthorizedException');
const alias = serviceError('VerifyUserAttribute', 'AliasExistsException');
const offline = networkError('VerifyUserAttribute');

describe('verifyAttributeTransition', () => {
  it('starts in codeSent when a code already went out', () => {
    expect(initialVerifyAttribute(delivery).status).toBe('codeSent');
    expect(idle.status).toBe('idle');
  });

  it.each<[string, VerifyAttributeState, VerifyAttributeEvent, Partial<VerifyAttributeState>]>([
    ['asking for a code sends', idle, { type: 'SEND_CODE' }, { status: 'sending' }],
    ['asking again resends', codeSent, { type: 'SEND_CODE' }, { status: 'sending', code: '654321' }],
    ['a second send while sending is ignored', sending, { type: 'SEND_CODE' }, { status: 'sending' }],
    ['a sent code records the delivery', sending, { type: 'CODE_SENT', delivery }, { status: 'codeSent', delivery }],
    ['a sent code without details still counts', sending, { type: 'CODE_SENT', delivery: null }, { status: 'codeSent', delivery: {} }],
    ['a failed first send returns to idle', sending, { type: 'SEND_FAILED', error: offline }, { status: 'idle', error: offline }],
    ['a failed resend keeps codeSent and the code', resending, { type: 'SEND_FAILED', error: limit }, { status: 'codeSent', code: '654321', error: limit }],
    ['submitting verifies', codeSent, { type: 'SUBMIT_CODE' }, { status: 'verifying', error: null }],
    ['a second submit while verifying is ignored', verifying, { type: 'SUBMIT_CODE' }, { status: 'verifying' }],
    ['success verifies and forgets the code', verifying, { type: 'VERIFY_SUCCEEDED' }, { status: 'verified', code: '' }],
    ['a wrong code keeps what was typed', verifying, { type: 'VERIFY_FAILED', error: mismatch }, { status: 'codeSent', code: '654321', error: mismatch }],
    ['a limit keeps what was typed', verifying, { type: 'VERIFY_FAILED', error: limit }, { status: 'codeSent', error: limit }],
    ['an expired session is reported', verifying, { type: 'VERIFY_FAILED', error: session }, { status: 'codeSent', error: session }],
    ['an alias conflict is reported', verifying, { type: 'VERIFY_FAILED', error: alias }, { status: 'codeSent', error: alias }],
    ['bad input is reported without a request', codeSent, { type: 'INPUT_REJECTED', error: mismatch }, { status: 'codeSent', error: mismatch }],
    ['typing updates the code', codeSent, { type: 'CODE_CHANGED', code: '1' }, { code: '1' }],
    ['reset keeps the delivery', { ...codeSent, error: mismatch }, { type: 'RESET' }, { status: 'codeSent', code: '', error: null }],
  ])('%s', (_name, state, event, expected) => {
    expect(verifyAttributeTransition(state, event)).toMatchObject(expected);
  });

  it('ignores late replies once verified', () => {
    const verified = verifyAttributeTransition(verifying, { type: 'VERIFY_SUCCEEDED' });
    expect(verifyAttributeTransition(verified, { type: 'VERIFY_FAILED', error: mismatch })).toBe(verified);
    expect(verifyAttributeTransition(verified, { type: 'CODE_CHANGED', code: '1' })).toBe(verified);
  });
});
