import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUpdateAttributes, type UseUpdateAttributesOptions } from '../../src/hooks/useUpdateAttributes.ts';
import {
  cognitoException,
  offline,
  recordingStore,
  setup,
  spyOnConsole,
  spyOnConsoleError,
  SUB,
  user,
  type SetupOptions,
} from './support.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

const OLD = 'old@example.com';
const NEW = 'new@example.com';
const delivery = { attributeName: 'email', deliveryMedium: 'EMAIL' as const, destination: 'n***@e***' };
const oldUser = user({ email: OLD, email_verified: 'true' });

function mount(options: SetupOptions = {}, hookOptions: Partial<UseUpdateAttributesOptions> = {}) {
  const env = setup({ now: () => 1_000, ...options });
  const onSaved = vi.fn();
  const onVerified = vi.fn();
  const hook = renderHook(() => useUpdateAttributes({ attributeName: 'email', onSaved, onVerified, ...hookOptions }), {
    wrapper: env.wrapper,
  });
  return { ...env, ...hook, onSaved, onVerified };
}

/** Waits for the GetUser call the mount starts (after the token arrives). */
async function loadStarted(env: ReturnType<typeof mount>) {
  await waitFor(() => expect(env.gateway.getUser).toHaveBeenCalledTimes(1));
}

/** Mounted and loaded: GetUser has answered with `loaded`. */
async function mountLoaded(options: SetupOptions = {}, loaded = oldUser, hookOptions: Partial<UseUpdateAttributesOptions> = {}) {
  const env = mount(options, hookOptions);
  await loadStarted(env);
  await act(async () => env.fake.latest('getUser').resolve(loaded));
  return env;
}

/** Loaded, then saved NEW with a code sent while GetUser still shows OLD: the value is pending. */
async function mountPending(options: SetupOptions = {}) {
  const env = await mountLoaded(options);
  env.fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [delivery] });
  env.fake.replyOnce('getUser', oldUser);
  await act(async () => env.result.current.save(NEW));
  expect(env.result.current.status).toBe('awaitingCode');
  return env;
}

describe('useUpdateAttributes', () => {
  it('loads the current value with GetUser on mount', async () => {
    const env = mount();
    const { result, gateway, fake } = env;
    expect(result.current.status).toBe('loading');
    expect(result.current.isLoading).toBe(true);
    await loadStarted(env);
    expect(gateway.getUser).toHaveBeenCalledWith({ accessToken: 'token-1' }, expect.any(AbortSignal));
    await act(async () => fake.latest('getUser').resolve(oldUser));
    expect(result.current).toMatchObject({ status: 'editing', currentValue: OLD, verified: true, pendingValue: null, error: null });
  });

  it('reads GetUser once: later renders do not load again', async () => {
    const { result, gateway, rerender } = await mountLoaded();
    rerender();
    act(() => result.current.setCode('1'));
    rerender();
    await act(async () => {});
    expect(gateway.getUser).toHaveBeenCalledTimes(1);
    expect(result.current.isLoading).toBe(false);
  });

  it('a new attributeName while GetUser is out loads again for the new attribute', async () => {
    const env = setup({ now: () => 1_000 });
    const { result, rerender } = renderHook(
      ({ attributeName }: { attributeName: string }) => useUpdateAttributes({ attributeName }),
      { wrapper: env.wrapper, initialProps: { attributeName: 'email' } },
    );
    await waitFor(() => expect(env.gateway.getUser).toHaveBeenCalledTimes(1));
    rerender({ attributeName: 'phone_number' });
    await waitFor(() => expect(env.gateway.getUser).toHaveBeenCalledTimes(2));
    expect(env.fake.signal('getUser', 0).aborted).toBe(true);
    const both = user({ email: OLD, email_verified: 'true', phone_number: '+15550100', phone_number_verified: 'false' });
    await act(async () => env.fake.latest('getUser').resolve(both));
    expect(result.current).toMatchObject({ status: 'unverified', currentValue: '+15550100' });
  });

  it('refresh() reads GetUser again', async () => {
    const { result, gateway, fake } = await mountLoaded();
    fake.replyOnce('getUser', user({ email: NEW, email_verified: 'true' }));
    await act(async () => result.current.refresh());
    expect(gateway.getUser).toHaveBeenCalledTimes(2);
    expect(result.current.currentValue).toBe(NEW);
  });

  describe('save', () => {
    it('a code sent while GetUser still shows the old value → pending, remembered in the store', async () => {
      const { result, gateway, store, onSaved } = await mountPending({ now: () => 42_000 });
      expect(gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
      expect(gateway.updateUserAttributes).toHaveBeenCalledWith(
        { accessToken: 'token-1', userAttributes: [{ name: 'email', value: NEW }], clientMetadata: undefined },
        expect.any(AbortSignal),
      );
      expect(gateway.getUser).toHaveBeenCalledTimes(2);
      expect(result.current).toMatchObject({ currentValue: OLD, pendingValue: NEW, delivery, awaitsCode: true, error: null });
      expect(onSaved).toHaveBeenCalledWith({ value: NEW, needsCode: true });
      const entries = store.read(SUB);
      expect(entries).toEqual([{ attributeName: 'email', value: NEW, delivery, savedAt: 42_000 }]);
      expect(Object.keys(entries[0]!).sort()).toEqual(['attributeName', 'delivery', 'savedAt', 'value']);
      for (const written of (store as ReturnType<typeof recordingStore>).writes.flat()) {
        expect(Object.keys(written).sort()).toEqual(['attributeName', 'delivery', 'savedAt', 'value']);
      }
      expect((store as ReturnType<typeof recordingStore>).dump()).not.toContain('token');
    });

    it('trims the value before sending', async () => {
      const { result, gateway, fake } = await mountLoaded();
      fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [] });
      fake.replyOnce('getUser', user({ email: NEW, email_verified: 'true' }));
      await act(async () => result.current.save(`  ${NEW} `));
      expect(gateway.updateUserAttributes.mock.calls[0]![0].userAttributes).toEqual([{ name: 'email', value: NEW }]);
    });

    it('GetUser showing the new value unverified → unverified, nothing stored', async () => {
      const { result, fake, store } = await mountLoaded();
      fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [delivery] });
      fake.replyOnce('getUser', user({ email: NEW, email_verified: 'false' }));
      await act(async () => result.current.save(NEW));
      expect(result.current).toMatchObject({ status: 'unverified', currentValue: NEW, verified: false, pendingValue: null, awaitsCode: true });
      expect(store.read(SUB)).toEqual([]);
    });

    it('no code delivery → saved, nothing stored', async () => {
      const { result, fake, store, onSaved } = await mountLoaded();
      fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [] });
      fake.replyOnce('getUser', user({ email: NEW, email_verified: 'true' }));
      await act(async () => result.current.save(NEW));
      expect(result.current).toMatchObject({ status: 'saved', currentValue: NEW, pendingValue: null, awaitsCode: false });
      expect(onSaved).toHaveBeenCalledWith({ value: NEW, needsCode: false });
      expect(store.read(SUB)).toEqual([]);
    });

    it.each([
      ['email', 'not-an-email', 'format'],
      ['email', '', 'required'],
      ['phone_number', '0123 456', 'format'],
      ['phone_number', '+0123', 'format'],
    ] as const)('a bad %s (%j) is refused before any request', async (attributeName, value, reason) => {
      const { result, gateway } = await mountLoaded({}, user({ [attributeName]: '+15550100', email: OLD }), { attributeName });
      await act(async () => result.current.save(value));
      expect(result.current.error).toMatchObject({ kind: 'validation', operation: 'UpdateUserAttributes', field: 'value', reason });
      expect(gateway.updateUserAttributes).not.toHaveBeenCalled();
    });

    it('a second save while one is pending sends nothing', async () => {
      const { result, gateway, fake } = await mountLoaded();
      await act(async () => {
        void result.current.save(NEW);
        void result.current.save('other@example.com');
      });
      await act(async () => void result.current.save('third@example.com'));
      expect(gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
      expect(gateway.updateUserAttributes.mock.calls[0]![0].userAttributes).toEqual([{ name: 'email', value: NEW }]);
      expect(result.current.isSaving).toBe(true);
      await act(async () => fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [] }));
      await act(async () => fake.latest('getUser').resolve(user({ email: NEW, email_verified: 'true' })));
      expect(result.current.status).toBe('saved');
    });

    it('saving while loading sends nothing', async () => {
      const { result, gateway } = mount();
      await act(async () => result.current.save(NEW));
      expect(gateway.updateUserAttributes).not.toHaveBeenCalled();
    });

    it('AliasExists is reported on the value', async () => {
      const { result, fake } = await mountLoaded();
      fake.rejectOnce('updateUserAttributes', cognitoException('AliasExistsException', 'An account with the given email already exists.'));
      await act(async () => result.current.save(NEW));
      expect(result.current.error).toMatchObject({ name: 'AliasExistsException', recovery: 'aliasConflict', field: 'value' });
      expect(result.current.status).toBe('editing');
    });
  });

  describe('resend', () => {
    it('while pending re-submits UpdateUserAttributes with the remembered value and refreshes the entry', async () => {
      let clock = 1_000;
      const { result, gateway, fake, store } = await mountPending({ now: () => clock });
      clock = 5_000;
      const newDelivery = { ...delivery, destination: 'x***@e***' };
      fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [newDelivery] });
      await act(async () => result.current.resend());
      expect(gateway.updateUserAttributes).toHaveBeenCalledTimes(2);
      expect(gateway.updateUserAttributes.mock.calls[1]![0]).toEqual({
        accessToken: 'token-1',
        userAttributes: [{ name: 'email', value: NEW }],
        clientMetadata: undefined,
      });
      expect(gateway.getUserAttributeVerificationCode).not.toHaveBeenCalled();
      expect(result.current).toMatchObject({ status: 'awaitingCode', pendingValue: NEW, delivery: newDelivery });
      expect(store.read(SUB)).toEqual([{ attributeName: 'email', value: NEW, delivery: newDelivery, savedAt: 5_000 }]);
    });

    it('while unverified asks for a verification code instead', async () => {
      const { result, gateway, fake } = await mountLoaded({}, user({ email: NEW, email_verified: 'false' }));
      expect(result.current.status).toBe('unverified');
      fake.replyOnce('getUserAttributeVerificationCode', { codeDeliveryDetails: delivery });
      await act(async () => result.current.resend());
      expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1);
      expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledWith(
        { accessToken: 'token-1', attributeName: 'email', clientMetadata: undefined },
        expect.any(AbortSignal),
      );
      expect(gateway.updateUserAttributes).not.toHaveBeenCalled();
      expect(result.current).toMatchObject({ status: 'unverified', delivery });
    });

    it('a second resend while one is pending sends nothing', async () => {
      const { result, gateway } = await mountPending();
      await act(async () => {
        void result.current.resend();
        void result.current.resend();
      });
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      expect(gateway.updateUserAttributes).toHaveBeenCalledTimes(2);
      expect(gateway.verifyUserAttribute).not.toHaveBeenCalled();
    });
  });

  describe('pending values across mounts', () => {
    it('survive a remount with the same store', async () => {
      const store = recordingStore();
      const first = await mountPending({ store });
      first.unmount();
      const second = mount({ store });
      expect(second.result.current.status).toBe('loading');
      await loadStarted(second);
      await act(async () => second.fake.latest('getUser').resolve(oldUser));
      expect(second.result.current).toMatchObject({ status: 'awaitingCode', currentValue: OLD, pendingValue: NEW, delivery });
      expect(store.read(SUB)).toHaveLength(1);
    });

    it('are cleared when GetUser shows the value applied at load', async () => {
      const store = recordingStore();
      const first = await mountPending({ store });
      first.unmount();
      const second = mount({ store });
      await loadStarted(second);
      await act(async () => second.fake.latest('getUser').resolve(user({ email: NEW, email_verified: 'true' })));
      expect(second.result.current).toMatchObject({ status: 'editing', currentValue: NEW, pendingValue: null });
      expect(store.read(SUB)).toEqual([]);
    });

    it('are cleared by verification', async () => {
      const { result, gateway, fake, store, onVerified } = await mountPending();
      act(() => result.current.setCode('12 34 56'));
      fake.replyOnce('verifyUserAttribute', undefined);
      fake.replyOnce('getUser', user({ email: NEW, email_verified: 'true' }));
      await act(async () => result.current.submit());
      expect(gateway.verifyUserAttribute).toHaveBeenCalledWith(
        { accessToken: 'token-1', attributeName: 'email', code: '123456' },
        expect.any(AbortSignal),
      );
      expect(result.current).toMatchObject({ status: 'verified', currentValue: NEW, verified: true, pendingValue: null, code: '' });
      expect(store.read(SUB)).toEqual([]);
      expect(onVerified).toHaveBeenCalledWith(NEW);
    });

    it('are forgotten by cancel()', async () => {
      const { result, store, gateway } = await mountPending();
      act(() => result.current.cancel());
      expect(result.current).toMatchObject({ status: 'editing', pendingValue: null, delivery: null });
      expect(store.read(SUB)).toEqual([]);
      expect(gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
    });

    it('only the attribute concerned is cleared', async () => {
      const store = recordingStore();
      store.write(SUB, [{ attributeName: 'phone_number', value: '+15550199', savedAt: 1 }]);
      const { result } = await mountPending({ store });
      act(() => result.current.cancel());
      expect(store.read(SUB)).toEqual([{ attributeName: 'phone_number', value: '+15550199', savedAt: 1 }]);
    });
  });

  describe('the typed code survives failures and never reaches the store', () => {
    it.each([
      ['CodeMismatch', () => cognitoException('CodeMismatchException'), 'CodeMismatchException'],
      ['ExpiredCode', () => cognitoException('ExpiredCodeException'), 'ExpiredCodeException'],
      ['network TypeError', offline, 'NetworkError'],
      ['LimitExceeded', () => cognitoException('LimitExceededException'), 'LimitExceededException'],
    ])('%s keeps the code', async (_label, failure, name) => {
      const out = spyOnConsole();
      const store = recordingStore();
      const { result, fake } = await mountPending({ store });
      act(() => result.current.setCode('735291'));
      fake.rejectOnce('verifyUserAttribute', failure());
      await act(async () => result.current.submit());
      expect(result.current.error?.name).toBe(name);
      expect(result.current.status).toBe('awaitingCode');
      expect(result.current.code).toBe('735291');
      expect(store.dump()).not.toContain('735291');
      expect(store.read(SUB)).toHaveLength(1);
      const error = result.current.error!;
      for (const text of [error.message, error.serverMessage ?? '', String(error)]) expect(text).not.toContain('735291');
      expect(out.output()).not.toContain('735291');
    });

    it('a failed resend keeps the code', async () => {
      const { result, fake } = await mountPending();
      act(() => result.current.setCode('735291'));
      fake.rejectOnce('updateUserAttributes', offline());
      await act(async () => result.current.resend());
      expect(result.current).toMatchObject({ status: 'awaitingCode', code: '735291' });
      expect(result.current.error?.name).toBe('NetworkError');
    });
  });

  describe('one request at a time', () => {
    it('a second submit while one is pending sends nothing', async () => {
      const { result, gateway, fake } = await mountPending();
      act(() => result.current.setCode('123456'));
      await act(async () => {
        void result.current.submit();
        void result.current.submit();
      });
      await act(async () => void result.current.resend());
      await act(async () => void result.current.save('third@example.com'));
      expect(gateway.verifyUserAttribute).toHaveBeenCalledTimes(1);
      expect(gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
      expect(result.current.isVerifying).toBe(true);
      await act(async () => fake.latest('verifyUserAttribute').reject(cognitoException('CodeMismatchException')));
      expect(result.current.status).toBe('awaitingCode');
    });
  });

  describe('cancellation', () => {
    it('unmount mid-load aborts GetUser without a React warning', async () => {
      const console = spyOnConsoleError();
      const env = mount();
      const { fake, unmount } = env;
      await loadStarted(env);
      const signal = fake.signal('getUser');
      unmount();
      expect(signal.aborted).toBe(true);
      await act(async () => fake.latest('getUser').resolve(oldUser));
      expect(console.spy).not.toHaveBeenCalled();
    });

    it('unmount mid-save aborts it without a React warning', async () => {
      const console = spyOnConsoleError();
      const { result, fake, unmount, onSaved, store } = await mountLoaded();
      await act(async () => void result.current.save(NEW));
      const signal = fake.signal('updateUserAttributes');
      unmount();
      expect(signal.aborted).toBe(true);
      await act(async () => fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [delivery] }));
      expect(onSaved).not.toHaveBeenCalled();
      expect(store.read(SUB)).toEqual([]);
      expect(console.reactWarnings()).toEqual([]);
      expect(console.spy).not.toHaveBeenCalled();
    });

    it('unmount mid-verify aborts it', async () => {
      const { result, fake, unmount, onVerified } = await mountPending();
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      unmount();
      expect(fake.signal('verifyUserAttribute').aborted).toBe(true);
      await act(async () => fake.latest('verifyUserAttribute').resolve());
      expect(onVerified).not.toHaveBeenCalled();
    });

    it('ignores a stale reply after reset', async () => {
      const { result, fake, onVerified } = await mountPending();
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      act(() => result.current.reset());
      expect(fake.signal('verifyUserAttribute').aborted).toBe(true);
      const settled = { status: result.current.status, pendingValue: result.current.pendingValue, code: result.current.code };
      expect(settled).toEqual({ status: 'awaitingCode', pendingValue: NEW, code: '' });
      await act(async () => fake.latest('verifyUserAttribute').resolve());
      expect(result.current).toMatchObject(settled);
      expect(result.current.error).toBeNull();
      expect(onVerified).not.toHaveBeenCalled();
    });

    it('cancel() during a resend of the pending value aborts it and forgets the value', async () => {
      const { result, fake, store } = await mountPending();
      await act(async () => void result.current.resend());
      expect(result.current.status).toBe('resending');
      act(() => result.current.cancel());
      expect(fake.signal('updateUserAttributes').aborted).toBe(true);
      expect(result.current).toMatchObject({ status: 'editing', pendingValue: null, isPending: false, canSave: true });
      await act(async () => fake.latest('updateUserAttributes').reject(new DOMException('aborted', 'AbortError')));
      expect(result.current).toMatchObject({ status: 'editing', pendingValue: null, error: null });
      expect(store.read(SUB)).toEqual([]);
    });

    it('a resend reply that arrives after cancel() does not remember the value again', async () => {
      const { result, fake, store } = await mountPending();
      await act(async () => void result.current.resend());
      act(() => result.current.cancel());
      expect(store.read(SUB)).toEqual([]);
      // The reply was already on its way when the request was aborted.
      await act(async () => fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [delivery] }));
      expect(result.current).toMatchObject({ status: 'editing', pendingValue: null });
      expect(store.read(SUB)).toEqual([]);
    });

    it('cancel() during a verify of the pending value aborts it and forgets the value', async () => {
      const { result, fake, store, onVerified } = await mountPending();
      act(() => result.current.setCode('123456'));
      await act(async () => void result.current.submit());
      act(() => result.current.cancel());
      expect(fake.signal('verifyUserAttribute').aborted).toBe(true);
      expect(result.current).toMatchObject({ status: 'editing', pendingValue: null, isPending: false });
      await act(async () => fake.latest('verifyUserAttribute').resolve());
      expect(result.current.status).toBe('editing');
      expect(onVerified).not.toHaveBeenCalled();
      expect(store.read(SUB)).toEqual([]);
    });

    it('cancel() with nothing pending leaves a save in flight alone', async () => {
      const { result, fake, onSaved } = await mountLoaded();
      await act(async () => void result.current.save(NEW));
      act(() => result.current.cancel());
      expect(fake.signal('updateUserAttributes').aborted).toBe(false);
      fake.replyOnce('getUser', user({ email: NEW, email_verified: 'true' }));
      await act(async () => fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [] }));
      expect(result.current.status).toBe('saved');
      expect(onSaved).toHaveBeenCalledTimes(1);
    });

    it('ignores a stale save after reset', async () => {
      const { result, fake, store } = await mountLoaded();
      await act(async () => void result.current.save(NEW));
      act(() => result.current.reset());
      await act(async () => fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [delivery] }));
      expect(result.current).toMatchObject({ status: 'editing', pendingValue: null, currentValue: OLD });
      expect(store.read(SUB)).toEqual([]);
    });
  });

  describe('access token', () => {
    it('NotAuthorized on UpdateUserAttributes refreshes once and retries with the new token', async () => {
      const { result, gateway, fake, getAccessToken, onSessionExpired } = await mountLoaded();
      getAccessToken.mockClear();
      fake.rejectOnce('updateUserAttributes', cognitoException('NotAuthorizedException', 'Access Token has expired'));
      fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [] });
      fake.replyOnce('getUser', user({ email: NEW, email_verified: 'true' }));
      await act(async () => result.current.save(NEW));
      expect(gateway.updateUserAttributes.mock.calls.map(([input]) => input.accessToken)).toEqual(['token-1', 'token-2']);
      expect(getAccessToken.mock.calls.filter(([o]) => o.forceRefresh)).toHaveLength(1);
      expect(getAccessToken).toHaveBeenNthCalledWith(2, expect.objectContaining({ forceRefresh: true }));
      expect(result.current.status).toBe('saved');
      expect(onSessionExpired).not.toHaveBeenCalled();
    });

    it('NotAuthorized twice on GetUser at load ends the session once', async () => {
      const env = setup();
      env.fake.rejectOnce('getUser', cognitoException('NotAuthorizedException', 'Invalid Access Token'));
      env.fake.rejectOnce('getUser', cognitoException('NotAuthorizedException', 'Invalid Access Token'));
      const { result } = renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
      await waitFor(() => expect(result.current.status).toBe('editing'));
      expect(env.gateway.getUser).toHaveBeenCalledTimes(2);
      expect(env.getAccessToken).toHaveBeenCalledTimes(2);
      expect(env.onSessionExpired).toHaveBeenCalledTimes(1);
      expect(result.current.error).toMatchObject({ name: 'NotAuthorizedException', operation: 'GetUser', recovery: 'signIn' });
    });

    it('getAccessToken throwing is a SessionExpiredError and ends the session once', async () => {
      const getAccessToken = vi.fn(async () => {
        throw new Error('refresh token expired');
      });
      const { result, gateway, onSessionExpired } = mount({ getAccessToken });
      await waitFor(() => expect(result.current.status).toBe('editing'));
      expect(result.current.error).toMatchObject({ name: 'SessionExpiredError', operation: 'GetUser', recovery: 'signIn' });
      expect(onSessionExpired).toHaveBeenCalledTimes(1);
      expect(getAccessToken).toHaveBeenCalledTimes(1);
      expect(gateway.getUser).not.toHaveBeenCalled();
    });

    it('a missing getAccessToken is a validation error and nothing is sent', async () => {
      const { result, gateway } = mount({ getAccessToken: null });
      await waitFor(() => expect(result.current.status).toBe('editing'));
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'accessToken', reason: 'required' });
      await act(async () => result.current.save(NEW));
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'accessToken', reason: 'required', operation: 'UpdateUserAttributes' });
      expect(gateway.getUser).not.toHaveBeenCalled();
      expect(gateway.updateUserAttributes).not.toHaveBeenCalled();
    });
  });

  it('invalid codes never reach the gateway', async () => {
    const { result, gateway } = await mountPending();
    await act(async () => result.current.submit());
    expect(result.current.error).toMatchObject({ kind: 'validation', field: 'code', reason: 'required' });
    act(() => result.current.setCode('1'.repeat(2049)));
    await act(async () => result.current.submit());
    expect(result.current.error).toMatchObject({ kind: 'validation', field: 'code', reason: 'tooLong' });
    expect(gateway.verifyUserAttribute).not.toHaveBeenCalled();
  });

  it('an invalid attribute name never reaches the gateway on resend', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const name = 'custom:' + 'x'.repeat(40); // longer than Cognito's 32
    const { result, gateway } = await mountLoaded({}, user({ [name]: 'v', [`${name}_verified`]: 'false' }), { attributeName: name });
    expect(result.current.status).toBe('unverified');
    await act(async () => void result.current.resend());
    expect(gateway.getUserAttributeVerificationCode).not.toHaveBeenCalled();
    expect(result.current.error).toMatchObject({ kind: 'validation', field: 'attributeName', reason: 'tooLong', operation: 'GetUserAttributeVerificationCode' });
    expect(result.current.status).toBe('unverified');
  });

  it('ResourceNotFound logs one line naming the operation and exception, without the token', async () => {
    const { spy } = spyOnConsoleError();
    const getAccessToken = vi.fn(async () => 'eyJraWQiOi.secret-token.sig');
    const { result, fake } = await mountLoaded({ getAccessToken });
    fake.rejectOnce('updateUserAttributes', cognitoException('ResourceNotFoundException', 'User pool does not exist.'));
    await act(async () => result.current.save(NEW));
    expect(result.current.error).toMatchObject({ name: 'ResourceNotFoundException', recovery: 'config' });
    expect(spy).toHaveBeenCalledTimes(1);
    const line = spy.mock.calls[0]!.map(String).join(' ');
    expect(line).toContain('UpdateUserAttributes');
    expect(line).toContain('ResourceNotFoundException');
    expect(line).not.toContain('secret-token');
  });
});
