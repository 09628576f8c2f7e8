/**
 * Right-to-left locales in Chromium: for ar, he and fa, every form takes dir="rtl" from the
 * locale (the page sets none), its layout mirrors, the code slots still run left to right, the
 * countdown reads in the locale, axe finds nothing, and a screenshot of each form is kept in
 * test-results/rtl/ for people to look at.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { attributeFieldLabel, en, format, formatDuration, mergeMessages, type Messages } from '../../src/messages/index.ts';
import { messages as ar } from '../../src/locales/ar.ts';
import { messages as fa } from '../../src/locales/fa.ts';
import { messages as he } from '../../src/locales/he.ts';
import { expectAxeClean, freshEmail, password, readOutbox, signUpUser, startE2E, waitOptions, wrongCodeFor, nextCode, type E2E, type HarnessPage } from './support.ts';
import { createThrowawayUser } from '../../stories/support/liveConfig.ts';

const screenshots = 'test-results/rtl';

let env: E2E;
beforeAll(async () => {
  [env] = await Promise.all([startE2E(), mkdir(screenshots, { recursive: true })]);
});
afterAll(async () => {
  await env?.stop();
});

async function signIn({ page }: HarnessPage, username: string): Promise<void> {
  await page.getByRole('textbox', { name: 'User name' }).fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('form', { name: 'Sign in' }).waitFor({ state: 'detached', ...waitOptions });
}

interface Box {
  left: number;
  right: number;
}

/** Where the text of `element` starts and ends on screen, and the box of its `.cvk-field`. */
function textAndField(element: Locator): Promise<{ text: Box; field: Box }> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    const field = (node.closest('.cvk-field') ?? node).getBoundingClientRect();
    return { text: { left: text.left, right: text.right }, field: { left: field.left, right: field.right } };
  });
}

/**
 * The form reads right to left: `dir="rtl"` on it (and none on the page), its label's text
 * starts at the right edge of its field, and the code's slots run left to right.
 */
async function expectRightToLeft(page: Page, root: Locator, codeLabel: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('');
  expect(await root.getAttribute('dir')).toBe('rtl');
  expect(await root.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  const label = root.locator('label', { hasText: codeLabel });
  const { text, field } = await textAndField(label);
  expect(Math.abs(field.right - text.right), 'the label starts at the right').toBeLessThan(2);
  expect(text.left - field.left, 'and leaves room on the left').toBeGreaterThan(8);

  const code = page.getByRole('textbox', { name: codeLabel });
  await code.fill('12');
  const slots = await root.locator('.cvk-code-field').evaluate((container) => ({
    direction: getComputedStyle(container).direction,
    slots: [...container.querySelectorAll('.cvk-slot')].map((slot) => ({ text: slot.textContent, left: slot.getBoundingClientRect().left })),
  }));
  expect(slots.direction).toBe('ltr');
  expect(slots.slots.slice(0, 2).map((slot) => slot.text)).toEqual(['1', '2']);
  const lefts = slots.slots.map((slot) => slot.left);
  expect(lefts, 'slots run left to right').toEqual([...lefts].sort((a, b) => a - b));
  await code.fill('');
}

/** A message with its placeholders as wildcards (the masked destination is Cognito's). */
function templatePattern(template: string): RegExp {
  return new RegExp(template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
}

/** Every reading of "resend in {time}" a cooldown of up to `seconds` can show, as the kit formats it on Node. */
function countdownTexts(messages: Messages, seconds: number): string[] {
  return Array.from({ length: seconds + 1 }, (_, n) => format(messages.ui.resendCodeIn, { time: formatDuration(n, messages.locale) }));
}

describe.each([
  ['ar', ar],
  ['he', he],
  ['fa', fa],
] as const)('%s', (tag, messages) => {
  const { ui } = messages;

  it('ConfirmSignUpForm', async () => {
    const user = await signUpUser(env.cognito, `rtl.${tag}`);
    const harness = await env.open({ transport: 'fetch', flow: 'confirm', username: user.username, locale: tag });
    const { page } = harness;
    try {
      const form = page.locator('form', { has: page.getByRole('button', { name: ui.confirm }) });
      await form.waitFor(waitOptions);
      await expectRightToLeft(page, form, ui.confirmationCodeLabel);

      // The cooldown's clock, from Intl.DurationFormat here, reads as the kit's Node fallback does.
      const resend = await page.getByRole('button', { name: new RegExp(ui.resendCodeIn.split('{time}')[0] ?? '') }).textContent();
      expect(countdownTexts(messages, 30)).toContain(resend);

      const code = await nextCode(env.cognito, user.email);
      await page.getByRole('textbox', { name: ui.confirmationCodeLabel }).fill(wrongCodeFor(code));
      await expect.poll(() => page.getByRole('alert').allTextContents(), waitOptions).toContainEqual(
        expect.stringContaining(messages.exceptions.CodeMismatchException),
      );
      await expectAxeClean(page, `${tag}: confirm, wrong code`);
      await page.screenshot({ path: `${screenshots}/${tag}-confirm.png`, fullPage: true });
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('UpdateAttributeForm, with the pending banner', async () => {
    const harness = await env.open({ transport: 'fetch', flow: 'settings', locale: tag });
    const { page } = harness;
    try {
      await signIn(harness, 'verified.user');
      const email = page.getByRole('textbox', { name: attributeFieldLabel('email', messages) });
      await expect.poll(() => email.inputValue(), waitOptions).toBe('verified.user@example.com');
      // One root element holds the value form and the banner: `dir` sits on it.
      const root = page.locator('.cvk-settings', { has: email });
      expect(await root.getAttribute('dir')).toBe('rtl');
      const label = await textAndField(root.locator('form label').first());
      expect(Math.abs(label.field.right - label.text.right)).toBeLessThan(2);

      await email.fill(freshEmail(`rtl.${tag}`));
      await page.getByRole('button', { name: ui.save }).click();
      await page.locator('.cvk-banner').waitFor(waitOptions);
      await expectRightToLeft(page, root, ui.verificationCodeLabel);
      await expectAxeClean(page, `${tag}: settings, pending`);
      await page.screenshot({ path: `${screenshots}/${tag}-settings.png`, fullPage: true });
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('VerifyAttributeForm', async () => {
    const harness = await env.open({ transport: 'fetch', flow: 'verify', attribute: 'phone_number', locale: tag });
    const { page } = harness;
    try {
      await signIn(harness, 'phone.user');
      await page.getByRole('button', { name: ui.sendCode }).click();
      const form = page.locator('form', { has: page.getByRole('button', { name: ui.verify }) });
      await page.getByRole('textbox', { name: ui.verificationCodeLabel }).waitFor(waitOptions);
      const sent = templatePattern(ui.codeSentBySms);
      await expect.poll(() => form.innerText(), waitOptions).toMatch(sent);
      // The masked number inside the sentence keeps its own order: "+" first, on the left.
      const x = await form.locator('.cvk-hint').evaluate((hint) => {
        const node = [...hint.childNodes].find((child) => child.textContent?.includes('+*******0123'));
        const text = node?.textContent ?? '';
        return ['+', '0', '3'].map((char) => {
          const range = document.createRange();
          range.setStart(node as Node, text.indexOf(char));
          range.setEnd(node as Node, text.indexOf(char) + 1);
          return range.getBoundingClientRect().left;
        });
      });
      expect(x, 'left edges of "+", "0", "3"').toEqual([...x].sort((a, b) => a - b));
      await expectRightToLeft(page, form, ui.verificationCodeLabel);
      await expectAxeClean(page, `${tag}: verify, code sent`);
      await page.screenshot({ path: `${screenshots}/${tag}-verify.png`, fullPage: true });
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('ResetPasswordForm, with the password checklist', async () => {
    // What the page shows: the locale over English, for strings a translation does not have yet.
    const shown = mergeMessages(en, messages).ui;
    // Confirmed, so its email is verified and the code can go there.
    const user = await createThrowawayUser(env.cognito.endpoint, env.cognito.config, `rtl-reset-${tag}`);
    const seen = (await readOutbox(env.cognito.endpoint)).filter((m) => m.to === user.email).map((m) => m.code);
    const harness = await env.open({ transport: 'fetch', flow: 'reset', locale: tag });
    const { page } = harness;
    try {
      await page.getByRole('textbox', { name: shown.usernameLabel }).fill(user.username);
      await page.getByRole('button', { name: shown.sendCode }).click();
      const form = page.locator('form', { has: page.getByRole('button', { name: shown.resetPassword }) });
      await page.getByRole('textbox', { name: shown.verificationCodeLabel }).waitFor(waitOptions);
      expect(await nextCode(env.cognito, user.email, seen)).toMatch(/^\d{6}$/);
      await expectRightToLeft(page, form, shown.verificationCodeLabel);

      const passwordField = page.getByLabel(shown.newPasswordLabel, { exact: true });
      await passwordField.fill('weakpass');
      const label = await textAndField(form.locator('label', { hasText: shown.newPasswordLabel }));
      expect(Math.abs(label.field.right - label.text.right), 'the password label starts at the right').toBeLessThan(2);
      // The show/hide toggle sits on the input's left, at the end of the line in this direction.
      const [input, toggle] = await Promise.all([
        passwordField.boundingBox(),
        page.getByRole('button', { name: shown.showPassword }).boundingBox(),
      ]);
      expect(toggle!.x + toggle!.width, 'the toggle is left of the input').toBeLessThanOrEqual(input!.x + 1);
      const items = await form.locator('.cvk-rules li').allTextContents();
      expect(items).toHaveLength(5);
      expect(items[2]).toContain(shown.passwordUppercase);
      await expectAxeClean(page, `${tag}: reset, weak password`);
      await page.screenshot({ path: `${screenshots}/${tag}-reset.png`, fullPage: true });
      expect(harness.errors).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
