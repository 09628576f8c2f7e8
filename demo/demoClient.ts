/**
 * The demo's own calls to the local Cognito, beyond what the kit does: sign-up, sign-in and
 * reading the profile. Plain fetch speaking Cognito's JSON protocol; demo only, not kit code.
 */
import type { DevConfig } from '../stories/support/liveConfig.ts';

export type { DevConfig };

export const endpoint = (import.meta.env.VITE_COGNITO_ENDPOINT as string | undefined) ?? 'http://127.0.0.1:9229';

export class DemoCallError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

async function call<T>(operation: string, body: object): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as T & { __type?: string; message?: string };
  if (!response.ok) throw new DemoCallError(answer.__type?.split('#').pop() ?? 'UnknownError', answer.message ?? '');
  return answer;
}

/** `GET /__dev/config`: the pool's app client and the demo users. */
export async function readDevConfig(): Promise<DevConfig> {
  const response = await fetch(`${endpoint}/__dev/config`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as DevConfig;
}

export type { CodeDeliveryDetails as Delivery } from '../src/index.ts';
import type { CodeDeliveryDetails as Delivery } from '../src/index.ts';

// A pool preset with a client secret would add SecretHash here (from the local server's dev endpoint).
export async function signUp(clientId: string, user: { username: string; password: string; email: string; phoneNumber?: string }): Promise<Delivery | undefined> {
  const attributes = [{ Name: 'email', Value: user.email }];
  if (user.phoneNumber) attributes.push({ Name: 'phone_number', Value: user.phoneNumber });
  const { CodeDeliveryDetails: details } = await call<{ CodeDeliveryDetails?: { AttributeName?: string; DeliveryMedium?: Delivery['deliveryMedium']; Destination?: string } }>('SignUp', {
    ClientId: clientId,
    Username: user.username,
    Password: user.password,
    UserAttributes: attributes,
  });
  return details && { attributeName: details.AttributeName, deliveryMedium: details.DeliveryMedium, destination: details.Destination };
}

export interface Tokens {
  accessToken: string;
  refreshToken?: string;
}

export async function signIn(clientId: string, username: string, password: string): Promise<Tokens> {
  const { AuthenticationResult: result } = await call<{ AuthenticationResult?: { AccessToken: string; RefreshToken?: string } }>('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  if (!result) throw new DemoCallError('NoTokens', 'No tokens in the answer.');
  return { accessToken: result.AccessToken, refreshToken: result.RefreshToken };
}

export async function refresh(clientId: string, refreshToken: string): Promise<string> {
  const { AuthenticationResult: result } = await call<{ AuthenticationResult?: { AccessToken: string } }>('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  if (!result) throw new DemoCallError('NoTokens', 'No tokens in the answer.');
  return result.AccessToken;
}

/** The signed-in user's attributes, by name. */
export async function getUserAttributes(accessToken: string): Promise<Record<string, string>> {
  const { UserAttributes = [] } = await call<{ UserAttributes?: { Name: string; Value?: string }[] }>('GetUser', { AccessToken: accessToken });
  return Object.fromEntries(UserAttributes.map((attribute) => [attribute.Name, attribute.Value ?? '']));
}
