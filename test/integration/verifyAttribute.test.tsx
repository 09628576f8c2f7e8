// @vitest-environment jsdom
// The hooks need a DOM (renderHook); the local Cognito still runs in this process.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { useVerifyAttribute } from '../../src/hooks/useVerifyAttribute.ts';
import { presetNames } from '../../scripts/localCognito.ts';
import {
  expired,
  kit,
  tampered,
  tokenSource,
  transports,
  transportsFor,
  setupLocalCognito,
  type Server,
  type Transport,
} from './support.tsx';

function mountVerify(
  server: Server,
  transport: Transport,
  attributeName: string,
  getAccessToken: (o: { forceRefresh: boolean }) => Promise<string>,
) {
  const env = kit(server, { transport, getAccessToken });
  const onVerified = vi.fn();
  const hook = renderHook(() => useVerifyAttribute({ attributeName, onVerified }), { wrapper: env.wrapper });
  return { ...env, ...hook, onVerified };
}

describe.each(presetNames)('pool %s', (preset) => {
  const { server, messagesTo, token, demoUsername, confirmedUser, getUser } = setupLocalCognito({ pool: preset });

  describe.each(transportsFor(preset))('useVerifyAttribute against the local Cognito (%s gateway)', (transport) => {
    it('sends a code to the email, refuses a wrong one, verifies the right one', async () => {
      const user = await confirmedUser('verifier');
      // Where sign-up went by SMS, confirmedUser already verified the email with a code of its own.
      const earlier = (await messagesTo(user.email, 'GetUserAttributeVerificationCode')).length;
      const { result, onVerified } = mountVerify(server, transport, 'email', tokenSource(user.accessToken));

      await act(() => result.current.resend());
      expect(result.current.error).toBeNull();
      expect(result.current).toMatchObject({
        status: 'codeSent',
        isCodeSent: true,
        delivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: `${user.email[0]}***@e***` },
      });
      const sent = (await messagesTo(user.email, 'GetUserAttributeVerificationCode')).slice(earlier);
      expect(sent).toHaveLength(1);

      act(() => result.current.setCode('000000'));
      await act(() => result.current.submit());
      expect(result.current.error).toMatchObject({ name: 'CodeMismatchException', kind: 'service', recovery: 'retype' });
      expect(result.current).toMatchObject({ status: 'codeSent', code: '000000', canSubmit: true });

      await act(() => result.current.submit({ code: sent[0]!.code }));
      expect(result.current.status).toBe('verified');
      expect(onVerified).toHaveBeenCalledOnce();
      expect(await getUser(user.accessToken)).toMatchObject({ email: user.email, email_verified: 'true' });
    });

    it('resends: the new code verifies, the replaced one is refused', async () => {
      const user = await confirmedUser('reverifier');
      const earlier = (await messagesTo(user.email, 'GetUserAttributeVerificationCode')).length;
      const { result } = mountVerify(server, transport, 'email', tokenSource(user.accessToken));
      await act(() => result.current.resend());
      await act(() => result.current.resend());
      expect(result.current.error).toBeNull();
      const sent = (await messagesTo(user.email, 'GetUserAttributeVerificationCode')).slice(earlier);
      expect(sent).toHaveLength(2);
      const [first, second] = sent.map((m) => m.code);
      if (first !== second) {
        await act(() => result.current.submit({ code: first }));
        expect(result.current.error?.name).toBe('CodeMismatchException');
      }
      await act(() => result.current.submit({ code: second }));
      expect(result.current.status).toBe('verified');
    });
  });

  it('verifies a phone number by SMS (phone.user), destination masked as Cognito does', async () => {
    const phoneUser = demoUsername('phone.user');
    const { result } = mountVerify(server, 'sdk', 'phone_number', tokenSource(await token(phoneUser)));
    await act(() => result.current.resend());
    expect(result.current.delivery).toEqual({ attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******0123' });
    const [sent] = await messagesTo('+15555550123', 'GetUserAttributeVerificationCode');
    expect(sent).toMatchObject({ medium: 'SMS' });
    await act(() => result.current.submit({ code: sent!.code }));
    expect(result.current.status).toBe('verified');
    expect(await getUser(await token(phoneUser))).toMatchObject({ phone_number_verified: 'true' });
  });
});

// Token refusal is the same whatever the pool: the default pool only.
describe('pool alias', () => {
  const { server, messagesTo, token, confirmedUser, getUser } = setupLocalCognito();

  const badTokens = [
    ['a tampered token (one signature character changed)', tampered],
    ['an expired token (validly signed)', expired],
  ] as const;

  describe.each(transports)('access tokens Cognito refuses (%s gateway)', (transport) => {
    describe.each(badTokens)('%s', (_label, spoil) => {
      it('asks once for a fresh token and retries: the code is sent, the session goes on', async () => {
        const user = await confirmedUser('refresher');
        const getAccessToken = async ({ forceRefresh }: { forceRefresh: boolean }) =>
          forceRefresh ? token(user.username) : spoil(user.accessToken);
        const { result, onSessionExpired, getAccessToken: spy } = mountVerify(server, transport, 'email', getAccessToken);

        await act(() => result.current.resend());
        expect(result.current.error).toBeNull();
        expect(result.current.status).toBe('codeSent');
        expect(spy.mock.calls.map(([o]) => o.forceRefresh)).toEqual([false, true]);
        expect(onSessionExpired).not.toHaveBeenCalled();
        expect(await messagesTo(user.email, 'GetUserAttributeVerificationCode')).toHaveLength(1);
      });

      it('reloads GetUser with a fresh token in useUpdateAttributes', async () => {
        const user = await confirmedUser('reloader');
        const env = kit(server, {
          transport,
          getAccessToken: async ({ forceRefresh }) => (forceRefresh ? token(user.username) : spoil(user.accessToken)),
        });
        const { result } = renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
        await waitFor(() => expect(result.current.status).not.toBe('loading'));
        expect(result.current).toMatchObject({ status: 'editing', currentValue: user.email, error: null });
        expect(env.getAccessToken).toHaveBeenCalledTimes(2);
        expect(env.onSessionExpired).not.toHaveBeenCalled();
      });

      it('when the fresh token is refused too: onSessionExpired once, error NotAuthorized with recovery signIn', async () => {
        const user = await confirmedUser('expiring');
        const getAccessToken = async () => spoil(user.accessToken);
        const { result, onSessionExpired, getAccessToken: spy } = mountVerify(server, transport, 'email', getAccessToken);

        await act(() => result.current.submit({ code: '123456' }));
        expect(result.current.error).toMatchObject({ name: 'NotAuthorizedException', kind: 'service', recovery: 'signIn' });
        expect(result.current.error?.serverMessage).toBe(spoil === expired ? 'Access Token has expired' : 'Invalid Access Token');
        expect(spy).toHaveBeenCalledTimes(2);
        expect(onSessionExpired).toHaveBeenCalledOnce();
        // The email is untouched.
        expect(await getUser(user.accessToken)).toMatchObject({ email: user.email, email_verified: 'true' });
      });
    });
  });
});
