/**
 * The published package in an app: `npm pack`, install the tarball (without the AWS SDK) into a
 * fresh React app in a temporary folder, build that app with Vite, esbuild and webpack 5, and
 * drive the Vite build's confirm flow in Chromium against the local Cognito.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCognito, type LocalCognito } from '../../scripts/localCognito.ts';
import { expectAxeClean, launchArgs, nextCode, serve, signUpUser, waitOptions, wrongCodeFor } from './support.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./consumer/', import.meta.url));
const reactVersion = JSON.parse(await readFile(join(root, 'node_modules/react/package.json'), 'utf8')).version as string;

let app: string;
beforeAll(() => mkdtemp(join(tmpdir(), 'cvk-consumer-')).then((dir) => void (app = dir)));
afterAll(() => (app ? rm(app, { recursive: true, force: true }) : undefined));

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Every file under `dir` whose name matches, as text. */
async function texts(dir: string, name: RegExp): Promise<string> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => name.test(file));
  return (await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')))).join('\n');
}

describe('the published package', () => {
  it('installs from its tarball into a fresh app, with the SDK left out', async () => {
    // `npm pack` builds first (prepack), so the tarball is what `npm publish` would send.
    const tarball = join(app, npm(['pack', '--pack-destination', app, '--silent'], root).trim().split('\n').at(-1)!);
    await cp(fixture, join(app, 'src'), { recursive: true });
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', tarball, `react@${reactVersion}`, `react-dom@${reactVersion}`], app);
    expect(existsSync(join(app, 'node_modules/cognito-verify-kit/dist/index.js'))).toBe(true);
    // The SDK is an optional peer: npm does not install it, and nothing below may need it.
    expect(existsSync(join(app, 'node_modules/@aws-sdk'))).toBe(false);
  });

  it('builds with esbuild', async () => {
    const outdir = join(app, 'out-esbuild');
    await esbuild.build({
      entryPoints: [join(app, 'src/main.js')],
      absWorkingDir: app,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const js = await texts(outdir, /\.js$/);
    expect(js).toContain('one-time-code');
    expect(js).not.toMatch(/@aws-sdk|CognitoIdentityProviderClient/);
    expect(await texts(outdir, /\.css$/)).toContain('--cvk-');
  });

  it('builds with webpack 5', async () => {
    const outDir = join(app, 'out-webpack');
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack({ mode: 'production', context: app, entry: './src/app.js' /* no stylesheet: CSS needs a loader in webpack, the app's choice */, output: { path: outDir }, devtool: false, performance: { hints: false } }).run((error, result) =>
        error || !result ? reject(error) : resolve(result),
      ),
    );
    expect(stats.hasErrors(), stats.toString('errors-only')).toBe(false);
    const js = await texts(outDir, /\.js$/);
    expect(js).toContain('one-time-code');
    expect(js).not.toMatch(/@aws-sdk|CognitoIdentityProviderClient/);
  });

  describe('built with Vite, in Chromium against the local Cognito', () => {
    let cognito: LocalCognito;
    let browser: Browser;
    let site: Awaited<ReturnType<typeof serve>>;
    beforeAll(async () => {
      const outDir = join(app, 'out-vite');
      await build({ root: join(app, 'src'), configFile: false, envFile: false, logLevel: 'silent', plugins: [react()], build: { outDir, emptyOutDir: true } });
      expect(await texts(outDir, /\.js$/)).not.toMatch(/@aws-sdk|CognitoIdentityProviderClient/);
      [cognito, browser, site] = await Promise.all([
        startLocalCognito({ port: 0 }),
        chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: launchArgs }),
        serve(outDir),
      ]);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
      await cognito?.stop();
    });

    it('refuses a wrong code, then confirms the account with the right one', async () => {
      const user = await signUpUser(cognito, 'consumer');
      const code = await nextCode(cognito, user.email);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        const query = new URLSearchParams({ endpoint: cognito.endpoint, clientId: cognito.config.clientId, username: user.username });
        await page.goto(`${site.origin}/?${query}`);
        const field = page.getByRole('textbox', { name: 'Confirmation code' });
        await field.waitFor(waitOptions);
        await expectAxeClean(page, 'consumer: first view');

        // Typed as a person does; a full code submits itself, and a wrong one stays selected to retype.
        await field.click();
        await page.keyboard.type(wrongCodeFor(code));
        await expect.poll(() => page.getByRole('alert').allTextContents().then((t) => t.join(' ')), waitOptions).toMatch(/\S/);
        expect(await page.locator('main').getAttribute('data-confirmed')).toBe('false');

        await page.keyboard.type(code);
        await expect.poll(() => page.getByRole('status').allTextContents(), waitOptions).toContain('Your account is confirmed.');
        expect(await page.locator('main').getAttribute('data-confirmed')).toBe('true');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
