import type { CognitoGateway, GetUserResult } from '../cognito/gateway.ts';
import type { AttributeSnapshot } from '../machines/updateAttributes.ts';
import type { CognitoVerifySettings } from '../provider.tsx';
import { withAccessToken } from './accessToken.ts';

type Settings = Pick<CognitoVerifySettings, 'gateway' | 'getAccessToken' | 'onSessionExpired' | 'clientMetadata'>;

/** `email_verified` for `email`, `phone_number_verified` for `phone_number`; `null` for others. */
export function verifiedFlag(user: GetUserResult, attributeName: string): boolean | null {
  const flag = user.attributes[`${attributeName}_verified`];
  return flag === undefined ? null : flag === 'true';
}

export function getUser(settings: Settings, signal: AbortSignal) {
  return withAccessToken('GetUser', settings, (accessToken) => settings.gateway.getUser({ accessToken }, signal));
}

/** What GetUser says about one attribute, with the value the kit remembers as pending. */
export function snapshotOf(user: GetUserResult, attributeName: string, pendingValue: string | null): AttributeSnapshot {
  const current = user.attributes[attributeName] ?? null;
  return {
    current,
    verified: verifiedFlag(user, attributeName),
    pendingValue: pendingValue !== null && pendingValue !== current ? pendingValue : null,
  };
}

export function sendVerificationCode(settings: Settings, attributeName: string, signal: AbortSignal) {
  return withAccessToken('GetUserAttributeVerificationCode', settings, (accessToken) =>
    settings.gateway.getUserAttributeVerificationCode(
      { accessToken, attributeName, clientMetadata: settings.clientMetadata },
      signal,
    ),
  );
}

export function verifyCode(settings: Settings, attributeName: string, code: string, signal: AbortSignal) {
  return withAccessToken('VerifyUserAttribute', settings, (accessToken) =>
    settings.gateway.verifyUserAttribute({ accessToken, attributeName, code }, signal),
  );
}

/** Submits a new value; returns where Cognito sent a code for it, if it did. */
export async function updateAttribute(
  settings: Settings & { gateway: CognitoGateway },
  attributeName: string,
  value: string,
  signal: AbortSignal,
) {
  const { codeDeliveryDetailsList } = await withAccessToken('UpdateUserAttributes', settings, (accessToken) =>
    settings.gateway.updateUserAttributes(
      { accessToken, userAttributes: [{ name: attributeName, value }], clientMetadata: settings.clientMetadata },
      signal,
    ),
  );
  return codeDeliveryDetailsList.find((d) => d.attributeName === attributeName) ?? null;
}
