/**
 * Sign-up confirmation in a real browser against the local Cognito, over both transports:
 * keyboard only, queried by role and accessible name, codes read from the server's outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cooldownStarts,
  expectAxeClean,
  expectNoSecrets,
  focusWith,
  isFocused,
  nextCode,
  selection,
  sentCount,
  signUpUser,
  startE2E,
  waitOptions,
  wrongCodeFor,
  type E2E,
  type HarnessPage,
} from './support.ts';
import type { PresetName } from '../../scripts/localCognito.ts';

let env: E2E;
beforeAll(async () => {
  env = await startE2E();
});
afterAll(async () => {
  await env?.stop();
});

const codeLabel = 'Confirmation code';
const confirmedText = 'Your account is confirmed.';

function statusTexts(harness: HarnessPage) {
  return () => harness.page.getByRole('status').allTextContents();
}

function alertText(harness: HarnessPage) {
  return () => harness.page.getByRole('alert').allTextContents().then((texts) => texts.join(' '));
}

/** The confirm journey: a wrong code shows the kit's message and stays selected; the right one confirms. */
async function wrongThenRight(transport: 'sdk' | 'fetch', pool: PresetName): Promise<void> {
  const cognito = await env.cognitoFor(pool);
  const user = await signUpUser(cognito, `wrong.${transport}`);
  const code = await nextCode(cognito, user.email);
  const wrong = wrongCodeFor(code);
  const harness = await env.open({ transport, pool, flow: 'confirm', username: user.username });
  const { page } = harness;
  try {
    const field = page.getByRole('textbox', { name: codeLabel });
    await field.waitFor(waitOptions);
    await expectAxeClean(page, 'confirm: first view');

    await focusWith(page, 'Tab', 'textbox', codeLabel);
    // Enter with nothing typed: the kit asks for the code and sends nothing.
    await page.keyboard.press('Enter');
    await expect.poll(alertText(harness), waitOptions).toContain('Enter the code we sent you');
    expect(harness.operations).not.toContain('ConfirmSignUp');
    expect(await isFocused(page, 'textbox', codeLabel)).toBe(true);

    await page.keyboard.type(wrong);
    await expect.poll(alertText(harness), waitOptions).toContain('That code does not match the one we sent.');
    // The kit's words, not Cognito's.
    expect(await alertText(harness)()).not.toContain('Invalid verification code provided');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const alertId = await page.getByRole('alert').getAttribute('id');
    expect(describedBy.split(' ')).toContain(alertId);
    expect(await isFocused(page, 'textbox', codeLabel)).toBe(true);
    expect(await selection(page, codeLabel)).toEqual({ value: wrong, selected: wrong });
    await expectAxeClean(page, 'confirm: wrong code');

    // The wrong code is selected, so typing the right one replaces it; six digits submit.
    await page.keyboard.type(code);
    await expect.poll(statusTexts(harness), waitOptions).toContain(confirmedText);
    expect(await page.locator('main').getAttribute('data-confirmed')).toBe('true');
    await expectAxeClean(page, 'confirm: confirmed');
    // A client secret, where there is one, never reaches the page.
    await expectNoSecrets(harness, [code, wrong, ...(cognito.config.clientSecret ? [cognito.config.clientSecret] : [])]);
    expect(harness.errors).toEqual([]);
  } finally {
    await harness.close();
  }
}

describe.each(['sdk', 'fetch'] as const)('confirm sign-up over %s', (transport) => {
  it('a wrong code shows the kit’s message and keeps the code selected; the right one confirms', async () => {
    await wrongThenRight(transport, 'alias');
  });

  it('resend waits out the cooldown, sends a new code, refuses the old one and takes the new one', async () => {
    // Long enough that the Enter below lands inside the wait even on a busy machine (axe runs first).
    const user = await signUpUser(env.cognito, `resend.${transport}`);
    const oldCode = await nextCode(env.cognito, user.email);
    const harness = await env.open({ transport, flow: 'confirm', username: user.username, cooldown: 8 });
    const { page } = harness;
    try {
      const resend = page.getByRole('button', { name: /^Resend code/ });
      await resend.waitFor(waitOptions);
      expect(await resend.getAttribute('aria-disabled')).toBe('true');
      expect(await resend.textContent()).toMatch(/^Resend code in 0:0[1-8]$/);
      await expectAxeClean(page, 'confirm: cooldown');

      // aria-disabled, not disabled: it stays reachable, and Enter does nothing yet.
      await focusWith(page, 'Tab', 'button', /^Resend code/);
      const before = await sentCount(env.cognito, user.email);
      await page.keyboard.press('Enter');
      await expect.poll(() => resend.getAttribute('aria-disabled'), waitOptions).toBeNull();
      expect(await resend.textContent()).toBe('Resend code');
      expect(await sentCount(env.cognito, user.email)).toBe(before);

      // A new cooldown starts once the code is out; watched in the page, as it lasts only 8 s.
      const cooling = cooldownStarts(page);
      await page.keyboard.press('Enter');
      const newCode = await nextCode(env.cognito, user.email, [oldCode]);
      await cooling;
      await expect.poll(() => page.locator('[aria-live="polite"]').allTextContents(), waitOptions).toContainEqual(
        expect.stringMatching(/^We sent a new code to /),
      );

      await focusWith(page, 'Shift+Tab', 'textbox', codeLabel);
      await page.keyboard.type(oldCode);
      // The new code replaced it.
      await expect.poll(alertText(harness), waitOptions).toContain('That code does not match the one we sent.');
      expect(await statusTexts(harness)()).not.toContain(confirmedText);
      expect(await selection(page, codeLabel)).toEqual({ value: oldCode, selected: oldCode });
      await expectAxeClean(page, 'confirm: old code refused');

      await page.keyboard.type(newCode);
      await expect.poll(statusTexts(harness), waitOptions).toContain(confirmedText);
      await expectNoSecrets(harness, [oldCode, newCode]);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('offline: "Try again" keeps the typed code and works once Cognito answers again', async () => {
    const user = await signUpUser(env.cognito, `offline.${transport}`);
    const code = await nextCode(env.cognito, user.email);
    const harness = await env.open({ transport, flow: 'confirm', username: user.username });
    const { page } = harness;
    try {
      await page.getByRole('textbox', { name: codeLabel }).waitFor(waitOptions);
      const offline = `${env.cognito.endpoint}/**`;
      await page.route(offline, (route) => route.abort('internetdisconnected'));

      await focusWith(page, 'Tab', 'textbox', codeLabel);
      await page.keyboard.type(code);
      const tryAgain = page.getByRole('button', { name: 'Try again' });
      await tryAgain.waitFor(waitOptions);
      expect(await alertText(harness)()).toMatch(/\S/);
      expect((await selection(page, codeLabel)).value).toBe(code);
      await expectAxeClean(page, 'confirm: offline');
      if (process.env.CVK_E2E_SCREENSHOTS) await page.screenshot({ path: `/tmp/cvk-e2e-offline-${transport}.png`, fullPage: true });

      await page.unroute(offline);
      await focusWith(page, 'Tab', 'button', 'Try again');
      await page.keyboard.press('Enter');
      await expect.poll(statusTexts(harness), waitOptions).toContain(confirmedText);
      await expectNoSecrets(harness, [code]);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('confirm sign-up, already confirmed', () => {
  it('a confirmed account says so instead of showing an error', async () => {
    const harness = await env.open({ transport: 'sdk', flow: 'confirm', username: 'verified.user' });
    const { page } = harness;
    try {
      await page.getByRole('textbox', { name: codeLabel }).waitFor(waitOptions);
      await focusWith(page, 'Tab', 'textbox', codeLabel);
      await page.keyboard.type('123456');
      await expect.poll(statusTexts(harness), waitOptions).toContain('Your account is already confirmed. You can sign in.');
      expect(await page.getByRole('alert').count()).toBe(0);
      await expectAxeClean(page, 'confirm: already confirmed');
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

describe('confirm sign-up, appearance', () => {
  const looks: [string, { colorScheme: 'light' | 'dark'; reducedMotion?: 'reduce' }, 'rtl' | undefined][] = [
    ['dark', { colorScheme: 'dark' }, undefined],
    ['right to left', { colorScheme: 'light' }, 'rtl'],
    ['dark, right to left, reduced motion', { colorScheme: 'dark', reducedMotion: 'reduce' }, 'rtl'],
  ];
  it.each(looks)('%s: every state passes axe', async (name, media, dir) => {
    const user = await signUpUser(env.cognito, `look.${dir ?? 'ltr'}`);
    const code = await nextCode(env.cognito, user.email);
    const harness = await env.open({ transport: 'fetch', flow: 'confirm', username: user.username, dir }, { colorScheme: media.colorScheme, reducedMotion: media.reducedMotion ?? 'no-preference' });
    const { page } = harness;
    const slug = name.replace(/\W+/g, '-');
    try {
      await page.getByRole('textbox', { name: codeLabel }).waitFor(waitOptions);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir ?? '');
      await expectAxeClean(page, `${name}: first view`);

      await focusWith(page, 'Tab', 'textbox', codeLabel);
      await page.keyboard.type(wrongCodeFor(code).slice(0, 3));
      if (media.reducedMotion === 'reduce') {
        // The caret stops blinking.
        const animation = await page.locator('.cvk-caret').evaluate((element) => getComputedStyle(element).animationName);
        expect(animation).toBe('none');
      }
      await page.keyboard.type(wrongCodeFor(code).slice(3));
      await page.getByRole('alert').waitFor(waitOptions);
      await expectAxeClean(page, `${name}: wrong code`);
      if (process.env.CVK_E2E_SCREENSHOTS) await page.screenshot({ path: `/tmp/cvk-e2e-confirm-${slug}.png`, fullPage: true });

      // Typed with a space, as people copy it from some messages: the space is dropped.
      await page.keyboard.type(`${code.slice(0, 3)} ${code.slice(3)}`);
      await expect.poll(statusTexts(harness), waitOptions).toContain(confirmedText);
      await expectAxeClean(page, `${name}: confirmed`);
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

// The same journey where the email is the user name, and where the app client has a secret
// (the page gets each SecretHash from the dev server standing in for the app's own).
describe.each(['email-username', 'secret'] as const)('confirm sign-up on the %s pool', (pool) => {
  it('a wrong code shows the kit’s message and keeps the code selected; the right one confirms', async () => {
    await wrongThenRight('sdk', pool);
  });
});
