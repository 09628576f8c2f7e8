// @vitest-environment jsdom
// The hooks need a DOM (renderHook); the local Cognito still runs in this process, and the SDK
// client still uses its Node HTTP handler here (checked: `NodeHttpHandler`).
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmSignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { signIn } from '../../scripts/localCognito.ts';
import { kit, password, transports, uniqueName, setupLocalCognito, type Transport } from './support.tsx';

const { server, code, messagesTo, signUp } = setupLocalCognito();

function mount(transport: Transport, username: string) {
  const env = kit(server, { transport });
  const onConfirmed = vi.fn();
  const hook = renderHook(() => useConfirmSignUp({ username, onConfirmed }), { wrapper: env.wrapper });
  return { ...env, ...hook, onConfirmed };
}

const canSignIn = (username: string) => signIn(server.endpoint, server.clientId, username, password);

it('runs the SDK over its Node HTTP handler even in this jsdom environment', async () => {
  const handler = (await server.client.config.requestHandler) as object;
  expect(handler.constructor.name).toBe('NodeHttpHandler');
});

describe.each(transports)('useConfirmSignUp against the local Cognito (%s gateway)', (transport) => {
  it('refuses a wrong code (CodeMismatch, the typed code kept), then confirms with the right one', async () => {
    const { username, email } = await signUp(uniqueName('confirm'));
    const { result, onConfirmed } = mount(transport, username);

    act(() => result.current.setCode('000000'));
    await act(() => result.current.submit());
    expect(result.current.status).toBe('entering');
    expect(result.current.error).toMatchObject({ name: 'CodeMismatchException', kind: 'service', recovery: 'retype', field: 'code' });
    expect(result.current.code).toBe('000000');
    expect(result.current.canSubmit).toBe(true);
    expect(onConfirmed).not.toHaveBeenCalled();

    const right = await code(email);
    act(() => result.current.setCode(right));
    await act(() => result.current.submit());
    expect(result.current.status).toBe('confirmed');
    expect(result.current).toMatchObject({ alreadyConfirmed: false, isConfirmed: true, error: null });
    expect(onConfirmed).toHaveBeenCalledExactlyOnceWith({ alreadyConfirmed: false });
    // Confirmed for real: the account can sign in.
    await expect(canSignIn(username)).resolves.toHaveProperty('AccessToken');
  });

  it('resends: a new code goes out, the replaced code is refused, the new one confirms', async () => {
    const { username, email } = await signUp(uniqueName('resend'));
    const first = await code(email, 'SignUp');
    const { result } = mount(transport, username);
    expect(result.current.canResend).toBe(true);

    await act(() => result.current.resend());
    expect(result.current.status).toBe('entering');
    expect(result.current.error).toBeNull();
    expect(result.current.delivery).toEqual({ attributeName: 'email', deliveryMedium: 'EMAIL', destination: `${email[0]}***@e***` });
    const resent = await messagesTo(email, 'ResendConfirmationCode');
    expect(resent).toHaveLength(1);
    const second = resent[0]!.code;

    // The local server keeps one sign-up code per user (CodeBook); a replaced code is simply
    // not the code in force, so it is refused as a mismatch. (DESIGN.md does not say which
    // name real Cognito gives a superseded code; the kit handles both, retype or resend.)
    if (first !== second) {
      act(() => result.current.setCode(first));
      await act(() => result.current.submit());
      expect(result.current.error?.name).toBe('CodeMismatchException');
      expect(result.current.status).toBe('entering');
    }

    await act(() => result.current.submit({ code: second }));
    expect(result.current.status).toBe('confirmed');
    await expect(canSignIn(username)).resolves.toHaveProperty('AccessToken');
  });

  it('treats an account confirmed elsewhere as confirmed (NotAuthorized "Current status is CONFIRMED")', async () => {
    const { username, email } = await signUp(uniqueName('already'));
    await server.client.send(
      new ConfirmSignUpCommand({ ClientId: server.clientId, Username: username, ConfirmationCode: await code(email) }),
    );
    const { result, onConfirmed } = mount(transport, username);

    await act(() => result.current.submit({ code: '123456' }));
    expect(result.current.status).toBe('confirmed');
    expect(result.current.alreadyConfirmed).toBe(true);
    expect(result.current.error).toBeNull();
    expect(onConfirmed).toHaveBeenCalledExactlyOnceWith({ alreadyConfirmed: true });
  });

  it('reports an unknown user as UserNotFound on the user name, without sending anything else', async () => {
    const { result } = mount(transport, uniqueName('nobody'));
    await act(() => result.current.submit({ code: '123456' }));
    expect(result.current.error).toMatchObject({ name: 'UserNotFoundException', kind: 'service', recovery: 'fixInput', field: 'username' });
    expect(result.current.status).toBe('entering');
  });
});
