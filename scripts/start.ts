/**
 * `npm start`: the local Cognito in this process (COGNITO_LOCAL_PORT, default 9229, data in
 * `.cognito-local/`) and the Storybook dev server (STORYBOOK_PORT, default 6006) as a child told
 * where Cognito is (STORYBOOK_COGNITO_ENDPOINT). Ctrl+C or SIGTERM stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { PoolError, poolSpec, poolSummary, resolvePool, startLocalCognito, type LocalCognito, type PoolShape } from './localCognito.ts';

const root = resolve(import.meta.dirname, '..');
const cognitoPort = Number(process.env.COGNITO_LOCAL_PORT ?? 9229);
const storybookPort = Number(process.env.STORYBOOK_PORT ?? 6006);
const storybookUrl = `http://127.0.0.1:${storybookPort}`;
const storybookStartTimeoutMs = 180_000;

function fail(message: string): never {
  console.error(`\nnpm start: ${message}`);
  process.exit(1);
}

function portTaken(port: number, envName: string, what: string): string {
  return `port ${port} on 127.0.0.1 is already in use, so ${what} cannot start. Stop whatever uses it, or choose another port: ${envName}=<port> npm start`;
}

/** Whether something already listens on 127.0.0.1:`port`. */
function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

// `--pool <preset|file.json>`, `--pool-file <file.json>` or COGNITO_POOL: the local Cognito's pool.
let pool: PoolShape;
try {
  pool = resolvePool(poolSpec(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof PoolError)) throw error;
  fail(error.message);
}

// Checked before anything starts (or `.cognito-local/` is wiped under another running server),
// so a taken port never leaves half the setup running.
if (!(await isPortFree(cognitoPort))) fail(portTaken(cognitoPort, 'COGNITO_LOCAL_PORT', 'the local Cognito'));
if (!(await isPortFree(storybookPort))) fail(portTaken(storybookPort, 'STORYBOOK_PORT', 'Storybook'));

const dataDir = resolve(root, '.cognito-local');
await rm(dataDir, { recursive: true, force: true });
let cognito: LocalCognito;
try {
  cognito = await startLocalCognito({ port: cognitoPort, dataDir, pool });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(portTaken(cognitoPort, 'COGNITO_LOCAL_PORT', 'the local Cognito'));
  fail(`the local Cognito did not start: ${error instanceof Error ? error.message : String(error)}`);
}

// Its own process group (detached), so stopping kills Storybook's whole tree, Vite included.
// --ci: never prompt (first run, taken port), never open a browser; --exact-port: never move to another port.
const storybook: ChildProcess = spawn(
  resolve(root, 'node_modules/.bin/storybook'),
  ['dev', '-p', String(storybookPort), '--host', '127.0.0.1', '--no-open', '--ci', '--exact-port', '--quiet', '--disable-telemetry'],
  { cwd: root, detached: true, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, STORYBOOK_COGNITO_ENDPOINT: cognito.endpoint } },
);
const storybookExited = new Promise<number>((done) => {
  storybook.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  storybook.once('error', (error) => {
    console.error(`npm start: could not run Storybook: ${error.message}`);
    done(1);
  });
});

let stopping = false;
async function stop(exitCode: number, reason?: string): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (reason) console.log(`\n${reason}: stopping Storybook and the local Cognito…`);
    if (storybook.exitCode === null && storybook.signalCode === null && storybook.pid) {
      killGroup(storybook.pid, 'SIGTERM');
      const forced = setTimeout(() => killGroup(storybook.pid!, 'SIGKILL'), 5000);
      await storybookExited;
      clearTimeout(forced);
    }
    await cognito.stop();
  }
  process.exit(exitCode);
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

process.on('SIGINT', () => void stop(0, 'SIGINT'));
process.on('SIGTERM', () => void stop(0, 'SIGTERM'));
process.on('SIGHUP', () => void stop(0, 'SIGHUP'));
void storybookExited.then((code) => {
  if (!stopping) {
    console.error(`\nnpm start: Storybook exited (code ${code}); stopping the local Cognito.`);
    void stop(code === 0 ? 1 : code);
  }
});

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: string;
}

/** Storybook's story index, once the dev server answers (undefined if it never does). */
async function waitForStorybook(): Promise<IndexEntry[] | undefined> {
  const deadline = Date.now() + storybookStartTimeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${storybookUrl}/index.json`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return Object.values(((await response.json()) as { entries: Record<string, IndexEntry> }).entries);
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return undefined;
}

// If Storybook exits meanwhile, `stop` ends the process; this loop needs no check for it.
const entries = await waitForStorybook();
if (!entries) await stop(1, `Storybook did not answer on ${storybookUrl} within ${storybookStartTimeoutMs / 1000} s`);

const liveStories = entries!.filter((entry) => entry.type === 'story' && entry.title.startsWith('Live/'));
const { config } = cognito;
const lines = [
  '',
  'cognito-verify-kit is running',
  `  Storybook      ${storybookUrl}`,
  `  Local Cognito  ${config.endpoint}  (region ${config.region}, pool ${config.userPoolId}, app client ${config.clientId})`,
  `                 dev endpoints: GET /__dev/outbox · GET /__dev/config · POST|DELETE /__dev/faults · POST /__dev/secret-hash`,
  ...poolSummary(config).map((line) => `                 ${line}`),
  '  Live stories (run every flow against the local Cognito; codes appear in their dev inbox)',
  ...liveStories.map((story) => `    ${`${story.title} › ${story.name}`.padEnd(48)} ${storybookUrl}/?path=/story/${story.id}`),
  '  Demo users',
  ...config.users.map((user) => {
    const phone = user.phoneNumber ? `, phone ${user.phoneNumber} (unverified)` : '';
    return `    ${user.username.padEnd(14)} password ${user.password}  ${user.status.padEnd(11)} ${user.email}${phone}`;
  }),
  'Ctrl+C stops both.',
  '',
];
console.log(lines.join('\n'));
