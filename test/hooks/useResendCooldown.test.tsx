import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { useResendCooldown, type UseResendCooldownOptions } from '../../src/hooks/useResendCooldown.ts';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { useVerifyAttribute } from '../../src/hooks/useVerifyAttribute.ts';
import { cognitoException, setup, user } from './support.tsx';

const T0 = Date.UTC(2030, 0, 1, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Advances the fake clock (and its timers) inside act, so React renders what ticked. */
function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function mountCooldown(options: UseResendCooldownOptions = {}) {
  let renders = 0;
  const hook = renderHook(() => {
    renders += 1;
    return useResendCooldown(options);
  });
  return { ...hook, renders: () => renders };
}

describe('useResendCooldown', () => {
  it('starts at 30 s by default when a code was just sent', () => {
    const { result } = mountCooldown({ startNow: true });
    expect(result.current.secondsLeft).toBe(30);
    expect(result.current.canResend).toBe(false);
    expect(result.current.resendAvailableAt).toBe(T0 + 30_000);
  });

  it('without startNow there is no wait and no timer', () => {
    const { result } = mountCooldown();
    expect(result.current.secondsLeft).toBe(0);
    expect(result.current.canResend).toBe(true);
    expect(result.current.resendAvailableAt).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts down once a second, re-rendering once a second (not on every 250 ms check)', () => {
    const { result, renders } = mountCooldown({ startNow: true });
    for (let second = 1; second <= 10; second += 1) {
      const before = renders();
      for (let quarter = 0; quarter < 4; quarter += 1) advance(250);
      expect(result.current.secondsLeft).toBe(30 - second);
      expect(renders() - before).toBe(1);
    }
  });

  it('reaches 0 and stops ticking', () => {
    const { result, renders } = mountCooldown({ startNow: true });
    expect(vi.getTimerCount()).toBe(1);
    advance(29_999);
    expect(result.current.secondsLeft).toBe(1);
    expect(result.current.canResend).toBe(false);
    advance(1);
    expect(result.current.secondsLeft).toBe(0);
    expect(result.current.canResend).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    const after = renders();
    advance(10_000);
    expect(renders()).toBe(after);
  });

  it('takes a configurable base', () => {
    const { result } = mountCooldown({ startNow: true, baseSeconds: 5 });
    expect(result.current.secondsLeft).toBe(5);
    advance(5_000);
    expect(result.current.canResend).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('codeSent starts the wait; limitReached doubles it (60 s, 120 s) up to the cap; reset forgets the strikes, not the wait', () => {
    const { result } = mountCooldown({ maxSeconds: 200 });
    act(() => result.current.codeSent());
    expect(result.current.secondsLeft).toBe(30);
    act(() => result.current.limitReached());
    expect(result.current.secondsLeft).toBe(60);
    expect(result.current.resendAvailableAt).toBe(T0 + 60_000);
    act(() => result.current.limitReached());
    expect(result.current.secondsLeft).toBe(120);
    act(() => result.current.limitReached());
    expect(result.current.secondsLeft).toBe(200);
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ secondsLeft: 200, canResend: false });
    advance(200_000);
    act(() => result.current.limitReached());
    expect(result.current.secondsLeft).toBe(60);
  });

  it('unmounting clears its timer', () => {
    const { unmount } = mountCooldown({ startNow: true });
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the cooldown in the flows', () => {
  describe('useConfirmSignUp', () => {
    function mountConfirm(cooldown = {}) {
      const env = setup({ cooldown });
      const onConfirmed = vi.fn();
      const hook = renderHook(() => useConfirmSignUp({ username: 'ada', onConfirmed }), { wrapper: env.wrapper });
      return { ...env, ...hook };
    }

    it('starts at 30 s and refuses resend until it passes', async () => {
      const { result, gateway, fake } = mountConfirm();
      expect(result.current).toMatchObject({ secondsLeft: 30, canResend: false, resendAvailableAt: T0 + 30_000, isWaiting: false });
      await act(async () => void result.current.resend());
      expect(gateway.resendConfirmationCode).not.toHaveBeenCalled();
      advance(29_000);
      expect(result.current.secondsLeft).toBe(1);
      await act(async () => void result.current.resend());
      expect(gateway.resendConfirmationCode).not.toHaveBeenCalled();
      advance(1_000);
      expect(result.current).toMatchObject({ secondsLeft: 0, canResend: true });
      fake.replyOnce('resendConfirmationCode', {});
      await act(async () => result.current.resend());
      expect(gateway.resendConfirmationCode).toHaveBeenCalledTimes(1);
      expect(result.current).toMatchObject({ secondsLeft: 30, canResend: false, resendAvailableAt: T0 + 60_000 });
    });

    it('a configurable base from the provider', () => {
      const { result } = mountConfirm({ baseSeconds: 10 });
      expect(result.current.secondsLeft).toBe(10);
      advance(10_000);
      expect(result.current.canResend).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('LimitExceeded, then TooManyFailedAttempts, make submitting wait 60 s then 120 s; the resend keeps its own wait', async () => {
      const { result, fake } = mountConfirm();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('LimitExceededException', 'Attempt limit exceeded, please try after some time.'));
      await act(async () => result.current.submit());
      expect(result.current).toMatchObject({
        secondsLeft: 30,
        retrySecondsLeft: 60,
        isWaiting: true,
        retryAt: T0 + 60_000,
        resendAvailableAt: T0 + 30_000,
        canSubmit: false,
        canResend: false,
        code: '123456',
      });
      advance(30_000);
      expect(result.current).toMatchObject({ isWaiting: true, canSubmit: false, canResend: true, secondsLeft: 0, retrySecondsLeft: 30 });
      advance(30_000);
      expect(result.current).toMatchObject({ isWaiting: false, retryAt: null, canSubmit: true, canResend: true, secondsLeft: 0 });
      expect(vi.getTimerCount()).toBe(0);
      fake.rejectOnce('confirmSignUp', cognitoException('TooManyFailedAttemptsException'));
      await act(async () => result.current.submit());
      expect(result.current).toMatchObject({ retrySecondsLeft: 120, isWaiting: true, retryAt: T0 + 180_000, canSubmit: false, canResend: true });
    });

    it('sends nothing while waiting after a limit', async () => {
      const { result, gateway, fake } = mountConfirm();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('LimitExceededException'));
      await act(async () => result.current.submit());
      expect(result.current.isWaiting).toBe(true);
      await act(async () => void result.current.submit());
      await act(async () => void result.current.resend());
      expect(gateway.confirmSignUp).toHaveBeenCalledTimes(1);
      expect(gateway.resendConfirmationCode).not.toHaveBeenCalled();
    });

    it('a confirmed code ends the flow: nothing waits, nothing more can be sent', async () => {
      const { result, fake } = mountConfirm();
      expect(result.current.secondsLeft).toBe(30);
      act(() => result.current.setCode('123456'));
      fake.replyOnce('confirmSignUp', undefined);
      await act(async () => result.current.submit());
      expect(result.current.status).toBe('confirmed');
      expect(result.current).toMatchObject({ isWaiting: false, canResend: false, canSubmit: false });
    });

    it('a wrong code does not touch it', async () => {
      const { result, fake } = mountConfirm();
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('confirmSignUp', cognitoException('CodeMismatchException'));
      await act(async () => result.current.submit());
      expect(result.current).toMatchObject({ secondsLeft: 30, isWaiting: false, canSubmit: true, resendAvailableAt: T0 + 30_000 });
    });
  });

  describe('useVerifyAttribute', () => {
    function mountVerify(delivery?: { destination: string }) {
      const env = setup({ cooldown: {} });
      const hook = renderHook(() => useVerifyAttribute({ attributeName: 'email', delivery }), { wrapper: env.wrapper });
      return { ...env, ...hook };
    }

    it('a first code can be asked for at once; the resend waits 30 s', async () => {
      const { result, gateway, fake } = mountVerify();
      expect(result.current.canResend).toBe(true);
      fake.replyOnce('getUserAttributeVerificationCode', {});
      await act(async () => result.current.resend());
      expect(result.current).toMatchObject({ status: 'codeSent', secondsLeft: 30, canResend: false });
      await act(async () => void result.current.resend());
      expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1);
      advance(30_000);
      fake.replyOnce('getUserAttributeVerificationCode', {});
      await act(async () => result.current.resend());
      expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(2);
    });

    it('LimitExceeded on verify makes submitting wait (not the resend, which keeps its own wait)', async () => {
      const { result, gateway, fake } = mountVerify({ destination: 'a***@e***' });
      expect(result.current.secondsLeft).toBe(30);
      act(() => result.current.setCode('123456'));
      fake.rejectOnce('verifyUserAttribute', cognitoException('LimitExceededException'));
      await act(async () => result.current.submit());
      expect(result.current).toMatchObject({ secondsLeft: 30, retrySecondsLeft: 60, isWaiting: true, retryAt: T0 + 60_000, canSubmit: false, canResend: false });
      await act(async () => void result.current.submit());
      await act(async () => void result.current.resend());
      expect(gateway.verifyUserAttribute).toHaveBeenCalledTimes(1);
      expect(gateway.getUserAttributeVerificationCode).not.toHaveBeenCalled();
      advance(60_000);
      expect(result.current).toMatchObject({ isWaiting: false, canSubmit: true, retryAt: null });
      fake.replyOnce('verifyUserAttribute', undefined);
      await act(async () => result.current.submit());
      expect(result.current).toMatchObject({ status: 'verified', isWaiting: false, canSubmit: false });
    });

    it('LimitExceeded on the first send blocks sending until it passes', async () => {
      const { result, gateway, fake } = mountVerify();
      fake.rejectOnce('getUserAttributeVerificationCode', cognitoException('LimitExceededException'));
      await act(async () => result.current.resend());
      expect(result.current).toMatchObject({ status: 'idle', isWaiting: true, canResend: false, secondsLeft: 60 });
      await act(async () => void result.current.resend());
      expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(1);
      advance(60_000);
      expect(result.current.canResend).toBe(true);
      fake.replyOnce('getUserAttributeVerificationCode', {});
      await act(async () => result.current.resend());
      expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledTimes(2);
    });
  });

  describe('useUpdateAttributes', () => {
    it('a save that sends a code starts the resend wait; LimitExceeded on verify makes submitting wait', async () => {
      const env = setup({ cooldown: {} });
      env.fake.replyOnce('getUser', user({ email: 'old@example.com', email_verified: 'true' }));
      const { result } = renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
      await act(async () => {});
      expect(result.current.status).toBe('editing');
      env.fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [{ attributeName: 'email' }] });
      env.fake.replyOnce('getUser', user({ email: 'old@example.com', email_verified: 'true' }));
      await act(async () => result.current.save('new@example.com'));
      expect(result.current).toMatchObject({ status: 'awaitingCode', secondsLeft: 30, canResend: false });
      await act(async () => void result.current.resend());
      expect(env.gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
      act(() => result.current.setCode('123456'));
      env.fake.rejectOnce('verifyUserAttribute', cognitoException('LimitExceededException'));
      await act(async () => result.current.submit());
      expect(result.current).toMatchObject({ status: 'awaitingCode', secondsLeft: 30, retrySecondsLeft: 60, isWaiting: true, retryAt: T0 + 60_000, canSubmit: false });
      await act(async () => void result.current.submit());
      expect(env.gateway.verifyUserAttribute).toHaveBeenCalledTimes(1);
      advance(60_000);
      expect(result.current).toMatchObject({ isWaiting: false, canSubmit: true, canResend: true });
    });
  });
});
