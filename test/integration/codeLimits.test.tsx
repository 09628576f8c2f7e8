// @vitest-environment jsdom
// The hooks need a DOM (renderHook); the local Cognito still runs in this process.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { useVerifyAttribute } from '../../src/hooks/useVerifyAttribute.ts';
import { kit, sleep, tokenSource, transports, uniqueName, setupLocalCognito } from './support.tsx';

// Codes last under a second and take two wrong tries, so both limits are reached quickly.
const codeLifetimeMs = 800;
const { server, code, signUp, confirmedUser } = setupLocalCognito({ codeLifetimeMs, maxCodeAttempts: 2 });

describe.each(transports)('code lifetime and attempt limits through the hooks (%s gateway)', (transport) => {
  it('ConfirmSignUp: an expired code is ExpiredCode (recovery resend); a resent code confirms', async () => {
    const { username, email } = await signUp(uniqueName('late'));
    const stale = await code(email);
    const env = kit(server, { transport });
    const { result } = renderHook(() => useConfirmSignUp({ username }), { wrapper: env.wrapper });
    await sleep(codeLifetimeMs + 50);

    act(() => result.current.setCode(stale));
    await act(() => result.current.submit());
    expect(result.current.error).toMatchObject({ name: 'ExpiredCodeException', kind: 'service', recovery: 'resend', field: 'code' });
    expect(result.current).toMatchObject({ status: 'entering', code: stale, canResend: true });

    await act(() => result.current.resend());
    const fresh = await code(email, 'ResendConfirmationCode');
    await act(() => result.current.submit({ code: fresh }));
    expect(result.current.status).toBe('confirmed');
  });

  it('VerifyUserAttribute: an expired code is ExpiredCode (recovery resend)', async () => {
    const user = await confirmedUser('lateverify');
    const env = kit(server, { transport, getAccessToken: tokenSource(user.accessToken) });
    const { result } = renderHook(() => useVerifyAttribute({ attributeName: 'email' }), { wrapper: env.wrapper });
    await act(() => result.current.resend());
    const stale = await code(user.email, 'GetUserAttributeVerificationCode');
    await sleep(codeLifetimeMs + 50);

    await act(() => result.current.submit({ code: stale }));
    expect(result.current.error).toMatchObject({ name: 'ExpiredCodeException', kind: 'service', recovery: 'resend' });
    expect(result.current).toMatchObject({ status: 'codeSent', canResend: true });
  });

  it('ConfirmSignUp: after the attempt limit even the right code is TooManyFailedAttempts; the hook makes the person wait', async () => {
    const { username, email } = await signUp(uniqueName('guesser'));
    // A real cooldown, so "too many" has a wait to lengthen; no code was sent on this screen.
    const env = kit(server, { transport, cooldown: { baseSeconds: 30 } });
    const { result } = renderHook(() => useConfirmSignUp({ username, codeJustSent: false }), { wrapper: env.wrapper });

    for (const guess of ['000000', '000001']) {
      await act(() => result.current.submit({ code: guess }));
      expect(result.current.error?.name).toBe('CodeMismatchException');
    }
    const right = await code(email);
    const before = Date.now();
    await act(() => result.current.submit({ code: right }));
    expect(result.current.error).toMatchObject({ name: 'TooManyFailedAttemptsException', kind: 'service', recovery: 'wait' });
    expect(result.current).toMatchObject({ status: 'entering', isWaiting: true, canSubmit: false });
    // A limit on checking codes never blocks asking for a new one.
    expect(result.current.canResend).toBe(result.current.secondsLeft === 0);
    expect(result.current.retryAt).toBeGreaterThan(before);
  });

  it('VerifyUserAttribute: after the attempt limit even the right code is LimitExceeded; the hook makes the person wait', async () => {
    const user = await confirmedUser('attrguesser');
    const env = kit(server, { transport, cooldown: { baseSeconds: 30 }, getAccessToken: tokenSource(user.accessToken) });
    const { result } = renderHook(() => useVerifyAttribute({ attributeName: 'email' }), { wrapper: env.wrapper });
    await act(() => result.current.resend());
    const right = await code(user.email, 'GetUserAttributeVerificationCode');

    for (const guess of ['000000', '000001']) {
      await act(() => result.current.submit({ code: guess }));
      expect(result.current.error?.name).toBe('CodeMismatchException');
    }
    const before = Date.now();
    await act(() => result.current.submit({ code: right }));
    expect(result.current.error).toMatchObject({ name: 'LimitExceededException', kind: 'service', recovery: 'wait' });
    expect(result.current.error?.serverMessage).toBe('Attempt limit exceeded, please try after some time.');
    expect(result.current).toMatchObject({ status: 'codeSent', isWaiting: true, canSubmit: false, canResend: false });
    expect(result.current.retryAt).toBeGreaterThan(before);
  });
});
