import type { ClientMetadata, Operation } from '../cognito/gateway.ts';
import { clientIdSchema, clientMetadataSchema, secretHashSchema, usernameSchema, validate } from '../cognito/schemas.ts';
import type { CognitoVerifySettings } from '../provider.tsx';
import { checkSignal } from './flow.ts';

/**
 * The fields of a request the app client makes for a user name (no access token), checked
 * before anything is sent; the app's `secretHash` is awaited (and checked) last.
 */
export async function clientRequest(operation: Operation, settings: CognitoVerifySettings, username: string, signal: AbortSignal) {
  const input: { clientId: string; username: string; secretHash?: string; clientMetadata?: ClientMetadata } = {
    clientId: validate(operation, 'clientId', clientIdSchema, settings.clientId),
    username: validate(operation, 'username', usernameSchema, username),
  };
  if (settings.clientMetadata !== undefined) {
    input.clientMetadata = validate(operation, 'clientMetadata', clientMetadataSchema, settings.clientMetadata);
  }
  if (settings.secretHash) {
    const hash = await settings.secretHash(input.username);
    checkSignal(signal);
    input.secretHash = validate(operation, 'secretHash', secretHashSchema, hash);
  }
  return input;
}
