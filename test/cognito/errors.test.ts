import { describe, expect, it } from 'vitest';
import * as sdk from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoError,
  documentedExceptions,
  isAlreadyConfirmed,
  isDocumented,
  toCognitoError,
  type ErrorField,
  type Recovery,
} from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';

// The sets in DESIGN.md "Exceptions", written the way the design lists them.
const designed: Record<Operation, string> = {
  ConfirmSignUp:
    'AliasExists CodeMismatch ExpiredCode Forbidden InternalError InvalidLambdaResponse InvalidParameter LimitExceeded NotAuthorized ResourceNotFound TooManyFailedAttempts TooManyRequests UnexpectedLambda UserLambdaValidation UserNotFound',
  VerifyUserAttribute:
    'AliasExists CodeMismatch ExpiredCode Forbidden InternalError InvalidParameter LimitExceeded NotAuthorized PasswordResetRequired ResourceNotFound TooManyRequests UserNotConfirmed UserNotFound',
  GetUserAttributeVerificationCode:
    'CodeDeliveryFailure Forbidden InternalError InvalidEmailRoleAccessPolicy InvalidLambdaResponse InvalidParameter InvalidSmsRoleAccessPolicy InvalidSmsRoleTrustRelationship LimitExceeded NotAuthorized PasswordResetRequired ResourceNotFound TooManyRequests UnexpectedLambda UserLambdaValidation UserNotConfirmed UserNotFound',
  UpdateUserAttributes:
    'AliasExists CodeDeliveryFailure CodeMismatch ExpiredCode Forbidden InternalError InvalidEmailRoleAccessPolicy InvalidLambdaResponse InvalidParameter InvalidSmsRoleAccessPolicy InvalidSmsRoleTrustRelationship NotAuthorized PasswordResetRequired ResourceNotFound TooManyRequests UnexpectedLambda UserLambdaValidation UserNotConfirmed UserNotFound',
  ResendConfirmationCode:
    'CodeDeliveryFailure Forbidden InternalError InvalidEmailRoleAccessPolicy InvalidLambdaResponse InvalidParameter InvalidSmsRoleAccessPolicy InvalidSmsRoleTrustRelationship LimitExceeded NotAuthorized ResourceNotFound TooManyRequests UnexpectedLambda UserLambdaValidation UserNotFound',
  GetUser:
    'Forbidden InternalError InvalidParameter NotAuthorized PasswordResetRequired ResourceNotFound TooManyRequests UserNotConfirmed UserNotFound',
  // Not in DESIGN.md: from the SDK's ForgotPasswordCommand and ConfirmForgotPasswordCommand `@throws`.
  ForgotPassword:
    'CodeDeliveryFailure Forbidden InternalError InvalidEmailRoleAccessPolicy InvalidLambdaResponse InvalidParameter InvalidSmsRoleAccessPolicy InvalidSmsRoleTrustRelationship LimitExceeded NotAuthorized OperationNotEnabled ResourceNotFound TooManyRequests UnexpectedLambda UserLambdaValidation UserNotFound',
  ConfirmForgotPassword:
    'CodeMismatch ExpiredCode Forbidden InternalError InvalidLambdaResponse InvalidParameter InvalidPassword LimitExceeded NotAuthorized OperationNotEnabled PasswordHistoryPolicyViolation ResourceNotFound TooManyFailedAttempts TooManyRequests UnexpectedLambda UserLambdaValidation UserNotConfirmed UserNotFound',
};

const operations = Object.keys(designed) as Operation[];
const pairs = operations.flatMap((operation) => documentedExceptions[operation].map((name) => [operation, name] as const));
const userFacing = operations.filter((operation) => operation !== 'GetUser');

type ExceptionClass = new (opts: { message: string; $metadata: object }) => Error;

/** A real SDK service exception, as the SDK's deserializer would throw it. */
function sdkException(name: string, message = `canned ${name}`): Error {
  const Exception = (sdk as unknown as Record<string, ExceptionClass>)[name]!;
  return new Exception({ message, $metadata: { httpStatusCode: name === 'InternalErrorException' ? 500 : 400 } });
}

describe('documentedExceptions', () => {
  it.each(operations)('%s has exactly the set in the design', (operation) => {
    const expected = designed[operation].split(' ').map((name) => `${name}Exception`);
    expect([...documentedExceptions[operation]].sort()).toEqual(expected.sort());
  });

  it('has 113 pairs over the seven user-facing operations and 9 for GetUser', () => {
    expect(userFacing.reduce((n, operation) => n + documentedExceptions[operation].length, 0)).toBe(113);
    expect(documentedExceptions.GetUser).toHaveLength(9);
  });

  it('lists no name twice for one operation', () => {
    for (const operation of operations) {
      expect(new Set(documentedExceptions[operation]).size).toBe(documentedExceptions[operation].length);
    }
  });

  it.each([...new Set(pairs.map(([, name]) => name))])('%s is an exception class the SDK exports', (name) => {
    const Exception = (sdk as Record<string, unknown>)[name];
    expect(Exception).toBeTypeOf('function');
    expect((Exception as ExceptionClass).prototype).toBeInstanceOf(sdk.CognitoIdentityProviderServiceException);
    expect(sdkException(name).name).toBe(name);
  });
});

describe('toCognitoError: service exceptions', () => {
  it.each(pairs)('%s %s is a documented service error that keeps its name', (operation, name) => {
    const error = toCognitoError(operation, sdkException(name));
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ name, operation, kind: 'service', serverMessage: `canned ${name}` });
    expect(error.documented).toBe(true);
    expect(error.recovery).not.toBe('none');
    expect(error.retryable).toBe(error.recovery === 'retry' || error.recovery === 'wait');
  });

  it.each<[Operation, string, Recovery, ErrorField | undefined, boolean]>([
    ['ConfirmSignUp', 'CodeMismatchException', 'retype', 'code', false],
    ['VerifyUserAttribute', 'CodeMismatchException', 'retype', 'code', false],
    ['ConfirmSignUp', 'ExpiredCodeException', 'resend', 'code', false],
    ['VerifyUserAttribute', 'ExpiredCodeException', 'resend', 'code', false],
    ['ConfirmSignUp', 'LimitExceededException', 'wait', undefined, true],
    ['GetUserAttributeVerificationCode', 'LimitExceededException', 'wait', undefined, true],
    ['ConfirmSignUp', 'TooManyFailedAttemptsException', 'wait', undefined, true],
    ['GetUser', 'TooManyRequestsException', 'wait', undefined, true],
    ['VerifyUserAttribute', 'NotAuthorizedException', 'signIn', undefined, false],
    ['UpdateUserAttributes', 'NotAuthorizedException', 'signIn', undefined, false],
    ['GetUserAttributeVerificationCode', 'NotAuthorizedException', 'signIn', undefined, false],
    ['GetUser', 'NotAuthorizedException', 'signIn', undefined, false],
    ['ConfirmSignUp', 'NotAuthorizedException', 'contactSupport', undefined, false],
    ['ResendConfirmationCode', 'NotAuthorizedException', 'contactSupport', undefined, false],
    ['UpdateUserAttributes', 'AliasExistsException', 'aliasConflict', 'value', false],
    ['ConfirmSignUp', 'AliasExistsException', 'aliasConflict', undefined, false],
    ['ConfirmSignUp', 'UserNotFoundException', 'fixInput', 'username', false],
    ['ResendConfirmationCode', 'UserNotFoundException', 'fixInput', 'username', false],
    ['VerifyUserAttribute', 'UserNotFoundException', 'signIn', undefined, false],
    ['UpdateUserAttributes', 'InvalidParameterException', 'fixInput', 'value', false],
    ['UpdateUserAttributes', 'UserLambdaValidationException', 'fixInput', 'value', false],
    ['ConfirmSignUp', 'InternalErrorException', 'retry', undefined, true],
    ['ResendConfirmationCode', 'CodeDeliveryFailureException', 'retry', undefined, true],
    ['ConfirmSignUp', 'ResourceNotFoundException', 'config', undefined, false],
    ['ResendConfirmationCode', 'InvalidSmsRoleTrustRelationshipException', 'config', undefined, false],
    ['UpdateUserAttributes', 'InvalidEmailRoleAccessPolicyException', 'config', undefined, false],
    ['ConfirmSignUp', 'UnexpectedLambdaException', 'config', undefined, false],
    ['ConfirmSignUp', 'ForbiddenException', 'contactSupport', undefined, false],
    ['VerifyUserAttribute', 'PasswordResetRequiredException', 'contactSupport', undefined, false],
    ['GetUser', 'UserNotConfirmedException', 'contactSupport', undefined, false],
    ['ConfirmForgotPassword', 'InvalidPasswordException', 'fixInput', 'password', false],
    ['ConfirmForgotPassword', 'PasswordHistoryPolicyViolationException', 'fixInput', 'password', false],
    ['ConfirmForgotPassword', 'CodeMismatchException', 'retype', 'code', false],
    ['ConfirmForgotPassword', 'ExpiredCodeException', 'resend', 'code', false],
    ['ConfirmForgotPassword', 'TooManyFailedAttemptsException', 'wait', undefined, true],
    ['ConfirmForgotPassword', 'UserNotConfirmedException', 'confirmAccount', undefined, false],
    ['ConfirmForgotPassword', 'UserNotFoundException', 'fixInput', 'username', false],
    ['ForgotPassword', 'UserNotFoundException', 'fixInput', 'username', false],
    ['ForgotPassword', 'LimitExceededException', 'wait', undefined, true],
    ['ForgotPassword', 'OperationNotEnabledException', 'config', undefined, false],
    ['ForgotPassword', 'NotAuthorizedException', 'contactSupport', undefined, false],
  ])('%s %s → %s (field %s, retryable %s)', (operation, name, recovery, field, retryable) => {
    expect(toCognitoError(operation, sdkException(name))).toMatchObject({ recovery, field, retryable });
  });

  it('names an exception nobody documents UnknownError, keeping its name in serviceName', () => {
    const error = toCognitoError('GetUser', Object.assign(new Error('new'), {
      name: 'BrandNewException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    }));
    expect(error).toMatchObject({ name: 'UnknownError', serviceName: 'BrandNewException', kind: 'service', recovery: 'retry' });
    expect(error.documented).toBe(false);
  });

  it('knows which names each operation documents', () => {
    expect(isDocumented('ConfirmSignUp', 'TooManyFailedAttemptsException')).toBe(true);
    expect(isDocumented('VerifyUserAttribute', 'TooManyFailedAttemptsException')).toBe(false);
    expect(toCognitoError('GetUser', sdkException('CodeMismatchException')).documented).toBe(false);
  });

  it('passes a CognitoError through unchanged', () => {
    const error = toCognitoError('ConfirmSignUp', sdkException('ExpiredCodeException'));
    expect(toCognitoError('ConfirmSignUp', error)).toBe(error);
  });
});

describe('toCognitoError: everything else', () => {
  const aborted = new DOMException('signal is aborted without reason', 'AbortError');

  it.each<[string, unknown, string, string]>([
    ['fetch offline', new TypeError('Failed to fetch'), 'NetworkError', 'network'],
    ['undici offline', new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }), 'NetworkError', 'network'],
    ['fetch offline, rethrown by the SDK', Object.assign(new TypeError('Failed to fetch'), { $metadata: { attempts: 3, totalRetryDelay: 200 } }), 'NetworkError', 'network'],
    ['Node ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9229'), { code: 'ECONNREFUSED' }), 'NetworkError', 'network'],
    ['Node ENOTFOUND', { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' }, 'NetworkError', 'network'],
    ['fetch abort', aborted, 'AbortError', 'aborted'],
    ['SDK abort', Object.assign(new Error('Request aborted'), { name: 'AbortError' }), 'AbortError', 'aborted'],
    ['AbortSignal.timeout', new DOMException('signal timed out', 'TimeoutError'), 'TimeoutError', 'timeout'],
    ['Node handler timeout', Object.assign(new Error('Connection timed out'), { name: 'TimeoutError' }), 'TimeoutError', 'timeout'],
    ['plain Error', new Error('boom'), 'UnknownError', 'unknown'],
    ['a thrown string', 'boom', 'UnknownError', 'unknown'],
    ['undefined', undefined, 'UnknownError', 'unknown'],
    ['a TypeError parsing a response that arrived', Object.assign(new TypeError('bad body'), { $metadata: { httpStatusCode: 200 } }), 'UnknownError', 'unknown'],
  ])('%s → %s (%s)', (_what, thrown, name, kind) => {
    const error = toCognitoError('VerifyUserAttribute', thrown);
    expect(error).toMatchObject({ name, kind, operation: 'VerifyUserAttribute' });
    expect(error.cause).toBe(thrown);
  });

  it('an abort asks for nothing and is not retried', () => {
    expect(toCognitoError('ConfirmSignUp', aborted)).toMatchObject({ recovery: 'none', retryable: false });
  });

  it('a network failure and a timeout ask for a retry', () => {
    expect(toCognitoError('ConfirmSignUp', new TypeError('Failed to fetch'))).toMatchObject({ recovery: 'retry', retryable: true });
    expect(toCognitoError('ConfirmSignUp', new DOMException('t', 'TimeoutError'))).toMatchObject({ recovery: 'retry', retryable: true });
  });

  it('never calls a network failure or an abort a service error, whatever it carries', () => {
    const metadata = { $fault: 'client', $metadata: { httpStatusCode: 400 } };
    const disguised = [
      Object.assign(new TypeError('Failed to fetch'), { $metadata: { attempts: 1 } }),
      Object.assign(new DOMException('aborted', 'AbortError'), metadata),
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', $metadata: { attempts: 1 } }),
    ];
    for (const error of disguised) {
      expect(toCognitoError('GetUser', error).kind).not.toBe('service');
    }
  });
});

describe('isAlreadyConfirmed', () => {
  const alreadyConfirmed = 'User cannot be confirmed. Current status is CONFIRMED';

  it('is true for ConfirmSignUp NotAuthorized with Cognito’s "already confirmed" wording', () => {
    expect(isAlreadyConfirmed(toCognitoError('ConfirmSignUp', sdkException('NotAuthorizedException', alreadyConfirmed)))).toBe(true);
  });

  it.each<[Operation, string, string]>([
    ['ConfirmSignUp', 'NotAuthorizedException', 'User is disabled.'],
    ['VerifyUserAttribute', 'NotAuthorizedException', alreadyConfirmed],
    ['ConfirmSignUp', 'ExpiredCodeException', alreadyConfirmed],
  ])('is false for %s %s %j', (operation, name, message) => {
    expect(isAlreadyConfirmed(toCognitoError(operation, sdkException(name, message)))).toBe(false);
  });
});
