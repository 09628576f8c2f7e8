/**
 * End-to-end support: builds the harness app (test/e2e/app) with Vite's JS API, serves it from
 * 127.0.0.1, starts the local Cognito and Debian's Chromium, and offers the checks every flow
 * shares (axe in the page, secrets nowhere they should not be).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CognitoIdentityProviderClient, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { AxeResults } from 'axe-core';
import { startLocalCognito, latestCode, readOutbox, secretHash, type LocalCognito, type PresetName } from '../../scripts/localCognito.ts';

export { latestCode, readOutbox };

const appRoot = fileURLToPath(new URL('./app/', import.meta.url));
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const password = 'Passw0rd!';

/** Polls waits: bounded, never a fixed sleep. */
export const waitOptions = { timeout: 10_000, interval: 100 };

/* ---------- Build and serve the harness ---------- */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function buildHarness(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'cvk-e2e-app-'));
  await build({
    root: appRoot,
    configFile: false,
    envFile: false,
    plugins: [react()],
    logLevel: 'silent',
    // Development React: StrictMode runs effects twice and React reports misuse on the console.
    mode: 'development',
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: false, reportCompressedSize: false },
  });
  return outDir;
}

/** A static file server for `dir` on 127.0.0.1 (a free port). */
export async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, relative);
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/* ---------- The environment of one test file ---------- */

export interface E2E {
  /** The local Cognito on the default pool (`alias`). */
  cognito: LocalCognito;
  /** A local Cognito on another pool preset, started on first use and stopped with the rest. */
  cognitoFor: (pool: PresetName) => Promise<LocalCognito>;
  browser: Browser;
  /** Origin of the harness app. */
  origin: string;
  /** Opens the harness in a fresh context, collecting console messages and page errors. */
  open: (query: HarnessQuery, options?: ContextOptions) => Promise<HarnessPage>;
  stop: () => Promise<void>;
}

export interface HarnessQuery {
  transport: 'sdk' | 'fetch';
  /** The pool preset whose local Cognito the page talks to. Default `alias`. */
  pool?: PresetName;
  /** A local Cognito the test started itself (a pool shape no preset has); wins over `pool`. */
  cognito?: LocalCognito;
  flow: 'confirm' | 'settings' | 'verify' | 'reset';
  username?: string;
  attribute?: string;
  /** Resend cooldown in seconds. */
  cooldown?: number;
  dir?: 'rtl';
  /** The kit's locale, among the right-to-left ones the harness loads (`ar`, `he`, `fa`). */
  locale?: string;
}

export type ContextOptions = Parameters<Browser['newContext']>[0];

export interface HarnessPage {
  page: Page;
  context: BrowserContext;
  url: string;
  /** Every console message so far, as text. */
  console: string[];
  /** Uncaught errors in the page, and console errors and warnings other than failed requests. */
  errors: string[];
  /** Every token the page held: sent to Cognito in request bodies, or received from InitiateAuth. */
  accessTokens: Set<string>;
  /** The Cognito operations the page called, in order (`InitiateAuth`, `VerifyUserAttribute`…). */
  operations: string[];
  close: () => Promise<void>;
}

export const launchArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  '--disable-sync',
  '--disable-quic',
];

export async function startE2E(): Promise<E2E> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const [outDir, cognito, browser] = await Promise.all([
      buildHarness(),
      startLocalCognito({ port: 0 }),
      chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: launchArgs }),
    ]);
    cleanups.push(() => rm(outDir, { recursive: true, force: true }), () => cognito.stop(), () => browser.close());
    const server = await serve(outDir);
    cleanups.push(server.close);

    const others = new Map<PresetName, Promise<LocalCognito>>();
    const cognitoFor = (pool: PresetName): Promise<LocalCognito> => {
      if (pool === 'alias') return Promise.resolve(cognito);
      let started = others.get(pool);
      if (!started) {
        started = startLocalCognito({ port: 0, pool });
        others.set(pool, started);
        cleanups.push(async () => (await started!).stop());
      }
      return started;
    };

    const open = async ({ pool = 'alias', cognito: own, ...query }: HarnessQuery, options: ContextOptions = {}): Promise<HarnessPage> => {
      const cognito = own ?? (await cognitoFor(pool));
      const context = await browser.newContext({ viewport: { width: 720, height: 900 }, ...options });
      const page = await context.newPage();
      const harness: HarnessPage = {
        page,
        context,
        url: harnessUrl(server.origin, cognito, query),
        console: [],
        errors: [],
        accessTokens: new Set(),
        operations: [],
        close: () => context.close(),
      };
      page.on('console', (message) => {
        harness.console.push(message.text());
        // The browser logs every failed request (Cognito's 400s, the offline test's aborts); anything else is a problem.
        if (['error', 'warning'].includes(message.type()) && !message.text().startsWith('Failed to load resource')) {
          harness.errors.push(`console.${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => harness.errors.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith(cognito.endpoint) || request.method() !== 'POST') return;
        const target = request.headers()['x-amz-target'];
        if (target) harness.operations.push(target.slice(target.lastIndexOf('.') + 1));
        const token = (request.postDataJSON() as { AccessToken?: unknown } | null)?.AccessToken;
        if (typeof token === 'string') harness.accessTokens.add(token);
      });
      page.on('response', (response) => {
        if (!response.url().startsWith(cognito.endpoint) || response.request().method() !== 'POST') return;
        if (!response.request().headers()['x-amz-target']?.endsWith('.InitiateAuth')) return;
        void response.json().then(
          (body: { AuthenticationResult?: { AccessToken?: string; IdToken?: string; RefreshToken?: string } }) => {
            const result = body.AuthenticationResult;
            for (const token of [result?.AccessToken, result?.IdToken, result?.RefreshToken]) if (token) harness.accessTokens.add(token);
          },
          () => undefined,
        );
      });
      await page.goto(harness.url);
      return harness;
    };
    return { cognito, cognitoFor, browser, origin: server.origin, open, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function harnessUrl(origin: string, cognito: LocalCognito, query: Omit<HarnessQuery, 'pool' | 'cognito'>): string {
  const params = new URLSearchParams({ endpoint: cognito.endpoint, clientId: cognito.config.clientId });
  // The page asks the local server's /__dev/secret-hash (standing in for the app's server); the secret never reaches it.
  if (cognito.config.clientSecret) params.set('secretHash', 'dev');
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return `${origin}/?${params}`;
}

/* ---------- Cognito helpers (node side) ---------- */

let serial = 0;

/** A fresh address nobody has used in this run. */
export function freshEmail(prefix: string): string {
  serial += 1;
  return `${prefix}.${Date.now().toString(36)}${serial}@example.com`;
}

/**
 * Signs a new user up through the SDK (the code goes to the outbox) and returns its name and
 * email: the email is the user name where the pool says so; the SecretHash goes along where the
 * app client has a secret.
 */
export async function signUpUser(cognito: LocalCognito, prefix: string): Promise<{ username: string; email: string }> {
  const email = freshEmail(prefix);
  const { clientId, clientSecret, usernameAttributes } = cognito.config;
  const username = usernameAttributes.includes('email') ? email : email.slice(0, email.indexOf('@'));
  const client = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: cognito.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    await client.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: username,
        Password: password,
        SecretHash: clientSecret ? secretHash(username, clientId, clientSecret) : undefined,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
  } finally {
    client.destroy();
  }
  return { username, email };
}

/** Waits for a code sent to `to` that is not among `seen`, and returns it. */
export async function nextCode(cognito: LocalCognito, to: string, seen: readonly string[] = []): Promise<string> {
  const deadline = Date.now() + waitOptions.timeout;
  for (;;) {
    const messages = (await readOutbox(cognito.endpoint)).filter((m) => m.to === to && !seen.includes(m.code));
    const code = messages.at(-1)?.code;
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`No new code was sent to ${to}.`);
    await new Promise((resolve) => setTimeout(resolve, waitOptions.interval));
  }
}

/** How many messages went to `to` so far. */
export async function sentCount(cognito: LocalCognito, to: string): Promise<number> {
  return (await readOutbox(cognito.endpoint)).filter((m) => m.to === to).length;
}

/** A six-digit code that is certainly not `code`. */
export function wrongCodeFor(code: string): string {
  const last = Number(code.at(-1));
  return code.slice(0, -1) + String((last + 1) % 10);
}

/** `POST /__dev/faults`: the next `times` calls of `operation` fail with `exception`. */
export async function injectFault(cognito: LocalCognito, operation: string, exception: string, times = 1): Promise<void> {
  const response = await fetch(`${cognito.endpoint}/__dev/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operation, exception, times }),
  });
  if (!response.ok) throw new Error(`Fault not queued: ${response.status} ${await response.text()}`);
}

export async function clearFaults(cognito: LocalCognito): Promise<void> {
  await fetch(`${cognito.endpoint}/__dev/faults`, { method: 'DELETE' });
}

/* ---------- In-page checks ---------- */

/** Runs axe-core in the page (every rule, colour contrast included) and fails on any violation. */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  // The harness's own scaffolding counts too: it is part of what a person sees.
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Take the script element out again: axe's source is not the page's, and its digits could
    // match a code in the secrets check.
    const script = await page.addScriptTag({ content: await axeSource });
    await script.evaluate((element) => (element as Element).remove());
  }
  // Let transitions finish, so colours are read as they settle.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished)));
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const lines = results.violations.map(
    (v) => `[${v.impact ?? '?'}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  if (lines.length > 0) throw new Error(`axe (${label}): ${lines.length} violation(s)\n${lines.join('\n')}`);
}

export interface Footprint {
  html: string;
  href: string;
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
}

/** What the page keeps where a script, an extension or a screenshot could read it. */
export async function footprint(page: Page): Promise<Footprint> {
  return page.evaluate(() => {
    const dump = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key) ?? '']));
    return {
      html: document.documentElement.outerHTML,
      href: location.href,
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
    };
  });
}

/** Fails when any secret shows up in the page, its address, its storage or its console. */
export async function expectNoSecrets(harness: HarnessPage, secrets: Iterable<string>): Promise<void> {
  const print = await footprint(harness.page);
  const places: [string, string][] = [
    ['outerHTML', print.html],
    ['location.href', print.href],
    ['localStorage', JSON.stringify(print.localStorage)],
    ['sessionStorage', JSON.stringify(print.sessionStorage)],
    ['console', harness.console.join('\n')],
  ];
  for (const secret of secrets) {
    for (const [place, text] of places) {
      if (text.includes(secret)) throw new Error(`A secret (${secret.slice(0, 8)}…) appears in ${place}.`);
    }
  }
}

/**
 * Presses `key` (Tab or Shift+Tab) until the element with this role and accessible name has
 * focus, at most `limit` times: how a keyboard user gets somewhere.
 */
export async function focusWith(page: Page, key: 'Tab' | 'Shift+Tab', role: 'textbox' | 'button', name: string | RegExp, limit = 12): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    if (await isFocused(page, role, name)) return;
  }
  throw new Error(`${key} never reached ${role} "${String(name)}".`);
}

/** Whether the one element with this role and accessible name has focus. */
export function isFocused(page: Page, role: 'textbox' | 'button', name: string | RegExp): Promise<boolean> {
  return page
    .getByRole(role, { name, exact: typeof name === 'string' })
    .evaluate((element) => element === document.activeElement, undefined, { timeout: 1_000 })
    .catch(() => false);
}

/** The input's value and whether all of it is selected. */
export function selection(page: Page, label: string): Promise<{ value: string; selected: string }> {
  return page.getByRole('textbox', { name: label }).evaluate((element) => {
    const input = element as HTMLInputElement;
    return { value: input.value, selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0) };
  });
}

/**
 * Resolves when a "Resend code in 0:0x" button shows (aria-disabled). Start it before the
 * action: it watches from inside the page, every frame, so a short cooldown cannot end unseen.
 */
export async function cooldownStarts(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('button[aria-disabled="true"]')].some((button) => button.textContent?.startsWith('Resend code in')),
    undefined,
    { polling: 'raf', timeout: waitOptions.timeout },
  );
}
