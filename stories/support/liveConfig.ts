import { CognitoIdentityProviderClient, ConfirmSignUpCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { Loader } from '@storybook/react-vite';
import type { DevConfig, OutboxMessage } from '../../scripts/localCognito.ts';

export type { DevConfig } from '../../scripts/localCognito.ts';
export type { DemoUser, OutboxMessage } from '../../scripts/localCognito.ts';

const defaultEndpoint = 'http://127.0.0.1:9229';
let endpointOverride: string | undefined;

/** Points the live stories at another local Cognito (the stories test runner starts its own). */
export function setLiveEndpoint(endpoint: string | undefined): void {
  endpointOverride = endpoint;
}

/**
 * Where the live stories find the local Cognito: the override, a `cognito` query parameter of the
 * page (how a test points a built Storybook at its own server), `npm start`'s
 * STORYBOOK_COGNITO_ENDPOINT, else port 9229.
 */
export function liveEndpoint(): string {
  return (
    endpointOverride ??
    new URLSearchParams(globalThis.location?.search).get('cognito') ??
    (import.meta.env.STORYBOOK_COGNITO_ENDPOINT as string | undefined) ??
    defaultEndpoint
  );
}

export type LiveConnection =
  | { status: 'ready'; endpoint: string; config: DevConfig }
  | { status: 'unreachable'; endpoint: string };

/** Reads `GET /__dev/config`; any failure (not running, wrong port, not a local Cognito) means unreachable. */
export async function connect(endpoint: string): Promise<LiveConnection> {
  try {
    const response = await fetch(`${endpoint}/__dev/config`, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return { status: 'unreachable', endpoint };
    return { status: 'ready', endpoint, config: (await response.json()) as DevConfig };
  } catch {
    return { status: 'unreachable', endpoint };
  }
}

/** Connects before the story renders; `parameters.liveEndpoint` overrides where. Gives `loaded.live`. */
export const liveLoader: Loader = async ({ parameters }) => ({
  live: await connect((parameters.liveEndpoint as string | undefined) ?? liveEndpoint()),
});

/** Gives `loaded.user`: a confirmed throwaway user (see `createThrowawayUser`), made before the story renders. */
export const throwawayUserLoader: Loader = async ({ parameters }) => {
  const live = await connect((parameters.liveEndpoint as string | undefined) ?? liveEndpoint());
  return { user: live.status === 'ready' ? await createThrowawayUser(live.endpoint, live.config) : undefined };
};

/** A real SDK client for the local Cognito. The credentials are placeholders: it checks none. */
export function createLocalClient(endpoint: string, region: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region,
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

export interface ThrowawayUser {
  username: string;
  password: string;
  email: string;
}

/**
 * Signs a fresh user up and confirms it with the code from the outbox, so a play function never
 * changes the demo users people sign in with.
 */
export async function createThrowawayUser(endpoint: string, config: DevConfig, prefix = 'story'): Promise<ThrowawayUser> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const user = { username: `${prefix}-${suffix}`, password: 'Passw0rd!', email: `${prefix}-${suffix}@example.com` };
  const client = createLocalClient(endpoint, config.region);
  try {
    await client.send(new SignUpCommand({
      ClientId: config.clientId,
      Username: user.username,
      Password: user.password,
      UserAttributes: [{ Name: 'email', Value: user.email }],
    }));
    const outbox = (await (await fetch(`${endpoint}/__dev/outbox`)).json()) as OutboxMessage[];
    const code = outbox.filter((message) => message.to === user.email).at(-1)?.code;
    if (!code) throw new Error(`The local Cognito sent no sign-up code to ${user.email}.`);
    await client.send(new ConfirmSignUpCommand({ ClientId: config.clientId, Username: user.username, ConfirmationCode: code }));
  } finally {
    client.destroy();
  }
  return user;
}
