import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Loader } from '@storybook/react-vite';
import type { DevConfig } from '../../scripts/localCognito.ts';

export type { DevConfig } from '../../scripts/localCognito.ts';
export type { DemoUser, OutboxMessage } from '../../scripts/localCognito.ts';

const defaultEndpoint = 'http://127.0.0.1:9229';
let endpointOverride: string | undefined;

/** Points the live stories at another local Cognito (the stories test runner starts its own). */
export function setLiveEndpoint(endpoint: string | undefined): void {
  endpointOverride = endpoint;
}

/** Where the live stories find the local Cognito: the override, `npm start`'s STORYBOOK_COGNITO_ENDPOINT, else port 9229. */
export function liveEndpoint(): string {
  return endpointOverride ?? (import.meta.env.STORYBOOK_COGNITO_ENDPOINT as string | undefined) ?? defaultEndpoint;
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

/** A real SDK client for the local Cognito. The credentials are placeholders: it checks none. */
export function createLocalClient(endpoint: string, region: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region,
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}
