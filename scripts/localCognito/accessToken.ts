import { createPublicKey, verify } from 'node:crypto';
import { createRequire } from 'node:module';
import { ApiError, awsMessage } from './errors.ts';

const require = createRequire(import.meta.url);

/** cognito-local signs every token with this one RSA key pair, shipped in its package. */
export const signingKey = require('cognito-local/lib/keys/cognitoLocal.public.json') as {
  jwk: { kid: string; kty: string; n: string; e: string; alg: string; use: string };
};
const publicKey = createPublicKey({ key: signingKey.jwk, format: 'jwk' });

export interface AccessTokenClaims {
  sub: string;
  username: string;
  client_id: string;
  token_use: string;
  exp: number;
  /** The token's own id (GlobalSignOut and RevokeToken end tokens by it). */
  jti: string;
}

/** A token's claims, unchecked: for tokens this server has just issued itself. */
export function decodeClaims(token: string): AccessTokenClaims {
  return (decodePart(token.split('.')[1]) ?? {}) as unknown as AccessTokenClaims;
}

function decodePart(part: string | undefined): Record<string, unknown> | undefined {
  if (!part) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies an access token the way Cognito does before any access-token operation:
 * signature (RS256, cognito-local's key), then `token_use`, then expiry. cognito-local itself
 * only decodes the token, so a forged, ID or expired token would otherwise be accepted.
 */
export function verifyAccessToken(token: string, now = Date.now()): AccessTokenClaims {
  const invalid = () => new ApiError('NotAuthorizedException', awsMessage.invalidAccessToken);
  const [headerPart, payloadPart, signaturePart, ...rest] = token.split('.');
  const header = decodePart(headerPart);
  const claims = decodePart(payloadPart);
  if (rest.length > 0 || !header || !claims || !signaturePart || header.alg !== 'RS256') throw invalid();

  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  if (!verify('RSA-SHA256', signed, publicKey, Buffer.from(signaturePart, 'base64url'))) throw invalid();
  if (claims.token_use !== 'access' || typeof claims.sub !== 'string' || typeof claims.client_id !== 'string') {
    throw invalid();
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) {
    throw new ApiError('NotAuthorizedException', awsMessage.expiredAccessToken);
  }
  return claims as unknown as AccessTokenClaims;
}
