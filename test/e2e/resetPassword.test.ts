/**
 * Password reset in a real browser against the local Cognito, keyboard only: the user name,
 * Send code, the code from the server's outbox, the new password against the pool's rules (read
 * by the harness from /__dev/config), Reset password, Sign in with the new password. axe in the
 * light and the OS-dark scheme after every step; a screenshot of each in test-results/reset-password/.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CognitoIdentityProviderClient, ConfirmSignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { resolvePool, signIn, startLocalCognito, type LocalCognito } from '../../scripts/localCognito.ts';
import {
  expectAxeClean,
  expectNoSecrets,
  focusWith,
  isFocused,
  nextCode,
  password as oldPassword,
  selection,
  signUpUser,
  startE2E,
  waitOptions,
  wrongCodeFor,
  type E2E,
  type HarnessPage,
} from './support.ts';

const screenshots = 'test-results/reset-password';

let env: E2E;
beforeAll(async () => {
  [env] = await Promise.all([startE2E(), mkdir(screenshots, { recursive: true })]);
});
afterAll(async () => {
  await env?.stop();
});

const codeLabel = 'Verification code';
const passwordLabel = 'New password';
const changedText = 'Your password has been changed. Sign in with your new password.';
const mismatchText = 'That code does not match the one we sent. Check the code and enter it again.';
const weakPassword = 'weakpass';
const newPassword = 'N3w-Passw0rd!';

/** A confirmed user (verified email) on `cognito`, with its sign-up code. */
async function confirmedUser(cognito: LocalCognito, prefix: string): Promise<{ username: string; email: string; signUpCode: string }> {
  const user = await signUpUser(cognito, prefix);
  const signUpCode = await nextCode(cognito, user.email);
  const client = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: cognito.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    await client.send(new ConfirmSignUpCommand({ ClientId: cognito.config.clientId, Username: user.username, ConfirmationCode: signUpCode }));
  } finally {
    client.destroy();
  }
  return { ...user, signUpCode };
}

const alertText = (page: Page) => () => page.getByRole('alert').allTextContents().then((texts) => texts.join(' '));
const statusTexts = (page: Page) => () => page.getByRole('status').allTextContents();

/** The password input (type=password has no textbox role). */
const passwordInput = (page: Page) => page.getByLabel(passwordLabel, { exact: true });

const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement, undefined, { timeout: 1_000 }).catch(() => false);

/** Presses `key` until `locator` has focus (at most `limit` times). */
async function tabTo(page: Page, key: 'Tab' | 'Shift+Tab', locator: Locator, limit = 12): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    if (await hasFocus(locator)) return;
  }
  throw new Error(`${key} never reached ${String(locator)}.`);
}

/** The checklist as read: each rule with its visually hidden "Done:"/"Still needed:" prefix. */
function checklist(page: Page): Promise<string[]> {
  return page.locator('.cvk-rules li').evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** axe in the light and in the OS-dark scheme; a screenshot of each. */
async function step(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAxeClean(page, `${name} (${colorScheme})`);
    await page.screenshot({ path: `${screenshots}/${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** From the first view: the user name typed, Tab to Send code, Enter; resolves with the code sent. */
async function requestCode(harness: HarnessPage, cognito: LocalCognito, username: string, to: string, seen: string[]): Promise<string> {
  const { page } = harness;
  const usernameField = page.getByRole('textbox', { name: 'User name' });
  await usernameField.waitFor(waitOptions);
  await focusWith(page, 'Tab', 'textbox', 'User name');
  await page.keyboard.type(username);
  await focusWith(page, 'Tab', 'button', 'Send code');
  await page.keyboard.press('Enter');
  const code = await nextCode(cognito, to, seen);
  await page.getByRole('textbox', { name: codeLabel }).waitFor(waitOptions);
  return code;
}

describe.each(['sdk', 'fetch'] as const)('reset password over %s', (transport) => {
  it('user name → code → a weak password is refused on the page → a good one resets it → sign in with it', async () => {
    const user = await confirmedUser(env.cognito, `reset.${transport}`);
    const harness = await env.open({ transport, flow: 'reset' });
    const { page } = harness;
    const shot = (name: string) => step(page, `${transport}-${name}`);
    try {
      await page.getByRole('textbox', { name: 'User name' }).waitFor(waitOptions);
      await shot('1-user-name');

      const code = await requestCode(harness, env.cognito, user.username, user.email, [user.signUpCode]);
      expect(harness.operations).toContain('ForgotPassword');
      // Send code made way for the code field: focus went there, not to <body>.
      expect(await isFocused(page, 'textbox', codeLabel)).toBe(true);
      await expect.poll(() => page.getByText(/^We sent a code by email to /).count(), waitOptions).toBe(1);
      expect(await page.locator('main').textContent()).not.toContain(user.email);
      await shot('2-code-sent');

      // A complete code moves on to the password instead of submitting.
      await page.keyboard.type(code);
      await expect.poll(() => hasFocus(passwordInput(page)), waitOptions).toBe(true);
      expect(harness.operations).not.toContain('ConfirmForgotPassword');

      await page.keyboard.type(weakPassword);
      expect(await checklist(page)).toEqual([
        'Done: At least 8 characters',
        'Done: A lowercase letter',
        'Still needed: A capital letter',
        'Still needed: A number',
        'Still needed: A symbol, like ! or @',
      ]);
      await expect.poll(statusTexts(page), waitOptions).toContain('3 password rules still to meet');
      await shot('3-weak-password');

      // Reset password with rules left: the kit says so, selects the password and sends nothing.
      await focusWith(page, 'Tab', 'button', 'Reset password');
      await page.keyboard.press('Enter');
      await expect.poll(alertText(page), waitOptions).toContain('Choose a password that meets every rule in the list');
      expect(harness.operations).not.toContain('ConfirmForgotPassword');
      expect(await passwordInput(page).getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => hasFocus(passwordInput(page)), waitOptions).toBe(true);
      expect(await passwordInput(page).evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(weakPassword);
      await shot('4-weak-password-refused');

      // Selected, so typing replaces it.
      await page.keyboard.type(newPassword);
      expect((await checklist(page)).every((rule) => rule.startsWith('Done: '))).toBe(true);
      await expect.poll(statusTexts(page), waitOptions).toContain('Your password meets every rule.');
      await shot('5-good-password');

      await focusWith(page, 'Tab', 'button', 'Reset password');
      await page.keyboard.press('Enter');
      const changed = page.getByRole('status').filter({ hasText: changedText });
      await changed.waitFor(waitOptions);
      expect(harness.operations.filter((operation) => operation === 'ConfirmForgotPassword')).toHaveLength(1);
      // The refusal's message went with the request that replaced it.
      expect(await page.getByRole('alert').count()).toBe(0);
      // The fields it replaced had focus: the news takes it.
      expect(await hasFocus(changed)).toBe(true);
      await shot('6-password-changed');

      await focusWith(page, 'Tab', 'button', 'Sign in');
      await page.keyboard.press('Enter');
      const usernameField = page.getByRole('textbox', { name: 'User name' });
      await usernameField.waitFor(waitOptions);
      expect(await usernameField.inputValue()).toBe(user.username);
      await tabTo(page, 'Tab', page.getByLabel('Password', { exact: true }));
      await page.keyboard.type(newPassword);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: `Signed in as ${user.username}.` }).waitFor(waitOptions);
      await shot('7-signed-in');

      // Cognito itself: the new password signs in, the old one no longer does.
      const tokens = await signIn(env.cognito.endpoint, env.cognito.config.clientId, user.username, newPassword);
      expect(tokens.AccessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      await expect(signIn(env.cognito.endpoint, env.cognito.config.clientId, user.username, oldPassword)).rejects.toMatchObject({
        name: 'NotAuthorizedException',
      });

      await expectNoSecrets(harness, [code, newPassword, weakPassword, ...harness.accessTokens]);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('reset password, a wrong code', () => {
  it('is announced, and the code is selected for typing again; the right one then resets', async () => {
    const user = await confirmedUser(env.cognito, 'reset.wrong');
    const harness = await env.open({ transport: 'fetch', flow: 'reset' });
    const { page } = harness;
    try {
      const code = await requestCode(harness, env.cognito, user.username, user.email, [user.signUpCode]);
      const wrong = wrongCodeFor(code);
      await page.keyboard.type(wrong);
      await expect.poll(() => hasFocus(passwordInput(page)), waitOptions).toBe(true);
      await page.keyboard.type(newPassword);
      await page.keyboard.press('Enter');

      await expect.poll(alertText(page), waitOptions).toContain(mismatchText);
      // The kit's words, not Cognito's.
      expect(await alertText(page)()).not.toContain('Incorrect confirmation code');
      const field = page.getByRole('textbox', { name: codeLabel });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const alertId = await page.getByRole('alert').getAttribute('id');
      expect(((await field.getAttribute('aria-describedby')) ?? '').split(' ')).toContain(alertId);
      expect(await isFocused(page, 'textbox', codeLabel)).toBe(true);
      expect(await selection(page, codeLabel)).toEqual({ value: wrong, selected: wrong });
      // The password stays: only the code was wrong.
      expect(await passwordInput(page).inputValue()).toBe(newPassword);
      await step(page, 'wrong-code');

      // Typing the right code over the selection moves on to the password again; Enter resets.
      await page.keyboard.type(code);
      await expect.poll(() => hasFocus(passwordInput(page)), waitOptions).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: changedText }).waitFor(waitOptions);
      await expect(signIn(env.cognito.endpoint, env.cognito.config.clientId, user.username, newPassword)).resolves.toMatchObject({
        AccessToken: expect.any(String),
      });
      await expectNoSecrets(harness, [code, wrong, newPassword]);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('reset password on a 320 px phone', () => {
  it('the code step and the checklist fit without sideways scrolling', async () => {
    const user = await confirmedUser(env.cognito, 'reset.narrow');
    const harness = await env.open({ transport: 'fetch', flow: 'reset' }, { viewport: { width: 320, height: 720 } });
    const { page } = harness;
    try {
      await requestCode(harness, env.cognito, user.username, user.email, [user.signUpCode]);
      await tabTo(page, 'Tab', passwordInput(page));
      await page.keyboard.type(weakPassword);
      await expect.poll(statusTexts(page), waitOptions).toContain('3 password rules still to meet');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'the page scrolls sideways at 320 px').toBeLessThanOrEqual(0);
      await step(page, 'narrow-320px');
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

// With PreventUserExistenceErrors, Cognito answers ForgotPassword for a name nobody has as if a
// code went out (to a made-up, masked address), and ConfirmForgotPassword with CodeMismatch.
describe('reset password where the pool prevents user existence errors', () => {
  let cognito: LocalCognito;
  beforeAll(async () => {
    const shape = { ...resolvePool('alias'), preventUserExistenceErrors: true };
    cognito = await startLocalCognito({ port: 0, pool: shape });
  });
  afterAll(async () => {
    await cognito?.stop();
  });

  /** What the code step shows, with the masked destination blanked out. */
  async function codeStep(username: string): Promise<{ text: string; roles: string[]; operations: string[] }> {
    const harness = await env.open({ transport: 'fetch', flow: 'reset', cognito });
    const { page } = harness;
    try {
      await page.getByRole('textbox', { name: 'User name' }).waitFor(waitOptions);
      await focusWith(page, 'Tab', 'textbox', 'User name');
      await page.keyboard.type(username);
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: codeLabel }).waitFor(waitOptions);
      await expect.poll(() => page.getByText(/^We sent a code/).count(), waitOptions).toBe(1);
      await expectAxeClean(page, `code step for ${username}`);
      const text = (await page.locator('form').innerText()).replace(/\S*\*\*\*\S*/g, '<masked>');
      const roles = await page.locator('form').evaluate((form) =>
        [...form.querySelectorAll('input:not([hidden]), button, [role="alert"], [role="status"]')].map((element) =>
          `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[${element.getAttribute('role')}]` : ''}:${(element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\d/g, '#')}`,
        ),
      );
      expect(harness.errors).toEqual([]);
      return { text, roles, operations: harness.operations };
    } finally {
      await harness.close();
    }
  }

  it('an unknown user name gets the same code step as a real one, with no word of a missing account', async () => {
    const user = await confirmedUser(cognito, 'reset.exists');
    const real = await codeStep(user.username);
    const unknown = await codeStep('nobody.by.this.name');
    expect(unknown.text).toBe(real.text);
    expect(unknown.roles).toEqual(real.roles);
    expect(unknown.text).not.toMatch(/no account|not found|does not exist|could not find/i);
    expect(unknown.operations).toEqual(['ForgotPassword']);
  });
});
