import type { ReactNode } from 'react';
import { vi, type Mock } from 'vitest';
import type { CognitoGateway, GetUserResult } from '../../src/cognito/gateway.ts';
import { createMemoryStore, type PendingEntry, type PendingStore } from '../../src/cognito/pendingStore.ts';
import type { CooldownOptions } from '../../src/machines/cooldown.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// The exception and network-failure shapes are the testing entry's, so tests and apps script the same errors.
export { serviceException as cognitoException, networkError as offline } from '../../src/testing.ts';

type Method = keyof CognitoGateway;
type Result<M extends Method> = Awaited<ReturnType<CognitoGateway[M]>>;
type Reply<M extends Method> = { ok: true; value: Result<M> } | { ok: false; error: unknown };

type FakeMethods = { [M in Method]: Mock<CognitoGateway[M]> };

/**
 * A gateway whose every call returns a deferred promise the test settles (`fake.latest(m)`),
 * unless a reply was scripted beforehand (`replyOnce`, `rejectOnce`, `replyAlways`). Inputs and
 * signals are on each `vi.fn()`'s `mock.calls`.
 */
export function createFakeGateway() {
  const pending = {} as { [M in Method]: Deferred<Result<M>>[] };
  const scripts = {} as { [M in Method]: Reply<M>[] };
  const always = {} as { [M in Method]?: Reply<M> };

  function method<M extends Method>(name: M): Mock<CognitoGateway[M]> {
    pending[name] = [];
    scripts[name] = [];
    const fn = (() => {
      const d = deferred<Result<M>>();
      pending[name].push(d);
      const reply = scripts[name].shift() ?? always[name];
      if (reply) {
        if (reply.ok) d.resolve(reply.value);
        else d.reject(reply.error);
      }
      return d.promise;
    }) as unknown as CognitoGateway[M];
    return vi.fn(fn);
  }

  const gateway: FakeMethods = {
    confirmSignUp: method('confirmSignUp'),
    resendConfirmationCode: method('resendConfirmationCode'),
    updateUserAttributes: method('updateUserAttributes'),
    getUserAttributeVerificationCode: method('getUserAttributeVerificationCode'),
    verifyUserAttribute: method('verifyUserAttribute'),
    getUser: method('getUser'),
    forgotPassword: method('forgotPassword'),
    confirmForgotPassword: method('confirmForgotPassword'),
  };

  return {
    gateway,
    /** The deferred reply of the latest call of `name`. */
    latest<M extends Method>(name: M): Deferred<Result<M>> {
      const d = pending[name].at(-1);
      if (!d) throw new Error(`${name} was not called`);
      return d;
    },
    /** The signal passed with call `index` (default: the latest) of `name`. */
    signal(name: Method, index = -1): AbortSignal {
      const call = gateway[name].mock.calls.at(index);
      const signal = call?.[1];
      if (!signal) throw new Error(`${name} call ${index} had no signal`);
      return signal;
    },
    replyOnce<M extends Method>(name: M, value: Result<M>) {
      scripts[name].push({ ok: true, value });
    },
    rejectOnce(name: Method, error: unknown) {
      scripts[name].push({ ok: false, error });
    },
    replyAlways<M extends Method>(name: M, value: Result<M>) {
      always[name] = { ok: true, value } as Reply<Method> as never;
    },
  };
}

export type FakeGateway = ReturnType<typeof createFakeGateway>;

export const SUB = 'sub-0001';

/** A GetUser reply for the test user. */
export function user(attributes: Record<string, string>): GetUserResult {
  return { username: 'ada', attributes: { sub: SUB, ...attributes } };
}

/** A memory store that also remembers every write, to check exactly what was written. */
export function recordingStore(): PendingStore & { writes: PendingEntry[][]; dump: () => string } {
  const inner = createMemoryStore();
  const writes: PendingEntry[][] = [];
  return {
    read: (sub) => inner.read(sub),
    write(sub, entries) {
      writes.push(structuredClone(entries));
      inner.write(sub, entries);
    },
    writes,
    dump: () => JSON.stringify({ writes, now: inner.read(SUB) }),
  };
}

export interface SetupOptions {
  clientId?: string;
  allowForceAliasCreation?: boolean;
  /** @default { baseSeconds: 0 } so most tests have no cooldown and no timers */
  cooldown?: CooldownOptions;
  store?: PendingStore;
  /** Replace the default token source (`token-1`, then `token-2` when forced). */
  getAccessToken?: Mock<(options: { forceRefresh: boolean }) => Promise<string>> | null;
  now?: () => number;
}

/** A fake gateway, a token source, a session-expiry spy, a store, and a provider wrapper over them. */
export function setup(options: SetupOptions = {}) {
  const fake = createFakeGateway();
  const getAccessToken =
    options.getAccessToken ??
    vi.fn(async ({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? 'token-2' : 'token-1'));
  // `getAccessToken: null` leaves the provider without one.
  const providedToken = options.getAccessToken === null ? undefined : getAccessToken;
  const onSessionExpired = vi.fn<() => void>();
  const store = options.store ?? recordingStore();
  const clientId = 'clientId' in options ? options.clientId : 'client1';
  const cooldown = options.cooldown ?? { baseSeconds: 0 };
  function wrapper({ children }: { children: ReactNode }) {
    return (
      <CognitoVerifyProvider
        gateway={fake.gateway}
        clientId={clientId}
        getAccessToken={providedToken}
        onSessionExpired={onSessionExpired}
        pendingStore={store}
        cooldown={cooldown}
        allowForceAliasCreation={options.allowForceAliasCreation}
        now={options.now}
      >
        {children}
      </CognitoVerifyProvider>
    );
  }
  return { fake, gateway: fake.gateway, getAccessToken, onSessionExpired, store, wrapper };
}

const reactWarning = /act\(|unmounted|state update|not wrapped/i;

/** Spies on console.error; `reactWarnings()` lists any call that is a React act/unmount warning. */
export function spyOnConsoleError() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  return {
    spy,
    reactWarnings: () => spy.mock.calls.filter((args) => args.some((a) => reactWarning.test(String(a)))),
  };
}

/** Every console method, silenced and recorded, to check what the kit prints. */
export function spyOnConsole() {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const spies = methods.map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
  return {
    output: () => spies.flatMap((s) => s.mock.calls.map((args) => args.map((a) => (a instanceof Error ? `${a.message} ${a.stack ?? ''}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '))).join('\n'),
  };
}
