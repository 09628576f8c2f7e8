/**
 * Shared helpers for the hook integration tests: each test file starts one local Cognito
 * (in-process, on a free port), drives the kit's hooks against it through the real SDK client
 * or the fetch gateway, and reads codes from the server's outbox.
 */
import { sign } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect, vi, type Mock } from 'vitest';
import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  GetUserCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoGateway } from '../../src/cognito/gateway.ts';
import { createMemoryStore, type PendingStore } from '../../src/cognito/pendingStore.ts';
import { createSdkGateway } from '../../src/cognito/sdkGateway.ts';
import type { CooldownOptions } from '../../src/machines/cooldown.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import {
  readOutbox,
  signIn,
  startLocalCognito,
  type LocalCognito,
  type LocalCognitoOptions,
  type OutboxMessage,
} from '../../scripts/localCognito.ts';

export const password = 'Passw0rd!';

/** The two ways the kit reaches Cognito: the AWS SDK client, and plain `fetch`. */
export type Transport = 'sdk' | 'fetch';
export const transports: Transport[] = ['sdk', 'fetch'];

/**
 * The real SDK client. `maxAttempts: 1` because the SDK retries HTTP 500 and the "throttling"
 * names (LimitExceeded, TooManyRequests) up to three times by default, which would consume
 * injected faults and hide the first answer.
 */
export function sdkClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

export interface Server {
  cognito: LocalCognito;
  endpoint: string;
  clientId: string;
  /** For setting up users and checking results, outside the hooks. */
  client: CognitoIdentityProviderClient;
  /** The kit's SDK gateway over `client`; one object, so the provider never sees a new gateway. */
  sdkGateway: CognitoGateway;
}

let counter = 0;

/** A user name no other test in the run uses (the pool treats email as an alias, so no "@"). */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}`;
}

/**
 * Starts one server for the file (beforeAll) and stops it (afterAll); clears any fault a failed
 * test left queued (afterEach). Returns the server's handle and helpers bound to it.
 */
export function setupLocalCognito(options: LocalCognitoOptions = {}) {
  const server = {} as Server;
  beforeAll(async () => {
    server.cognito = await startLocalCognito({ port: 0, quiet: true, ...options });
    server.endpoint = server.cognito.endpoint;
    server.clientId = server.cognito.config.clientId;
    server.client = sdkClient(server.endpoint);
    server.sdkGateway = createSdkGateway(server.client);
  });
  afterEach(async () => {
    await fetch(`${server.endpoint}/__dev/faults`, { method: 'DELETE' });
  });
  afterAll(async () => {
    server.client?.destroy();
    await server.cognito?.stop();
  });

  /** Every message sent to `to` (optionally by `operation`), oldest first. */
  const messagesTo = async (to: string, operation?: string): Promise<OutboxMessage[]> =>
    (await readOutbox(server.endpoint)).filter((m) => m.to === to && (!operation || m.operation === operation));

  /** The newest code sent to `to`; fails the test if there is none. */
  const code = async (to: string, operation?: string): Promise<string> => {
    const found = (await messagesTo(to, operation)).at(-1)?.code;
    if (!found) throw new Error(`no code sent to ${to}${operation ? ` by ${operation}` : ''}`);
    return found;
  };

  const signUp = async (username: string, email = `${username}@example.com`) => {
    await server.client.send(
      new SignUpCommand({
        ClientId: server.clientId,
        Username: username,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    return { username, email };
  };

  const token = async (username: string) => (await signIn(server.endpoint, server.clientId, username, password)).AccessToken;

  /** A fresh confirmed user with a verified email, signed in. */
  const confirmedUser = async (prefix: string) => {
    const { username, email } = await signUp(uniqueName(prefix));
    await server.client.send(
      new ConfirmSignUpCommand({ ClientId: server.clientId, Username: username, ConfirmationCode: await code(email) }),
    );
    return { username, email, accessToken: await token(username) };
  };

  /** GetUser through the SDK, as attributes by name. */
  const getUser = async (accessToken: string): Promise<Record<string, string>> => {
    const output = await server.client.send(new GetUserCommand({ AccessToken: accessToken }));
    return Object.fromEntries((output.UserAttributes ?? []).map((a) => [a.Name ?? '', a.Value ?? '']));
  };

  /** `POST /__dev/faults`: the next `times` calls of `operation` fail with `exception`. */
  const inject = async (operation: string, exception: string, extra: { message?: string; times?: number } = {}) => {
    const response = await fetch(`${server.endpoint}/__dev/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation, exception, ...extra }),
    });
    expect(response.status).toBe(200);
  };

  /** The faults still queued (an injected fault the hook did not reach stays here). */
  const queuedFaults = async (): Promise<unknown[]> => (await fetch(`${server.endpoint}/__dev/faults`)).json();

  return { server, messagesTo, code, signUp, token, confirmedUser, getUser, inject, queuedFaults };
}

export interface KitOptions {
  transport?: Transport;
  /** @default the user's token, the same one when forced */
  getAccessToken?: (options: { forceRefresh: boolean }) => Promise<string>;
  store?: PendingStore;
  /** @default { baseSeconds: 0 }: no wait between codes, so tests can resend at once */
  cooldown?: CooldownOptions;
}

/**
 * A `CognitoVerifyProvider` wrapper over the server: `transport: 'sdk'` passes the kit's SDK
 * gateway, `'fetch'` passes `endpoint` (the provider builds the fetch gateway). Pending values
 * go to a memory store of the test's own.
 */
export function kit(server: Server, options: KitOptions = {}) {
  const { transport = 'sdk', cooldown = { baseSeconds: 0 } } = options;
  const store = options.store ?? createMemoryStore();
  const onSessionExpired = vi.fn<() => void>();
  const getAccessToken: Mock<(o: { forceRefresh: boolean }) => Promise<string>> = vi.fn(
    options.getAccessToken ?? (() => Promise.reject(new Error('this test has no access token'))),
  );
  const connection = transport === 'sdk' ? { gateway: server.sdkGateway } : { endpoint: server.endpoint };
  function wrapper({ children }: { children: ReactNode }) {
    return (
      <CognitoVerifyProvider
        {...connection}
        clientId={server.clientId}
        getAccessToken={getAccessToken}
        onSessionExpired={onSessionExpired}
        pendingStore={store}
        cooldown={cooldown}
      >
        {children}
      </CognitoVerifyProvider>
    );
  }
  return { wrapper, store, onSessionExpired, getAccessToken };
}

/** A token source that always gives `accessToken`. */
export const tokenSource = (accessToken: string) => async () => accessToken;

/** The user's `sub`, the pending store's key. */
export function subOf(accessToken: string): string {
  return String(claimsOf(accessToken).sub);
}

export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The token with one character of its signature changed: well-formed, but no longer valid. */
export function tampered(token: string): string {
  const [header, payload, signature = ''] = token.split('.');
  // Not the last character: its low bits may be padding that decoding ignores.
  const i = 10;
  const flipped = signature[i] === 'A' ? 'B' : 'A';
  return `${header}.${payload}.${signature.slice(0, i)}${flipped}${signature.slice(i + 1)}`;
}

const require = createRequire(import.meta.url);
const privateKey = (require('cognito-local/lib/keys/cognitoLocal.private.json') as { pem: string }).pem;

/** The same token re-signed with cognito-local's own key but expired a minute ago. */
export function expired(token: string): string {
  const claims = { ...claimsOf(token), exp: Math.floor(Date.now() / 1000) - 60 };
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${encode(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
