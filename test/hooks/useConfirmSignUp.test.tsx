import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConfirmSignUp, type UseConfirmSignUpOptions } from '../../src/hooks/useConfirmSignUp.ts';
import { cognitoException, offline, setup, spyOnConsole, spyOnConsoleError, type SetupOptions } from './support.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

const delivery = { attributeName: 'email', deliveryMedium: 'EMAIL' as const, destination: 'a***@e***' };

function mount(options: SetupOptions = {}, hookOptions: Partial<UseConfirmSignUpOptions> = {}) {
  const env = setup(options);
  const onConfirmed = vi.fn();
  const hook = renderHook((props: Partial<UseConfirmSignUpOptions>) =>
    useConfirmSignUp({ username: 'ada', onConfirmed, ...hookOptions, ...props }), { wrapper: env.wrapper, initialProps: {} });
  return { ...env, ...hook, onConfirmed };
}

describe('useConfirmSignUp', () => {
  it('sends the typed code with the client id and user name, and confirms', async () => {
    const { result, gateway, fake, onConfirmed } = mount();
    expect(result.current.status).toBe('entering');
    act(() => result.current.setCode('123456'));
    act(() => void result.current.submit());
    await waitFor(() => expect(gateway.confirmSignUp).toHaveBeenCalledTimes(1));
    expect(gateway.confirmSignUp).toHaveBeenCalledWith(
      { clientId: 'client1', username: 'ada', confirmationCode: '123456', clientMetadata: undefined },
      expect.any(AbortSignal),
    );
    expect(result.current.isSubmitting).toBe(true);
    expect(result.current.isPending).toBe(true);
    await act(async () => fake.latest('confirmSignUp').resolve());
    expect(result.current.status).toBe('confirmed');
    expect(result.current.isConfirmed).toBe(true);
    expect(result.current.alreadyConfirmed).toBe(false);
    expect(result.current.code).toBe('');
    expect(onConfirmed).toHaveBeenCalledTimes(1);
    expect(onConfirmed).toHaveBeenCalledWith({ alreadyConfirmed: false });
  });

  describe('one request at a time', () => {
    it('a second submit while one is pending sends nothing', async () => {
      const { result, gateway, fake } = mount();
      act(() => result.current.setCode('123456'));
      await act(async () => {
        void result.current.submit();
        void result.current.submit();
      });
      await act(async () => void result.current.submit());
      await act(async () => void result.current.resend());
      expect(gateway.confirmSignUp).toHaveBeenCalledTimes(1);
      expect(gateway.resendConfirmationCode).not.toHaveBeenCalled();
      await act(async () => fake.latest('confirmSignUp').reject(cognitoException('CodeMismatchException')));
      expect(result.current.status).toBe('entering');
    });

    it('a second submit while the secret hash is being fetched is refused', async () => {
      const hashes: ((hash: string) => void)[] = [];
      const secretHash = vi.fn(() => new Promise<string>((resolve) => hashes.push(resolve)));
      const { result, gateway, fake, onConfirmed } = mount({}, { secretHash });
      act(() => result.current.setCode('123456'));
      await act(async () => {
        void result.current.submit();
        void result.current.submit();
      });
      // The app's server answers the first request before the second.
      await act(async () => hashes[0]!('hash1='));
      await act(async () => fake.latest('confirmSignUp').resolve());
      expect(result.current.status).toBe('confirmed');
      await act(async () => hashes[1]?.('hash2='));
      expect(secretHash).toHaveBeenCalledTimes(1);
      expect(gateway.confirmSignUp).toHaveBeenCalledTimes(1);
      expect(onConfirmed).toHaveBeenCalledTimes(1);
    });

    it('a second resend while one is pending sends nothing', async () => {
      const { result, gateway, fake } = mount();
      await act(async () => {
        void result.current.resend();
        void result.current.resend();
      });
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      await act(async () => void result.current.resend());
      expect(gateway.resendConfirmationCode).toHaveBeenCalledTimes(1);
      expect(gateway.resendConfirmationCode).toHaveBeenCalledWith({ clientId: 'client1', username: 'ada', clientMetadata: undefined }, expect.any(AbortSignal));
      expect(gateway.confirmSignUp).not.toHaveBeenCalled();
      expect(result.current.isResending).toBe(true);
      await act(async () => fake.latest('resendConfirmationCode').resolve({ codeDeliveryDetails: delivery }));
      expect(result.current.status).toBe('entering');
      expect(result.current.delivery).toEqual(delivery);
    });
  });

  describe('cancellation', () => {
    it('unmount while the secret hash is being fetched sends nothing once it arrives', async () => {
      const hashes: ((hash: string) => void)[] = [];
      const secretHash = vi.fn(() => new Promise<string>((resolve) => hashes.push(resolve)));
      const { result, gateway, unmount } = mount({}, { secretHash });
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      await act(async () => void result.current.resend());
      unmount();
      await act(async () => hashes.forEach((resolve) => resolve('hash=')));
      expect(secretHash).toHaveBeenCalledTimes(1);
      expect(gateway.confirmSignUp).not.toHaveBeenCalled();
    });

    it('reset while the secret hash is being fetched drops that submit and resend', async () => {
      const hashes: ((hash: string) => void)[] = [];
      const secretHash = vi.fn(() => new Promise<string>((resolve) => hashes.push(resolve)));
      const { result, gateway } = mount({}, { secretHash, codeJustSent: false });
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      act(() => result.current.reset());
      await act(async () => hashes[0]!('hash='));
      expect(gateway.confirmSignUp).not.toHaveBeenCalled();
      expect(result.current.status).toBe('entering');
      await act(async () => void result.current.resend());
      act(() => result.current.reset());
      await act(async () => hashes[1]!('hash='));
      expect(gateway.resendConfirmationCode).not.toHaveBeenCalled();
      expect(result.current.status).toBe('entering');
    });

    it('a secret hash that fails after reset shows no error', async () => {
      const failures: ((error: Error) => void)[] = [];
      const secretHash = vi.fn(() => new Promise<string>((_, reject) => failures.push(reject)));
      const { result, gateway } = mount({}, { secretHash });
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      act(() => result.current.reset());
      await act(async () => failures[0]!(new TypeError('Failed to fetch')));
      expect(result.current.error).toBeNull();
      expect(gateway.confirmSignUp).not.toHaveBeenCalled();
    });

    it('unmount mid-request aborts it without a React warning', async () => {
      const console = spyOnConsoleError();
      const { result, fake, unmount, onConfirmed } = mount();
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      const signal = fake.signal('confirmSignUp');
      expect(signal.aborted).toBe(false);
      unmount();
      expect(signal.aborted).toBe(true);
      await act(async () => fake.latest('confirmSignUp').resolve());
      expect(onConfirmed).not.toHaveBeenCalled();
      expect(console.reactWarnings()).toEqual([]);
      expect(console.spy).not.toHaveBeenCalled();
    });

    it('ignores a stale reply after reset', async () => {
      const { result, fake, onConfirmed } = mount();
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      act(() => result.current.reset());
      expect(fake.signal('confirmSignUp').aborted).toBe(true);
      const before = result.current;
      expect(before.status).toBe('entering');
      expect(before.code).toBe('');
      await act(async () => fake.latest('confirmSignUp').resolve());
      expect(result.current.status).toBe('entering');
      expect(result.current.isConfirmed).toBe(false);
      expect(result.current.error).toBeNull();
      expect(onConfirmed).not.toHaveBeenCalled();
    });

    it('ignores a stale failure after reset', async () => {
      const { result, fake } = mount();
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      act(() => result.current.reset());
      await act(async () => fake.latest('confirmSignUp').reject(cognitoException('CodeMismatchException')));
      expect(result.current.status).toBe('entering');
      expect(result.current.error).toBeNull();
    });
  });

  describe('already confirmed', () => {
    it('NotAuthorized "Current status is CONFIRMED" counts as confirmed', async () => {
      const { result, fake, onConfirmed } = mount();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'));
      await act(async () => result.current.submit());
      expect(result.current.status).toBe('confirmed');
      expect(result.current.alreadyConfirmed).toBe(true);
      expect(result.current.error).toBeNull();
      expect(onConfirmed).toHaveBeenCalledTimes(1);
      expect(onConfirmed).toHaveBeenCalledWith({ alreadyConfirmed: true });
    });

    it('another NotAuthorized message is an error, not a confirmation', async () => {
      const { result, fake, onConfirmed, onSessionExpired, getAccessToken } = mount();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('NotAuthorizedException', 'User is disabled.'));
      await act(async () => result.current.submit());
      expect(result.current.status).toBe('entering');
      expect(result.current.isConfirmed).toBe(false);
      expect(result.current.alreadyConfirmed).toBe(false);
      expect(result.current.error).toMatchObject({ name: 'NotAuthorizedException', operation: 'ConfirmSignUp', recovery: 'contactSupport' });
      expect(result.current.code).toBe('123456');
      expect(onConfirmed).not.toHaveBeenCalled();
      // ConfirmSignUp has no access token: no refresh, no session expiry.
      expect(getAccessToken).not.toHaveBeenCalled();
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
      const { result, fake, store } = mount();
      act(() => result.current.setCode('735 291'));
      fake.rejectOnce('confirmSignUp', failure());
      await act(async () => result.current.submit());
      expect(result.current.status).toBe('entering');
      expect(result.current.error?.name).toBe(name);
      expect(result.current.code).toBe('735 291');
      const error = result.current.error!;
      for (const text of [error.message, error.serverMessage ?? '', String(error)]) expect(text).not.toMatch(/735\s?291/);
      expect(out.output()).not.toMatch(/735\s?291/);
      expect(JSON.stringify(store.read('ada'))).not.toContain('735');
    });

    it('a failed resend keeps the code', async () => {
      const { result, fake } = mount();
      act(() => result.current.setCode('735291'));
      fake.rejectOnce('resendConfirmationCode', offline());
      await act(async () => result.current.resend());
      expect(result.current.error?.name).toBe('NetworkError');
      expect(result.current.code).toBe('735291');
    });
  });

  describe('invalid input never reaches the gateway', () => {
    it.each([
      ['an empty code', '', {}, 'code', 'required'],
      ['a code of 2049 characters', '1'.repeat(2049), {}, 'code', 'tooLong'],
      ['a user name with a space', '123456', { username: 'ada lovelace' }, 'username', 'pattern'],
    ] as const)('%s', async (_label, code, hookOptions, field, reason) => {
      const { result, gateway } = mount({}, hookOptions);
      act(() => result.current.setCode(code));
      await act(async () => result.current.submit());
      expect(result.current.error).toMatchObject({ kind: 'validation', name: 'ValidationError', operation: 'ConfirmSignUp', field, reason });
      expect(result.current.status).toBe('entering');
      expect(gateway.confirmSignUp).not.toHaveBeenCalled();
    });

    it('a missing client id', async () => {
      const { result, gateway } = mount({ clientId: undefined });
      act(() => result.current.setCode('123456'));
      await act(async () => result.current.submit());
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'clientId', reason: 'required' });
      await act(async () => result.current.resend());
      expect(result.current.error).toMatchObject({ kind: 'validation', operation: 'ResendConfirmationCode', field: 'clientId', reason: 'required' });
      expect(gateway.confirmSignUp).not.toHaveBeenCalled();
      expect(gateway.resendConfirmationCode).not.toHaveBeenCalled();
    });

    it('a user name with a space is refused for resend too', async () => {
      const { result, gateway } = mount({}, { username: 'ada lovelace' });
      await act(async () => result.current.resend());
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'username', reason: 'pattern' });
      expect(gateway.resendConfirmationCode).not.toHaveBeenCalled();
    });
  });

  describe('codes are normalised before sending', () => {
    it.each([
      ['spaces and hyphens', '12 34-56'],
      ['full-width digits', '１２３４５６'],
      ['Arabic-Indic digits', '١٢٣٤٥٦'],
    ])('%s', async (_label, typed) => {
      const { result, gateway } = mount();
      act(() => result.current.setCode(typed));
      await act(async () => void result.current.submit());
      expect(gateway.confirmSignUp).toHaveBeenCalledTimes(1);
      expect(gateway.confirmSignUp.mock.calls[0]![0].confirmationCode).toBe('123456');
      // What the person typed is left as typed.
      expect(result.current.code).toBe(typed);
    });

    it('a code passed to submit is normalised too', async () => {
      const { result, gateway } = mount();
      await act(async () => void result.current.submit({ code: ' 654-321 ' }));
      expect(gateway.confirmSignUp.mock.calls[0]![0].confirmationCode).toBe('654321');
    });
  });

  describe('forceAliasCreation', () => {
    it('is sent when the provider allows it, and offered after AliasExists', async () => {
      const { result, gateway, fake } = mount({ allowForceAliasCreation: true });
      act(() => result.current.setCode('123456'));
      expect(result.current.canForceAliasCreation).toBe(false);
      fake.rejectOnce('confirmSignUp', cognitoException('AliasExistsException', 'An account with the given email already exists.'));
      await act(async () => result.current.submit());
      expect(result.current.error?.recovery).toBe('aliasConflict');
      expect(result.current.canForceAliasCreation).toBe(true);
      expect(gateway.confirmSignUp.mock.calls[0]![0]).not.toHaveProperty('forceAliasCreation');
      fake.replyOnce('confirmSignUp', undefined);
      await act(async () => result.current.submit({ forceAliasCreation: true }));
      expect(gateway.confirmSignUp).toHaveBeenCalledTimes(2);
      expect(gateway.confirmSignUp.mock.calls[1]![0]).toEqual({
        clientId: 'client1',
        username: 'ada',
        confirmationCode: '123456',
        clientMetadata: undefined,
        forceAliasCreation: true,
      });
      expect(result.current.status).toBe('confirmed');
    });

    it('is never sent when the provider does not allow it', async () => {
      const { result, gateway, fake } = mount();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('AliasExistsException'));
      await act(async () => result.current.submit());
      expect(result.current.error?.recovery).toBe('aliasConflict');
      expect(result.current.canForceAliasCreation).toBe(false);
      fake.rejectOnce('confirmSignUp', cognitoException('AliasExistsException'));
      await act(async () => result.current.submit({ forceAliasCreation: true }));
      expect(gateway.confirmSignUp).toHaveBeenCalledTimes(2);
      expect(gateway.confirmSignUp.mock.calls[1]![0]).not.toHaveProperty('forceAliasCreation');
    });
  });

  describe('configuration faults', () => {
    it('ResourceNotFound logs one developer line naming the operation and exception', async () => {
      const { spy } = spyOnConsoleError();
      const { result, fake } = mount();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('ResourceNotFoundException', 'User pool client client1 does not exist.'));
      await act(async () => result.current.submit());
      expect(result.current.error).toMatchObject({ name: 'ResourceNotFoundException', recovery: 'config' });
      expect(spy).toHaveBeenCalledTimes(1);
      const line = String(spy.mock.calls[0]![0]);
      expect(line).toContain('ConfirmSignUp');
      expect(line).toContain('ResourceNotFoundException');
      expect(line).not.toContain('123456');
    });

    it('a wrong code logs nothing', async () => {
      const out = spyOnConsole();
      const { result, fake } = mount();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('CodeMismatchException'));
      await act(async () => result.current.submit());
      expect(out.output()).toBe('');
    });
  });

  it('passes the secret hash the app computes for the user name', async () => {
    const env = setup();
    const secretHash = vi.fn(async (username: string) => `hash+${username}=`);
    const { result } = renderHook(() => useConfirmSignUp({ username: 'ada', secretHash }), { wrapper: env.wrapper });
    act(() => result.current.setCode('123456'));
    await act(async () => void result.current.submit());
    expect(secretHash).toHaveBeenCalledWith('ada');
    expect(env.gateway.confirmSignUp.mock.calls[0]![0].secretHash).toBe('hash+ada=');
  });

  it('takes the gateway from its options without a provider', async () => {
    const env = setup();
    const { result } = renderHook(() => useConfirmSignUp({ username: 'ada', gateway: env.gateway, clientId: 'c2' }));
    act(() => result.current.setCode('123456'));
    await act(async () => void result.current.submit());
    expect(env.gateway.confirmSignUp).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'c2' }), expect.any(AbortSignal));
  });
});
