/**
 * Shared helpers for the hook integration tests: each test file starts a local Cognito per
 * pool preset it runs on (in-process, each on its own free port), drives the kit's hooks against it through the real SDK client
 * or the fetch gateway, and reads codes from the server's outbox.
 */
import { sign } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect, vi, type Mock } from 'vitest';
import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  SignUpCommand,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoGateway } from '../../src/cognito/gateway.ts';
import { createMemoryStore, type PendingStore } from '../../src/cognito/pendingStore.ts';
import { createSdkGateway } from '../../src/cognito/sdkGateway.ts';
import type { CooldownOptions } from '../../src/machines/cooldown.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import {
  readOutbox,
  secretHash,
  signIn,
  startLocalCognito,
  type LocalCognito,
  type LocalCognitoOptions,
  type OutboxMessage,
  type PresetName,
} from '../../scripts/localCognito.ts';

export const password = 'Passw0rd!';

/** The two ways the kit reaches Cognito: the AWS SDK client, and plain `fetch`. */
export type Transport = 'sdk' | 'fetch';
export const transports: Transport[] = ['sdk', 'fetch'];

/**
 * The transports a preset's hook suites run over: both on the default pool; the SDK alone on
 * the others, where the pool (not the transport) is what changes.
 */
export const transportsFor = (preset: PresetName): Transport[] => (preset === 'alias' ? transports : ['sdk']);

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

/** A name no other test in the run uses (no "@": where email is an alias, user names may not look like one). */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}`;
}

/** A phone number no other test in the run uses. */
function uniquePhone(): string {
  counter += 1;
  return `+1555${String(counter % 10_000_000).padStart(7, '0')}`;
}

/** A signed-up account: the name to type, its email and phone, and where its sign-up code went. */
export interface Account {
  username: string;
  email: string;
  phoneNumber?: string;
  /** The destination of the sign-up code: the phone where the pool sends codes by SMS, else the email. */
  contact: string;
}

/** The `CodeDeliveryDetails` the kit should show for a code sent to `contact`. */
export function deliveryTo(contact: string) {
  return contact.startsWith('+')
    ? { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: `+${'*'.repeat(contact.length - 5)}${contact.slice(-4)}` }
    : { attributeName: 'email', deliveryMedium: 'EMAIL', destination: `${contact[0]}***@${contact[contact.indexOf('@') + 1]}***` };
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

  const config = () => server.cognito.config;
  /** The SecretHash an app's server would compute, where the app client has a secret. */
  const hashFor = (username: string) => {
    const { clientSecret } = config();
    return clientSecret ? secretHash(username, server.clientId, clientSecret) : undefined;
  };

  /** Every message sent to `to` (optionally by `operation`), oldest first. */
  const messagesTo = async (to: string, operation?: string): Promise<OutboxMessage[]> =>
    (await readOutbox(server.endpoint)).filter((m) => m.to === to && (!operation || m.operation === operation));

  /** The newest code sent to `to`; fails the test if there is none. */
  const code = async (to: string, operation?: string): Promise<string> => {
    const found = (await messagesTo(to, operation)).at(-1)?.code;
    if (!found) throw new Error(`no code sent to ${to}${operation ? ` by ${operation}` : ''}`);
    return found;
  };

  /**
   * Signs up `name` as the pool wants it: the email as the user name where email is the user
   * name; with a phone number where the pool sends codes by SMS.
   */
  const signUp = async (name: string): Promise<Account> => {
    const email = `${name}@example.com`;
    const username = config().usernameAttributes.includes('email') ? email : name;
    const phoneNumber = config().autoVerifiedAttributes.includes('phone_number') ? uniquePhone() : undefined;
    await server.client.send(
      new SignUpCommand({
        ClientId: server.clientId,
        Username: username,
        Password: password,
        SecretHash: hashFor(username),
        UserAttributes: [{ Name: 'email', Value: email }, ...(phoneNumber ? [{ Name: 'phone_number', Value: phoneNumber }] : [])],
      }),
    );
    return { username, email, ...(phoneNumber ? { phoneNumber } : {}), contact: phoneNumber ?? email };
  };

  /** ConfirmSignUp outside the hooks (with the SecretHash the pool may need). */
  const confirm = (username: string, confirmationCode: string) =>
    server.client.send(
      new ConfirmSignUpCommand({ ClientId: server.clientId, Username: username, ConfirmationCode: confirmationCode, SecretHash: hashFor(username) }),
    );

  const token = async (username: string) =>
    (await signIn(server.endpoint, server.clientId, username, password, config().clientSecret)).AccessToken;

  /** A demo user's sign-in name in this pool (`verified.user`, or `verified.user@example.com`). */
  const demoUsername = (name: string): string => {
    const user = config().users.find((u) => u.username === name || u.username === `${name}@example.com`);
    if (!user) throw new Error(`no demo user ${name}`);
    return user.username;
  };

  /** A fresh confirmed user with a verified email (verified with a code where sign-up verified the phone), signed in. */
  const confirmedUser = async (prefix: string) => {
    const account = await signUp(uniqueName(prefix));
    await confirm(account.username, await code(account.contact));
    const accessToken = await token(account.username);
    if (account.contact !== account.email) {
      await server.client.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: 'email' }));
      await server.client.send(
        new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'email', Code: await code(account.email, 'GetUserAttributeVerificationCode') }),
      );
    }
    return { ...account, accessToken };
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

  return { server, messagesTo, code, signUp, confirm, token, demoUsername, confirmedUser, getUser, inject, queuedFaults, hashFor };
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
  // As an app's server would compute it (the local server's secret is known to the test).
  const { clientSecret } = server.cognito.config;
  const secretHashProp = clientSecret ? { secretHash: (username: string) => secretHash(username, server.clientId, clientSecret) } : {};
  function wrapper({ children }: { children: ReactNode }) {
    return (
      <CognitoVerifyProvider
        {...connection}
        clientId={server.clientId}
        getAccessToken={getAccessToken}
        onSessionExpired={onSessionExpired}
        pendingStore={store}
        cooldown={cooldown}
        {...secretHashProp}
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
