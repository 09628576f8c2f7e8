import { createHmac } from 'node:crypto';

/**
 * Cognito's SecretHash: Base64(HMAC-SHA256(key = client secret, message = user name + client id)).
 * What an app's server computes for an app client with a secret.
 */
export function secretHash(username: string, clientId: string, clientSecret: string): string {
  return createHmac('sha256', clientSecret).update(username + clientId).digest('base64');
}
