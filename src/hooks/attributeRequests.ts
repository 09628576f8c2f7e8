import type { GetUserResult } from '../cognito/gateway.ts';
import type { AttributeSnapshot } from '../machines/updateAttributes.ts';
import type { CognitoVerifySettings } from '../provider.tsx';
import { withAccessToken } from './accessToken.ts';

type Settings = Pick<CognitoVerifySettings, 'gateway' | 'getAccessToken' | 'onSessionExpired' | 'clientMetadata'>;

/** The attribute's value in a GetUser reply; `null` when unset (or the reply is not what Cognito sends). */
function attributeOf(user: GetUserResult, name: string): string | null {
  const value = (user?.attributes as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : null;
}

/** `email_verified` for `email`, `phone_number_verified` for `phone_number`; `null` for others. */
export function verifiedFlag(user: GetUserResult, attributeName: string): boolean | null {
  const flag = attributeOf(user, `${attributeName}_verified`);
  return flag === null ? null : flag === 'true';
}

/** The key the pending store uses for this user. */
export function subOf(user: GetUserResult): string | null {
  return attributeOf(user, 'sub') ?? (typeof user?.username === 'string' && user.username ? user.username : null);
}

export function getUser(settings: Settings, signal: AbortSignal) {
  return withAccessToken('GetUser', settings, signal, (accessToken) => settings.gateway.getUser({ accessToken }, signal));
}

/** What GetUser says about one attribute, with the value the kit remembers as pending. */
export function snapshotOf(user: GetUserResult, attributeName: string, pendingValue: string | null): AttributeSnapshot {
  const current = attributeOf(user, attributeName);
  return {
    current,
    verified: verifiedFlag(user, attributeName),
    pendingValue: pendingValue !== null && pendingValue !== current ? pendingValue : null,
  };
}

export function sendVerificationCode(settings: Settings, attributeName: string, signal: AbortSignal) {
  return withAccessToken('GetUserAttributeVerificationCode', settings, signal, (accessToken) =>
    settings.gateway.getUserAttributeVerificationCode(
      { accessToken, attributeName, clientMetadata: settings.clientMetadata },
      signal,
    ),
  );
}

export function verifyCode(settings: Settings, attributeName: string, code: string, signal: AbortSignal) {
  return withAccessToken('VerifyUserAttribute', settings, signal, (accessToken) =>
    settings.gateway.verifyUserAttribute({ accessToken, attributeName, code }, signal),
  );
}

/** Submits a new value; returns where Cognito sent a code for it, if it did. */
export async function updateAttribute(settings: Settings, attributeName: string, value: string, signal: AbortSignal) {
  const result = await withAccessToken('UpdateUserAttributes', settings, signal, (accessToken) =>
    settings.gateway.updateUserAttributes(
      { accessToken, userAttributes: [{ name: attributeName, value }], clientMetadata: settings.clientMetadata },
      signal,
    ),
  );
  const list = Array.isArray(result?.codeDeliveryDetailsList) ? result.codeDeliveryDetailsList : [];
  return list.find((d) => d?.attributeName === attributeName) ?? null;
}
