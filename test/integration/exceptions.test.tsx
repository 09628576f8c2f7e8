// @vitest-environment jsdom
// The hooks need a DOM (renderHook); the local Cognito still runs in this process.
//
// Every documented exception of every operation, injected with `POST /__dev/faults` and
// answered over real HTTP, reaches the person through the hook verb that calls that operation.
import { act, renderHook, waitFor, type RenderHookResult } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentedExceptions, type CognitoError } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { useVerifyAttribute } from '../../src/hooks/useVerifyAttribute.ts';
import { useResetPassword, type UseResetPasswordOptions } from '../../src/hooks/useResetPassword.ts';
import { messageFor } from '../../src/messages/index.ts';
import { kit, tokenSource, transports, setupLocalCognito, type Transport } from './support.tsx';

const { server, confirmedUser, inject, queuedFaults, getUser } = setupLocalCognito();

/** One signed-in user for every token operation: each injected fault stops the request before it changes anything. */
let user: Awaited<ReturnType<typeof confirmedUser>>;
beforeAll(async () => {
  user = await confirmedUser('faulted');
});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // Configuration faults print one developer line; keep the run quiet and check it below.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

type Env = ReturnType<typeof kit>;
/** Mounts the hook, calls `arm` (queues the fault) at the last moment, runs the verb; returns the hook's error. */
type Drive = (env: Env, arm: () => Promise<void>) => Promise<CognitoError | null>;

const lastError = (hook: RenderHookResult<{ error: CognitoError | null }, unknown>) => hook.result.current.error;

const renderConfirm = (env: Env) =>
  renderHook(() => useConfirmSignUp({ username: 'fault.target' }), { wrapper: env.wrapper });
const renderUpdate = (env: Env) => renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
const renderReset = (env: Env, options: UseResetPasswordOptions = {}) =>
  renderHook(() => useResetPassword({ username: 'fault.target', ...options }), { wrapper: env.wrapper });
const renderVerify = (env: Env) => renderHook(() => useVerifyAttribute({ attributeName: 'email' }), { wrapper: env.wrapper });

const drivers: Record<Operation, Drive> = {
  async ConfirmSignUp(env, arm) {
    const hook = renderConfirm(env);
    await arm();
    await act(() => hook.result.current.submit({ code: '123456' }));
    expect(hook.result.current.status).toBe('entering');
    return lastError(hook);
  },
  async ResendConfirmationCode(env, arm) {
    const hook = renderConfirm(env);
    await arm();
    await act(() => hook.result.current.resend());
    expect(hook.result.current.status).toBe('entering');
    return lastError(hook);
  },
  async UpdateUserAttributes(env, arm) {
    const hook = renderUpdate(env);
    await waitFor(() => expect(hook.result.current.status).toBe('editing'), { interval: 5 });
    expect(hook.result.current.error).toBeNull();
    await arm();
    await act(() => hook.result.current.save('someone.else@example.com'));
    expect(hook.result.current.status).toBe('editing');
    return lastError(hook);
  },
  async GetUserAttributeVerificationCode(env, arm) {
    const hook = renderVerify(env);
    await arm();
    await act(() => hook.result.current.resend());
    expect(hook.result.current.status).toBe('idle');
    return lastError(hook);
  },
  async VerifyUserAttribute(env, arm) {
    const hook = renderVerify(env);
    await arm();
    await act(() => hook.result.current.submit({ code: '123456' }));
    expect(hook.result.current.status).toBe('idle');
    return lastError(hook);
  },
  async ForgotPassword(env, arm) {
    const hook = renderReset(env);
    await arm();
    await act(() => hook.result.current.resend());
    expect(hook.result.current.status).toBe('idle');
    return lastError(hook);
  },
  async ConfirmForgotPassword(env, arm) {
    const hook = renderReset(env, { delivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'f***@e***' } });
    await arm();
    await act(() => hook.result.current.submit({ code: '123456', password: 'Another pass 1!' }));
    expect(hook.result.current.status).toBe('codeSent');
    return lastError(hook);
  },
  /** The load on mount. */
  async GetUser(env, arm) {
    await arm();
    const hook = renderUpdate(env);
    await waitFor(() => expect(hook.result.current.status).not.toBe('loading'), { interval: 5 });
    return lastError(hook);
  },
};

const tokenOperations: ReadonlySet<Operation> = new Set(['UpdateUserAttributes', 'GetUserAttributeVerificationCode', 'VerifyUserAttribute', 'GetUser']);

const cases = (Object.keys(documentedExceptions) as Operation[]).flatMap((operation) =>
  documentedExceptions[operation].map((exception) => ({ operation, exception })),
);

describe.each(transports)('documented exceptions through the hooks (%s gateway)', (transport: Transport) => {
  it('covers all eight operations, 122 pairs', () => {
    expect(new Set(cases.map((c) => c.operation)).size).toBe(8);
    expect(cases).toHaveLength(122);
  });

  it.each(cases)('$operation → $exception', async ({ operation, exception }) => {
    const raw = `raw ${exception} text from ${operation} (not for people)`;
    // A refused token makes the kit ask for a fresh one and retry once, so the fault must answer twice.
    const sessionEnds = exception === 'NotAuthorizedException' && tokenOperations.has(operation);
    const env = kit(server, { transport, getAccessToken: tokenSource(user.accessToken) });

    const error = await drivers[operation](env, () => inject(operation, exception, { message: raw, times: sessionEnds ? 2 : 1 }));

    expect(error).not.toBeNull();
    expect(error).toMatchObject({ name: exception, kind: 'service', operation, serverMessage: raw });
    expect(error?.documented).toBe(true);
    const { text } = messageFor(error!);
    expect(text).not.toBe(raw);
    expect(text).not.toContain(raw);
    expect(text.trim()).not.toBe('');
    // Every queued answer was used: no hidden retry, no missing one.
    expect(await queuedFaults()).toEqual([]);

    if (sessionEnds) {
      expect(env.getAccessToken.mock.calls.slice(-2).map(([o]) => o.forceRefresh)).toEqual([false, true]);
      expect(env.onSessionExpired).toHaveBeenCalledOnce();
      expect(error?.recovery).toBe('signIn');
    } else {
      expect(env.onSessionExpired).not.toHaveBeenCalled();
    }
    if (error?.recovery === 'config') {
      expect(consoleError).toHaveBeenCalledOnce();
      const line = String(consoleError.mock.calls[0]?.[0]);
      expect(line).toContain(exception);
      expect(line).not.toContain(user.accessToken);
    }
  });

  it('left the shared user untouched', async () => {
    expect(await getUser(user.accessToken)).toMatchObject({ email: user.email, email_verified: 'true' });
  });
});
