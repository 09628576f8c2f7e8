/**
 * Every story of the built Storybook, in Chromium, under every combination a host page can
 * give the kit: the OS colour scheme (light, dark) × `data-cvk-theme` (unset, light, dark,
 * system) × direction (ltr, rtl). axe's WCAG 2.2 A/AA rules must find nothing.
 *
 * Cost: one browser and one page for the whole run. Stories are switched through Storybook's
 * own channel instead of reloading the preview; the combinations are applied to the rendered
 * story in place (the OS scheme through `emulateMedia`, theme and direction on the story's
 * wrapper, as the toolbar would). Colours are the only thing the scheme and the theme change,
 * so the colour rules run in all 16 combinations and the full rule set once per direction.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalCognito, type LocalCognito } from '../../scripts/localCognito.ts';
import { launchArgs, serve } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const schemes = ['light', 'dark'] as const;
const themes = ['unset', 'light', 'dark', 'system'] as const;
const directions = ['ltr', 'rtl'] as const;
type Combination = { scheme: (typeof schemes)[number]; theme: (typeof themes)[number]; dir: (typeof directions)[number] };

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const fullRules: RunOptions = { runOnly: { type: 'tag', values: wcag22aa }, resultTypes: ['violations'] };
const colourRules: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] };

/** How long one story may take to load, render and play (the Live ones walk a flow over HTTP). */
const storyTimeoutMs = 30_000;

function storybookBuild(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      resolve(root, 'node_modules/.bin/storybook'),
      ['build', '--test', '--quiet', '--disable-telemetry', '--output-dir', outDir],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`storybook build exited with ${code}:\n${stderr}`))));
  });
}

let outDir: string;
let cognito: LocalCognito;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'cvk-storybook-'));
  [, cognito, browser] = await Promise.all([
    storybookBuild(outDir),
    startLocalCognito({ port: 0 }),
    chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: launchArgs }),
  ]);
  server = await serve(outDir);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cognito?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/**
 * Switches the preview to `storyId` once it has rendered and played; says what went wrong, if anything. A built
 * Storybook logs a failing play function and still reports the story finished, so its
 * exception events count as failures too.
 */
async function showStory(page: Page, storyId: string): Promise<string | undefined> {
  const outcome = await page.evaluate(
    ({ storyId, timeoutMs }) =>
      new Promise<string>((done) => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: StorybookChannel }).__STORYBOOK_ADDONS_CHANNEL__;
        const failures: string[] = [];
        const failureEvents = ['playFunctionThrewException', 'storyThrewException', 'storyErrored'];
        const onFailure = (error: { message?: string; title?: string; description?: string }) => {
          failures.push(error.message ?? `${error.title ?? ''} ${error.description ?? ''}`);
        };
        const finish = (status: string) => {
          clearTimeout(timer);
          channel.off('storyFinished', onFinished);
          for (const event of failureEvents) channel.off(event, onFailure);
          done(failures.length > 0 ? `${status}; ${failures.join('; ')}` : status);
        };
        const onFinished = (event: { storyId: string; status: string }) => {
          if (event.storyId === storyId) finish(event.status);
        };
        const timer = setTimeout(() => finish('timed out'), timeoutMs);
        for (const event of failureEvents) channel.on(event, onFailure);
        channel.on('storyFinished', onFinished);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    { storyId, timeoutMs: storyTimeoutMs },
  );
  return outcome === 'success' ? undefined : `${storyId}: the story did not render and play (${outcome})`;
}

interface StorybookChannel {
  on(event: string, listener: (payload: never) => void): void;
  off(event: string, listener: (payload: never) => void): void;
  emit(event: string, payload: unknown): void;
}

/** For one OS scheme: each theme × direction on the story's wrapper, axe after each; returns the violations as lines. */
function checkCombinations(page: Page, scheme: Combination['scheme'], withFullRules: boolean): Promise<string[]> {
  return page.evaluate(
    async ({ scheme, themes, directions, withFullRules, fullRules, colourRules }) => {
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<AxeResults> } }).axe;
      const wrapper = document.querySelector<HTMLElement>('#storybook-root > .cvk-story');
      if (!wrapper) return ['no .cvk-story wrapper: the preview decorator did not run'];
      const lines: string[] = [];
      const fullRunDone = new Set<string>();
      for (const dir of directions) {
        for (const theme of themes) {
          wrapper.dir = dir;
          if (theme === 'unset') wrapper.removeAttribute('data-cvk-theme');
          else wrapper.setAttribute('data-cvk-theme', theme);
          // Settle any transition, so colours are read as they end.
          for (const animation of document.getAnimations()) {
            if (animation.effect?.getTiming().iterations !== Infinity) animation.finish();
          }
          const full = withFullRules && !fullRunDone.has(dir);
          fullRunDone.add(dir);
          const results = await axe.run(document.documentElement, full ? fullRules : colourRules);
          for (const violation of results.violations) {
            for (const node of violation.nodes) {
              lines.push(`[scheme ${scheme}, theme ${theme}, ${dir}] ${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
            }
          }
        }
      }
      return lines;
    },
    { scheme, themes, directions, withFullRules, fullRules, colourRules },
  );
}

it('every story passes axe in every OS scheme × theme × direction', async () => {
  const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string }> };
  const storyIds = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);
  expect(storyIds.length).toBeGreaterThan(100);

  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  // The Live stories find this run's local Cognito through the page's query.
  const query = new URLSearchParams({ id: storyIds[0]!, viewMode: 'story', cognito: cognito.endpoint });
  await page.goto(`${server.origin}/iframe.html?${query}`);
  await page.addScriptTag({ content: await axeSource });

  const violations: string[] = [];
  const playFailures: string[] = [];
  let checked = 0;
  for (const storyId of storyIds) {
    const failure = await showStory(page, storyId);
    if (failure) playFailures.push(failure);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      // The full rule set does not depend on colours: once per direction, in the first scheme.
      for (const line of await checkCombinations(page, scheme, scheme === 'light')) violations.push(`${storyId} ${line}`);
    }
    checked += 1;
  }
  await page.close();

  expect(checked).toBe(storyIds.length);
  // One assertion, so a failing play does not hide the axe results.
  const problems = [...playFailures, ...violations];
  expect(problems, `${playFailures.length} failing play function(s), ${violations.length} axe violation(s):\n${problems.join('\n')}`).toEqual([]);
}, 600_000);
