import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { toCognitoError } from '../../src/cognito/errors.ts';
import type { CodeDeliveryDetails, Operation } from '../../src/cognito/gateway.ts';
import { passwordRules } from '../../src/cognito/passwordPolicy.ts';
import { ResetPasswordForm, type ResetPasswordFormProps } from '../../src/components/ResetPasswordForm.tsx';
import { messages as ar } from '../../src/locales/ar.ts';
import { messages as de } from '../../src/locales/de.ts';
import { en, messageFor } from '../../src/messages/index.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { cognitoException, setup, spyOnConsole } from '../hooks/support.tsx';
import { expectNoAxeViolations } from '../support/axe.ts';

const delivery: CodeDeliveryDetails = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' };
const policy = { MinimumLength: 10, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true };
const strong = 'Correct horse 9!';

const usernameBox = () => screen.getByRole('textbox', { name: en.ui.usernameLabel });
const codeBox = () => screen.getByRole('textbox', { name: en.ui.verificationCodeLabel }) as HTMLInputElement;
const passwordBox = () => screen.getByLabelText(en.ui.newPasswordLabel) as HTMLInputElement;
const button = (name: string | RegExp) => screen.getByRole('button', { name });
/** The new-password field's own polite status (the form has one for success too). */
const progress = () => within(passwordBox().closest('.cvk-field') as HTMLElement).getByRole('status');
const checklist = () => screen.getByRole('list');
const prefixes = () => within(checklist()).getAllByRole('listitem').map((item) => item.querySelector('.cvk-visually-hidden')?.textContent);
const textOf = (operation: Operation, name: string) => messageFor(toCognitoError(operation, cognitoException(name)), en).text;

function renderForm(props: Partial<ResetPasswordFormProps> = {}) {
  const s = setup();
  const onPasswordReset = vi.fn();
  const onSignIn = vi.fn();
  const onConfirmAccount = vi.fn();
  const view = render(<ResetPasswordForm onPasswordReset={onPasswordReset} onSignIn={onSignIn} onConfirmAccount={onConfirmAccount} {...props} />, {
    wrapper: s.wrapper,
  });
  return { ...s, onPasswordReset, onSignIn, onConfirmAccount, view, user: userEvent.setup() };
}

/** The form for a known user with a code already out (the app called ForgotPassword). */
const renderSent = (props: Partial<ResetPasswordFormProps> = {}) => renderForm({ username: 'ada', delivery, codeJustSent: false, passwordPolicy: policy, ...props });

/** Asks for the user name, sends it, and answers with `reply`. */
async function sendCodeFor(env: ReturnType<typeof renderForm>, username: string, reply: CodeDeliveryDetails = delivery) {
  await env.user.type(usernameBox(), username);
  await env.user.click(button(en.ui.sendCode));
  env.fake.latest('forgotPassword').resolve({ codeDeliveryDetails: reply });
  await screen.findByRole('textbox', { name: en.ui.verificationCodeLabel });
}

describe('ResetPasswordForm', () => {
  describe('the user-name step', () => {
    it('labels the field, describes it with the hint, and works by keyboard: Tab, type, Tab to Send code, Enter', async () => {
      const { user, gateway, fake, view } = renderForm();
      expect(usernameBox()).toHaveAttribute('autocomplete', 'username');
      expect(usernameBox()).toHaveAccessibleDescription(en.ui.resetPasswordHint);
      await user.tab();
      expect(usernameBox()).toHaveFocus();
      await user.keyboard('ada');
      await user.tab();
      expect(button(en.ui.sendCode)).toHaveFocus();
      await expectNoAxeViolations(view.container);
      await user.keyboard('{Enter}');
      expect(gateway.forgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.forgotPassword).toHaveBeenCalledWith({ clientId: 'client1', username: 'ada' }, expect.any(AbortSignal));
      expect(button(en.ui.sending)).toBeInTheDocument();
      expect(view.container.querySelector('form')).toHaveAttribute('aria-busy', 'true');
      fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery });
      expect(await screen.findByRole('textbox', { name: en.ui.verificationCodeLabel })).toBeInTheDocument();
    });

    it('Enter in the user-name field sends the code too', async () => {
      const { user, gateway } = renderForm();
      await user.type(usernameBox(), 'ada{Enter}');
      expect(gateway.forgotPassword).toHaveBeenCalledTimes(1);
    });

    it('once the code is sent, focus moves to the code field (the Send code button is gone)', async () => {
      const env = renderForm();
      await env.user.tab();
      await env.user.keyboard('ada');
      await env.user.tab();
      await env.user.keyboard('{Enter}');
      env.fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery });
      await screen.findByRole('textbox', { name: en.ui.verificationCodeLabel });
      await waitFor(() => expect(codeBox()).toHaveFocus());
    });

    it('an empty user name is refused before sending, with the field invalid, focused and described by the error', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { user, gateway } = renderForm();
      await user.click(button(en.ui.sendCode));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(en.validation.username.required);
      expect(usernameBox()).toHaveAttribute('aria-invalid', 'true');
      expect(usernameBox()).toHaveFocus();
      expect(usernameBox().getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
      expect(gateway.forgotPassword).not.toHaveBeenCalled();
    });

    it('with a username prop there is no user-name field, only the hint and Send code', async () => {
      const { user, gateway } = renderForm({ username: 'ada' });
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
      expect(screen.getByText(en.ui.resetPasswordHint)).toBeInTheDocument();
      await user.tab();
      expect(button(en.ui.sendCode)).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(gateway.forgotPassword).toHaveBeenCalledWith(expect.objectContaining({ username: 'ada' }), expect.any(AbortSignal));
    });
  });

  describe('the code and new-password step', () => {
    it('labels and describes each field: the code hint with the masked destination, the password with the checklist', async () => {
      const { view } = renderSent();
      expect(codeBox()).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
      expect(passwordBox()).toHaveAttribute('type', 'password');
      expect(passwordBox()).toHaveAttribute('autocomplete', 'new-password');
      expect(passwordBox()).toHaveAccessibleDescription(
        `${en.ui.passwordRulesTitle} ${en.ui.ruleNotMet} At least 10 characters ${en.ui.ruleNotMet} ${en.ui.passwordLowercase} ` +
          `${en.ui.ruleNotMet} ${en.ui.passwordUppercase} ${en.ui.ruleNotMet} ${en.ui.passwordNumber} ${en.ui.ruleNotMet} ${en.ui.passwordSymbol}`,
      );
      expect(passwordBox()).not.toHaveAttribute('aria-invalid');
      // The password manager learns which account the new password is for.
      expect(view.container.querySelector('input[autocomplete="username"]')).toHaveValue('ada');
      await expectNoAxeViolations(view.container);
    });

    it('Tab order: code → password → Show password → Reset password → Resend code → Use a different user name', async () => {
      const env = renderForm({ passwordPolicy: policy });
      await sendCodeFor(env, 'ada');
      codeBox().focus();
      const order = [passwordBox(), button(en.ui.showPassword), button(en.ui.resetPassword), button(en.ui.resendCode), button(en.ui.useAnotherUsername)];
      for (const element of order) {
        await env.user.tab();
        expect(element).toHaveFocus();
      }
      await expectNoAxeViolations(env.view.container);
    });

    it('completing the code moves focus to the password field and sends nothing', async () => {
      const { user, gateway } = renderSent();
      await user.click(codeBox());
      await user.keyboard('12345');
      expect(codeBox()).toHaveFocus();
      await user.keyboard('6');
      expect(passwordBox()).toHaveFocus();
      expect(gateway.confirmForgotPassword).not.toHaveBeenCalled();
    });

    it('keyboard alone: code, password, Enter resets; focus lands on the success status; Sign in hands back the user name', async () => {
      const { user, gateway, fake, onPasswordReset, onSignIn, view } = renderSent();
      await user.tab();
      expect(codeBox()).toHaveFocus();
      await user.keyboard('１２３ ４５６');
      expect(passwordBox()).toHaveFocus();
      await user.keyboard(strong);
      expect(progress()).toHaveTextContent(en.ui.passwordRulesAllMet);
      await user.keyboard('{Enter}');
      expect(gateway.confirmForgotPassword).toHaveBeenCalledTimes(1);
      expect(gateway.confirmForgotPassword).toHaveBeenCalledWith(
        { clientId: 'client1', username: 'ada', confirmationCode: '123456', password: strong },
        expect.any(AbortSignal),
      );
      expect(button(en.ui.resettingPassword)).toBeInTheDocument();
      // Settled in act, so the commit and its effects (the focus move) have both run when we look.
      await act(async () => fake.latest('confirmForgotPassword').resolve());
      const status = screen.getByText(en.ui.passwordChanged);
      expect(status).toHaveAttribute('role', 'status');
      expect(status).toHaveAttribute('data-state', 'success');
      expect(status).toHaveFocus();
      expect(onPasswordReset).toHaveBeenCalledTimes(1);
      expect(screen.queryByLabelText(en.ui.newPasswordLabel)).not.toBeInTheDocument();
      await user.tab();
      expect(button(en.ui.signIn)).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(onSignIn).toHaveBeenCalledTimes(1);
      expect(onSignIn).toHaveBeenCalledWith({ username: 'ada' });
      await expectNoAxeViolations(view.container);
    });

    it('the checklist’s hidden prefixes and the polite status change only when the number of rules left changes', async () => {
      const { user } = renderSent();
      await user.click(passwordBox());
      expect(progress()).toHaveTextContent('');
      // The checklist itself is not live: only the count is announced.
      expect(checklist().closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
      const seen: { left: number; prefixes: (string | null | undefined)[]; status: string }[] = [];
      for (const key of ['a', 'b', 'C', 'd', '1', '2', '!', 'x', 'y', 'z', '{Backspace}', 'w']) {
        await user.keyboard(key);
        const left = passwordRules(policy, passwordBox().value).filter((rule) => !rule.met).length;
        seen.push({ left, prefixes: prefixes(), status: progress().textContent ?? '' });
      }
      expect(seen.map((s) => s.left)).toEqual([4, 4, 3, 3, 2, 2, 1, 1, 1, 0, 1, 0]);
      for (let i = 1; i < seen.length; i++) {
        const countChanged = seen[i]!.left !== seen[i - 1]!.left;
        expect(seen[i]!.status !== seen[i - 1]!.status, `status after key ${i}`).toBe(countChanged);
        expect(JSON.stringify(seen[i]!.prefixes) !== JSON.stringify(seen[i - 1]!.prefixes), `prefixes after key ${i}`).toBe(countChanged);
      }
      expect(seen[0]!.status).toBe('4 password rules still to meet');
      expect(seen[6]!.status).toBe('1 password rule still to meet');
      expect(seen[9]!.status).toBe(en.ui.passwordRulesAllMet);
      expect(seen[9]!.prefixes).toEqual(Array(5).fill(en.ui.ruleMet));
      expect(seen[10]!.prefixes).toEqual([en.ui.ruleNotMet, ...Array(4).fill(en.ui.ruleMet)]);
      expect(passwordBox()).toHaveAccessibleDescription(new RegExp(`^${en.ui.passwordRulesTitle} ${en.ui.ruleMet} At least 10 characters`));
    });

    it('Show password shows it as text and keeps focus on the toggle; Hide password hides it again', async () => {
      const { user } = renderSent();
      await user.click(passwordBox());
      await user.keyboard('Secret 1!');
      await user.tab();
      const toggle = button(en.ui.showPassword);
      expect(toggle).toHaveFocus();
      expect(toggle).toHaveAttribute('aria-controls', passwordBox().id);
      await user.keyboard('{Enter}');
      expect(passwordBox()).toHaveAttribute('type', 'text');
      expect(toggle).toHaveAccessibleName(en.ui.hidePassword);
      expect(toggle).toHaveFocus();
      expect(passwordBox()).toHaveValue('Secret 1!');
      await user.keyboard(' ');
      expect(passwordBox()).toHaveAttribute('type', 'password');
      expect(toggle).toHaveAccessibleName(en.ui.showPassword);
      expect(toggle).toHaveFocus();
      // The toggle is a plain button: it never submits the form.
      await user.click(toggle);
      expect(passwordBox()).toHaveAttribute('type', 'text');
    });

    it('a weak password gets the validation message, focus and selection on the password field, and no request', async () => {
      const { user, gateway, view } = renderSent();
      await user.type(codeBox(), '123456');
      await user.keyboard('weakpass');
      await user.click(button(en.ui.resetPassword));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(en.validation.password.format);
      const field = passwordBox();
      expect(field).toHaveFocus();
      await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'weakpass'.length]));
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
      expect(field).toHaveAccessibleDescription(new RegExp(`${en.validation.password.format}$`));
      expect(field).toHaveValue('weakpass');
      expect(codeBox()).not.toHaveAttribute('aria-invalid');
      expect(gateway.confirmForgotPassword).not.toHaveBeenCalled();
      await expectNoAxeViolations(view.container);
    });

    it('an incomplete code is refused first, on the code field', async () => {
      const { user, gateway } = renderSent();
      await user.type(codeBox(), '123');
      await user.type(passwordBox(), strong);
      await user.click(button(en.ui.resetPassword));
      expect(await screen.findByRole('alert')).toBeInTheDocument();
      expect(codeBox()).toHaveAttribute('aria-invalid', 'true');
      expect(codeBox()).toHaveFocus();
      expect(gateway.confirmForgotPassword).not.toHaveBeenCalled();
    });

    it('CodeMismatch shows our message and selects the code; Cognito’s text never shows', async () => {
      const { user, fake, view } = renderSent();
      await user.type(codeBox(), '654321');
      await user.keyboard(strong);
      fake.rejectOnce('confirmForgotPassword', cognitoException('CodeMismatchException', 'Invalid verification code provided, please try again.'));
      await user.keyboard('{Enter}');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(textOf('ConfirmForgotPassword', 'CodeMismatchException'));
      const field = codeBox();
      expect(field).toHaveFocus();
      await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, 6]));
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
      expect(passwordBox()).not.toHaveAttribute('aria-invalid');
      expect(passwordBox()).toHaveValue(strong);
      expect(view.container).not.toHaveTextContent('Invalid verification code provided');
    });

    it('InvalidPassword focuses and selects the password, and keeps the code', async () => {
      const { user, fake } = renderSent({ passwordPolicy: undefined });
      await user.type(codeBox(), '123456');
      await user.keyboard('password');
      fake.rejectOnce('confirmForgotPassword', cognitoException('InvalidPasswordException', 'Password does not conform to policy: Password must have uppercase characters'));
      await user.click(button(en.ui.resetPassword));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(textOf('ConfirmForgotPassword', 'InvalidPasswordException'));
      const field = passwordBox();
      expect(field).toHaveFocus();
      await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'password'.length]));
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(alert.textContent!.trim());
      expect(codeBox()).toHaveValue('123456');
      expect(screen.queryByText(/does not conform/)).not.toBeInTheDocument();
    });

    it('UserNotConfirmed offers "Confirm your account", which hands back the user name', async () => {
      const { user, fake, onConfirmAccount } = renderSent();
      await user.type(codeBox(), '123456');
      await user.keyboard(strong);
      fake.rejectOnce('confirmForgotPassword', cognitoException('UserNotConfirmedException'));
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('alert')).toHaveTextContent(textOf('ConfirmForgotPassword', 'UserNotConfirmedException'));
      await user.click(button(en.ui.confirmAccount));
      expect(onConfirmAccount).toHaveBeenCalledTimes(1);
      expect(onConfirmAccount).toHaveBeenCalledWith({ username: 'ada' });
    });

    it('"Use a different user name" returns to the user-name step with focus there and the name kept', async () => {
      const env = renderForm({ passwordPolicy: policy });
      await sendCodeFor(env, 'ada');
      await env.user.type(codeBox(), '123');
      await env.user.click(button(en.ui.useAnotherUsername));
      expect(await screen.findByRole('textbox', { name: en.ui.usernameLabel })).toHaveValue('ada');
      await waitFor(() => expect(usernameBox()).toHaveFocus());
      expect(screen.queryByRole('textbox', { name: en.ui.verificationCodeLabel })).not.toBeInTheDocument();
      await env.user.clear(usernameBox());
      await env.user.type(usernameBox(), 'grace{Enter}');
      expect(env.gateway.forgotPassword).toHaveBeenCalledTimes(2);
      expect(env.gateway.forgotPassword.mock.calls[1]![0].username).toBe('grace');
      // What was typed for the other user is gone.
      env.fake.latest('forgotPassword').resolve({ codeDeliveryDetails: delivery });
      expect(await screen.findByRole('textbox', { name: en.ui.verificationCodeLabel })).toHaveValue('');
    });

    it('offers no "Use a different user name" when the app gave the user name', () => {
      renderSent();
      expect(screen.queryByRole('button', { name: en.ui.useAnotherUsername })).not.toBeInTheDocument();
    });
  });

  it('the code and the password appear in the DOM only as input values, and never in console output', async () => {
    const out = spyOnConsole();
    const code = '735291';
    const password = 'Zebra crossing 77?';
    const { user, fake, view } = renderSent({ passwordPolicy: undefined });
    const leaks = () => {
      const found: string[] = [];
      for (const element of view.container.querySelectorAll('*')) {
        const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
        if (own.includes(code) || own.includes(password)) found.push(`text of <${element.tagName}>`);
        for (const attribute of element.attributes) {
          if (element instanceof HTMLInputElement && attribute.name === 'value') continue;
          if (attribute.value.includes(code) || attribute.value.includes(password)) found.push(`${attribute.name} of <${element.tagName}>`);
        }
      }
      if (document.title.includes(password)) found.push('title');
      return found;
    };
    await user.type(codeBox(), code);
    await user.keyboard(password);
    await user.click(button(en.ui.showPassword));
    expect(leaks()).toEqual([]);
    for (const name of ['CodeMismatchException', 'InvalidPasswordException', 'ExpiredCodeException']) {
      fake.rejectOnce('confirmForgotPassword', cognitoException(name, `${name}: raw text`));
      await user.click(button(en.ui.resetPassword));
      await screen.findByRole('alert');
      expect(leaks()).toEqual([]);
    }
    fake.rejectOnce('confirmForgotPassword', cognitoException('ResourceNotFoundException', 'User pool client does not exist.'));
    await user.click(button(en.ui.resetPassword));
    await screen.findByRole('alert');
    fake.replyOnce('confirmForgotPassword', undefined);
    await user.click(button(en.ui.resetPassword));
    await screen.findByText(en.ui.passwordChanged);
    expect(leaks()).toEqual([]);
    expect(view.container.innerHTML).not.toContain(password);
    expect(out.output()).not.toContain(code);
    expect(out.output()).not.toContain(password);
    // The developer line for the set-up fault was printed, so the output was really captured.
    expect(out.output()).toContain('ResourceNotFoundException');
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it('renders the same DOM for a real and a simulated (unknown user) delivery, apart from the masked destination', async () => {
    const snapshot = async (reply: CodeDeliveryDetails) => {
      const env = renderForm({ passwordPolicy: policy });
      await sendCodeFor(env, 'someone@example.com', reply);
      await env.user.type(codeBox(), '123456');
      env.fake.rejectOnce('confirmForgotPassword', cognitoException('CodeMismatchException'));
      await env.user.keyboard(strong);
      await env.user.keyboard('{Enter}');
      await screen.findByRole('alert');
      const ids = new Map<string, string>();
      const html = env.view.container.innerHTML
        .replaceAll(reply.destination!, '<destination>')
        // useId values differ between mounts: number them by first appearance.
        .replace(/«[^»]+»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, (id) => ids.get(id) ?? (ids.set(id, `id${ids.size}`), `id${ids.size - 1}`));
      env.view.unmount();
      return html;
    };
    const real = await snapshot({ attributeName: 'email', deliveryMedium: 'EMAIL', destination: 's***@e***' });
    // With PreventUserExistenceErrors, Cognito answers for a user it does not have with a made-up destination.
    const simulated = await snapshot({ attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'q***@z***' });
    expect(real).toContain('<destination>');
    expect(simulated).toBe(real);
  });

  describe('texts and direction', () => {
    it('the messages prop overrides the form’s texts', async () => {
      const { user } = renderForm({
        messages: { ui: { sendCode: 'Email me a code', usernameLabel: 'Email address', newPasswordLabel: 'Pick a password', resetPassword: 'Save password' } },
      });
      expect(screen.getByRole('textbox', { name: 'Email address' })).toBeInTheDocument();
      expect(button('Email me a code')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: en.ui.sendCode })).not.toBeInTheDocument();
      const s = screen.getByRole('textbox', { name: 'Email address' });
      await user.type(s, 'ada');
      expect(s).toHaveValue('ada');
    });

    it('the overrides reach the code step too', () => {
      renderSent({ messages: { ui: { newPasswordLabel: 'Pick a password', resetPassword: 'Save password', showPassword: 'Reveal' } } });
      expect(screen.getByLabelText('Pick a password')).toHaveAttribute('type', 'password');
      expect(button('Save password')).toBeInTheDocument();
      expect(button('Reveal')).toBeInTheDocument();
    });

    function renderLocalized(messages: typeof de, props: Partial<ResetPasswordFormProps>, locale?: string) {
      const s = setup();
      const wrapper = ({ children }: { children: ReactNode }) => (
        <CognitoVerifyProvider gateway={s.gateway} clientId="client1" pendingStore="memory" cooldown={{ baseSeconds: 0 }} messages={messages} locale={locale}>
          {children}
        </CognitoVerifyProvider>
      );
      return render(<ResetPasswordForm {...props} />, { wrapper });
    }

    it('a locale passed through the provider changes the texts (German)', () => {
      const view = renderLocalized(de, { username: 'ada', delivery, codeJustSent: false }, 'de');
      // Keys the German catalogue has not translated yet fall back to English, key by key.
      const ui = { ...en.ui, ...de.ui };
      expect(screen.getByRole('textbox', { name: ui.verificationCodeLabel })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: ui.resendCode })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: ui.resetPassword })).toBeInTheDocument();
      expect(screen.getByLabelText(ui.newPasswordLabel)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: en.ui.resendCode })).not.toBeInTheDocument();
      expect(view.container.querySelector('form')).not.toHaveAttribute('dir');
    });

    it('a right-to-left locale sets dir="rtl" on the form (Arabic)', () => {
      const view = renderLocalized(ar, { username: 'ada' }, 'ar');
      const ui = { ...en.ui, ...ar.ui };
      expect(view.container.querySelector('form')).toHaveAttribute('dir', 'rtl');
      expect(screen.getByRole('button', { name: ui.sendCode })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: en.ui.sendCode })).not.toBeInTheDocument();
    });
  });
});
