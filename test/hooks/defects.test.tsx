/**
 * The twelve defects a review reproduced through the public hooks with a fake gateway. Each
 * test here failed before its fix; they stay as regression tests.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { useVerifyAttribute } from '../../src/hooks/useVerifyAttribute.ts';
import { normalizeCode } from '../../src/cognito/schemas.ts';
import { cooldownTransition, initialCooldown } from '../../src/machines/cooldown.ts';
import { cognitoException, createFakeGateway, offline, recordingStore, setup, SUB, user } from './support.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

const OLD = 'old@example.com';
const NEW = 'new@example.com';
const emailDelivery = { attributeName: 'email', deliveryMedium: 'EMAIL' as const, destination: 'n***@e***' };
const oldUser = user({ email: OLD, email_verified: 'true', phone_number: '+15555550123', phone_number_verified: 'false' });

async function loadedSettings(options: Parameters<typeof setup>[0] = {}, attributeName = 'email') {
  const env = setup({ now: () => 1_000, ...options });
  const hook = renderHook((props: { attributeName: string }) => useUpdateAttributes(props), {
    wrapper: env.wrapper,
    initialProps: { attributeName },
  });
  await waitFor(() => expect(env.gateway.getUser).toHaveBeenCalledTimes(1));
  await act(async () => env.fake.latest('getUser').resolve(oldUser));
  return { ...env, ...hook };
}

describe('1. a sent code is never treated as a failure', () => {
  it('UpdateUserAttributes sent a code, the GetUser re-read failed: the value is pending, stored, and not sent again', async () => {
    const store = recordingStore();
    const env = await loadedSettings({ store });
    env.fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [emailDelivery] });
    env.fake.rejectOnce('getUser', offline());
    await act(async () => env.result.current.save(NEW));
    expect(env.result.current.error).toBeNull();
    expect(env.result.current.pendingValue).toBe(NEW);
    expect(env.result.current.currentValue).toBe(OLD);
    expect(env.result.current.awaitsCode).toBe(true);
    expect(store.read(SUB).map((e) => e.value)).toEqual([NEW]);
    expect(env.gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
  });
});

describe('2. a hook is its inputs', () => {
  it('useVerifyAttribute: a send for email answering after the switch to phone_number is not applied to the phone', async () => {
    const env = setup();
    const hook = renderHook((props: { attributeName: string }) => useVerifyAttribute(props), {
      wrapper: env.wrapper,
      initialProps: { attributeName: 'email' },
    });
    let sent!: Promise<void>;
    act(() => {
      sent = hook.result.current.resend();
    });
    await waitFor(() => expect(env.gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1));
    hook.rerender({ attributeName: 'phone_number' });
    await act(async () => {
      env.fake.latest('getUserAttributeVerificationCode').resolve({ codeDeliveryDetails: emailDelivery });
      await sent;
    });
    expect(hook.result.current.delivery).toBeNull();
    expect(hook.result.current.status).toBe('idle');
    expect(env.fake.signal('getUserAttributeVerificationCode').aborted).toBe(true);
  });

  it('useUpdateAttributes: a new attributeName loads again and shows that attribute, not the old one', async () => {
    const env = await loadedSettings();
    expect(env.result.current.currentValue).toBe(OLD);
    env.rerender({ attributeName: 'phone_number' });
    expect(env.result.current.status).toBe('loading');
    expect(env.result.current.currentValue).toBeNull();
    await waitFor(() => expect(env.gateway.getUser).toHaveBeenCalledTimes(2));
    await act(async () => env.fake.latest('getUser').resolve(oldUser));
    expect(env.result.current.currentValue).toBe('+15555550123');
  });

  it('useUpdateAttributes: a failing refresh() shows its error', async () => {
    const env = await loadedSettings();
    env.fake.rejectOnce('getUser', offline());
    await act(async () => env.result.current.refresh());
    expect(env.result.current.error?.name).toBe('NetworkError');
    expect(env.result.current.error?.operation).toBe('GetUser');
  });

  it('useConfirmSignUp: a new username resets the state and the cooldown', async () => {
    const now = vi.fn(() => 1_000);
    const env = setup({ now, cooldown: { baseSeconds: 30 } });
    const hook = renderHook((props: { username: string }) => useConfirmSignUp({ ...props, codeJustSent: false }), {
      wrapper: env.wrapper,
      initialProps: { username: 'ada' },
    });
    env.fake.rejectOnce('resendConfirmationCode', cognitoException('LimitExceededException'));
    await act(async () => hook.result.current.resend());
    act(() => hook.result.current.setCode('123'));
    expect(hook.result.current.canResend).toBe(false);
    hook.rerender({ username: 'grace' });
    expect(hook.result.current.code).toBe('');
    expect(hook.result.current.error).toBeNull();
    expect(hook.result.current.canResend).toBe(true);
  });
});

describe('3. a resend limit does not block the code the person already has', () => {
  it('LimitExceeded on ResendConfirmationCode locks resending, not submitting', async () => {
    const env = setup({ cooldown: { baseSeconds: 30 }, now: () => 1_000 });
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada', codeJustSent: false }), { wrapper: env.wrapper });
    env.fake.rejectOnce('resendConfirmationCode', cognitoException('LimitExceededException'));
    await act(async () => hook.result.current.resend());
    expect(hook.result.current.canResend).toBe(false);
    expect(hook.result.current.canSubmit).toBe(true);
    env.fake.replyOnce('confirmSignUp', undefined);
    await act(async () => hook.result.current.submit({ code: '123456' }));
    expect(env.gateway.confirmSignUp).toHaveBeenCalledTimes(1);
    expect(hook.result.current.isConfirmed).toBe(true);
  });

  it('TooManyFailedAttempts on ConfirmSignUp locks submitting, not resending', async () => {
    const env = setup({ cooldown: { baseSeconds: 30 }, now: () => 1_000 });
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada', codeJustSent: false }), { wrapper: env.wrapper });
    env.fake.rejectOnce('confirmSignUp', cognitoException('TooManyFailedAttemptsException'));
    await act(async () => hook.result.current.submit({ code: '123456' }));
    expect(hook.result.current.canSubmit).toBe(false);
    expect(hook.result.current.canResend).toBe(true);
  });
});

describe('4. an incomplete code spends no attempt', () => {
  it('three digits of six: "incomplete", no request', async () => {
    const env = setup();
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada', codeLength: 6 }), { wrapper: env.wrapper });
    act(() => hook.result.current.setCode('123'));
    await act(async () => hook.result.current.submit());
    expect(env.gateway.confirmSignUp).not.toHaveBeenCalled();
    expect(hook.result.current.error?.reason).toBe('incomplete');
    expect(hook.result.current.error?.length).toBe(6);
    expect(hook.result.current.code).toBe('123');
  });
});

describe('5. the hint tells the truth', () => {
  it('an unverified value found at load has no code sent until one is asked for', async () => {
    const env = await loadedSettings({}, 'phone_number');
    expect(env.result.current.status).toBe('unverified');
    expect(env.result.current.isCodeSent).toBe(false);
    env.fake.replyOnce('getUserAttributeVerificationCode', { codeDeliveryDetails: { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******0123' } });
    await act(async () => env.result.current.resend());
    expect(env.result.current.isCodeSent).toBe(true);
  });
});

describe('6. set-up faults are reported to the developer', () => {
  it('a missing clientId logs one line naming the prop', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = setup({ clientId: undefined });
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada' }), { wrapper: env.wrapper });
    await act(async () => hook.result.current.submit({ code: '123456' }));
    expect(env.gateway.confirmSignUp).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/clientId/);
  });

  it('a missing getAccessToken logs one line naming the prop', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = setup({ getAccessToken: null });
    renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
    await waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/getAccessToken/);
    expect(env.gateway.getUser).not.toHaveBeenCalled();
  });

  it('NotAuthorized for a missing SecretHash is a set-up fault naming secretHash, not "account disabled"', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = setup();
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada' }), { wrapper: env.wrapper });
    env.fake.rejectOnce('confirmSignUp', cognitoException('NotAuthorizedException', 'Client 1example23456789 is configured for secret but secret was not received'));
    await act(async () => hook.result.current.submit({ code: '123456' }));
    expect(hook.result.current.error?.recovery).toBe('config');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/secretHash/);
  });
});

describe('7. settings identity never triggers requests', () => {
  it('an inline gateway in the options (new object each render) loads once', async () => {
    const fake = createFakeGateway();
    fake.replyAlways('getUser', oldUser);
    const hook = renderHook(() =>
      useUpdateAttributes({
        attributeName: 'email',
        gateway: { ...fake.gateway },
        getAccessToken: async () => 'token-1',
        pendingStore: recordingStore(),
      }),
    );
    await waitFor(() => expect(hook.result.current.currentValue).toBe(OLD));
    hook.rerender();
    hook.rerender();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.gateway.getUser).toHaveBeenCalledTimes(1);
  });
});

describe('8. smaller ones', () => {
  it('the saved time of a pending entry resumes the resend cooldown after a reload', async () => {
    const store = recordingStore();
    store.write(SUB, [{ attributeName: 'email', value: NEW, savedAt: 990_000 }]);
    const env = await loadedSettings({ store, now: () => 1_000_000, cooldown: { baseSeconds: 30 } });
    expect(env.result.current.pendingValue).toBe(NEW);
    expect(env.result.current.canResend).toBe(false);
    expect(env.result.current.secondsLeft).toBe(20);
  });

  it('ClientMetadata beyond its documented limits is refused before any request', async () => {
    const env = setup();
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada', clientMetadata: { k: 'x'.repeat(131_073) } }), { wrapper: env.wrapper });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => hook.result.current.submit({ code: '123456' }));
    expect(env.gateway.confirmSignUp).not.toHaveBeenCalled();
    expect(hook.result.current.error?.field).toBe('clientMetadata');
  });

  it('the hook is busy while the app computes the secret hash', async () => {
    let release!: (hash: string) => void;
    const env = setup();
    const secretHash = () => new Promise<string>((resolve) => (release = resolve));
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada', secretHash }), { wrapper: env.wrapper });
    let submitted!: Promise<void>;
    act(() => {
      submitted = hook.result.current.submit({ code: '123456' });
    });
    expect(hook.result.current.isPending).toBe(true);
    env.fake.replyOnce('confirmSignUp', undefined);
    await act(async () => {
      release('aGFzaA==');
      await submitted;
    });
    expect(hook.result.current.isConfirmed).toBe(true);
  });

  it('getAccessToken receives the abort signal', async () => {
    const getAccessToken = vi.fn(async () => 'token-1');
    const env = setup({ getAccessToken });
    renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
    await waitFor(() => expect(getAccessToken).toHaveBeenCalled());
    expect((getAccessToken.mock.calls[0] as unknown[])[0]).toMatchObject({ forceRefresh: false, signal: expect.any(AbortSignal) });
  });
});

describe('9. codes pasted from an email', () => {
  it.each([
    ['zero-width space', '123\u200B456'],
    ['zero-width joiners', '\u200C123\u200D456\u2060'],
    ['byte-order mark', '\uFEFF123456'],
    ['bidi marks', '\u200E123456\u200F\u202A'],
    ['soft hyphen', '123\u00AD456'],
    ['control characters', '\u0007123\u0085456\u0000'],
    ['Devanagari digits', '१२३४५६'],
    ['Bengali digits', '১২৩৪৫৬'],
    ['Thai digits', '๑๒๓๔๕๖'],
  ])('%s: cleaned to 123456', (_name, raw) => {
    expect(normalizeCode(raw)).toBe('123456');
  });
});

describe('10. never stuck busy', () => {
  it('save(), then an attributeName change, then a failed GetUser: not saving', async () => {
    const env = await loadedSettings();
    let saved!: Promise<void>;
    act(() => {
      saved = env.result.current.save(NEW);
    });
    await waitFor(() => expect(env.gateway.updateUserAttributes).toHaveBeenCalledTimes(1));
    env.rerender({ attributeName: 'phone_number' });
    await waitFor(() => expect(env.gateway.getUser).toHaveBeenCalledTimes(2));
    await act(async () => {
      env.fake.latest('getUser').reject(offline());
      env.fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [] });
      await saved;
    });
    expect(env.result.current.isSaving).toBe(false);
    expect(env.result.current.status).toBe('editing');
    expect(env.result.current.error?.operation).toBe('GetUser');
  });

  it('two submit() calls in one tick send one ConfirmSignUp and end confirmed', async () => {
    const env = setup();
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada' }), { wrapper: env.wrapper });
    env.fake.replyAlways('confirmSignUp', undefined);
    await act(async () => {
      await Promise.all([hook.result.current.submit({ code: '123456' }), hook.result.current.submit({ code: '123456' })]);
    });
    expect(env.gateway.confirmSignUp).toHaveBeenCalledTimes(1);
    expect(hook.result.current.status).toBe('confirmed');
  });

  it('save() then cancel() in one tick leaves no request aborted under a busy state', async () => {
    const env = await loadedSettings();
    await act(async () => {
      void env.result.current.save(NEW);
      env.result.current.cancel();
    });
    await waitFor(() => expect(env.gateway.updateUserAttributes).toHaveBeenCalledTimes(1));
    expect(env.fake.signal('updateUserAttributes').aborted).toBe(false);
    expect(env.result.current.isSaving).toBe(true);
  });

  it('cancel() then resend() in one tick does not send the cancelled value again', async () => {
    const store = recordingStore();
    store.write(SUB, [{ attributeName: 'email', value: NEW, savedAt: 0 }]);
    const env = await loadedSettings({ store });
    expect(env.result.current.pendingValue).toBe(NEW);
    await act(async () => {
      env.result.current.cancel();
      await env.result.current.resend();
    });
    expect(env.gateway.updateUserAttributes).not.toHaveBeenCalled();
    expect(store.read(SUB)).toEqual([]);
  });
});

describe('11. no work after abort', () => {
  it('reset() while the token is awaited sends nothing', async () => {
    let release!: (token: string) => void;
    const getAccessToken = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const env = setup({ getAccessToken });
    const hook = renderHook(() => useVerifyAttribute({ attributeName: 'email' }), { wrapper: env.wrapper });
    let sent!: Promise<void>;
    act(() => {
      sent = hook.result.current.resend();
    });
    await waitFor(() => expect(getAccessToken).toHaveBeenCalledTimes(1));
    act(() => hook.result.current.reset());
    await act(async () => {
      release('token-1');
      await sent;
    });
    expect(env.gateway.getUserAttributeVerificationCode).not.toHaveBeenCalled();
  });

  it('unmount between UpdateUserAttributes and GetUser: no GetUser, nothing stored', async () => {
    const store = recordingStore();
    const env = await loadedSettings({ store });
    const writes = store.writes.length;
    let saved!: Promise<void>;
    act(() => {
      saved = env.result.current.save(NEW);
    });
    await waitFor(() => expect(env.gateway.updateUserAttributes).toHaveBeenCalledTimes(1));
    // A gateway that ignores aborts still answers.
    env.unmount();
    await act(async () => {
      env.fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [emailDelivery] });
      await saved;
    });
    expect(env.gateway.getUser).toHaveBeenCalledTimes(1);
    expect(store.writes.length).toBe(writes);
  });

  it('reset() during a NotAuthorized retry asks for no forced token', async () => {
    const env = setup();
    const hook = renderHook(() => useVerifyAttribute({ attributeName: 'email' }), { wrapper: env.wrapper });
    let sent!: Promise<void>;
    act(() => {
      sent = hook.result.current.resend();
    });
    await waitFor(() => expect(env.gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1));
    act(() => hook.result.current.reset());
    await act(async () => {
      env.fake.latest('getUserAttributeVerificationCode').reject(cognitoException('NotAuthorizedException'));
      await sent;
    });
    expect(env.getAccessToken).not.toHaveBeenCalledWith(expect.objectContaining({ forceRefresh: true }));
    expect(env.gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1);
  });
});

describe('12. waits neither move back nor vanish', () => {
  it('a code sent during a longer "too many" wait keeps the longer wait', () => {
    let state = initialCooldown({ baseSeconds: 30 });
    state = cooldownTransition(state, { type: 'LIMIT_REACHED', now: 0 });
    const limited = state.availableAt;
    state = cooldownTransition(state, { type: 'CODE_SENT', now: 1_000 });
    expect(limited).toBe(60_000);
    expect(state.availableAt).toBe(60_000);
  });

  it('with baseSeconds 0, repeated limits never make the wait NaN', () => {
    let state = initialCooldown({ baseSeconds: 0 });
    for (let i = 0; i < 2_000; i++) state = cooldownTransition(state, { type: 'LIMIT_REACHED', now: i });
    expect(Number.isFinite(state.availableAt)).toBe(true);
  });

  it('reset() does not lift a TooManyRequests wait', async () => {
    const env = setup({ cooldown: { baseSeconds: 30 }, now: () => 1_000 });
    const hook = renderHook(() => useConfirmSignUp({ username: 'ada', codeJustSent: false }), { wrapper: env.wrapper });
    env.fake.rejectOnce('confirmSignUp', cognitoException('TooManyRequestsException'));
    await act(async () => hook.result.current.submit({ code: '123456' }));
    act(() => hook.result.current.reset());
    expect(hook.result.current.canSubmit).toBe(false);
    await act(async () => hook.result.current.submit({ code: '123456' }));
    expect(env.gateway.confirmSignUp).toHaveBeenCalledTimes(1);
  });

  it('save() waits after TooManyRequests on UpdateUserAttributes', async () => {
    const env = await loadedSettings({ cooldown: { baseSeconds: 30 } });
    env.fake.rejectOnce('updateUserAttributes', cognitoException('TooManyRequestsException'));
    await act(async () => env.result.current.save(NEW));
    expect(env.result.current.canSave).toBe(false);
    await act(async () => env.result.current.save(NEW));
    expect(env.gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
  });

  it('refresh() is pending while GetUser is out', async () => {
    const env = await loadedSettings();
    let refreshed!: Promise<void>;
    act(() => {
      refreshed = env.result.current.refresh();
    });
    expect(env.result.current.isPending).toBe(true);
    await waitFor(() => expect(env.gateway.getUser).toHaveBeenCalledTimes(2));
    await act(async () => {
      env.fake.latest('getUser').resolve(oldUser);
      await refreshed;
    });
    expect(env.result.current.isPending).toBe(false);
  });
});
