/**
 * `npm run bench`: what an app pays for the kit and how it behaves, as tables.
 *  1. bundle size (minified, gzip) of typical imports, react external;
 *  2. renders per interaction (React Profiler, jsdom);
 *  3. round trips to the local Cognito through each gateway.
 * Goals live here, never in timed tests.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, type Rollup } from 'vite';

type OutputChunk = Rollup.OutputChunk;
import { JSDOM } from 'jsdom';

const root = fileURLToPath(new URL('..', import.meta.url));
// Node 20 is this project's runtime; the SDK's notice about its 2027 releases needing 22 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// ---- 1. sizes -------------------------------------------------------------------------------
const imports: Record<string, string> = {
  'whole kit (every export)': `export * from './src/index.ts';`,
  'ConfirmSignUpForm + provider (region)': `export { ConfirmSignUpForm, CognitoVerifyProvider } from './src/index.ts';`,
  'UpdateAttributeForm + provider': `export { UpdateAttributeForm, CognitoVerifyProvider } from './src/index.ts';`,
  'hooks only + provider': `export { useConfirmSignUp, useVerifyAttribute, useUpdateAttributes, CognitoVerifyProvider } from './src/index.ts';`,
  'createFetchGateway alone': `export { createFetchGateway } from './src/cognito/fetchGateway.ts';`,
  'createSdkGateway alone (SDK commands)': `export { createSdkGateway } from './src/cognito/sdkGateway.ts';`,
  'machines alone': `export * from './src/machines/confirmSignUp.ts'; export * from './src/machines/cooldown.ts';`,
};

/**
 * Bytes an app downloads up front, and bytes it loads later through dynamic imports, when a
 * Vite app bundles this import (rolldown, minified; react external).
 */
async function sizeOf(contents: string) {
  const entry = '\0bench-entry';
  const output = (await viteBuild({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [{ name: 'bench-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? contents : null) }],
    build: {
      write: false,
      minify: true,
      rolldownOptions: { input: entry, external: ['react', 'react-dom', 'react/jsx-runtime'], preserveEntrySignatures: 'strict' },
    },
  })) as { output: OutputChunk[] } | { output: OutputChunk[] }[];
  const chunks = (Array.isArray(output) ? output[0]! : output).output.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name)!);
  };
  visit(chunks.find((chunk) => chunk.isEntry)!);
  const size = (list: OutputChunk[]) => ({
    min: list.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    gzip: list.reduce((n, c) => n + gzipSync(c.code).length, 0),
  });
  return { up: size([...initial]), lazy: size(chunks.filter((chunk) => !initial.has(chunk))) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('\nBundle size in a Vite app (minified, react external)\n');
const sizes = [];
const nodeEnv = process.env.NODE_ENV; // vite build sets it to production; the render counts need React's development build
for (const [name, contents] of Object.entries(imports)) {
  const { up, lazy } = await sizeOf(contents);
  sizes.push({
    import: name,
    'up front, minified': kb(up.min),
    'up front, gzip': kb(up.gzip),
    'loaded on first SDK request, gzip': lazy.gzip ? kb(lazy.gzip) : '—',
  });
}
console.table(sizes);
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;

// ---- 2. renders -----------------------------------------------------------------------------
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

const React = await import('react');
const { render, screen, act, cleanup } = await import('@testing-library/react');
const userEvent = (await import('@testing-library/user-event')).default;
const { CognitoVerifyProvider, ConfirmSignUpForm, UpdateAttributeForm } = await import('../src/index.ts');
const { createScriptedGateway } = await import('../stories/support/scriptedGateway.ts');

async function countRenders(name: string, element: React.ReactElement, interact: () => Promise<void>) {
  let renders = 0;
  const profiled = React.createElement(React.Profiler, { id: name, onRender: () => void (renders += 1) }, element);
  render(profiled);
  const mounted = renders;
  await interact();
  const total = renders;
  cleanup();
  return { interaction: name, 'renders on mount': mounted, 'renders during it': total - mounted };
}

const provider = (children: React.ReactElement, now = Date.now, baseSeconds = 5) =>
  React.createElement(
    CognitoVerifyProvider,
    {
      gateway: createScriptedGateway(),
      clientId: 'bench',
      getAccessToken: async () => 'bench.token.value',
      pendingStore: 'memory',
      cooldown: { baseSeconds },
      now,
    },
    children,
  );

const renderRows = [];
renderRows.push(
  await countRenders('type a 6-digit code, auto-submit, confirmed', provider(React.createElement(ConfirmSignUpForm, { username: 'bench.user' })), async () => {
    await userEvent.type(screen.getByRole('textbox', { name: 'Confirmation code' }), '123456');
    await screen.findByText('Your account is confirmed.');
  }),
);
renderRows.push(
  await countRenders('save a new email → pending banner', provider(React.createElement(UpdateAttributeForm, { attributeName: 'email' })), async () => {
    const field = await screen.findByDisplayValue('ada@example.com');
    await userEvent.clear(field);
    await userEvent.type(field, 'n@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/n@example\.com/, { selector: '[role=status] *' });
  }),
);
{
  // A 5 s cooldown: the form should re-render about once a second, not on every 250 ms tick.
  let clock = 1_000_000;
  const now = () => clock;
  renderRows.push(
    await countRenders('a 5 s resend cooldown runs out', provider(React.createElement(ConfirmSignUpForm, { username: 'bench.user' }), now), async () => {
      for (let step = 0; step < 24; step += 1) {
        clock += 250;
        await act(() => new Promise((resolve) => setTimeout(resolve, 260)));
      }
      await screen.findByRole('button', { name: 'Resend code' });
    }),
  );
}
console.log('\nRenders (React Profiler commits of the form, jsdom)\n');
console.table(renderRows);

// ---- 3. round trips -------------------------------------------------------------------------
const { startLocalCognito, signIn } = await import('./localCognito.ts');
const { CognitoIdentityProviderClient } = await import('@aws-sdk/client-cognito-identity-provider');
const { createSdkGateway, createFetchGateway } = await import('../src/index.ts');

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
  const rows = [];
  for (const [name, gateway] of Object.entries(gateways)) {
    const times: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const started = performance.now();
      await gateway.getUser({ accessToken: AccessToken });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({
      gateway: name,
      'GetUser calls': times.length,
      'median ms': times[Math.floor(times.length / 2)]!.toFixed(2),
      'p95 ms': times[Math.floor(times.length * 0.95)]!.toFixed(2),
    });
  }
  console.log('\nRound trips to the local Cognito (loopback)\n');
  console.table(rows);
} finally {
  await server.stop();
}
