/**
 * `npm run bench`: what an app pays for the kit and how it behaves, beside Amplify UI, in one run.
 *  1. sizes: typical screens bundled from the built package by esbuild, Vite and webpack 5
 *     (production, minified, react external; gzip -9 and brotli), with Amplify UI's
 *     `Authenticator` as the anchor and the ratios to it;
 *  2. behaviour: React commits per keystroke and components each commit re-renders (Amplify's
 *     too), and requests sent for rapid repeated submits and resends;
 *  3. round trips to the local Cognito through each gateway.
 * Goals live here, as PASS/MISS, never in timed tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { build as viteBuild, type Rollup } from 'vite';
import { JSDOM } from 'jsdom';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// Node 20 is this project's runtime; the SDK's notice about its 2027 releases needing 22 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const targets = { lightRatio: 10, sdkRatio: 2.4, cssGzip: 3 * 1024, commitsPerKeystroke: 1, componentsPerCommit: 3, requests: 1 };
const results: boolean[] = [];
const verdict = (ok: boolean) => (results.push(ok), ok ? 'PASS' : 'MISS');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;
const brotli = (code: Uint8Array) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function printTable(title: string, header: string[], rows: string[][]) {
  console.log(`\n${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

// ---- 1. sizes -------------------------------------------------------------------------------
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

// The screens, as an app writes them, importing the built package by name (its `exports` map).
const screens: Record<string, string> = {
  'ConfirmSignUpForm screen on `region`': `
    import { createElement as h } from 'react';
    import { CognitoVerifyProvider, ConfirmSignUpForm } from 'cognito-verify-kit';
    export default () => h(CognitoVerifyProvider, { region: 'eu-west-1', clientId: 'app' }, h(ConfirmSignUpForm, { username: 'ada' }));`,
  'ConfirmSignUpForm screen on the SDK': `
    import { createElement as h } from 'react';
    import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
    import { CognitoVerifyProvider, ConfirmSignUpForm } from 'cognito-verify-kit';
    import { createSdkGateway } from 'cognito-verify-kit/sdk';
    const gateway = createSdkGateway(new CognitoIdentityProviderClient({ region: 'eu-west-1', maxAttempts: 1 }));
    export default () => h(CognitoVerifyProvider, { gateway, clientId: 'app' }, h(ConfirmSignUpForm, { username: 'ada' }));`,
  'ResetPasswordForm screen on `region`': `
    import { createElement as h } from 'react';
    import { CognitoVerifyProvider, ResetPasswordForm } from 'cognito-verify-kit';
    export default () => h(CognitoVerifyProvider, { region: 'eu-west-1', clientId: 'app' }, h(ResetPasswordForm, {}));`,
  'UpdateAttributeForm screen on `region`': `
    import { createElement as h } from 'react';
    import { CognitoVerifyProvider, UpdateAttributeForm } from 'cognito-verify-kit';
    export default () => h(CognitoVerifyProvider, { region: 'eu-west-1', getAccessToken: async () => '' }, h(UpdateAttributeForm, { attributeName: 'email' }));`,
  'hooks only on `region`': `
    export { CognitoVerifyProvider, useConfirmSignUp, useVerifyAttribute, useUpdateAttributes } from 'cognito-verify-kit';`,
};
const localeTags = (await readdir(join(root, 'dist/locales')).catch(() => [] as string[]))
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.slice(0, -3));
for (const tag of localeTags) {
  screens[`locale \`${tag}\` (its own bytes)`] = `export { messages } from 'cognito-verify-kit/locales/${tag}';`;
}
const amplifyScreen = 'Amplify UI `Authenticator` + `aws-amplify` configured';
screens[amplifyScreen] = `
  import { createElement as h } from 'react';
  import { Amplify } from 'aws-amplify';
  import { Authenticator } from '@aws-amplify/ui-react';
  Amplify.configure({ Auth: { Cognito: { userPoolId: 'eu-west-1_AbCdEfGhI', userPoolClientId: 'app' } } });
  export default () => h(Authenticator, null, () => h('p', null, 'Signed in'));`;

/** The JS an app downloads: `initial` before anything runs, `lazy` on demand (the first request). */
interface Bundle {
  initial: Uint8Array[];
  lazy: Uint8Array[];
}
type Bundler = (entry: string, outDir: string) => Promise<Bundle>;
const isReact = (id: string) => /^react(-dom)?($|\/)/.test(id);
const production = { 'process.env.NODE_ENV': '"production"' };

const bundlers: Record<string, Bundler> = {
  async esbuild(entry, outDir) {
    const result = await esbuild.build({
      entryPoints: { main: entry },
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      outdir: outDir,
      write: false,
      metafile: true,
      define: production,
      external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      logLevel: 'silent',
    });
    const files = new Map(result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => [f.path, f.contents]));
    const outputs = result.metafile.outputs;
    const initial = new Set<string>();
    const visit = (path: string) => {
      const absolute = join(root, path);
      if (initial.has(absolute)) return;
      initial.add(absolute);
      for (const i of outputs[path]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined && path.endsWith('.js'))!);
    return {
      initial: [...files].filter(([path]) => initial.has(path)).map(([, code]) => code),
      lazy: [...files].filter(([path]) => !initial.has(path)).map(([, code]) => code),
    };
  },
  async vite(entry) {
    const output = (await viteBuild({
      root,
      configFile: false,
      logLevel: 'silent',
      define: production,
      build: {
        write: false,
        minify: true,
        rolldownOptions: { input: entry, external: isReact, preserveEntrySignatures: 'strict' },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const chunks = (Array.isArray(output) ? output[0]! : output).output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const initial = new Set<Rollup.OutputChunk>();
    const visit = (chunk: Rollup.OutputChunk) => {
      if (initial.has(chunk)) return;
      initial.add(chunk);
      for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name)!);
    };
    visit(chunks.find((chunk) => chunk.isEntry)!);
    const code = (chunk: Rollup.OutputChunk) => Buffer.from(chunk.code);
    return { initial: [...initial].map(code), lazy: chunks.filter((c) => !initial.has(c)).map(code) };
  },
  async webpack(entry, outDir) {
    const compiler = webpack({
      mode: 'production',
      context: root,
      entry: { main: entry },
      output: { path: outDir, module: true, chunkFormat: 'module', chunkLoading: 'import', library: { type: 'module' } },
      experiments: { outputModule: true },
      externalsType: 'module',
      externals: [({ request }, callback) => (request && isReact(request) ? callback(undefined, request) : callback())],
      devtool: false,
      performance: { hints: false },
      infrastructureLogging: { level: 'error' },
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    const json = stats.toJson({ all: false, assets: true, entrypoints: true });
    const initial = new Set((json.entrypoints?.main?.assets ?? []).map((asset) => asset.name));
    const js = (json.assets ?? []).map((asset) => asset.name).filter((name) => /\.m?js$/.test(name));
    const read = (name: string) => readFile(join(outDir, name));
    return {
      initial: await Promise.all(js.filter((name) => initial.has(name)).map(read)),
      lazy: await Promise.all(js.filter((name) => !initial.has(name)).map(read)),
    };
  },
};

// Entries live in a folder inside the project, so bare imports resolve from its node_modules;
// `cognito-verify-kit` itself resolves through a link to this package, by its `exports` map.
const work = await mkdtemp(join(root, '.bench-'));
interface Size {
  initialGzip: number;
  initialBrotli: number;
  allGzip: number;
}
const sizes = new Map<string, Record<string, Size>>();
try {
  await mkdir(join(work, 'node_modules'));
  await symlink(root, join(work, 'node_modules/cognito-verify-kit'), 'dir');
  let n = 0;
  for (const [name, source] of Object.entries(screens)) {
    const entry = join(work, `screen${(n += 1)}.js`);
    await writeFile(entry, source);
    const row: Record<string, Size> = {};
    for (const [bundlerName, bundle] of Object.entries(bundlers)) {
      const { initial, lazy } = await bundle(entry, join(work, `out-${n}-${bundlerName}`));
      const sum = (list: Uint8Array[], size: (code: Uint8Array) => number) => list.reduce((total, code) => total + size(code), 0);
      row[bundlerName] = { initialGzip: sum(initial, gzip), initialBrotli: sum(initial, brotli), allGzip: sum([...initial, ...lazy], gzip) };
    }
    sizes.set(name, row);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const bundlerNames = Object.keys(bundlers);
const sizeRows: string[][] = [];
for (const [name, row] of sizes) {
  const cells = bundlerNames.map((b) => {
    const s = row[b]!;
    const later = s.allGzip > s.initialGzip ? ` (+${kb(s.allGzip - s.initialGzip)} lazy)` : '';
    return `${kb(s.initialGzip)} gz, ${kb(s.initialBrotli)} br${later}`;
  });
  sizeRows.push([name, ...cells, '', '']);
}
const amplify = sizes.get(amplifyScreen)!;
const ratioRow = (label: string, screen: string, measure: (s: Size) => number, target: number) => {
  const ratios = bundlerNames.map((b) => measure(amplify[b]!) / measure(sizes.get(screen)![b]!));
  sizeRows.push([label, ...ratios.map((r) => `${r.toFixed(1)}x`), `>= ${target}x`, verdict(ratios.every((r) => r >= target))]);
};
// Before the first request for the light path; everything up to the first request for the SDK path.
ratioRow('Amplify ÷ ConfirmSignUpForm on `region` (before the first request)', 'ConfirmSignUpForm screen on `region`', (s) => s.initialGzip, targets.lightRatio);
ratioRow('Amplify ÷ ConfirmSignUpForm on the SDK (up to the first request)', 'ConfirmSignUpForm screen on the SDK', (s) => s.allGzip, targets.sdkRatio);

const css = async (file: string) => {
  const text = await readFile(file);
  return { gz: gzip(text), br: brotli(text) };
};
const kitCss = await css(join(root, 'dist/styles.css'));
const amplifyCss = await css(require.resolve('@aws-amplify/ui-react/styles.css'));
// The stylesheets are not bundled: one figure each, in the first column.
const cssCells = (c: { gz: number; br: number }) => bundlerNames.map((_, i) => (i === 0 ? `${kb(c.gz)} gz, ${kb(c.br)} br` : ''));
sizeRows.push(['`cognito-verify-kit/styles.css`', ...cssCells(kitCss), `<= ${kb(targets.cssGzip)} gz`, verdict(kitCss.gz <= targets.cssGzip)]);
sizeRows.push(['`@aws-amplify/ui-react/styles.css`', ...cssCells(amplifyCss), '', '']);
printTable(
  'Sizes: JS before the first request (react external; minified; gzip -9 / brotli 11; "lazy" = loaded on the first request; the SDK rows count it)',
  ['what', ...bundlerNames, 'target', 'result'],
  sizeRows,
);

// ---- 2. behaviour ---------------------------------------------------------------------------
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://127.0.0.1/', pretendToBeVisual: true });
// Node has its own Event, EventTarget and navigator; the DOM needs jsdom's.
const domOwned = new Set(['navigator', 'Event', 'EventTarget', 'CustomEvent', 'MessageEvent', 'AbortController', 'AbortSignal']);
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis) || domOwned.has(key)) {
    Object.defineProperty(globalThis, key, { configurable: true, get: () => (dom.window as never)[key] });
  }
}
dom.window.document.elementFromPoint = () => null;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// The render counts need React's development build (the Profiler reports nothing in production).
process.env.NODE_ENV = 'development';

/**
 * Counts, per commit, the components that rendered in it: React tells a DevTools hook about each
 * commit; a component rendered when its fiber was rebuilt in this commit (not the one kept from
 * the last) and has React's PerformedWork flag. Installed before react-dom loads.
 */
interface FiberNode {
  tag: number;
  flags: number;
  child: FiberNode | null;
  sibling: FiberNode | null;
}
const componentTags = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
const performedWork = 1;
let lastTree = new WeakSet<FiberNode>();
let perCommit: number[] = [];
(globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot(_id: number, fiberRoot: { current: FiberNode }) {
    const tree = new WeakSet<FiberNode>();
    let rendered = 0;
    const walk = (fiber: FiberNode | null) => {
      for (let node = fiber; node; node = node.sibling) {
        tree.add(node);
        if (componentTags.has(node.tag) && node.flags & performedWork && !lastTree.has(node)) rendered += 1;
        walk(node.child);
      }
    };
    walk(fiberRoot.current);
    lastTree = tree;
    perCommit.push(rendered);
  },
};

const React = await import('react');
const { render, screen, act, cleanup } = await import('@testing-library/react');
const userEvent = (await import('@testing-library/user-event')).default;
const { CognitoVerifyProvider, ConfirmSignUpForm, UpdateAttributeForm } = await import('../src/index.ts');
const { createTestGateway } = await import('../src/testing.ts');

const provider = (gateway: ReturnType<typeof createTestGateway>, children: React.ReactElement, now: () => number = Date.now, baseSeconds = 5) =>
  React.createElement(
    CognitoVerifyProvider,
    { gateway, clientId: 'bench', getAccessToken: async () => 'bench.token.value', pendingStore: 'memory', cooldown: { baseSeconds }, now },
    children,
  );

/** Types `text` one key at a time; returns commits per keystroke and components per commit (the most seen). */
async function keystrokes(field: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.click(field);
  const commits: number[] = [];
  const components: number[] = [];
  for (const key of text) {
    perCommit = [];
    await user.keyboard(key);
    commits.push(perCommit.length);
    components.push(...perCommit);
  }
  return { commits: Math.max(...commits), components: Math.max(...components) };
}

const behaviourRows: string[][] = [];
const typingRow = (label: string, measured: { commits: number; components: number }, withTarget: boolean) =>
  behaviourRows.push(
    [label, `${measured.commits} commit(s) per keystroke, <= ${measured.components} component(s) each`].concat(
      withTarget
        ? [`${targets.commitsPerKeystroke} commit, <= ${targets.componentsPerCommit} components`, verdict(measured.commits <= targets.commitsPerKeystroke && measured.components <= targets.componentsPerCommit)]
        : ['', ''],
    ),
  );

{
  render(provider(createTestGateway(), React.createElement(ConfirmSignUpForm, { username: 'bench.user', codeJustSent: false })));
  // Five digits: the sixth would submit.
  typingRow('kit: type a code into ConfirmSignUpForm', await keystrokes(screen.getByRole('textbox', { name: 'Confirmation code' }), '12345'), true);
  cleanup();
}
{
  const { Amplify } = await import('aws-amplify');
  const { Authenticator } = await import('@aws-amplify/ui-react');
  Amplify.configure({ Auth: { Cognito: { userPoolId: 'eu-west-1_AbCdEfGhI', userPoolClientId: 'app' } } });
  render(React.createElement(Authenticator, { children: () => React.createElement('p', null, 'Signed in') }));
  // Its first screen is sign-in; confirming a sign-up needs one first, so its keystroke cost is read on the user name.
  const field = await screen.findByRole('textbox', { name: /username/i });
  typingRow('Amplify UI: type into the Authenticator (user name field)', await keystrokes(field, 'ada12'), false);
  cleanup();
}

/** Fires `count` clicks with no wait between them while the request is held, then lets it go. */
async function rapid(operation: 'ConfirmSignUp' | 'ResendConfirmationCode', buttonName: string, count: number) {
  const gateway = createTestGateway();
  const held = gateway.hold(operation);
  // No auto-submit: a whole code typed, then only the clicks send (a shorter code would send nothing at all).
  render(provider(gateway, React.createElement(ConfirmSignUpForm, { username: 'bench.user', codeJustSent: false, autoSubmit: false })));
  if (operation === 'ConfirmSignUp') {
    const field = screen.getByRole('textbox', { name: 'Confirmation code' });
    await userEvent.type(field, '123456');
  }
  const button = screen.getByRole('button', { name: buttonName });
  await act(async () => {
    for (let i = 0; i < count; i += 1) button.click();
  });
  held.release();
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  cleanup();
  return gateway.calls.filter((call) => call === operation).length;
}
for (const [operation, button] of [['ConfirmSignUp', 'Confirm'], ['ResendConfirmationCode', 'Resend code']] as const) {
  const sent = await rapid(operation, button, 10);
  behaviourRows.push([`kit: 10 rapid clicks on "${button}"`, `${sent} ${operation} request(s)`, `${targets.requests}`, verdict(sent === targets.requests)]);
}

/** Profiler commits of a whole interaction (renders of the form). */
async function commitsDuring(element: React.ReactElement, interact: () => Promise<void>) {
  let commits = 0;
  render(React.createElement(React.Profiler, { id: 'bench', onRender: () => void (commits += 1) }, element));
  const mounted = commits;
  await interact();
  cleanup();
  return commits - mounted;
}
behaviourRows.push([
  'kit: save a new email → pending banner',
  `${await commitsDuring(provider(createTestGateway(), React.createElement(UpdateAttributeForm, { attributeName: 'email' })), async () => {
    const field = await screen.findByDisplayValue('ada@example.com');
    await userEvent.clear(field);
    await userEvent.type(field, 'n@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/n@example\.com/, { selector: '[role=status] *' });
  })} commits`,
  '',
  '',
]);
{
  // A 5 s cooldown: the form should re-render about once a second, not on every 250 ms tick.
  let clock = 1_000_000;
  const commits = await commitsDuring(provider(createTestGateway(), React.createElement(ConfirmSignUpForm, { username: 'bench.user' }), () => clock), async () => {
    for (let step = 0; step < 24; step += 1) {
      clock += 250;
      await act(() => new Promise((resolve) => setTimeout(resolve, 260)));
    }
    await screen.findByRole('button', { name: 'Resend code' });
  });
  behaviourRows.push(['kit: a 5 s resend cooldown runs out', `${commits} commits`, '', '']);
}
printTable('Behaviour (jsdom, React development build, the kit over `createTestGateway`)', ['interaction', 'measured', 'target', 'result'], behaviourRows);

// ---- 3. round trips -------------------------------------------------------------------------
const { startLocalCognito, signIn } = await import('./localCognito.ts');
const { CognitoIdentityProviderClient } = await import('@aws-sdk/client-cognito-identity-provider');
const { createFetchGateway } = await import('../src/index.ts');
const { createSdkGateway } = await import('../src/sdk.ts');

const server = await startLocalCognito({ port: 0 });
try {
  const { endpoint, clientId } = server.config;
  const user = server.config.users.find((u) => u.username === 'verified.user')!;
  const { AccessToken } = await signIn(endpoint, clientId, user.username, user.password);
  const client = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const gateways = { sdk: createSdkGateway(client), fetch: createFetchGateway({ endpoint }) };
  const rows: string[][] = [];
  for (const [name, gateway] of Object.entries(gateways)) {
    const times: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const started = performance.now();
      await gateway.getUser({ accessToken: AccessToken });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push([name, String(times.length), times[Math.floor(times.length / 2)]!.toFixed(2), times[Math.floor(times.length * 0.95)]!.toFixed(2)]);
  }
  printTable('Round trips to the local Cognito (loopback)', ['gateway', 'GetUser calls', 'median ms', 'p95 ms'], rows);
} finally {
  await server.stop();
}

const missed = results.filter((ok) => !ok).length;
console.log(`\n${results.length - missed} PASS, ${missed} MISS`);
