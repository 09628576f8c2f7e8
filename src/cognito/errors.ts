import type { Operation } from './gateway.ts';

/**
 * The exceptions Cognito documents for each operation the kit calls. On the wire (and as the
 * SDK's error `name`) each carries the `Exception` suffix.
 */
export const documentedExceptions = {
  ConfirmSignUp: [
    'AliasExistsException',
    'CodeMismatchException',
    'ExpiredCodeException',
    'ForbiddenException',
    'InternalErrorException',
    'InvalidLambdaResponseException',
    'InvalidParameterException',
    'LimitExceededException',
    'NotAuthorizedException',
    'ResourceNotFoundException',
    'TooManyFailedAttemptsException',
    'TooManyRequestsException',
    'UnexpectedLambdaException',
    'UserLambdaValidationException',
    'UserNotFoundException',
  ],
  VerifyUserAttribute: [
    'AliasExistsException',
    'CodeMismatchException',
    'ExpiredCodeException',
    'ForbiddenException',
    'InternalErrorException',
    'InvalidParameterException',
    'LimitExceededException',
    'NotAuthorizedException',
    'PasswordResetRequiredException',
    'ResourceNotFoundException',
    'TooManyRequestsException',
    'UserNotConfirmedException',
    'UserNotFoundException',
  ],
  GetUserAttributeVerificationCode: [
    'CodeDeliveryFailureException',
    'ForbiddenException',
    'InternalErrorException',
    'InvalidEmailRoleAccessPolicyException',
    'InvalidLambdaResponseException',
    'InvalidParameterException',
    'InvalidSmsRoleAccessPolicyException',
    'InvalidSmsRoleTrustRelationshipException',
    'LimitExceededException',
    'NotAuthorizedException',
    'PasswordResetRequiredException',
    'ResourceNotFoundException',
    'TooManyRequestsException',
    'UnexpectedLambdaException',
    'UserLambdaValidationException',
    'UserNotConfirmedException',
    'UserNotFoundException',
  ],
  UpdateUserAttributes: [
    'AliasExistsException',
    'CodeDeliveryFailureException',
    'CodeMismatchException',
    'ExpiredCodeException',
    'ForbiddenException',
    'InternalErrorException',
    'InvalidEmailRoleAccessPolicyException',
    'InvalidLambdaResponseException',
    'InvalidParameterException',
    'InvalidSmsRoleAccessPolicyException',
    'InvalidSmsRoleTrustRelationshipException',
    'NotAuthorizedException',
    'PasswordResetRequiredException',
    'ResourceNotFoundException',
    'TooManyRequestsException',
    'UnexpectedLambdaException',
    'UserLambdaValidationException',
    'UserNotConfirmedException',
    'UserNotFoundException',
  ],
  ResendConfirmationCode: [
    'CodeDeliveryFailureException',
    'ForbiddenException',
    'InternalErrorException',
    'InvalidEmailRoleAccessPolicyException',
    'InvalidLambdaResponseException',
    'InvalidParameterException',
    'InvalidSmsRoleAccessPolicyException',
    'InvalidSmsRoleTrustRelationshipException',
    'LimitExceededException',
    'NotAuthorizedException',
    'ResourceNotFoundException',
    'TooManyRequestsException',
    'UnexpectedLambdaException',
    'UserLambdaValidationException',
    'UserNotFoundException',
  ],
  GetUser: [
    'ForbiddenException',
    'InternalErrorException',
    'InvalidParameterException',
    'NotAuthorizedException',
    'PasswordResetRequiredException',
    'ResourceNotFoundException',
    'TooManyRequestsException',
    'UserNotConfirmedException',
    'UserNotFoundException',
  ],
  ForgotPassword: [
    'CodeDeliveryFailureException',
    'ForbiddenException',
    'InternalErrorException',
    'InvalidEmailRoleAccessPolicyException',
    'InvalidLambdaResponseException',
    'InvalidParameterException',
    'InvalidSmsRoleAccessPolicyException',
    'InvalidSmsRoleTrustRelationshipException',
    'LimitExceededException',
    'NotAuthorizedException',
    'OperationNotEnabledException',
    'ResourceNotFoundException',
    'TooManyRequestsException',
    'UnexpectedLambdaException',
    'UserLambdaValidationException',
    'UserNotFoundException',
  ],
  ConfirmForgotPassword: [
    'CodeMismatchException',
    'ExpiredCodeException',
    'ForbiddenException',
    'InternalErrorException',
    'InvalidLambdaResponseException',
    'InvalidParameterException',
    'InvalidPasswordException',
    'LimitExceededException',
    'NotAuthorizedException',
    'OperationNotEnabledException',
    'PasswordHistoryPolicyViolationException',
    'ResourceNotFoundException',
    'TooManyFailedAttemptsException',
    'TooManyRequestsException',
    'UnexpectedLambdaException',
    'UserLambdaValidationException',
    'UserNotConfirmedException',
    'UserNotFoundException',
  ],
} as const satisfies Record<Operation, readonly `${string}Exception`[]>;

/** Any exception name documented for at least one operation. */
export type DocumentedExceptionName = (typeof documentedExceptions)[Operation][number];

/** Names the kit gives to failures that are not Cognito exceptions. */
export type LocalErrorName =
  | 'ValidationError'
  | 'NetworkError'
  | 'TimeoutError'
  | 'AbortError'
  /** The app could not give an access token (its refresh failed): sign in again. */
  | 'SessionExpiredError'
  | 'UnknownError';

/**
 * What the person (or the app) can do about an error. Components pick the action they offer
 * from this; machines pick the state they move to.
 */
export type Recovery =
  /** The code was wrong: type it again. */
  | 'retype'
  /** The code expired or was replaced: ask for a new one. */
  | 'resend'
  /** Too many attempts or requests: wait until the cooldown ends. */
  | 'wait'
  /** A passing failure (network, Cognito's own fault): try the same thing again. */
  | 'retry'
  /** The session is gone: sign in again. */
  | 'signIn'
  /** The email or phone number belongs to another account. */
  | 'aliasConflict'
  /** Something typed (or passed in) is not valid: correct it. */
  | 'fixInput'
  /** The user pool or app is set up wrongly: nothing the person can do; tell the developer. */
  | 'config'
  /** The account cannot continue here (blocked, must reset password, not confirmed). */
  | 'contactSupport'
  /** The sign-up was never confirmed: confirm it (then reset the password). */
  | 'confirmAccount'
  /** The request was cancelled on purpose; nothing to show. */
  | 'none';

/** The field an error concerns, for `aria-invalid` and focus. */
export type ErrorField =
  | 'code'
  | 'username'
  | 'password'
  | 'value'
  | 'attributeName'
  | 'clientId'
  | 'accessToken'
  | 'secretHash'
  | 'clientMetadata';

/** Why a value failed validation before any request was sent. */
export type ValidationReason =
  | 'required'
  | 'tooLong'
  | 'pattern'
  | 'format'
  /** A code shorter than the field's length (`CognitoError.length` says how many are expected). */
  | 'incomplete';

export type CognitoErrorKind = 'service' | 'validation' | 'network' | 'timeout' | 'aborted' | 'unknown';

/**
 * The names an error can carry: an exception Cognito documents (for this operation, or for
 * another one it calls, since Cognito raises some beyond its reference), or the kit's own.
 * Any other exception name arrives as `UnknownError`, with the name in `serviceName`.
 */
export type CognitoErrorName = DocumentedExceptionName | LocalErrorName;

const documentedNames: ReadonlySet<string> = new Set(Object.values(documentedExceptions).flat());

/** A prop or option the app must set (or correct) for the flow to work. */
export type Setting = 'clientId' | 'getAccessToken' | 'secretHash' | 'clientMetadata' | 'attributeName';

export interface CognitoErrorInit<O extends Operation = Operation> {
  name: CognitoErrorName;
  operation: O;
  kind: CognitoErrorKind;
  recovery: Recovery;
  retryable: boolean;
  field?: ErrorField;
  reason?: ValidationReason;
  /** With reason `incomplete`: how many characters the code needs. */
  length?: number;
  /** Set for a fault in the app's set-up: the prop to set or correct. */
  setting?: Setting;
  /** Cognito's exception name when it is not one the operation documents (`name` is then `UnknownError`). */
  serviceName?: string;
  serverMessage?: string;
  cause?: unknown;
}

/**
 * One error type for everything that can go wrong in a flow. `name` is Cognito's exception
 * name (`CodeMismatchException`) or one of the kit's own (`NetworkError`, `ValidationError`…).
 * `serverMessage` is Cognito's text, kept for developers; it is never what a person reads.
 */
export class CognitoError<O extends Operation = Operation> extends Error {
  declare readonly name: CognitoErrorName;
  readonly operation: O;
  readonly kind: CognitoErrorKind;
  readonly recovery: Recovery;
  readonly retryable: boolean;
  readonly field?: ErrorField;
  readonly reason?: ValidationReason;
  readonly length?: number;
  readonly setting?: Setting;
  readonly serviceName?: string;
  readonly serverMessage?: string;

  constructor(init: CognitoErrorInit<O>) {
    super(`${init.operation}: ${init.name}${init.reason ? ` (${init.field}: ${init.reason})` : ''}`, {
      cause: init.cause,
    });
    this.name = init.name;
    this.operation = init.operation;
    this.kind = init.kind;
    this.recovery = init.recovery;
    this.retryable = init.retryable;
    this.field = init.field;
    this.reason = init.reason;
    this.length = init.length;
    this.setting = init.setting;
    this.serviceName = init.serviceName;
    this.serverMessage = init.serverMessage;
  }

  /** True when Cognito documents this exception for this operation. */
  get documented(): boolean {
    return isDocumented(this.operation, this.name);
  }
}

export function isDocumented(operation: Operation, name: string): boolean {
  return (documentedExceptions[operation] as readonly string[]).includes(name);
}

const tokenOperations: ReadonlySet<Operation> = new Set([
  'UpdateUserAttributes',
  'GetUserAttributeVerificationCode',
  'VerifyUserAttribute',
  'GetUser',
]);

/** True for operations authorised by the user's access token. */
export function usesAccessToken(operation: Operation): boolean {
  return tokenOperations.has(operation);
}

const configFaults = new Set([
  'ResourceNotFoundException',
  'InvalidEmailRoleAccessPolicyException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'InvalidLambdaResponseException',
  'UnexpectedLambdaException',
  'OperationNotEnabledException',
]);

function serviceRecovery(operation: Operation, name: string): { recovery: Recovery; field?: ErrorField } {
  switch (name) {
    case 'CodeMismatchException':
      return { recovery: 'retype', field: 'code' };
    case 'ExpiredCodeException':
      return { recovery: 'resend', field: 'code' };
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
    case 'TooManyRequestsException':
      return { recovery: 'wait' };
    case 'AliasExistsException':
      return { recovery: 'aliasConflict', field: operation === 'UpdateUserAttributes' ? 'value' : undefined };
    case 'InternalErrorException':
    case 'CodeDeliveryFailureException':
      return { recovery: 'retry' };
    case 'UserLambdaValidationException':
      return { recovery: 'fixInput', field: operation === 'UpdateUserAttributes' ? 'value' : undefined };
    case 'InvalidParameterException':
      return { recovery: 'fixInput', field: operation === 'UpdateUserAttributes' ? 'value' : undefined };
    case 'NotAuthorizedException':
      // With an access token it means the session is over; on ConfirmSignUp it means the
      // account cannot be confirmed here (already confirmed is handled by the flow itself).
      return { recovery: usesAccessToken(operation) ? 'signIn' : 'contactSupport' };
    case 'UserNotFoundException':
      return usesAccessToken(operation)
        ? { recovery: 'signIn' }
        : { recovery: 'fixInput', field: 'username' };
    case 'InvalidPasswordException':
    case 'PasswordHistoryPolicyViolationException':
      return { recovery: 'fixInput', field: 'password' };
    case 'UserNotConfirmedException':
      return { recovery: operation === 'ConfirmForgotPassword' ? 'confirmAccount' : 'contactSupport' };
    case 'ForbiddenException':
    case 'PasswordResetRequiredException':
      return { recovery: 'contactSupport' };
    default:
      return configFaults.has(name) ? { recovery: 'config' } : { recovery: 'retry' };
  }
}

/** Cognito's wording when an app client has a secret and the request carried none, or a wrong one. */
const secretHashPattern = /configured (for|with) secret|secret hash/i;

/** Cognito's wording when ConfirmSignUp is called for a user who is already confirmed. */
const alreadyConfirmedPattern = /current status is confirmed/i;

/** True when ConfirmSignUp failed only because the account is already confirmed. */
export function isAlreadyConfirmed(error: CognitoError): boolean {
  return (
    error.operation === 'ConfirmSignUp' &&
    error.name === 'NotAuthorizedException' &&
    alreadyConfirmedPattern.test(error.serverMessage ?? '')
  );
}

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

function asErrorLike(error: unknown): ErrorLike {
  return typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
}

/**
 * Turns anything a gateway throws into a `CognitoError`. Only an error that carries Cognito's
 * service metadata (an SDK service exception, or the fetch gateway's equivalent) counts as a
 * Cognito exception; a network failure or an abort never does.
 */
export function toCognitoError<O extends Operation>(operation: O, error: unknown): CognitoError<O> {
  if (error instanceof CognitoError) return error as CognitoError<O>;
  const e = asErrorLike(error);
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : undefined;
  const base = { operation, cause: error, serverMessage: message };

  if (name === 'AbortError') {
    return new CognitoError({ ...base, name: 'AbortError', kind: 'aborted', recovery: 'none', retryable: false });
  }
  if (name === 'TimeoutError') {
    return new CognitoError({ ...base, name: 'TimeoutError', kind: 'timeout', recovery: 'retry', retryable: true });
  }
  const isService =
    (e.$fault === 'client' || e.$fault === 'server') && typeof e.$metadata === 'object' && /Exception$/.test(name);
  if (isService) {
    if (!documentedNames.has(name)) {
      return new CognitoError({ ...base, name: 'UnknownError', serviceName: name, kind: 'service', recovery: 'retry', retryable: true });
    }
    if (name === 'NotAuthorizedException' && !usesAccessToken(operation) && secretHashPattern.test(message ?? '')) {
      return new CognitoError({ ...base, name, kind: 'service', recovery: 'config', setting: 'secretHash', retryable: false });
    }
    const { recovery, field } = serviceRecovery(operation, name);
    const retryable = recovery === 'retry' || recovery === 'wait';
    return new CognitoError({ ...base, name: name as DocumentedExceptionName, kind: 'service', recovery, field, retryable });
  }
  // The SDK's retry layer adds `$metadata` (attempts, no status) to every error it rethrows,
  // fetch's TypeError included; only a TypeError raised after a response arrived is not network.
  const isNetwork =
    (error instanceof TypeError && e.$metadata?.httpStatusCode === undefined) ||
    (typeof e.code === 'string' && networkCodes.has(e.code)) ||
    name === 'NetworkError';
  if (isNetwork) {
    return new CognitoError({ ...base, name: 'NetworkError', kind: 'network', recovery: 'retry', retryable: true });
  }
  return new CognitoError({ ...base, name: 'UnknownError', kind: 'unknown', recovery: 'retry', retryable: true });
}
