// @vitest-environment jsdom
// The hooks need a DOM (renderHook); the local Cognito still runs in this process, and the SDK
// client still uses its Node HTTP handler here (checked: `NodeHttpHandler`).
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { presetNames, presets } from '../../scripts/localCognito.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { deliveryTo, kit, transportsFor, uniqueName, setupLocalCognito, type Transport } from './support.tsx';

// Every pool preset, each its own server: email user names, SMS codes and a client secret all
// change what the hook sends and what it is told.
describe.each(presetNames)('pool %s', (preset) => {
  const { server, code, messagesTo, signUp, confirm, token } = setupLocalCognito({ pool: preset });

  function mount(transport: Transport, username: string) {
    const env = kit(server, { transport });
    const onConfirmed = vi.fn();
    const hook = renderHook(() => useConfirmSignUp({ username, onConfirmed }), { wrapper: env.wrapper });
    return { ...env, ...hook, onConfirmed };
  }

  const canSignIn = (username: string) => token(username);

  it('runs the SDK over its Node HTTP handler even in this jsdom environment', async () => {
    const handler = (await server.client.config.requestHandler) as object;
    expect(handler.constructor.name).toBe('NodeHttpHandler');
  });

  describe.each(transportsFor(preset))('useConfirmSignUp against the local Cognito (%s gateway)', (transport) => {
    it('refuses a wrong code (CodeMismatch, the typed code kept), then confirms with the right one', async () => {
      const { username, contact } = await signUp(uniqueName('confirm'));
      const { result, onConfirmed } = mount(transport, username);

      act(() => result.current.setCode('000000'));
      await act(() => result.current.submit());
      expect(result.current.status).toBe('entering');
      expect(result.current.error).toMatchObject({ name: 'CodeMismatchException', kind: 'service', recovery: 'retype', field: 'code' });
      expect(result.current.code).toBe('000000');
      expect(result.current.canSubmit).toBe(true);
      expect(onConfirmed).not.toHaveBeenCalled();

      const right = await code(contact);
      act(() => result.current.setCode(right));
      await act(() => result.current.submit());
      expect(result.current.status).toBe('confirmed');
      expect(result.current).toMatchObject({ alreadyConfirmed: false, isConfirmed: true, error: null });
      expect(onConfirmed).toHaveBeenCalledExactlyOnceWith({ alreadyConfirmed: false });
      // Confirmed for real: the account can sign in.
      await expect(canSignIn(username)).resolves.toEqual(expect.any(String));
    });

    it('resends: a new code goes out, the replaced code is refused, the new one confirms', async () => {
      const { username, contact } = await signUp(uniqueName('resend'));
      const first = await code(contact, 'SignUp');
      const { result } = mount(transport, username);
      expect(result.current.canResend).toBe(true);

      await act(() => result.current.resend());
      expect(result.current.status).toBe('entering');
      expect(result.current.error).toBeNull();
      expect(result.current.delivery).toEqual(deliveryTo(contact));
      const resent = await messagesTo(contact, 'ResendConfirmationCode');
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
      await expect(canSignIn(username)).resolves.toEqual(expect.any(String));
    });

    it('treats an account confirmed elsewhere as confirmed (NotAuthorized "Current status is CONFIRMED")', async () => {
      const { username, contact } = await signUp(uniqueName('already'));
      await confirm(username, await code(contact));
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

  if (presets[preset].clientSecret) {
    it('needs the provider\'s secretHash: without it Cognito refuses the client (NotAuthorized), and nothing is confirmed', async () => {
      const { username, contact } = await signUp(uniqueName('nohash'));
      const onConfirmed = vi.fn();
      // A provider without secretHash, as an app that forgot it would have.
      const wrapper = ({ children }: { children: ReactNode }) => (
        <CognitoVerifyProvider gateway={server.sdkGateway} clientId={server.clientId} pendingStore="memory" cooldown={{ baseSeconds: 0 }}>
          {children}
        </CognitoVerifyProvider>
      );
      const { result } = renderHook(() => useConfirmSignUp({ username, onConfirmed }), { wrapper });
      const right = await code(contact);
      await act(() => result.current.submit({ code: right }));
      expect(result.current.error).toMatchObject({
        name: 'NotAuthorizedException',
        serverMessage: `Client ${server.clientId} is configured for secret but secret was not received`,
      });
      expect(result.current.status).not.toBe('confirmed');
      expect(onConfirmed).not.toHaveBeenCalled();
    });
  }
});
