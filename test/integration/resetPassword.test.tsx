// @vitest-environment jsdom
// The hook and the form need a DOM; the local Cognito still runs in this process, over real HTTP.
//
// Resetting a forgotten password (ForgotPassword, ConfirmForgotPassword) through useResetPassword
// and ResetPasswordForm, against the local Cognito on every pool preset and both gateways, and on
// servers with short limits, a short code lifetime and PreventUserExistenceErrors.
import '@testing-library/jest-dom/vitest';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ForgotPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { maskDestination, presetNames, presets, resolvePool, signIn, type PoolShape } from '../../scripts/localCognito.ts';
import type { CodeDeliveryDetails } from '../../src/cognito/gateway.ts';
import type { PasswordPolicy } from '../../src/cognito/passwordPolicy.ts';
import { ResetPasswordForm, type ResetPasswordFormProps } from '../../src/components/ResetPasswordForm.tsx';
import { useResetPassword, type UseResetPasswordOptions, type UseResetPasswordResult } from '../../src/hooks/useResetPassword.ts';
import { en, messageFor } from '../../src/messages/index.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import {
  deliveryTo,
  kit,
  password as oldPassword,
  setupLocalCognito,
  sleep,
  transports,
  transportsFor,
  uniqueName,
  type KitOptions,
  type Transport,
} from './support.tsx';

/** Meets AWS's default policy (every preset's) and differs from the sign-up password. */
const newPassword = 'N3w-Passw0rd!';
/** Long enough, but no uppercase letter, number or symbol. */
const weakPassword = 'weakpassword';

beforeAll(() => {
  // input-otp (the code field) asks the document which element is under a point; jsdom has no layout.
  if (!document.elementFromPoint) document.elementFromPoint = () => null;
});

/* ---------- Hygiene: codes and passwords never reach the console, a URL or web storage ---------- */

/** The codes read from the outbox and the passwords typed in this test. */
let secrets: Set<string>;
let consoleSpies: MockInstance[];
let fetchSpy: MockInstance<typeof fetch>;

beforeEach(() => {
  secrets = new Set([newPassword, weakPassword]);
  consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
  // Passes through; spied before any provider builds its fetch gateway, so the gateway calls the spy.
  fetchSpy = vi.spyOn(globalThis, 'fetch');
  localStorage.clear();
  sessionStorage.clear();
});

const consoleOutput = () =>
  consoleSpies
    .flatMap((spy) => spy.mock.calls)
    .map((args) => args.map((a) => (a instanceof Error ? `${a.message} ${a.stack ?? ''}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    .join('\n');

const requestUrls = () => fetchSpy.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input)));

const storageText = () =>
  [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`)).join('\n');

/** The Cognito operation a fetch call made (`x-amz-target`), if it was one. */
const targetOf = ([, init]: Parameters<typeof fetch>) => new Headers(init?.headers).get('x-amz-target')?.split('.').pop();

afterEach(() => {
  const places = { console: consoleOutput(), urls: [...requestUrls(), window.location.href].join('\n'), storage: storageText() };
  vi.restoreAllMocks();
  for (const secret of secrets) {
    for (const [place, text] of Object.entries(places)) expect(text.includes(secret), `a code or password in ${place}`).toBe(false);
  }
});

/* ---------- Helpers over one server ---------- */

function resetHelpers(local: ReturnType<typeof setupLocalCognito>) {
  const { server, code, messagesTo, signUp, confirm } = local;

  /** A confirmed account; its sign-up contact (email, or the phone on the phone pool) is its one verified contact. */
  const resetUser = async (prefix: string) => {
    const account = await signUp(uniqueName(prefix));
    await confirm(account.username, await code(account.contact));
    return account;
  };

  /** The newest reset code sent to `to`, remembered as a secret. */
  const resetCode = async (to: string) => {
    const found = await code(to, 'ForgotPassword');
    secrets.add(found);
    return found;
  };

  /** A code that is not `right`. */
  const wrongCode = (right: string) => (right === '000000' ? '111111' : '000000');

  /** USER_PASSWORD_AUTH, with the SecretHash where the client has a secret. */
  const signInWith = (username: string, pw: string) => signIn(server.endpoint, server.clientId, username, pw, server.cognito.config.clientSecret);

  const expectPasswordIs = async (username: string, pw: string) => {
    await expect(signInWith(username, pw)).resolves.toHaveProperty('AccessToken', expect.any(String));
    if (pw !== oldPassword) {
      await expect(signInWith(username, oldPassword)).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    }
  };

  /** ForgotPassword outside the kit, as an app's own code would call it; returns the kit's shape of its delivery. */
  const forgotOutside = async (username: string): Promise<CodeDeliveryDetails> => {
    const { CodeDeliveryDetails: d } = await server.client.send(
      new ForgotPasswordCommand({ ClientId: server.clientId, Username: username, SecretHash: local.hashFor(username) }),
    );
    return { attributeName: d?.AttributeName, deliveryMedium: d?.DeliveryMedium, destination: d?.Destination } as CodeDeliveryDetails;
  };

  function mount(transport: Transport, options: UseResetPasswordOptions = {}, kitOptions: KitOptions = {}) {
    const env = kit(server, { transport, ...kitOptions });
    const onPasswordReset = vi.fn();
    const hook = renderHook(() => useResetPassword({ onPasswordReset, ...options }), { wrapper: env.wrapper });
    return { ...env, ...hook, onPasswordReset };
  }

  /** How many ConfirmForgotPassword requests the kit made over `transport` since this was called. */
  function watchConfirms(transport: Transport) {
    if (transport === 'sdk') {
      const spy = vi.spyOn(server.sdkGateway, 'confirmForgotPassword');
      return () => spy.mock.calls.length;
    }
    const before = fetchSpy.mock.calls.length;
    return () => fetchSpy.mock.calls.slice(before).filter((call) => targetOf(call) === 'ConfirmForgotPassword').length;
  }

  return { resetUser, resetCode, wrongCode, signInWith, expectPasswordIs, forgotOutside, mount, watchConfirms, messagesTo };
}

/* ---------- The form ---------- */

const usernameBox = () => screen.getByRole('textbox', { name: en.ui.usernameLabel });
const codeBox = () => screen.getByRole('textbox', { name: en.ui.verificationCodeLabel });
const passwordBox = () => screen.getByLabelText(en.ui.newPasswordLabel) as HTMLInputElement;
const button = (name: string) => screen.getByRole('button', { name });
/** The alert as read out: the visually hidden "Error:" and the kit's message. */
const alertText = () => screen.getByRole('alert').textContent;
const spoken = (text: string) => `${en.ui.errorPrefix} ${text}`;

function renderForm(server: Parameters<typeof kit>[0], transport: Transport, props: Partial<ResetPasswordFormProps> = {}) {
  const env = kit(server, { transport });
  const onSignIn = vi.fn();
  const onPasswordReset = vi.fn();
  const view = render(<ResetPasswordForm onSignIn={onSignIn} onPasswordReset={onPasswordReset} {...props} />, { wrapper: env.wrapper });
  return { ...env, view, onSignIn, onPasswordReset, user: userEvent.setup({ delay: null }) };
}

/** Keyboard only: Tab to the user name, type it, Enter (Send code); resolves once the code step is shown and focused. */
async function sendCodeFor(form: ReturnType<typeof renderForm>, username: string) {
  await form.user.tab();
  expect(usernameBox()).toHaveFocus();
  await form.user.keyboard(username);
  await form.user.keyboard('{Enter}');
  await screen.findByRole('textbox', { name: en.ui.verificationCodeLabel });
  await waitFor(() => expect(codeBox()).toHaveFocus());
}

/* ---------- Every preset ---------- */

describe.each(presetNames)('pool %s', (preset) => {
  const local = setupLocalCognito({ pool: preset });
  const { server, demoUsername } = local;
  const { resetUser, resetCode, wrongCode, expectPasswordIs, mount, watchConfirms, messagesTo } = resetHelpers(local);

  describe.each(transportsFor(preset))('useResetPassword against the local Cognito (%s gateway)', (transport) => {
    it('resend() sends the code (outbox ForgotPassword, masked delivery); submit() resets; the new password signs in, the old does not', async () => {
      const account = await resetUser('reset');
      const { result, onPasswordReset } = mount(transport, { username: account.username });
      expect(result.current).toMatchObject({ status: 'idle', isCodeSent: false, canResend: true, canSubmit: false });

      await act(() => result.current.resend());
      const sent = await messagesTo(account.contact, 'ForgotPassword');
      expect(sent).toHaveLength(1);
      const message = sent[0]!;
      secrets.add(message.code);
      // The one verified contact: the email, or the phone where sign-up verified the phone.
      expect(message).toMatchObject({ to: account.contact, medium: account.phoneNumber ? 'SMS' : 'EMAIL', code: expect.stringMatching(/^\d{6}$/) });
      expect(result.current).toMatchObject({ status: 'codeSent', isCodeSent: true, error: null, canSubmit: true });
      expect(result.current.delivery).toEqual(deliveryTo(account.contact));
      expect(result.current.delivery?.destination).toBe(maskDestination(message.to));
      expect(result.current.delivery?.destination).not.toBe(message.to);

      act(() => {
        result.current.setCode(message.code);
        result.current.setPassword(newPassword);
      });
      await act(() => result.current.submit());
      expect(result.current).toMatchObject({ status: 'done', isDone: true, error: null, code: '', password: '' });
      expect(onPasswordReset).toHaveBeenCalledExactlyOnceWith({ username: account.username });
      await expectPasswordIs(account.username, newPassword);
    });

    it('a wrong code is CodeMismatch (retype, code kept); a weak password is InvalidPassword on the password; the same code then resets', async () => {
      const account = await resetUser('retype');
      const { result } = mount(transport, { username: account.username });
      await act(() => result.current.resend());
      const right = await resetCode(account.contact);

      act(() => {
        result.current.setCode(wrongCode(right));
        result.current.setPassword(newPassword);
      });
      await act(() => result.current.submit());
      expect(result.current.error).toMatchObject({ name: 'CodeMismatchException', kind: 'service', recovery: 'retype', field: 'code' });
      expect(result.current).toMatchObject({ status: 'codeSent', code: wrongCode(right), password: newPassword, canSubmit: true });

      // No policy given to the kit: the pool's policy (AWS's default) refuses it.
      act(() => {
        result.current.setCode(right);
        result.current.setPassword(weakPassword);
      });
      await act(() => result.current.submit());
      expect(result.current.error).toMatchObject({ name: 'InvalidPasswordException', kind: 'service', recovery: 'fixInput', field: 'password' });
      expect(result.current.error?.serverMessage).toMatch(/^Password did not conform with policy: /);
      expect(messageFor(result.current.error!).text).toBe(en.exceptions.InvalidPasswordException);
      expect(result.current).toMatchObject({ status: 'codeSent', code: right, password: weakPassword, canSubmit: true });

      act(() => result.current.setPassword(newPassword));
      await act(() => result.current.submit());
      expect(result.current.status).toBe('done');
      await expectPasswordIs(account.username, newPassword);
    });

    it('with the pool\'s passwordPolicy (from /__dev/config) the kit refuses a weak password before sending; the code stays usable', async () => {
      const { passwordPolicy } = (await (await fetch(`${server.endpoint}/__dev/config`)).json()) as { passwordPolicy?: PasswordPolicy };
      expect(passwordPolicy).toEqual(presets[preset].passwordPolicy);
      const account = await resetUser('precheck');
      const { result } = mount(transport, { username: account.username, passwordPolicy });
      await act(() => result.current.resend());
      const right = await resetCode(account.contact);
      const confirms = watchConfirms(transport);

      await act(() => result.current.submit({ code: right, password: weakPassword }));
      expect(result.current.error).toMatchObject({ name: 'ValidationError', kind: 'validation', field: 'password', reason: 'format' });
      expect(messageFor(result.current.error!).text).toBe(en.validation.password.format);
      expect(result.current.status).toBe('codeSent');
      expect(confirms()).toBe(0);

      await act(() => result.current.submit({ code: right, password: newPassword }));
      expect(confirms()).toBe(1);
      expect(result.current.status).toBe('done');
      await expectPasswordIs(account.username, newPassword);
    });

    it('resend() sends a new code; the replaced code is refused as CodeMismatch; the new one resets', async () => {
      const account = await resetUser('again');
      const { result } = mount(transport, { username: account.username });
      await act(() => result.current.resend());
      const first = await resetCode(account.contact);
      let second = first;
      // Six random digits can repeat; ask again until the code in force differs.
      for (let tries = 0; second === first && tries < 3; tries++) {
        await act(() => result.current.resend());
        expect(result.current).toMatchObject({ status: 'codeSent', error: null });
        second = await resetCode(account.contact);
      }
      expect(second).not.toBe(first);

      // The server keeps one reset code per user: the old one is not the code in force.
      await act(() => result.current.submit({ code: first, password: newPassword }));
      expect(result.current.error).toMatchObject({ name: 'CodeMismatchException', recovery: 'retype', field: 'code' });
      await act(() => result.current.submit({ code: second, password: newPassword }));
      expect(result.current.status).toBe('done');
      await expectPasswordIs(account.username, newPassword);
    });

    it('a user with no verified contact (unverified email, unconfirmed sign-up) gets the kit\'s InvalidParameter message, never Cognito\'s', async () => {
      for (const name of ['unverified.user', 'pending.user']) {
        const username = demoUsername(name);
        const { result, unmount } = mount(transport, { username });
        await act(() => result.current.resend());
        const { error } = result.current;
        expect(error, name).toMatchObject({ name: 'InvalidParameterException', operation: 'ForgotPassword', kind: 'service', recovery: 'fixInput' });
        expect(error?.serverMessage).toBe('Cannot reset password for the user as there is no registered/verified email or phone_number');
        const { text } = messageFor(error!);
        expect(text).toBe(en.byOperation.ForgotPassword.InvalidParameterException);
        expect(text).not.toContain('registered/verified');
        expect(result.current).toMatchObject({ status: 'idle', isCodeSent: false, delivery: null, canResend: true });
        unmount();
      }
    });

    it('ResetPasswordForm by keyboard: code from the outbox, a wrong code and a weak password shown and kept out of logs, URLs and storage; then reset and Sign in', async () => {
      const account = await resetUser('form');
      const form = renderForm(server, transport);
      await sendCodeFor(form, account.username);
      const right = await resetCode(account.contact);
      expect(codeBox()).toHaveAccessibleDescription(expect.stringContaining(deliveryTo(account.contact).destination));

      // Completing the code moves focus to the new password.
      await form.user.keyboard(wrongCode(right));
      expect(passwordBox()).toHaveFocus();
      await form.user.keyboard(`${newPassword}{Enter}`);
      await waitFor(() => expect(alertText()).toBe(spoken(en.byOperation.ConfirmForgotPassword.CodeMismatchException ?? en.exceptions.CodeMismatchException)));
      expect(codeBox()).toHaveValue(wrongCode(right));
      await waitFor(() => expect(codeBox()).toHaveFocus());

      // The code is selected after a mismatch: typing replaces it. No policy on the form: the pool refuses the weak password.
      await form.user.keyboard(right);
      await form.user.clear(passwordBox());
      await form.user.keyboard(`${weakPassword}{Enter}`);
      await waitFor(() => expect(alertText()).toBe(spoken(en.exceptions.InvalidPasswordException)));
      expect(passwordBox()).toHaveAttribute('aria-invalid', 'true');
      expect(passwordBox()).toHaveValue(weakPassword);
      expect(codeBox()).toHaveValue(right);

      await form.user.clear(passwordBox());
      await form.user.keyboard(`${newPassword}{Enter}`);
      const status = await screen.findByText(en.ui.passwordChanged);
      expect(status).toHaveAttribute('role', 'status');
      expect(form.onPasswordReset).toHaveBeenCalledExactlyOnceWith({ username: account.username });
      await form.user.click(button(en.ui.signIn));
      expect(form.onSignIn).toHaveBeenCalledExactlyOnceWith({ username: account.username });
      await expectPasswordIs(account.username, newPassword);

      // What the afterEach guard checks, seen to be non-empty here: the code and passwords did pass through the kit.
      expect(secrets).toContain(right);
      if (transport === 'fetch') expect(fetchSpy.mock.calls.filter((call) => targetOf(call) === 'ConfirmForgotPassword')).toHaveLength(3);
      expect(form.view.container.textContent).not.toContain(right);
    });
  });

  if (presets[preset].clientSecret) {
    const withoutHash = ({ children }: { children: ReactNode }) => (
      <CognitoVerifyProvider gateway={server.sdkGateway} clientId={server.clientId} pendingStore="memory" cooldown={{ baseSeconds: 0 }}>
        {children}
      </CognitoVerifyProvider>
    );

    it('without the provider\'s secretHash Cognito refuses the client (NotAuthorized, recovery config) and the developer is told in one line', async () => {
      const account = await resetUser('nohash');
      const { result } = renderHook(() => useResetPassword({ username: account.username }), { wrapper: withoutHash });
      await act(() => result.current.resend());
      expect(result.current.error).toMatchObject({
        name: 'NotAuthorizedException',
        recovery: 'config',
        setting: 'secretHash',
        serverMessage: `Client ${server.clientId} is configured for secret but secret was not received`,
      });
      expect(result.current).toMatchObject({ status: 'idle', isCodeSent: false });
      expect(await messagesTo(account.contact, 'ForgotPassword')).toHaveLength(0);
      const errors = (console.error as unknown as MockInstance).mock.calls.map((args) => String(args[0]));
      expect(errors).toEqual([
        expect.stringMatching(/^\[cognito-verify-kit\] ForgotPassword was refused because the app client has a secret: pass `secretHash` \(computed on your server\)/),
      ]);
    });

    it('resets with a secretHash computed by the app\'s server (/__dev/secret-hash) over the fetch gateway', async () => {
      const account = await resetUser('serverhash');
      const hashes: string[] = [];
      const secretHash = async (username: string) => {
        const response = await fetch(`${server.endpoint}/__dev/secret-hash`, { method: 'POST', body: JSON.stringify({ username }) });
        hashes.push(username);
        return ((await response.json()) as { secretHash: string }).secretHash;
      };
      const wrapper = ({ children }: { children: ReactNode }) => (
        <CognitoVerifyProvider endpoint={server.endpoint} clientId={server.clientId} secretHash={secretHash} pendingStore="memory" cooldown={{ baseSeconds: 0 }}>
          {children}
        </CognitoVerifyProvider>
      );
      const { result } = renderHook(() => useResetPassword({ username: account.username }), { wrapper });
      await act(() => result.current.resend());
      expect(result.current).toMatchObject({ status: 'codeSent', error: null });
      const right = await resetCode(account.contact);
      await act(() => result.current.submit({ code: right, password: newPassword }));
      expect(result.current.status).toBe('done');
      expect(hashes).toEqual([account.username, account.username]);
      await expectPasswordIs(account.username, newPassword);
    });
  }
});

/* ---------- Limits, on the default pool with AWS's numbers (5 wrong codes, 5 requests an hour) ---------- */

describe('limits (default pool: 5 wrong codes, 5 ForgotPassword requests per user per hour)', () => {
  const local = setupLocalCognito();
  const { resetUser, resetCode, wrongCode, expectPasswordIs, forgotOutside, mount, messagesTo } = resetHelpers(local);
  // A real cooldown, so "too many" has a wait to lengthen.
  const cooldown = { baseSeconds: 30 };

  describe.each(transports)('%s gateway', (transport) => {
    it('after 5 wrong codes even the right one is LimitExceeded: the check waits, while asking for a new code stays possible', async () => {
      const account = await resetUser('guesser');
      // The app sent the code a while ago, so no send wait is running.
      const delivery = await forgotOutside(account.username);
      const right = await resetCode(account.contact);
      const { result } = mount(transport, { username: account.username, delivery, codeJustSent: false }, { cooldown });
      expect(result.current).toMatchObject({ status: 'codeSent', canResend: true, canSubmit: true });

      for (let i = 0; i < 5; i++) {
        await act(() => result.current.submit({ code: wrongCode(right), password: newPassword }));
        expect(result.current.error?.name, `wrong code ${i + 1}`).toBe('CodeMismatchException');
      }
      await act(() => result.current.submit({ code: right, password: newPassword }));
      expect(result.current.error).toMatchObject({ name: 'LimitExceededException', operation: 'ConfirmForgotPassword', recovery: 'wait' });
      expect(result.current.error?.serverMessage).toBe('Attempt limit exceeded, please try after some time.');
      expect(messageFor(result.current.error!).text).toBe(en.byOperation.ConfirmForgotPassword.LimitExceededException);
      expect(result.current).toMatchObject({ status: 'codeSent', isWaiting: true, canSubmit: false, canResend: true, secondsLeft: 0 });
      expect(result.current.retrySecondsLeft).toBeGreaterThan(0);

      // Separate waits: a new code can be asked for now; checking still waits.
      await act(() => result.current.resend());
      expect(result.current).toMatchObject({ status: 'codeSent', error: null, canSubmit: false });
      expect(await messagesTo(account.contact, 'ForgotPassword')).toHaveLength(2);
      await resetCode(account.contact);
    });

    it('the 6th ForgotPassword in an hour is LimitExceeded: resending waits, while the code in hand still resets', async () => {
      const account = await resetUser('asker');
      let delivery: CodeDeliveryDetails | undefined;
      for (let i = 0; i < 5; i++) delivery = await forgotOutside(account.username);
      const inHand = await resetCode(account.contact);
      const { result } = mount(transport, { username: account.username, delivery, codeJustSent: false }, { cooldown });

      await act(() => result.current.resend());
      expect(result.current.error).toMatchObject({ name: 'LimitExceededException', operation: 'ForgotPassword', recovery: 'wait' });
      expect(result.current.error?.serverMessage).toBe('Attempt limit exceeded, please try after some time.');
      expect(messageFor(result.current.error!).text).toBe(en.byOperation.ForgotPassword.LimitExceededException);
      expect(result.current).toMatchObject({ status: 'codeSent', isWaiting: true, canResend: false, canSubmit: true });
      expect(result.current.retrySecondsLeft).toBeGreaterThan(0);
      expect(result.current.secondsLeft).toBeGreaterThan(0);
      expect(await messagesTo(account.contact, 'ForgotPassword')).toHaveLength(5);

      await act(() => result.current.submit({ code: inHand, password: newPassword }));
      expect(result.current).toMatchObject({ status: 'done', error: null });
      await expectPasswordIs(account.username, newPassword);
    });
  });
});

/* ---------- Expiry ---------- */

describe('an expired reset code (forgotPasswordCodeLifetimeMs: 500)', () => {
  const lifetimeMs = 500;
  const local = setupLocalCognito({ forgotPasswordCodeLifetimeMs: lifetimeMs });
  const { resetUser, resetCode, expectPasswordIs, mount } = resetHelpers(local);

  it.each(transports)('is ExpiredCode (recovery resend, code and password kept); a resent code resets (%s gateway)', async (transport) => {
    const account = await resetUser('late');
    const { result } = mount(transport, { username: account.username });
    await act(() => result.current.resend());
    const stale = await resetCode(account.contact);
    await sleep(lifetimeMs + 50);

    act(() => {
      result.current.setCode(stale);
      result.current.setPassword(newPassword);
    });
    await act(() => result.current.submit());
    expect(result.current.error).toMatchObject({ name: 'ExpiredCodeException', kind: 'service', recovery: 'resend', field: 'code' });
    expect(messageFor(result.current.error!).text).toBe(en.byOperation.ConfirmForgotPassword.ExpiredCodeException ?? en.exceptions.ExpiredCodeException);
    expect(result.current).toMatchObject({ status: 'codeSent', code: stale, password: newPassword, canResend: true });

    await act(() => result.current.resend());
    const fresh = await resetCode(account.contact);
    act(() => result.current.setCode(fresh));
    await act(() => result.current.submit());
    expect(result.current.status).toBe('done');
    await expectPasswordIs(account.username, newPassword);
  });
});

/* ---------- PreventUserExistenceErrors and password history ---------- */

const alias = resolvePool('alias');
const guardedShape: PoolShape = {
  ...alias,
  pool: 'alias with PreventUserExistenceErrors and PasswordHistorySize',
  preventUserExistenceErrors: true,
  passwordPolicy: { ...alias.passwordPolicy, PasswordHistorySize: 2 },
};

describe('a pool with PreventUserExistenceErrors ENABLED and a PasswordHistorySize', () => {
  const local = setupLocalCognito({ pool: guardedShape });
  const { server } = local;
  const { resetUser, resetCode, wrongCode, expectPasswordIs, mount, messagesTo } = resetHelpers(local);

  /** What a person's screen can show, minus who they are and where the code went. */
  const observable = (r: UseResetPasswordResult) => ({
    status: r.status,
    code: r.code,
    password: r.password,
    isCodeSent: r.isCodeSent,
    isResending: r.isResending,
    isSubmitting: r.isSubmitting,
    isPending: r.isPending,
    isWaiting: r.isWaiting,
    isDone: r.isDone,
    canSubmit: r.canSubmit,
    canResend: r.canResend,
    secondsLeft: r.secondsLeft,
    retrySecondsLeft: r.retrySecondsLeft,
    isError: r.isError,
    error: r.error && { name: r.error.name, kind: r.error.kind, recovery: r.error.recovery, field: r.error.field, serverMessage: r.error.serverMessage },
    deliveryShape: r.delivery && { ...r.delivery, destination: r.delivery.destination?.replace(/^[^*]\*\*\*@[^*]\*\*\*$/, 'x***@y***') },
  });

  describe.each(transports)('%s gateway', (transport) => {
    it('an unknown user after resend() looks exactly like a real one (codeSent, a masked delivery, no error); submit is CodeMismatch for both', async () => {
      const account = await resetUser('real');
      const ghost = uniqueName('ghost');
      const real = mount(transport, { username: account.username });
      const unknown = mount(transport, { username: ghost });
      const before = server.cognito.outbox().length;

      await act(() => unknown.result.current.resend());
      expect(server.cognito.outbox()).toHaveLength(before);
      await act(() => real.result.current.resend());
      await resetCode(account.contact);

      expect(unknown.result.current).toMatchObject({ status: 'codeSent', isCodeSent: true, error: null, isError: false });
      expect(unknown.result.current.delivery).toEqual({ attributeName: 'email', deliveryMedium: 'EMAIL', destination: expect.stringMatching(/^g\*\*\*@[a-z]\*\*\*$/) });
      expect(real.result.current.delivery).toEqual(deliveryTo(account.email));
      expect(observable(unknown.result.current)).toEqual(observable(real.result.current));

      const right = await resetCode(account.contact);
      await act(() => unknown.result.current.submit({ code: wrongCode(right), password: newPassword }));
      await act(() => real.result.current.submit({ code: wrongCode(right), password: newPassword }));
      expect(unknown.result.current.error).toMatchObject({ name: 'CodeMismatchException', recovery: 'retype', field: 'code' });
      expect(observable(unknown.result.current)).toEqual(observable(real.result.current));
      // Even a code that happens to be some real user's is a mismatch for a user who does not exist.
      await act(() => unknown.result.current.submit({ code: right, password: newPassword }));
      expect(unknown.result.current.error?.name).toBe('CodeMismatchException');
    });

    it('ResetPasswordForm shows the same text for an unknown user and a real one, apart from the masked destination', async () => {
      const account = await resetUser('shown');
      const ghost = uniqueName('ghost');
      const screens: { sent: string; refused: string }[] = [];
      for (const username of [account.username, ghost]) {
        const form = renderForm(server, transport);
        await sendCodeFor(form, username);
        const form$ = form.view.container.querySelector('form')!;
        const destination = form$.textContent!.match(/\S\*\*\*@\S\*\*\*/)![0];
        const sent = form$.textContent!.replaceAll(destination, '<destination>');
        await form.user.keyboard('000000');
        await form.user.keyboard(`${newPassword}{Enter}`);
        await screen.findByRole('alert');
        screens.push({ sent, refused: form$.textContent!.replaceAll(destination, '<destination>') });
        form.view.unmount();
      }
      expect(screens[0]!.sent).toContain('<destination>');
      expect(screens[0]!.refused).toContain(en.exceptions.CodeMismatchException);
      expect(screens[1]).toEqual(screens[0]);
      await expect(messagesTo(`${ghost}@example.com`)).resolves.toHaveLength(0);
    });

    it('a recent password is PasswordHistoryPolicyViolation on the password field, code kept; a new one with the same code resets', async () => {
      const account = await resetUser('history');
      const { result } = mount(transport, { username: account.username });
      await act(() => result.current.resend());
      const right = await resetCode(account.contact);

      await act(() => result.current.submit({ code: right, password: oldPassword }));
      expect(result.current.error).toMatchObject({ name: 'PasswordHistoryPolicyViolationException', kind: 'service', recovery: 'fixInput', field: 'password' });
      expect(messageFor(result.current.error!).text).toBe(en.exceptions.PasswordHistoryPolicyViolationException);
      expect(result.current).toMatchObject({ status: 'codeSent', canSubmit: true });

      await act(() => result.current.submit({ code: right, password: newPassword }));
      expect(result.current.status).toBe('done');
      await expectPasswordIs(account.username, newPassword);
    });
  });
});
