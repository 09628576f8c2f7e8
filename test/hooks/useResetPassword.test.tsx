import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CodeDeliveryDetails } from '../../src/cognito/gateway.ts';
import { useResetPassword, type UseResetPasswordOptions, type UseResetPasswordResult } from '../../src/hooks/useResetPassword.ts';
import { cognitoException, deferred, offline, setup, spyOnConsole, spyOnConsoleError, type SetupOptions } from './support.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

const delivery: CodeDeliveryDetails = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' };
/** Meets every rule of `policy` below. */
const strong = 'Correct horse 9!';
const policy = { MinimumLength: 10, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true };
const T0 = 1_000_000;

type Props = Partial<UseResetPasswordOptions>;

function mount(options: SetupOptions = {}, hookOptions: Props = {}) {
  const env = setup(options);
  const onPasswordReset = vi.fn();
  const hook = renderHook((props: Props) => useResetPassword({ username: 'ada', onPasswordReset, ...hookOptions, ...props }), {
    wrapper: env.wrapper,
    initialProps: {},
  });
  return { ...env, ...hook, onPasswordReset };
}

/** Mounted as if the app had called ForgotPassword a while ago: a code is out and another may be asked for. */
const mountSent = (options: SetupOptions = {}, hookOptions: Props = {}) => mount(options, { delivery, codeJustSent: false, ...hookOptions });

/** A clock the test moves; `tick` re-renders so the waits are read again. */
function clock(start = T0) {
  let time = start;
  return {
    now: () => time,
    set(next: number, rerender: () => void) {
      time = next;
      act(() => rerender());
    },
  };
}

/** Types a code and a password (each its own event, as a person would). */
function type(result: { current: UseResetPasswordResult }, code: string, password: string) {
  act(() => result.current.setCode(code));
  act(() => result.current.setPassword(password));
}

describe('useResetPassword', () => {
  describe('the requests sent', () => {
    it('ForgotPassword with the client id and user name, then codeSent with the delivery', async () => {
      const { result, gateway, fake } = mount();
      expect(result.current).toMatchObject({ status: 'idle', isCodeSent: false, canResend: true, canSubmit: false, isPending: false });
      await act(async () => void result.current.resend());
      expect(gateway.forgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.forgotPassword).toHaveBeenCalledWith({ clientId: 'client1', username: 'ada' }, expect.any(AbortSignal));
      expect(result.current).toMatchObject({ status: 'requesting', isResending: true, isPending: true, isCodeSent: false, canResend: false });
      await act(async () => fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery }));
      expect(result.current).toMatchObject({ status: 'codeSent', isCodeSent: true, isResending: false, isPending: false, delivery, canSubmit: true });
    });

    it('ForgotPassword with SecretHash and ClientMetadata when the app gives them', async () => {
      const secretHash = vi.fn(async (username: string) => `hash+${username}=`);
      const { result, gateway } = mount({}, { secretHash, clientMetadata: { app: 'web' } });
      await act(async () => void result.current.resend());
      expect(secretHash).toHaveBeenCalledWith('ada');
      expect(gateway.forgotPassword).toHaveBeenCalledWith(
        { clientId: 'client1', username: 'ada', secretHash: 'hash+ada=', clientMetadata: { app: 'web' } },
        expect.any(AbortSignal),
      );
    });

    it('ConfirmForgotPassword with the code, the password, SecretHash and ClientMetadata', async () => {
      const secretHash = vi.fn(async (username: string) => `hash+${username}=`);
      const { result, gateway } = mountSent({}, { secretHash, clientMetadata: { app: 'web' } });
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.confirmForgotPassword).toHaveBeenCalledWith(
        { clientId: 'client1', username: 'ada', confirmationCode: '123456', password: strong, secretHash: 'hash+ada=', clientMetadata: { app: 'web' } },
        expect.any(AbortSignal),
      );
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
    });

    it('the user name typed with setUsername is the one sent, and it is fixed once a code was asked for', async () => {
      const { result, gateway, fake } = mount({}, { username: undefined });
      expect(result.current.username).toBe('');
      act(() => result.current.setUsername('grace'));
      await act(async () => void result.current.resend());
      expect(gateway.forgotPassword.mock.calls[0]![0].username).toBe('grace');
      act(() => result.current.setUsername('ada'));
      expect(result.current.username).toBe('grace');
      await act(async () => fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery }));
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword.mock.calls[0]![0].username).toBe('grace');
    });

    it.each([
      ['full-width digits', '１２３４５６'],
      ['spaces', '123 456'],
      ['spaces and hyphens around', ' 12-34 56 '],
      ['Arabic-Indic digits', '١٢٣٤٥٦'],
    ])('the code is normalised before sending: %s', async (_label, typed) => {
      const { result, gateway } = mountSent();
      type(result, typed, strong);
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.confirmForgotPassword.mock.calls[0]![0]).toMatchObject({ confirmationCode: '123456', password: strong });
      // What the person typed is left as typed.
      expect(result.current.code).toBe(typed);
    });

    it('a code and a password passed to submit are used (and the code normalised)', async () => {
      const { result, gateway } = mountSent();
      type(result, '000000', 'Typed one 1!');
      await act(async () => void result.current.submit({ code: '６５４ ３２１', password: strong }));
      expect(gateway.confirmForgotPassword.mock.calls[0]![0]).toMatchObject({ confirmationCode: '654321', password: strong });
    });

    it('the password is sent exactly as typed: inner spaces and non-ASCII kept, nothing trimmed or normalised', async () => {
      const { result, gateway } = mountSent();
      const password = 'Ｃafé  crème 9!';
      type(result, '123456', password);
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword.mock.calls[0]![0].password).toBe(password);
    });
  });

  describe('hostile codes', () => {
    const hostile = ['123\u200B456', '\uFEFF123456', '12\u2212 3456', '123–456', '۱۲۳۴۵۶', '१२३४५६', '𝟏𝟐𝟑𝟒𝟓𝟔', '<b>123456</b>', '123\u0000456', '🙂', '1'.repeat(2049), '\t\n'];
    it.each(hostile.map((code) => [JSON.stringify(code).slice(0, 30), code]))('%s is sent only as six ASCII digits, else refused with a specific reason', async (_label, code) => {
      const { result, gateway } = mountSent();
      await act(async () => void result.current.submit({ code, password: strong }));
      const calls = gateway.confirmForgotPassword.mock.calls;
      if (calls.length) expect(calls[0]![0].confirmationCode).toMatch(/^[0-9]{6}$/);
      else expect(result.current.error).toMatchObject({ kind: 'validation', field: 'code', reason: expect.stringMatching(/^(required|incomplete|tooLong|pattern)$/) });
    });
  });

  describe('invalid input never reaches the gateway', () => {
    it.each([
      ['no user name', '', 'username', 'required'],
      ['a user name with a space', 'ada lovelace', 'username', 'pattern'],
      ['a user name of 129 characters', 'a'.repeat(129), 'username', 'tooLong'],
    ] as const)('resend with %s', async (_label, username, field, reason) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { result, gateway } = mount({}, { username });
      await act(async () => void result.current.resend());
      expect(result.current.error).toMatchObject({ kind: 'validation', operation: 'ForgotPassword', field, reason });
      expect(result.current.isError).toBe(true);
      expect(result.current.status).toBe('idle');
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
    });

    it('submit with a user name that is not valid sends nothing', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { result, gateway } = mountSent({}, { username: 'ada lovelace' });
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      expect(result.current.error).toMatchObject({ kind: 'validation', operation: 'ConfirmForgotPassword', field: 'username', reason: 'pattern' });
      expect(result.current.status).toBe('codeSent');
      expect(gateway.confirmForgotPassword).not.toHaveBeenCalled();
    });

    it.each([
      ['an empty code', '', strong, {}, 'code', 'required'],
      ['an incomplete code', '12345', strong, {}, 'code', 'incomplete'],
      ['a code of 7 digits', '1234567', strong, {}, 'code', 'tooLong'],
      ['an empty password', '123456', '', {}, 'password', 'required'],
      ['a password with a leading space', '123456', ` ${strong}`, {}, 'password', 'pattern'],
      ['a password with a trailing space', '123456', `${strong} `, {}, 'password', 'pattern'],
      ['a password of white space only', '123456', '   ', {}, 'password', 'pattern'],
      ['a password of 257 characters', '123456', `Aa1!${'x'.repeat(253)}`, {}, 'password', 'tooLong'],
      ['a password that breaks the pool’s policy', '123456', 'short', { passwordPolicy: policy }, 'password', 'format'],
      ['a password without a symbol the policy asks for', '123456', 'Correcthorse9', { passwordPolicy: policy }, 'password', 'format'],
    ] as const)('%s', async (_label, code, password, hookOptions, field, reason) => {
      const { result, gateway } = mountSent({}, hookOptions);
      type(result, code, password);
      await act(async () => void result.current.submit());
      expect(result.current.error).toMatchObject({ kind: 'validation', name: 'ValidationError', operation: 'ConfirmForgotPassword', field, reason });
      expect(result.current.status).toBe('codeSent');
      expect(result.current.code).toBe(code);
      expect(result.current.password).toBe(password);
      expect(gateway.confirmForgotPassword).not.toHaveBeenCalled();
    });

    it('a password of exactly 256 characters is sent', async () => {
      const { result, gateway } = mountSent();
      const password = `Aa1!${'x'.repeat(252)}`;
      type(result, '123456', password);
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword.mock.calls[0]![0].password).toBe(password);
    });

    it('without a policy the kit leaves the rules to Cognito: a short password is sent', async () => {
      const { result, gateway } = mountSent();
      type(result, '123456', 'short');
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
    });

    it('a policy that is met lets the request go', async () => {
      const { result, gateway } = mountSent({}, { passwordPolicy: policy });
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
    });

    it('a missing client id is named for the developer, and nothing is sent', async () => {
      const { spy } = spyOnConsoleError();
      const { result, gateway } = mount({ clientId: undefined });
      await act(async () => void result.current.resend());
      expect(result.current.error).toMatchObject({ kind: 'validation', operation: 'ForgotPassword', field: 'clientId', reason: 'required' });
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0]![0])).toContain('clientId');
    });

    it('the next valid attempt clears the validation error', async () => {
      const { result, gateway } = mountSent({}, { passwordPolicy: policy });
      type(result, '123456', 'short');
      await act(async () => void result.current.submit());
      expect(result.current.isError).toBe(true);
      act(() => result.current.setPassword(strong));
      await act(async () => void result.current.submit());
      expect(result.current.error).toBeNull();
      expect(result.current.isError).toBe(false);
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
    });
  });

  describe('one request at a time', () => {
    // Each verb, started from a state where it runs, then every verb again while it is out.
    const starts = {
      'the first code (requesting)': { sent: false, start: (r: UseResetPasswordResult) => r.resend(), method: 'forgotPassword', status: 'requesting' },
      'another code (resending)': { sent: true, start: (r: UseResetPasswordResult) => r.resend(), method: 'forgotPassword', status: 'resending' },
      'the new password (submitting)': { sent: true, start: (r: UseResetPasswordResult) => r.submit(), method: 'confirmForgotPassword', status: 'submitting' },
    } as const;
    const seconds = {
      resend: (r: UseResetPasswordResult) => r.resend(),
      submit: (r: UseResetPasswordResult) => r.submit(),
      'submit with options': (r: UseResetPasswordResult) => r.submit({ code: '111111', password: 'Other pass 1!' }),
    } as const;
    const pairs = Object.keys(starts).flatMap((first) => Object.keys(seconds).map((second) => [first, second] as [keyof typeof starts, keyof typeof seconds]));

    it.each(pairs)('while asking for %s, %s sends nothing extra', async (first, second) => {
      const { sent, start, method, status } = starts[first];
      const { result, gateway, fake } = sent ? mountSent() : mount();
      type(result, '123456', strong);
      await act(async () => void start(result.current));
      expect(result.current.status).toBe(status);
      await act(async () => void seconds[second](result.current));
      // Twice in one tick, too: the guard reads the state as it is, not as last rendered.
      await act(async () => {
        void seconds[second](result.current);
        void seconds[second](result.current);
      });
      expect(gateway[method]).toHaveBeenCalledTimes(1);
      const other = method === 'forgotPassword' ? gateway.confirmForgotPassword : gateway.forgotPassword;
      expect(other).not.toHaveBeenCalled();
      expect(result.current.status).toBe(status);
      expect(result.current.error).toBeNull();
      expect(fake.signal(method).aborted).toBe(false);
    });

    it('submit before any code was sent does nothing: no request and no error', async () => {
      const { result, gateway } = mount();
      await act(async () => void result.current.submit());
      await act(async () => void result.current.submit({ code: '', password: '' }));
      expect(result.current).toMatchObject({ status: 'idle', error: null, isError: false });
      expect(gateway.confirmForgotPassword).not.toHaveBeenCalled();
    });

    it('two submits in one tick send one request and call onPasswordReset once', async () => {
      const { result, gateway, fake, onPasswordReset } = mountSent();
      type(result, '123456', strong);
      await act(async () => {
        void result.current.submit();
        void result.current.submit();
        void result.current.resend();
      });
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
      await act(async () => fake.latest('confirmForgotPassword').resolve());
      expect(onPasswordReset).toHaveBeenCalledTimes(1);
    });

    it('while the secret hash is awaited the request is pending, and a second verb is refused', async () => {
      const hash = deferred<string>();
      const secretHash = vi.fn(() => hash.promise);
      const { result, gateway, fake, onPasswordReset } = mountSent({}, { secretHash });
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      expect(result.current).toMatchObject({ status: 'submitting', isSubmitting: true, isPending: true, canSubmit: false, canResend: false });
      expect(gateway.confirmForgotPassword).not.toHaveBeenCalled();
      await act(async () => void result.current.submit());
      await act(async () => void result.current.resend());
      expect(secretHash).toHaveBeenCalledTimes(1);
      await act(async () => hash.resolve('aGFzaA=='));
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.confirmForgotPassword.mock.calls[0]![0].secretHash).toBe('aGFzaA==');
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
      await act(async () => fake.latest('confirmForgotPassword').resolve());
      expect(result.current.status).toBe('done');
      expect(onPasswordReset).toHaveBeenCalledTimes(1);
    });

    it('a secret hash that is not valid is a set-up fault, and nothing is sent', async () => {
      const { spy } = spyOnConsoleError();
      const { result, gateway } = mount({}, { secretHash: async () => 'not a hash!' });
      await act(async () => void result.current.resend());
      expect(result.current.error).toMatchObject({ kind: 'validation', field: 'secretHash', setting: 'secretHash' });
      expect(result.current.status).toBe('idle');
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
      expect(String(spy.mock.calls[0]![0])).toContain('secretHash');
    });
  });

  describe('cancellation', () => {
    it('a new username prop while the code is asked for aborts it and starts over', async () => {
      const { result, fake, gateway, rerender } = mount();
      await act(async () => void result.current.resend());
      const signal = fake.signal('forgotPassword');
      rerender({ username: 'grace' });
      expect(signal.aborted).toBe(true);
      expect(result.current).toMatchObject({ status: 'idle', username: 'grace', isPending: false, delivery: null, error: null });
      await act(async () => fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery }));
      expect(result.current.status).toBe('idle');
      expect(result.current.delivery).toBeNull();
      // The new user name gets its own request.
      await act(async () => void result.current.resend());
      expect(gateway.forgotPassword).toHaveBeenCalledTimes(2);
      expect(gateway.forgotPassword.mock.calls[1]![0].username).toBe('grace');
      expect(fake.signal('forgotPassword').aborted).toBe(false);
    });

    it('a new username prop while the password is being set aborts it; the old code and password are dropped', async () => {
      const { result, fake, rerender, onPasswordReset } = mount();
      await act(async () => void result.current.resend());
      await act(async () => fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery }));
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      const signal = fake.signal('confirmForgotPassword');
      rerender({ username: 'grace' });
      expect(signal.aborted).toBe(true);
      expect(result.current).toMatchObject({ status: 'idle', username: 'grace', code: '', password: '', isPending: false });
      await act(async () => fake.latest('confirmForgotPassword').resolve());
      expect(result.current.status).toBe('idle');
      expect(onPasswordReset).not.toHaveBeenCalled();
    });

    it('a failure that arrives after the username changed is not shown', async () => {
      const { result, fake, rerender } = mount();
      await act(async () => void result.current.resend());
      rerender({ username: 'grace' });
      await act(async () => fake.latest('forgotPassword').reject(cognitoException('LimitExceededException')));
      expect(result.current.error).toBeNull();
      expect(result.current.canResend).toBe(true);
    });

    it('unmount mid-request aborts it; the reply is ignored, without a React warning', async () => {
      const console = spyOnConsoleError();
      const { result, fake, unmount, onPasswordReset } = mountSent();
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      const signal = fake.signal('confirmForgotPassword');
      expect(signal.aborted).toBe(false);
      const last = result.current;
      unmount();
      expect(signal.aborted).toBe(true);
      await act(async () => fake.latest('confirmForgotPassword').resolve());
      expect(onPasswordReset).not.toHaveBeenCalled();
      expect(result.current).toBe(last);
      expect(console.reactWarnings()).toEqual([]);
      expect(console.spy).not.toHaveBeenCalled();
    });

    it('unmount while the secret hash is awaited sends nothing once it arrives', async () => {
      const hash = deferred<string>();
      const { result, gateway, unmount } = mount({}, { secretHash: () => hash.promise });
      await act(async () => void result.current.resend());
      unmount();
      await act(async () => hash.resolve('aGFzaA=='));
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
    });

    it('reset mid-request aborts it and the late reply is ignored', async () => {
      const { result, fake } = mount();
      await act(async () => void result.current.resend());
      act(() => result.current.reset());
      expect(fake.signal('forgotPassword').aborted).toBe(true);
      expect(result.current.status).toBe('idle');
      await act(async () => fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery }));
      expect(result.current.status).toBe('idle');
      expect(result.current.delivery).toBeNull();
    });
  });

  describe('failures keep what was typed', () => {
    it.each([
      ['CodeMismatch', () => cognitoException('CodeMismatchException', 'Invalid verification code provided, please try again.'), 'CodeMismatchException', 'retype'],
      ['ExpiredCode', () => cognitoException('ExpiredCodeException', 'Invalid code provided, please request a code again.'), 'ExpiredCodeException', 'resend'],
      ['InvalidPassword', () => cognitoException('InvalidPasswordException', 'Password does not conform to policy: Password not long enough'), 'InvalidPasswordException', 'fixInput'],
      ['PasswordHistoryPolicyViolation', () => cognitoException('PasswordHistoryPolicyViolationException'), 'PasswordHistoryPolicyViolationException', 'fixInput'],
      ['TooManyFailedAttempts', () => cognitoException('TooManyFailedAttemptsException'), 'TooManyFailedAttemptsException', 'wait'],
      ['a network failure', offline, 'NetworkError', 'retry'],
    ])('%s keeps the code and the password, and neither is logged', async (_label, failure, name, recovery) => {
      const out = spyOnConsole();
      const { result, fake } = mountSent({ cooldown: { baseSeconds: 30 } });
      type(result, '735 291', 'Zebra crossing 77?');
      fake.rejectOnce('confirmForgotPassword', failure());
      await act(async () => void result.current.submit());
      expect(result.current.status).toBe('codeSent');
      expect(result.current.error).toMatchObject({ name, operation: 'ConfirmForgotPassword', recovery });
      expect(result.current.code).toBe('735 291');
      expect(result.current.password).toBe('Zebra crossing 77?');
      const error = result.current.error!;
      for (const text of [error.message, error.serverMessage ?? '', String(error), JSON.stringify(error)]) {
        expect(text).not.toMatch(/735\s?291/);
        expect(text).not.toContain('Zebra');
      }
      expect(out.output()).not.toMatch(/735\s?291|Zebra/);
    });

    it('a failed ForgotPassword keeps the code and the password typed for the last one', async () => {
      const { result, fake } = mountSent();
      type(result, '123', strong);
      fake.rejectOnce('forgotPassword', offline());
      await act(async () => void result.current.resend());
      expect(result.current).toMatchObject({ status: 'codeSent', code: '123', password: strong, delivery });
      expect(result.current.error?.name).toBe('NetworkError');
    });

    it('a failed first ForgotPassword returns to idle with the error', async () => {
      const { result, fake } = mount();
      fake.rejectOnce('forgotPassword', cognitoException('UserNotFoundException', 'Username/client id combination not found.'));
      await act(async () => void result.current.resend());
      expect(result.current).toMatchObject({ status: 'idle', isCodeSent: false, canResend: true });
      expect(result.current.error).toMatchObject({ name: 'UserNotFoundException', operation: 'ForgotPassword', field: 'username' });
    });

    it('ExpiredCode offers another code, which clears the error and keeps what was typed', async () => {
      const { result, gateway, fake } = mountSent();
      type(result, '123456', strong);
      fake.rejectOnce('confirmForgotPassword', cognitoException('ExpiredCodeException'));
      await act(async () => void result.current.submit());
      expect(result.current.error?.recovery).toBe('resend');
      expect(result.current.canResend).toBe(true);
      fake.replyOnce('forgotPassword', { codeDeliveryDetails: { ...delivery, destination: 'b***@e***' } });
      await act(async () => void result.current.resend());
      expect(gateway.forgotPassword).toHaveBeenCalledTimes(1);
      expect(result.current).toMatchObject({ status: 'codeSent', error: null, code: '123456', password: strong });
      expect(result.current.delivery?.destination).toBe('b***@e***');
    });

    it('UserNotConfirmed on ConfirmForgotPassword asks to confirm the account', async () => {
      const { result, fake } = mountSent();
      type(result, '123456', strong);
      fake.rejectOnce('confirmForgotPassword', cognitoException('UserNotConfirmedException'));
      await act(async () => void result.current.submit());
      expect(result.current.error).toMatchObject({ name: 'UserNotConfirmedException', recovery: 'confirmAccount' });
    });
  });

  describe('waits', () => {
    it('LimitExceeded on ForgotPassword blocks only another code: the code at hand may still be sent', async () => {
      const time = clock();
      const { result, fake, gateway, rerender } = mountSent({ cooldown: { baseSeconds: 30 }, now: time.now });
      type(result, '123456', strong);
      fake.rejectOnce('forgotPassword', cognitoException('LimitExceededException', 'Attempt limit exceeded, please try after some time.'));
      await act(async () => void result.current.resend());
      expect(result.current.error).toMatchObject({ name: 'LimitExceededException', operation: 'ForgotPassword', recovery: 'wait' });
      expect(result.current).toMatchObject({ status: 'codeSent', canResend: false, canSubmit: true, isWaiting: true, retrySecondsLeft: 60, secondsLeft: 60 });
      await act(async () => void result.current.resend());
      expect(gateway.forgotPassword).toHaveBeenCalledTimes(1);

      // Twenty seconds on, a wrong code… then too many: the check wait starts from then.
      time.set(T0 + 20_000, () => rerender({}));
      fake.rejectOnce('confirmForgotPassword', cognitoException('TooManyFailedAttemptsException'));
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(result.current).toMatchObject({ canSubmit: false, canResend: false, retrySecondsLeft: 60, secondsLeft: 40 });

      // The send wait ends first: another code may be asked for while the check wait runs on.
      time.set(T0 + 60_000, () => rerender({}));
      expect(result.current).toMatchObject({ canResend: true, canSubmit: false, secondsLeft: 0, retrySecondsLeft: 20, isWaiting: true });
      time.set(T0 + 80_000, () => rerender({}));
      expect(result.current).toMatchObject({ canResend: true, canSubmit: true, retrySecondsLeft: null, isWaiting: false });
    });

    it('TooManyFailedAttempts on ConfirmForgotPassword counts retrySecondsLeft down, then submit works again', async () => {
      const time = clock();
      const { result, fake, gateway, rerender } = mountSent({ cooldown: { baseSeconds: 30 }, now: time.now });
      type(result, '123456', strong);
      fake.rejectOnce('confirmForgotPassword', cognitoException('TooManyFailedAttemptsException'));
      await act(async () => void result.current.submit());
      expect(result.current.error).toMatchObject({ name: 'TooManyFailedAttemptsException', recovery: 'wait' });
      expect(result.current).toMatchObject({ isWaiting: true, retrySecondsLeft: 60, retryAt: T0 + 60_000, canSubmit: false, canResend: true });
      await act(async () => void result.current.submit());
      // Refused while the wait runs, whatever is typed: the "too many" message stays.
      await act(async () => void result.current.submit({ code: '', password: '' }));
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(result.current.error?.name).toBe('TooManyFailedAttemptsException');
      time.set(T0 + 1_000, () => rerender({}));
      expect(result.current.retrySecondsLeft).toBe(59);
      time.set(T0 + 30_500, () => rerender({}));
      expect(result.current.retrySecondsLeft).toBe(30);
      time.set(T0 + 59_999, () => rerender({}));
      expect(result.current.retrySecondsLeft).toBe(1);
      expect(result.current.canSubmit).toBe(false);
      time.set(T0 + 60_000, () => rerender({}));
      expect(result.current).toMatchObject({ retrySecondsLeft: null, isWaiting: false, canSubmit: true });
      // The error stays until the next attempt; the code and password too.
      expect(result.current.error?.name).toBe('TooManyFailedAttemptsException');
      fake.replyOnce('confirmForgotPassword', undefined);
      await act(async () => void result.current.submit());
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(2);
      expect(result.current.status).toBe('done');
    });

    it('with a delivery just sent, the resend wait starts at once', () => {
      const time = clock();
      const { result } = mount({ cooldown: { baseSeconds: 30 }, now: time.now }, { delivery });
      expect(result.current).toMatchObject({ status: 'codeSent', canSubmit: true, canResend: false, secondsLeft: 30, resendAvailableAt: T0 + 30_000 });
    });

    it('reset() drops the code, the password and the error but keeps the waits', async () => {
      const time = clock();
      const { result, fake, gateway, rerender } = mountSent({ cooldown: { baseSeconds: 30 }, now: time.now });
      type(result, '123456', strong);
      fake.rejectOnce('forgotPassword', cognitoException('LimitExceededException'));
      await act(async () => void result.current.resend());
      act(() => result.current.reset());
      expect(result.current).toMatchObject({ status: 'idle', username: 'ada', code: '', password: '', error: null, delivery: null, isCodeSent: false });
      expect(result.current.canResend).toBe(false);
      expect(result.current.secondsLeft).toBe(60);
      await act(async () => void result.current.resend());
      expect(gateway.forgotPassword).toHaveBeenCalledTimes(1);
      time.set(T0 + 60_000, () => rerender({}));
      expect(result.current.canResend).toBe(true);
    });
  });

  describe('success', () => {
    it('clears the code and the password, is done, and calls onPasswordReset once with the user name', async () => {
      const { result, fake, gateway, onPasswordReset } = mountSent();
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      expect(onPasswordReset).not.toHaveBeenCalled();
      await act(async () => fake.latest('confirmForgotPassword').resolve());
      expect(result.current).toMatchObject({ status: 'done', isDone: true, code: '', password: '', error: null, isPending: false, canSubmit: false, canResend: false });
      expect(onPasswordReset).toHaveBeenCalledTimes(1);
      expect(onPasswordReset).toHaveBeenCalledWith({ username: 'ada' });
      // Done is done: nothing more is sent, nothing more typed.
      act(() => result.current.setPassword('x'));
      await act(async () => void result.current.submit({ code: '123456', password: strong }));
      await act(async () => void result.current.resend());
      expect(result.current.password).toBe('');
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
      expect(onPasswordReset).toHaveBeenCalledTimes(1);
    });

    it('calls the latest onPasswordReset', async () => {
      const { result, fake, rerender, onPasswordReset } = mountSent();
      const later = vi.fn();
      type(result, '123456', strong);
      await act(async () => void result.current.submit());
      rerender({ onPasswordReset: later });
      await act(async () => fake.latest('confirmForgotPassword').resolve());
      expect(later).toHaveBeenCalledTimes(1);
      expect(onPasswordReset).not.toHaveBeenCalled();
    });
  });

  describe('PreventUserExistenceErrors', () => {
    /** The result without verbs, and without what legitimately differs (the user name and the masked destination). */
    const visible = (result: UseResetPasswordResult) => {
      const plain = Object.fromEntries(Object.entries(result).filter(([, value]) => typeof value !== 'function'));
      const { username: _u, delivery: d, ...rest } = plain as unknown as UseResetPasswordResult;
      return { ...rest, delivery: d ? { ...d, destination: '<masked>' } : d };
    };

    it('a simulated delivery for an unknown user looks exactly like a real one', async () => {
      const real = mount({ now: () => T0 }, { username: 'ada' });
      const unknown = mount({ now: () => T0 }, { username: 'nobody' });
      await act(async () => void real.result.current.resend());
      await act(async () => void unknown.result.current.resend());
      expect(visible(unknown.result.current)).toEqual(visible(real.result.current));
      await act(async () => real.fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery }));
      // Cognito invents a masked destination for a user it does not have.
      await act(async () => unknown.fake.latest('forgotPassword').resolve({ codeDeliveryDetails: { ...delivery, destination: 'n***@g***' } }));
      expect(unknown.result.current.status).toBe('codeSent');
      expect(visible(unknown.result.current)).toEqual(visible(real.result.current));

      // And its code is "wrong" exactly as a wrong code for a real user is.
      for (const env of [real, unknown]) {
        type(env.result, '123456', strong);
        env.fake.rejectOnce('confirmForgotPassword', cognitoException('CodeMismatchException', 'Invalid verification code provided, please try again.'));
        await act(async () => void env.result.current.submit());
      }
      expect(unknown.result.current.error?.name).toBe('CodeMismatchException');
      expect(visible(unknown.result.current)).toEqual(visible(real.result.current));
      expect(unknown.result.current.error!.message).toBe(real.result.current.error!.message);
    });
  });

  it('takes the gateway from its options without a provider', async () => {
    const env = setup();
    const { result } = renderHook(() => useResetPassword({ username: 'ada', gateway: env.gateway, clientId: 'c2' }));
    await act(async () => void result.current.resend());
    expect(env.gateway.forgotPassword).toHaveBeenCalledWith({ clientId: 'c2', username: 'ada' }, expect.any(AbortSignal));
  });
});
