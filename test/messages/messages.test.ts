import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CognitoError,
  documentedExceptions,
  toCognitoError,
  type ErrorField,
  type ValidationReason,
} from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import {
  attributeFieldLabel,
  attributeLabel,
  en,
  format,
  formatDuration,
  mergeMessages,
  messageFor,
  type Messages,
} from '../../src/messages/index.ts';

const raw = 'raw server text';

function serviceError(operation: Operation, name: string, message = raw): CognitoError {
  return toCognitoError(operation, {
    name,
    message,
    $fault: name === 'InternalErrorException' ? 'server' : 'client',
    $metadata: { httpStatusCode: name === 'InternalErrorException' ? 500 : 400 },
  });
}

function validationError(field: ErrorField, reason: ValidationReason, operation: Operation = 'ConfirmSignUp') {
  return new CognitoError({
    name: 'ValidationError',
    operation,
    kind: 'validation',
    recovery: 'fixInput',
    retryable: false,
    field,
    reason,
  });
}

const operations = Object.keys(documentedExceptions) as Operation[];
const pairs = operations.flatMap((operation) =>
  documentedExceptions[operation].map((name) => [operation, name] as const),
);
const allNames = [...new Set(pairs.map(([, name]) => name))].sort();
const fallback = en.local.UnknownError;

describe('every documented exception', () => {
  it('covers all pairs (and there are 122)', () => {
    expect(pairs).toHaveLength(15 + 13 + 17 + 19 + 15 + 9 + 16 + 18);
  });

  it('has a general message for every documented name and no others', () => {
    expect(Object.keys(en.exceptions).sort()).toEqual(allNames);
  });

  it.each(pairs)('%s / %s has its own message', (operation, name) => {
    const { text } = messageFor(serviceError(operation, name));
    expect(text.trim()).not.toBe('');
    expect(text).not.toBe(fallback);
    expect(text).not.toBe(raw);
    expect(text).not.toContain(raw);
    // Every placeholder got a value.
    expect(text).not.toMatch(/[{}]/);
  });

  it.each(pairs)('%s / %s names the attribute it is given', (operation, name) => {
    const { text } = messageFor(serviceError(operation, name), en, { attributeName: 'email' });
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain(en.ui.attributeFallback);
  });

  it('only overrides names the operation documents', () => {
    for (const operation of operations) {
      const documented: readonly string[] = documentedExceptions[operation];
      for (const name of Object.keys(en.byOperation[operation])) {
        expect(documented, `${operation} / ${name}`).toContain(name);
      }
    }
  });
});

describe('per-operation meanings', () => {
  const text = (operation: Operation, name: string) => messageFor(serviceError(operation, name)).text;

  it('NotAuthorized: account cannot be confirmed on ConfirmSignUp, session over with a token', () => {
    expect(text('ConfirmSignUp', 'NotAuthorizedException')).toMatch(/cannot be confirmed/);
    expect(text('VerifyUserAttribute', 'NotAuthorizedException')).toMatch(/sign in again/i);
    expect(text('ConfirmSignUp', 'NotAuthorizedException')).not.toBe(text('VerifyUserAttribute', 'NotAuthorizedException'));
    for (const op of ['UpdateUserAttributes', 'GetUserAttributeVerificationCode', 'GetUser'] as const) {
      expect(text(op, 'NotAuthorizedException')).toBe(text('VerifyUserAttribute', 'NotAuthorizedException'));
    }
  });

  it('NotAuthorized for an account that is already confirmed says so', () => {
    const error = serviceError('ConfirmSignUp', 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
    expect(messageFor(error).text).toBe(en.ui.alreadyConfirmed);
  });

  it('LimitExceeded: wrong codes when submitting, too many codes when asking for one', () => {
    expect(text('ConfirmSignUp', 'LimitExceededException')).toMatch(/wrong codes/);
    expect(text('VerifyUserAttribute', 'LimitExceededException')).toMatch(/wrong codes/);
    expect(text('ResendConfirmationCode', 'LimitExceededException')).toMatch(/codes have been asked for/);
    expect(text('GetUserAttributeVerificationCode', 'LimitExceededException')).toMatch(/codes have been asked for/);
  });

  it('InvalidParameter differs on every operation', () => {
    const texts = operations.map((op) => text(op, 'InvalidParameterException'));
    expect(new Set(texts).size).toBe(operations.length);
  });

  it('UserNotFound: check the user name before sign-in, sign in again after', () => {
    expect(text('ConfirmSignUp', 'UserNotFoundException')).toMatch(/user name/);
    expect(text('ResendConfirmationCode', 'UserNotFoundException')).toMatch(/user name/);
    expect(text('VerifyUserAttribute', 'UserNotFoundException')).toMatch(/sign in again/i);
  });

  it.each([
    ['AliasExistsException', ['ConfirmSignUp', 'UpdateUserAttributes', 'VerifyUserAttribute']],
    ['CodeDeliveryFailureException', ['ResendConfirmationCode', 'GetUserAttributeVerificationCode', 'UpdateUserAttributes']],
  ] as const)('%s reads differently on each operation', (name, ops) => {
    const texts = ops.map((op) => text(op, name));
    expect(new Set(texts).size).toBe(ops.length);
  });

  it('CodeMismatch and ExpiredCode on UpdateUserAttributes point to saving again', () => {
    expect(text('UpdateUserAttributes', 'CodeMismatchException')).toMatch(/save the change again/i);
    expect(text('UpdateUserAttributes', 'ExpiredCodeException')).toMatch(/save the change again/i);
    expect(text('VerifyUserAttribute', 'ExpiredCodeException')).toMatch(/new code/);
  });

  it('fills {attribute} from the attribute name, or from an explicit label', () => {
    const error = serviceError('UpdateUserAttributes', 'AliasExistsException');
    expect(messageFor(error, en, { attributeName: 'phone_number' }).text).toContain('this phone number');
    expect(messageFor(error, en, { attribute: 'work email' }).text).toContain('this work email');
    expect(messageFor(error).text).toContain(`this ${en.ui.attributeFallback}`);
  });
});

describe('fallbacks and local errors', () => {
  it('uses the generic message for an exception nobody documented', () => {
    expect(messageFor(serviceError('ConfirmSignUp', 'SomethingNewException')).text).toBe(fallback);
  });

  it('does not look names up on the prototype', () => {
    expect(messageFor(serviceError('GetUser', 'constructor')).text).toBe(fallback);
    expect(messageFor(serviceError('GetUser', 'toStringException')).text).toBe(fallback);
  });

  it('uses a known exception message even where the operation does not document it', () => {
    // Cognito sometimes raises names its reference leaves out for an operation.
    const error = serviceError('GetUser', 'CodeMismatchException');
    expect(messageFor(error).text).toBe(en.exceptions.CodeMismatchException);
  });

  it('has its own message for a network failure', () => {
    const error = toCognitoError('VerifyUserAttribute', new TypeError('Failed to fetch'));
    expect(error.name).toBe('NetworkError');
    const { text } = messageFor(error);
    expect(text).toBe(en.local.NetworkError);
    expect(text).not.toBe(fallback);
    expect(text).not.toContain('Failed to fetch');
  });

  it('has its own message for a timeout', () => {
    const error = toCognitoError('GetUser', Object.assign(new Error('took too long'), { name: 'TimeoutError' }));
    expect(messageFor(error).text).toBe(en.local.TimeoutError);
  });

  it('shows nothing for a cancelled request', () => {
    const error = toCognitoError('GetUser', Object.assign(new Error('aborted'), { name: 'AbortError' }));
    expect(messageFor(error).text).toBe('');
  });

  it('never shows the text of an unknown error', () => {
    const { text } = messageFor(toCognitoError('GetUser', new Error(raw)));
    expect(text).toBe(fallback);
  });
});

describe('validation messages', () => {
  const fields: ErrorField[] = [
    'code',
    'username',
    'value',
    'attributeName',
    'clientId',
    'accessToken',
    'secretHash',
    'clientMetadata',
  ];
  const reasons: ValidationReason[] = ['required', 'tooLong', 'pattern', 'format'];
  const grid = fields.flatMap((field) => reasons.map((reason) => [field, reason] as const));

  it.each(grid)('%s / %s has a message', (field, reason) => {
    const { text } = messageFor(validationError(field, reason));
    expect(text.trim()).not.toBe('');
    expect(text).not.toBe(fallback);
    expect(text).not.toBe(en.local.ValidationError);
    expect(text).not.toMatch(/[{}]/);
  });

  it('asks for the code in plain words', () => {
    expect(messageFor(validationError('code', 'required')).text).toBe('Enter the code we sent you');
  });

  it('gives an example for an email address or phone number in the wrong format', () => {
    const error = validationError('value', 'format', 'UpdateUserAttributes');
    expect(messageFor(error, en, { attributeName: 'email' }).text).toBe(
      'Enter an email address in the right format, like name@example.com',
    );
    expect(messageFor(error, en, { attributeName: 'phone_number' }).text).toBe(
      'Enter a phone number with country code, like +15555550123',
    );
    expect(messageFor(error, en, { attributeName: 'custom:nickname' }).text).toBe('Enter your nickname in the right format');
  });

  it('falls back to the general value message for reasons an attribute does not override', () => {
    const error = validationError('value', 'required', 'UpdateUserAttributes');
    expect(messageFor(error, en, { attributeName: 'email' }).text).toBe('Enter your email address');
  });

  it('treats an app-supplied field as a set-up fault', () => {
    expect(messageFor(validationError('clientId', 'pattern')).text).toBe(en.validation.configuration.pattern);
    expect(messageFor(validationError('accessToken', 'required', 'GetUser')).text).toBe('Sign in to continue');
    expect(messageFor(validationError('accessToken', 'pattern', 'GetUser')).text).toBe(en.validation.configuration.pattern);
  });

  it('uses the general validation message when no field is named', () => {
    const error = new CognitoError({
      name: 'ValidationError',
      operation: 'ConfirmSignUp',
      kind: 'validation',
      recovery: 'fixInput',
      retryable: false,
    });
    expect(messageFor(error).text).toBe(en.local.ValidationError);
  });
});

describe('Lambda trigger detail', () => {
  it.each([
    ['PreSignUp failed with error Your email domain is not allowed.', 'Your email domain is not allowed.'],
    ['PostConfirmation failed with error  Try a work address. ', 'Try a work address.'],
    ['CustomMessage failed with error Message too long', 'Message too long'],
    ['A message without the prefix', 'A message without the prefix'],
  ])('%j → %j', (serverMessage, detail) => {
    const result = messageFor(serviceError('ConfirmSignUp', 'UserLambdaValidationException', serverMessage));
    expect(result.detail).toBe(detail);
    expect(result.text).toBe(en.byOperation.ConfirmSignUp.UserLambdaValidationException);
    expect(result.text).not.toContain(detail);
  });

  it.each(['PreSignUp failed with error ', 'PreSignUp failed with error', '', '   '])(
    'drops an empty detail (%j)',
    (serverMessage) => {
      const result = messageFor(serviceError('UpdateUserAttributes', 'UserLambdaValidationException', serverMessage));
      expect(result).not.toHaveProperty('detail');
    },
  );

  it('gives no detail for other exceptions', () => {
    const result = messageFor(serviceError('ConfirmSignUp', 'CodeMismatchException', 'PreSignUp failed with error nope'));
    expect(result).not.toHaveProperty('detail');
  });
});

describe('mergeMessages', () => {
  it('overrides one string and keeps the rest', () => {
    const merged = mergeMessages(en, { ui: { confirm: 'Confirm account' } });
    expect(merged.ui.confirm).toBe('Confirm account');
    expect(merged.ui.verify).toBe(en.ui.verify);
    expect(merged.exceptions).toEqual(en.exceptions);
    expect(en.ui.confirm).toBe('Confirm');
  });

  it('merges at any depth and is used by messageFor', () => {
    const messages: Messages = mergeMessages(en, {
      byOperation: { ConfirmSignUp: { CodeMismatchException: 'Nope, try again.' } },
      validation: { valueByAttribute: { email: { required: 'Enter an email' } } },
    });
    expect(messageFor(serviceError('ConfirmSignUp', 'CodeMismatchException'), messages).text).toBe('Nope, try again.');
    expect(messageFor(serviceError('ConfirmSignUp', 'ExpiredCodeException'), messages).text).toBe(
      en.exceptions.ExpiredCodeException,
    );
    expect(messages.byOperation.ConfirmSignUp.NotAuthorizedException).toBe(en.byOperation.ConfirmSignUp.NotAuthorizedException);
    expect(messages.validation.valueByAttribute.email?.format).toBe(en.validation.valueByAttribute.email?.format);
    expect(messages.validation.valueByAttribute.email?.required).toBe('Enter an email');
  });

  it('returns the base unchanged without overrides, and ignores undefined values', () => {
    expect(mergeMessages(en)).toEqual(en);
    expect(mergeMessages(en, { ui: { save: undefined } }).ui.save).toBe('Save');
  });

  it('does not let a __proto__ key change the prototype', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": "yes"}, "ui": {"save": "Keep"}}') as object;
    const merged = mergeMessages(en, overrides);
    expect(merged.ui.save).toBe('Keep');
    expect((merged as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('format', () => {
  it('fills placeholders', () => {
    expect(format(en.ui.resendCodeIn, { time: '0:27' })).toBe('Resend code in 0:27');
    expect(format('{a} and {a}, {b}', { a: 'x', b: 'y' })).toBe('x and x, y');
  });

  it('isolates values inside right-to-left text (left to right unless they are right to left), and only there', () => {
    expect(format('کدی به {destination} فرستادیم', { destination: 'r***@e***' })).toBe('کدی به \u2066r***@e***\u2069 فرستادیم');
    expect(format('שלחנו קוד אל {destination}.', { destination: '+*******0123' })).toBe('שלחנו קוד אל \u2066+*******0123\u2069.');
    expect(format('تأكيد {attribute}', { attribute: 'البريد الإلكتروني' })).toBe('تأكيد \u2068البريد الإلكتروني\u2069');
    expect(format('Sent to {destination}.', { destination: 'r***@e***' })).toBe('Sent to r***@e***.');
  });

  it('leaves a placeholder with no value in place', () => {
    expect(format('Sent to {destination}.', {})).toBe('Sent to {destination}.');
    expect(format('{toString}')).toBe('{toString}');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [27, '0:27'],
    [26.2, '0:27'],
    [60, '1:00'],
    [65, '1:05'],
    [600, '10:00'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('attribute labels', () => {
  it.each([
    ['email', 'email address', 'Email'],
    ['phone_number', 'phone number', 'Phone number'],
    ['custom:nickname', 'nickname', 'Nickname'],
    ['custom:favourite_colour', 'favourite colour', 'Favourite colour'],
    ['dev:custom:shoeSize', 'shoe size', 'Shoe size'],
    ['constructor', 'constructor', 'Constructor'],
  ])('%s → %j / %j', (name, noun, label) => {
    expect(attributeLabel(name)).toBe(noun);
    expect(attributeFieldLabel(name)).toBe(label);
  });

  it('uses the dictionary it is given', () => {
    const messages = mergeMessages(en, { attributes: { email: { noun: 'e-mail' } } });
    expect(attributeLabel('email', messages)).toBe('e-mail');
    expect(attributeFieldLabel('email', messages)).toBe('Email');
  });
});

describe('ui strings', () => {
  it.each([
    ['confirmationCodeLabel', 'Confirmation code'],
    ['verificationCodeLabel', 'Verification code'],
    ['confirm', 'Confirm'],
    ['verify', 'Verify'],
    ['save', 'Save'],
    ['resendCode', 'Resend code'],
    ['resendCodeIn', 'Resend code in {time}'],
    ['confirmed', 'Your account is confirmed.'],
  ] as const)('%s is exactly %j (a public accessible name)', (key, text) => {
    expect(en.ui[key]).toBe(text);
  });

  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(en.ui)) {
      for (const text of typeof value === 'string' ? [value] : Object.values<string>(value)) expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('en.ts source', () => {
  it('builds no table with an object spread', () => {
    const source = readFileSync(resolve(process.cwd(), 'src/messages/en.ts'), 'utf8');
    expect(source).toContain('export const en');
    expect(source).not.toMatch(/\.\.\./);
  });
});
