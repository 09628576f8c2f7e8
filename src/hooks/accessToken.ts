import { CognitoError, toCognitoError } from '../cognito/errors.ts';
import type { Operation } from '../cognito/gateway.ts';
import { accessTokenSchema, rejection, validate } from '../cognito/schemas.ts';
import type { CognitoVerifySettings } from '../provider.tsx';
import { checkSignal } from './flow.ts';

type TokenSettings = Pick<CognitoVerifySettings, 'getAccessToken' | 'onSessionExpired'>;

async function tokenFor(operation: Operation, settings: TokenSettings, forceRefresh: boolean, signal: AbortSignal): Promise<string> {
  if (!settings.getAccessToken) {
    throw new CognitoError(rejection(operation, 'accessToken', 'required', 'getAccessToken'));
  }
  let token: unknown;
  try {
    token = await settings.getAccessToken({ forceRefresh, signal });
  } catch (cause) {
    checkSignal(signal);
    const error = toCognitoError(operation, cause);
    if (error.kind === 'network' || error.kind === 'aborted') throw error;
    // The app could not produce a token (refresh token gone): the session is over.
    settings.onSessionExpired?.();
    throw new CognitoError({ name: 'SessionExpiredError', operation, kind: 'unknown', recovery: 'signIn', retryable: false, cause });
  }
  checkSignal(signal);
  // No token (signed out) is the person's to fix: "Sign in to continue".
  return validate(operation, 'accessToken', accessTokenSchema, token);
}

/**
 * Calls an access-token operation. When Cognito rejects the token (NotAuthorized: expired or
 * revoked) it asks the app once for a fresh token and retries; if that fails too, the session
 * is over and `onSessionExpired` is called once. Nothing more happens once `signal` is aborted.
 */
export async function withAccessToken<T>(
  operation: Operation,
  settings: TokenSettings,
  signal: AbortSignal,
  call: (accessToken: string) => Promise<T>,
): Promise<T> {
  try {
    return await call(await tokenFor(operation, settings, false, signal));
  } catch (cause) {
    checkSignal(signal);
    const error = toCognitoError(operation, cause);
    if (error.name !== 'NotAuthorizedException') throw error;
  }
  try {
    return await call(await tokenFor(operation, settings, true, signal));
  } catch (cause) {
    checkSignal(signal);
    const error = toCognitoError(operation, cause);
    if (error.name === 'NotAuthorizedException') settings.onSessionExpired?.();
    throw error;
  }
}
