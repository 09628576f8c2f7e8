/**
 * `npm start`: the demo app (DEMO_PORT, default 5173) against a local Cognito
 * (COGNITO_LOCAL_PORT, default 9229), with Storybook (STORYBOOK_PORT, default 6006) beside it.
 * The local Cognito runs as `scripts/cognito.ts` in a child process that gets this command's
 * extra arguments and environment (`npm start -- --pool <preset>`, COGNITO_POOL); the demo is a
 * Vite dev server in this process; Storybook is a child told where Cognito is
 * (STORYBOOK_COGNITO_ENDPOINT). Ctrl+C or SIGTERM stops all three.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import type { DevConfig } from './localCognito.ts';
import { poolSummary } from './localCognito/pool.ts';

const root = resolve(import.meta.dirname, '..');
const cognitoPort = Number(process.env.COGNITO_LOCAL_PORT ?? 9229);
const storybookPort = Number(process.env.STORYBOOK_PORT ?? 6006);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const cognitoEndpoint = `http://127.0.0.1:${cognitoPort}`;
const storybookUrl = `http://127.0.0.1:${storybookPort}`;
const demoUrl = `http://127.0.0.1:${demoPort}`;
const startTimeoutMs = 180_000;

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

// Checked before anything starts, so a taken port never leaves half the setup running.
if (!(await isPortFree(cognitoPort))) fail(portTaken(cognitoPort, 'COGNITO_LOCAL_PORT', 'the local Cognito'));
if (!(await isPortFree(storybookPort))) fail(portTaken(storybookPort, 'STORYBOOK_PORT', 'Storybook'));
if (!(await isPortFree(demoPort))) fail(portTaken(demoPort, 'DEMO_PORT', 'the demo app'));

/** A child in its own process group (detached), so stopping it stops its whole tree. */
function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, stdout: 'inherit' | 'ignore') {
  const child: ChildProcess = spawn(command, args, { cwd: root, detached: true, stdio: ['ignore', stdout, 'inherit'], env });
  const exited = new Promise<number>((done) => {
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.once('error', (error) => {
      console.error(`npm start: could not run ${name}: ${error.message}`);
      done(1);
    });
  });
  void exited.then((code) => {
    if (!stopping) {
      console.error(`\nnpm start: ${name} exited (code ${code}); stopping the rest.`);
      void stop(code === 0 ? 1 : code);
    }
  });
  return { name, child, exited };
}
type Child = ReturnType<typeof startChild>;

const children: Child[] = [];
let demo: ViteDevServer | undefined = undefined;
let stopping = false;

async function stop(exitCode: number, reason?: string): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (reason) console.log(`\n${reason}: stopping the demo, Storybook and the local Cognito…`);
    await demo?.close();
    // Storybook first, the local Cognito last: nothing talks to it any more.
    for (const { child, exited } of [...children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
      killGroup(child.pid, 'SIGTERM');
      const forced = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(forced);
    }
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

/** Polls `url` until it answers 2xx with JSON (undefined if it never does within the timeout). */
async function waitForJson<T>(url: string): Promise<T | undefined> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return (await response.json()) as T;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  return undefined;
}

// Its own output (a banner, request lines) stays out of the way; errors still show.
children.push(startChild('the local Cognito', resolve(root, 'node_modules/.bin/tsx'), ['scripts/cognito.ts', ...process.argv.slice(2)], process.env, 'ignore'));
const config = await waitForJson<DevConfig>(`${cognitoEndpoint}/__dev/config`);
if (!config) await stop(1, `the local Cognito did not answer on ${cognitoEndpoint}`);

// --ci: never prompt, never open a browser; --exact-port: never move to another port.
children.push(startChild(
  'Storybook',
  resolve(root, 'node_modules/.bin/storybook'),
  ['dev', '-p', String(storybookPort), '--host', '127.0.0.1', '--no-open', '--ci', '--exact-port', '--quiet', '--disable-telemetry'],
  { ...process.env, STORYBOOK_COGNITO_ENDPOINT: cognitoEndpoint },
  'inherit',
));

demo = await createViteServer({
  root: resolve(root, 'demo'),
  configFile: false,
  envDir: false,
  plugins: [react()],
  logLevel: 'warn',
  define: { 'import.meta.env.VITE_COGNITO_ENDPOINT': JSON.stringify(cognitoEndpoint) },
  server: { host: '127.0.0.1', port: demoPort, strictPort: true },
});
await demo.listen();

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: string;
}

// If Storybook exits meanwhile, `stop` ends the process; this wait needs no check for it.
const index = await waitForJson<{ entries: Record<string, IndexEntry> }>(`${storybookUrl}/index.json`);
if (!index) await stop(1, `Storybook did not answer on ${storybookUrl} within ${startTimeoutMs / 1000} s`);
const entries = Object.values(index!.entries);

const liveStories = entries.filter((entry) => entry.type === 'story' && entry.title.startsWith('Live/'));
const lines = [
  '',
  'cognito-verify-kit is running',
  `  Demo app       ${demoUrl}   sign up → confirm (codes in its Dev inbox) → sign in → account settings`,
  `  Storybook      ${storybookUrl}`,
  `  Local Cognito  ${config!.endpoint}  (region ${config!.region}, pool ${config!.userPoolId}, app client ${config!.clientId})`,
  `                 dev endpoints: GET /__dev/outbox · GET /__dev/config · POST|DELETE /__dev/faults · POST /__dev/secret-hash`,
  ...poolSummary(config!).map((line) => `                 ${line}`),
  '  Live stories (run every flow against the local Cognito; codes appear in their dev inbox)',
  ...liveStories.map((story) => `    ${`${story.title} › ${story.name}`.padEnd(48)} ${storybookUrl}/?path=/story/${story.id}`),
  '  Demo users',
  ...config!.users.map((user) => {
    const phone = user.phoneNumber ? `, phone ${user.phoneNumber} (unverified)` : '';
    return `    ${user.username.padEnd(14)} password ${user.password}  ${user.status.padEnd(11)} ${user.email}${phone}`;
  }),
  'Ctrl+C stops all of them.',
  '',
];
console.log(lines.join('\n'));
