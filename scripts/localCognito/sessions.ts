import type { AccessTokenClaims } from './accessToken.ts';

/**
 * The tokens handed out, so GlobalSignOut (every token of the user) and RevokeToken (one refresh
 * token and the access tokens it gave) end them: cognito-local only decodes tokens, so it would
 * go on accepting them.
 */
export class Sessions {
  /** sub → access token ids, and refresh tokens. */
  readonly #byUser = new Map<string, { accessIds: Set<string>; refreshTokens: Set<string> }>();
  /** refresh token → the access token ids it gave. */
  readonly #byRefresh = new Map<string, Set<string>>();
  readonly #revokedIds = new Set<string>();
  readonly #revokedRefresh = new Set<string>();

  issued(claims: AccessTokenClaims, refreshToken: string | undefined): void {
    let user = this.#byUser.get(claims.sub);
    if (!user) this.#byUser.set(claims.sub, (user = { accessIds: new Set(), refreshTokens: new Set() }));
    user.accessIds.add(claims.jti);
    if (refreshToken === undefined) return;
    user.refreshTokens.add(refreshToken);
    const ids = this.#byRefresh.get(refreshToken) ?? new Set<string>();
    this.#byRefresh.set(refreshToken, ids.add(claims.jti));
  }

  signOut(claims: AccessTokenClaims): void {
    this.#revokedIds.add(claims.jti);
    const user = this.#byUser.get(claims.sub);
    for (const id of user?.accessIds ?? []) this.#revokedIds.add(id);
    for (const token of user?.refreshTokens ?? []) this.#revokedRefresh.add(token);
    this.#byUser.delete(claims.sub);
  }

  revokeRefresh(refreshToken: string): void {
    this.#revokedRefresh.add(refreshToken);
    for (const id of this.#byRefresh.get(refreshToken) ?? []) this.#revokedIds.add(id);
  }

  isRevoked(claims: AccessTokenClaims): boolean {
    return this.#revokedIds.has(claims.jti);
  }

  isRefreshRevoked(refreshToken: string): boolean {
    return this.#revokedRefresh.has(refreshToken);
  }
}
