import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useVerifyAttribute, type UseVerifyAttributeOptions } from '../../src/hooks/useVerifyAttribute.ts';
import { cognitoException, offline, setup, spyOnConsole, spyOnConsoleError, type SetupOptions } from './support.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

const delivery = { attributeName: 'email', deliveryMedium: 'EMAIL' as const, destination: 'a***@e***' };

function mount(options: SetupOptions = {}, hookOptions: Partial<UseVerifyAttributeOptions> = {}) {
  const env = setup(options);
  const onVerified = vi.fn();
  const hook = renderHook(() => useVerifyAttribute({ attributeName: 'email', onVerified, ...hookOptions }), { wrapper: env.wrapper });
  return { ...env, ...hook, onVerified };
}

/** Mounted with a code already sent, so `submit` is possible at once. */
const mountSent = (options: SetupOptions = {}) => mount(options, { delivery });

describe('useVerifyAttribute', () => {
  it('sends a code, then verifies it with the access token', async () => {
    const { result, gateway, fake, onVerified, getAccessToken } = mount();
    expect(result.current.status).toBe('idle');
    expect(result.current.isCodeSent).toBe(false);
    await act(async () => void result.current.resend());
    expect(result.current.isSending).toBe(true);
    expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledWith(
      { accessToken: 'token-1', attributeName: 'email', clientMetadata: undefined },
      expect.any(AbortSignal),
    );
    await act(async () => fake.latest('getUserAttributeVerificationCode').resolve({ codeDeliveryDetails: delivery }));
    expect(result.current.status).toBe('codeSent');
    expect(result.current.delivery).toEqual(delivery);
    act(() => result.current.setCode('123456'));
    fake.replyOnce('verifyUserAttribute', undefined);
    await act(async () => result.current.submit());
    expect(gateway.verifyUserAttribute).toHaveBeenCalledWith(
      { accessToken: 'token-1', attributeName: 'email', code: '123456' },
      expect.any(AbortSignal),
    );
    expect(result.current.status).toBe('verified');
    expect(result.current.isVerified).toBe(true);
    expect(onVerified).toHaveBeenCalledTimes(1);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(getAccessToken).toHaveBeenNthCalledWith(1, expect.objectContaining({ forceRefresh: false }));
    expect(getAccessToken).toHaveBeenNthCalledWith(2, expect.objectContaining({ forceRefresh: false }));
  });

  describe('one request at a time', () => {
    it('a second submit while one is pending sends nothing', async () => {
      const { result, gateway, fake } = mountSent();
      act(() => result.current.setCode('123456'));
      await act(async () => {
        void result.current.submit();
        void result.current.submit();
      });
      await act(async () => void result.current.submit());
      await act(async () => void result.current.resend());
      expect(gateway.verifyUserAttribute).toHaveBeenCalledTimes(1);
      expect(gateway.getUserAttributeVerificationCode).not.toHaveBeenCalled();
      expect(result.current.isVerifying).toBe(true);
      await act(async () => fake.latest('verifyUserAttribute').resolve());
      expect(result.current.status).toBe('verified');
    });

    it('a second resend while one is pending sends nothing', async () => {
      const { result, gateway, fake } = mountSent();
      await act(async () => {
        void result.current.resend();
        void result.current.resend();
      });
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1);
      expect(gateway.verifyUserAttribute).not.toHaveBeenCalled();
      await act(async () => fake.latest('getUserAttributeVerificationCode').resolve({}));
      expect(result.current.status).toBe('codeSent');
    });
  });

  describe('cancellation', () => {
    it('unmount mid-request aborts it without a React warning', async () => {
      const console = spyOnConsoleError();
      const { result, fake, unmount, onVerified } = mountSent();
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      const signal = fake.signal('verifyUserAttribute');
      expect(signal.aborted).toBe(false);
      unmount();
      expect(signal.aborted).toBe(true);
      await act(async () => fake.latest('verifyUserAttribute').resolve());
      expect(onVerified).not.toHaveBeenCalled();
      expect(console.reactWarnings()).toEqual([]);
      expect(console.spy).not.toHaveBeenCalled();
    });

    it('ignores a stale reply after reset', async () => {
      const { result, fake, onVerified } = mount();
      await act(async () => void result.current.resend());
      act(() => result.current.reset());
      expect(fake.signal('getUserAttributeVerificationCode').aborted).toBe(true);
      expect(result.current.status).toBe('idle');
      await act(async () => fake.latest('getUserAttributeVerificationCode').resolve({ codeDeliveryDetails: delivery }));
      expect(result.current.status).toBe('idle');
      expect(result.current.delivery).toBeNull();
      expect(onVerified).not.toHaveBeenCalled();
    });
  });

  describe('access token', () => {
    it('NotAuthorized refreshes the token once and retries; success after the retry works', async () => {
      const { result, gateway, fake, getAccessToken, onSessionExpired, onVerified } = mountSent();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('verifyUserAttribute', cognitoException('NotAuthorizedException', 'Access Token has expired'));
      fake.replyOnce('verifyUserAttribute', undefined);
      await act(async () => result.current.submit());
      expect(getAccessToken).toHaveBeenCalledTimes(2);
      expect(getAccessToken).toHaveBeenNthCalledWith(1, expect.objectContaining({ forceRefresh: false }));
      expect(getAccessToken).toHaveBeenNthCalledWith(2, expect.objectContaining({ forceRefresh: true }));
      expect(gateway.verifyUserAttribute).toHaveBeenCalledTimes(2);
      expect(gateway.verifyUserAttribute.mock.calls[0]![0].accessToken).toBe('token-1');
      expect(gateway.verifyUserAttribute.mock.calls[1]![0]).toEqual({ accessToken: 'token-2', attributeName: 'email', code: '123456' });
      expect(result.current.status).toBe('verified');
      expect(onVerified).toHaveBeenCalledTimes(1);
      expect(onSessionExpired).not.toHaveBeenCalled();
    });

    it('NotAuthorized again ends the session once', async () => {
      const { result, gateway, fake, getAccessToken, onSessionExpired } = mountSent();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('verifyUserAttribute', cognitoException('NotAuthorizedException', 'Invalid Access Token'));
      fake.rejectOnce('verifyUserAttribute', cognitoException('NotAuthorizedException', 'Invalid Access Token'));
      await act(async () => result.current.submit());
      expect(gateway.verifyUserAttribute).toHaveBeenCalledTimes(2);
      expect(getAccessToken).toHaveBeenCalledTimes(2);
      expect(getAccessToken.mock.calls.filter(([o]) => o.forceRefresh)).toHaveLength(1);
      expect(onSessionExpired).toHaveBeenCalledTimes(1);
      expect(result.current.error).toMatchObject({ name: 'NotAuthorizedException', recovery: 'signIn' });
      expect(result.current.code).toBe('123456');
    });

    it('the same on sending a code', async () => {
      const { result, gateway, fake, getAccessToken, onSessionExpired } = mount();
      fake.rejectOnce('getUserAttributeVerificationCode', cognitoException('NotAuthorizedException', 'Access Token has expired'));
      fake.replyOnce('getUserAttributeVerificationCode', { codeDeliveryDetails: delivery });
      await act(async () => result.current.resend());
      expect(getAccessToken).toHaveBeenLastCalledWith(expect.objectContaining({ forceRefresh: true }));
      expect(gateway.getUserAttributeVerificationCode.mock.calls.map(([input]) => input.accessToken)).toEqual(['token-1', 'token-2']);
      expect(result.current.status).toBe('codeSent');
      expect(onSessionExpired).not.toHaveBeenCalled();
    });

    it('getAccessToken throwing is a SessionExpiredError and ends the session', async () => {
      const getAccessToken = vi.fn(async () => {
        throw new Error('refresh token expired');
      });
      const { result, gateway, onSessionExpired } = mountSent({ getAccessToken });
      act(() => result.current.setCode('123456'));
      await act(async () => result.current.submit());
      expect(result.current.error).toMatchObject({ name: 'SessionExpiredError', recovery: 'signIn', operation: 'VerifyUserAttribute' });
      expect(onSessionExpired).toHaveBeenCalledTimes(1);
      expect(getAccessToken).toHaveBeenCalledTimes(1);
      expect(gateway.verifyUserAttribute).not.toHaveBeenCalled();
      expect(result.current.code).toBe('123456');
    });

    it('the refresh throwing is a SessionExpiredError, once', async () => {
      const getAccessToken = vi.fn(async ({ forceRefresh }: { forceRefresh: boolean }) => {
        if (forceRefresh) throw new Error('refresh token revoked');
        return 'token-1';
      });
      const { result, gateway, fake, onSessionExpired } = mountSent({ getAccessToken });
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('verifyUserAttribute', cognitoException('NotAuthorizedException', 'Access Token has been revoked'));
      await act(async () => result.current.submit());
      expect(gateway.verifyUserAttribute).toHaveBeenCalledTimes(1);
      expect(result.current.error).toMatchObject({ name: 'SessionExpiredError', recovery: 'signIn' });
      expect(onSessionExpired).toHaveBeenCalledTimes(1);
    });

    it('a missing getAccessToken is a validation error and nothing is sent', async () => {
      const { result, gateway, onSessionExpired } = mountSent({ getAccessToken: null });
      act(() => result.current.setCode('123456'));
      await act(async () => result.current.submit());
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'accessToken', reason: 'required' });
      await act(async () => result.current.resend());
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'accessToken', reason: 'required', operation: 'GetUserAttributeVerificationCode' });
      expect(gateway.verifyUserAttribute).not.toHaveBeenCalled();
      expect(gateway.getUserAttributeVerificationCode).not.toHaveBeenCalled();
      expect(onSessionExpired).not.toHaveBeenCalled();
    });
  });

  describe('the typed code survives failures and is never leaked', () => {
    it.each([
      ['CodeMismatch', () => cognitoException('CodeMismatchException', 'Invalid verification code provided, please try again.'), 'CodeMismatchException'],
      ['ExpiredCode', () => cognitoException('ExpiredCodeException', 'Invalid code provided, please request a code again.'), 'ExpiredCodeException'],
      ['network TypeError', offline, 'NetworkError'],
      ['LimitExceeded', () => cognitoException('LimitExceededException', 'Attempt limit exceeded, please try after some time.'), 'LimitExceededException'],
    ])('%s keeps the code', async (_label, failure, name) => {
      const out = spyOnConsole();
      const { result, fake } = mountSent();
      act(() => result.current.setCode('735-291'));
      fake.rejectOnce('verifyUserAttribute', failure());
      await act(async () => result.current.submit());
      expect(result.current.status).toBe('codeSent');
      expect(result.current.error?.name).toBe(name);
      expect(result.current.code).toBe('735-291');
      const error = result.current.error!;
      for (const text of [error.message, error.serverMessage ?? '', String(error)]) expect(text).not.toMatch(/735-?291/);
      expect(out.output()).not.toMatch(/735-?291/);
    });
  });

  describe('invalid input never reaches the gateway', () => {
    it.each([
      ['an empty code', '', 'code', 'required'],
      ['a code of 2049 characters', '9'.repeat(2049), 'code', 'tooLong'],
    ] as const)('%s', async (_label, code, field, reason) => {
      const { result, gateway, getAccessToken } = mountSent();
      act(() => result.current.setCode(code));
      await act(async () => result.current.submit());
      expect(result.current.error).toMatchObject({ kind: 'validation', operation: 'VerifyUserAttribute', field, reason });
      expect(gateway.verifyUserAttribute).not.toHaveBeenCalled();
      expect(getAccessToken).not.toHaveBeenCalled();
    });

    it('an attribute name with a space (a developer fault: one line for the developer)', async () => {
      const { spy } = spyOnConsoleError();
      const { result, gateway } = mount({}, { attributeName: 'e mail' });
      await act(async () => result.current.resend());
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'attributeName', reason: 'pattern' });
      expect(gateway.getUserAttributeVerificationCode).not.toHaveBeenCalled();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]![0])).toContain('attributeName');
    });
  });

  it.each([
    ['spaces and hyphens', '12 34-56'],
    ['full-width digits', '１２３ ４５６'],
  ])('normalises %s before sending', async (_label, typed) => {
    const { result, gateway } = mountSent();
    act(() => result.current.setCode(typed));
    await act(async () => void result.current.submit());
    expect(gateway.verifyUserAttribute.mock.calls[0]![0].code).toBe('123456');
    expect(result.current.code).toBe(typed);
  });

  it('ResourceNotFound logs one line naming the operation and exception, without the token', async () => {
    const { spy } = spyOnConsoleError();
    const getAccessToken = vi.fn(async () => 'eyJraWQiOi.secret-token.sig');
    const { result, fake } = mount({ getAccessToken });
    fake.rejectOnce('getUserAttributeVerificationCode', cognitoException('ResourceNotFoundException', 'User pool us-east-1_x does not exist.'));
    await act(async () => result.current.resend());
    expect(result.current.error).toMatchObject({ name: 'ResourceNotFoundException', recovery: 'config' });
    expect(spy).toHaveBeenCalledTimes(1);
    const line = spy.mock.calls[0]!.map(String).join(' ');
    expect(line).toContain('GetUserAttributeVerificationCode');
    expect(line).toContain('ResourceNotFoundException');
    expect(line).not.toContain('secret-token');
    expect(line).not.toContain('eyJ');
  });

  it('takes the gateway and token source from its options', async () => {
    const env = setup();
    const getAccessToken = vi.fn(async () => 'opt-token');
    const { result } = renderHook(() => useVerifyAttribute({ attributeName: 'phone_number', gateway: env.gateway, getAccessToken }));
    await act(async () => void result.current.resend());
    await waitFor(() => expect(env.gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1));
    expect(env.gateway.getUserAttributeVerificationCode.mock.calls[0]![0]).toMatchObject({ accessToken: 'opt-token', attributeName: 'phone_number' });
  });
});
