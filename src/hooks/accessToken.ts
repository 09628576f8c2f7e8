import { CognitoError, toCognitoError } from '../cognito/errors.ts';
import type { Operation } from '../cognito/gateway.ts';
import { accessTokenSchema, validate } from '../cognito/schemas.ts';
import type { CognitoVerifySettings } from '../provider.tsx';

type TokenSettings = Pick<CognitoVerifySettings, 'getAccessToken' | 'onSessionExpired'>;

async function tokenFor(operation: Operation, settings: TokenSettings, forceRefresh: boolean): Promise<string> {
  if (!settings.getAccessToken) {
    return validate(operation, 'accessToken', accessTokenSchema, undefined);
  }
  let token: unknown;
  try {
    token = await settings.getAccessToken({ forceRefresh });
  } catch (cause) {
    const error = toCognitoError(operation, cause);
    if (error.kind === 'network' || error.kind === 'aborted') throw error;
    // The app could not produce a token (refresh token gone): the session is over.
    settings.onSessionExpired?.();
    throw new CognitoError({ name: 'SessionExpiredError', operation, kind: 'unknown', recovery: 'signIn', retryable: false, cause });
  }
  return validate(operation, 'accessToken', accessTokenSchema, token);
}

/**
 * Calls an access-token operation. When Cognito rejects the token (NotAuthorized: expired or
 * revoked) it asks the app once for a fresh token and retries; if that fails too, the session
 * is over and `onSessionExpired` is called once.
 */
export async function withAccessToken<T>(
  operation: Operation,
  settings: TokenSettings,
  call: (accessToken: string) => Promise<T>,
): Promise<T> {
  try {
    return await call(await tokenFor(operation, settings, false));
  } catch (cause) {
    const error = toCognitoError(operation, cause);
    if (error.name !== 'NotAuthorizedException') throw error;
  }
  try {
    return await call(await tokenFor(operation, settings, true));
  } catch (cause) {
    const error = toCognitoError(operation, cause);
    if (error.name === 'NotAuthorizedException') settings.onSessionExpired?.();
    throw error;
  }
}
