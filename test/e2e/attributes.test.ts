/**
 * The attribute flows in a real browser against the local Cognito: changing an email on an
 * account-settings page (pending until verified, surviving a reload), verifying a phone
 * number, and a session that ends mid-flow. Keyboard only; the page signs in by itself and
 * the test checks its tokens and codes end up nowhere they should not.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  clearFaults,
  cooldownStarts,
  expectAxeClean,
  expectNoSecrets,
  focusWith,
  footprint,
  freshEmail,
  injectFault,
  isFocused,
  nextCode,
  password,
  selection,
  startE2E,
  waitOptions,
  type E2E,
  type HarnessPage,
} from './support.ts';

let env: E2E;
beforeAll(async () => {
  env = await startE2E();
});
afterAll(async () => {
  await env?.stop();
});
afterEach(async () => {
  await clearFaults(env.cognito);
});

const codeLabel = 'Verification code';

/** Signs in through the harness's own form, by keyboard. */
async function signIn({ page }: HarnessPage, username: string): Promise<void> {
  await page.getByRole('textbox', { name: 'User name' }).waitFor(waitOptions);
  await focusWith(page, 'Tab', 'textbox', 'User name');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByRole('form', { name: 'Sign in' }).waitFor({ state: 'detached', ...waitOptions });
}

function statusTexts({ page }: HarnessPage) {
  return () => page.getByRole('status').allTextContents();
}

/** The banner's status region: title and body, as one line. */
function bannerText({ page }: HarnessPage) {
  return () => page.locator('.cvk-banner [role="status"]').allTextContents().then((texts) => texts.join(' '));
}

// On the default pool, where the email is the user name, and where the app client has a secret.
describe.each(['alias', 'email-username', 'secret'] as const)('account settings: change the email (%s pool)', (pool) => {
  it('Save leaves the new address pending (also after a reload) until its code is entered', async () => {
    const cognito = await env.cognitoFor(pool);
    const username = cognito.config.users.find((u) => u.email === 'verified.user@example.com')!.username;
    const current = 'verified.user@example.com';
    const next = freshEmail('changed');
    const harness = await env.open({ transport: 'sdk', pool, flow: 'settings', cooldown: 2 });
    const { page } = harness;
    try {
      await expectAxeClean(page, 'settings: sign in');
      await signIn(harness, username);
      const email = page.getByRole('textbox', { name: 'Email' });
      await expect.poll(() => email.inputValue(), waitOptions).toBe(current);
      await expectAxeClean(page, 'settings: loaded');

      await focusWith(page, 'Tab', 'textbox', 'Email');
      // Not an address: the kit says so, keeps focus on the field and sends nothing.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('not an address');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').allTextContents(), waitOptions).toContainEqual(
        expect.stringContaining('Enter an email address in the right format, like name@example.com'),
      );
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await isFocused(page, 'textbox', 'Email')).toBe(true);
      expect(harness.operations).not.toContain('UpdateUserAttributes');
      await expectAxeClean(page, 'settings: invalid address');

      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(next);
      await page.keyboard.press('Enter');

      await expect.poll(bannerText(harness), waitOptions).toContain(`Your current email address stays active until you verify ${next}.`);
      expect(await bannerText(harness)()).toContain('Verify your new email address');
      // The field shows the address in use; the banner names the one waiting for its code.
      await expect.poll(() => email.inputValue(), waitOptions).toBe(current);
      await expectAxeClean(page, 'settings: pending');
      // On a 320px phone the six slots shrink to fit the banner instead of running past the edge.
      await page.setViewportSize({ width: 320, height: 900 });
      const overflow = await page.evaluate(() => {
        const banner = document.querySelector('.cvk-banner') as HTMLElement;
        const slot = document.querySelector('.cvk-slot') as HTMLElement;
        return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, banner: banner.scrollWidth - banner.clientWidth, slot: slot.getBoundingClientRect().width };
      });
      expect(overflow).toMatchObject({ page: 0, banner: 0 });
      expect(overflow.slot).toBeGreaterThanOrEqual(24);
      await page.setViewportSize({ width: 720, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectAxeClean(page, 'settings: pending, dark');
      if (process.env.CVK_E2E_SCREENSHOTS) await page.screenshot({ path: '/tmp/cvk-e2e-settings-pending-dark.png', fullPage: true });
      await page.emulateMedia({ colorScheme: 'light' });

      // What the kit remembers: only attributeName, value, delivery and savedAt.
      const stored = Object.values((await footprint(page)).sessionStorage).map((raw) => JSON.parse(raw) as unknown);
      const entries = stored.flatMap((value) => (Array.isArray(value) ? value : Object.values(value as object).flat()));
      expect(entries).toHaveLength(1);
      const entry = entries[0] as Record<string, unknown>;
      expect(entry).toMatchObject({ attributeName: 'email', value: next });
      for (const key of Object.keys(entry)) expect(['attributeName', 'value', 'delivery', 'savedAt']).toContain(key);

      // Reload before verifying: the tokens were in memory only, so sign in again; the pending value is still known.
      await page.reload();
      await signIn(harness, username);
      await expect.poll(bannerText(harness), waitOptions).toContain(`until you verify ${next}.`);
      // The pool still has the old address, and the field shows what the pool has.
      expect(await email.inputValue()).toBe(current);
      await expectAxeClean(page, 'settings: pending after reload');

      // Resend for a pending value submits it again, which sends a new code to the new address.
      const firstCode = await nextCode(cognito, next);
      const resend = page.getByRole('button', { name: /^Resend code/ });
      await expect.poll(() => resend.getAttribute('aria-disabled'), waitOptions).toBeNull();
      await focusWith(page, 'Tab', 'button', 'Resend code');
      const cooling = cooldownStarts(page);
      await page.keyboard.press('Enter');
      const code = await nextCode(cognito, next, [firstCode]);
      await cooling;
      expect(await bannerText(harness)()).toContain(`until you verify ${next}.`);

      await focusWith(page, 'Shift+Tab', 'textbox', codeLabel);
      await page.keyboard.type(code);
      await expect.poll(statusTexts(harness), waitOptions).toContain('Your email address is verified.');
      await expect.poll(() => email.inputValue(), waitOptions).toBe(next);
      expect(await page.locator('.cvk-banner').count()).toBe(0);
      // Verified: the remembered value is gone.
      expect(JSON.stringify((await footprint(page)).sessionStorage)).not.toContain(next);
      await expectAxeClean(page, 'settings: verified');
      if (process.env.CVK_E2E_SCREENSHOTS) await page.screenshot({ path: '/tmp/cvk-e2e-settings-verified.png', fullPage: true });

      expect(harness.accessTokens.size).toBeGreaterThan(0);
      await expectNoSecrets(harness, [...harness.accessTokens, firstCode, code, ...(cognito.config.clientSecret ? [cognito.config.clientSecret] : [])]);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('account settings: offline, then cancel', () => {
  it('an offline Save keeps the address for "Try again"; Cancel change forgets the pending value', async () => {
    const next = freshEmail('offline');
    const harness = await env.open({ transport: 'fetch', flow: 'settings' });
    const { page } = harness;
    try {
      await signIn(harness, 'verified.user');
      const email = page.getByRole('textbox', { name: 'Email' });
      await expect.poll(() => email.inputValue(), waitOptions).toMatch(/@/);
      const current = await email.inputValue();

      const offline = `${env.cognito.endpoint}/**`;
      await page.route(offline, (route) => route.abort('internetdisconnected'));
      await focusWith(page, 'Tab', 'textbox', 'Email');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(next);
      await page.keyboard.press('Enter');
      const tryAgain = page.getByRole('button', { name: 'Try again' });
      await tryAgain.waitFor(waitOptions);
      expect(await email.inputValue()).toBe(next);
      await expectAxeClean(page, 'settings: offline');

      await page.unroute(offline);
      await focusWith(page, 'Tab', 'button', 'Try again');
      await page.keyboard.press('Enter');
      await expect.poll(bannerText(harness), waitOptions).toContain(`until you verify ${next}.`);
      expect(JSON.stringify((await footprint(page)).sessionStorage)).toContain(next);

      await focusWith(page, 'Tab', 'button', 'Cancel change');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.cvk-banner').count(), waitOptions).toBe(0);
      expect(JSON.stringify((await footprint(page)).sessionStorage)).not.toContain(next);
      // Focus does not fall to the page: it goes back to the field the change came from.
      expect(await isFocused(page, 'textbox', 'Email')).toBe(true);
      // Cognito never changed anything.
      await page.reload();
      await signIn(harness, 'verified.user');
      await expect.poll(() => email.inputValue(), waitOptions).toBe(current);
      expect(await page.locator('.cvk-banner').count()).toBe(0);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('verify a phone number', () => {
  it('Send code texts a code; entering it verifies the number', async () => {
    const harness = await env.open({ transport: 'fetch', flow: 'verify', attribute: 'phone_number' });
    const { page } = harness;
    try {
      await signIn(harness, 'phone.user');
      const sendCode = page.getByRole('button', { name: 'Send code' });
      await sendCode.waitFor(waitOptions);
      await expectAxeClean(page, 'verify: before sending');

      await focusWith(page, 'Tab', 'button', 'Send code');
      await page.keyboard.press('Enter');
      const code = await nextCode(env.cognito, '+15555550123');
      const field = page.getByRole('textbox', { name: codeLabel });
      await expect.poll(() => page.getByText(/by text message to/).count(), waitOptions).toBe(1);
      // The destination is masked, as Cognito does.
      expect(await page.locator('main').textContent()).not.toContain('+15555550123');
      await expectAxeClean(page, 'verify: code sent');

      await focusWith(page, 'Shift+Tab', 'textbox', codeLabel);
      await page.keyboard.type(code.slice(0, 3));
      expect(await field.inputValue()).toBe(code.slice(0, 3));
      await page.keyboard.type(code.slice(3));
      await expect.poll(statusTexts(harness), waitOptions).toContain('Your phone number is verified.');
      await expectAxeClean(page, 'verify: verified');
      if (process.env.CVK_E2E_SCREENSHOTS) await page.screenshot({ path: '/tmp/cvk-e2e-verify-phone.png', fullPage: true });

      expect(harness.accessTokens.size).toBeGreaterThan(0);
      await expectNoSecrets(harness, [...harness.accessTokens, code]);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('a session that cannot be renewed offers "Sign in again"', async () => {
    const harness = await env.open({ transport: 'sdk', flow: 'verify', attribute: 'phone_number' });
    const { page } = harness;
    try {
      await signIn(harness, 'phone.user');
      await focusWith(page, 'Tab', 'button', 'Send code');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /^Resend code/ }).waitFor(waitOptions);
      const code = await nextCode(env.cognito, '+15555550123');

      // The token is refused twice: once as sent, once after the page renewed it.
      await injectFault(env.cognito, 'VerifyUserAttribute', 'NotAuthorizedException', 2);
      await focusWith(page, 'Shift+Tab', 'textbox', codeLabel);
      await page.keyboard.type(code);
      const signInAgain = page.getByRole('button', { name: 'Sign in again' });
      await signInAgain.waitFor(waitOptions);
      expect(await page.getByRole('alert').textContent()).not.toContain('injected');
      expect(harness.operations.filter((operation) => operation === 'VerifyUserAttribute')).toHaveLength(2);
      expect(harness.operations.filter((operation) => operation === 'InitiateAuth')).toHaveLength(2);
      expect(await page.locator('main').getAttribute('data-session-expired')).toBe('1');
      expect(await selection(page, codeLabel)).toMatchObject({ value: code });
      await expectAxeClean(page, 'verify: session expired');
      if (process.env.CVK_E2E_SCREENSHOTS) await page.screenshot({ path: '/tmp/cvk-e2e-session-expired.png', fullPage: true });

      await focusWith(page, 'Tab', 'button', 'Sign in again');
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: 'User name' }).waitFor(waitOptions);
      expect(await isFocused(page, 'button', 'Sign in again')).toBe(false);
      await expectNoSecrets(harness, [...harness.accessTokens, code]);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
