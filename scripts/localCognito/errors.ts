import { documentedExceptions } from '../../src/cognito/errors.ts';

/** A Cognito exception as it goes on the wire: `x-amzn-errortype` and `{ __type, message }`. */
export class ApiError extends Error {
  readonly type: string;

  constructor(type: string, message: string) {
    super(message);
    this.name = type;
    this.type = type;
  }

  /** Cognito answers every exception with 400 except its own fault. */
  get status(): number {
    return this.type === 'InternalErrorException' ? 500 : 400;
  }
}

/** Real Cognito's wording, so messages shown in development look like production. */
export const awsMessage = {
  codeMismatch: 'Invalid verification code provided, please try again.',
  expiredCode: 'Invalid code provided, please request a code again.',
  attemptLimit: 'Attempt limit exceeded, please try after some time.',
  tooManyFailedAttempts: 'Too many failed attempts.',
  aliasExists: 'An account with the given email already exists.',
  invalidAccessToken: 'Invalid Access Token',
  expiredAccessToken: 'Access Token has expired',
  alreadyConfirmedForResend: 'User is already confirmed.',
  userNotFoundByUsername: 'Username/client id combination not found.',
  userDoesNotExist: 'User does not exist.',
  userDisabled: 'User is disabled.',
  noRecoveryContact: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
  cannotResetInState: 'User password cannot be reset in the current state.',
  incorrectPassword: 'Incorrect username or password.',
  cannotBeConfirmed: (status: string) => `User cannot be confirmed. Current status is ${status}`,
  revokedAccessToken: 'Access Token has been revoked',
  refreshTokenRevoked: 'Refresh Token has been revoked',
  invalidRefreshToken: 'Invalid Refresh Token',
  secretNotReceived: (clientId: string) => `Client ${clientId} is configured for secret but secret was not received`,
  secretHashMismatch: (clientId: string) => `Unable to verify secret hash for client ${clientId}`,
  flowNotEnabled: (flow: string) => `${flow} flow not enabled for this client`,
  usernameLooksLikeAlias: (what: string) =>
    `Username cannot be of ${what} format, since user pool is configured for ${what === 'email' ? 'email' : 'phone number'} alias.`,
} as const;

/**
 * Exception names `/__dev/faults` accepts: every documented one, plus a few more Cognito
 * raises on other operations (so the kit's fallback for undocumented names can be shown too).
 */
export const knownExceptionNames: ReadonlySet<string> = new Set([
  ...Object.values(documentedExceptions).flat(),
  'UsernameExistsException',
  'InvalidPasswordException',
  'PasswordHistoryPolicyViolationException',
  'UnsupportedOperationException',
  'UnsupportedUserStateException',
  'InvalidUserPoolConfigurationException',
  'MFAMethodNotFoundException',
  'ConcurrentModificationException',
]);
