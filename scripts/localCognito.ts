/**
 * A Cognito-compatible server on 127.0.0.1 for development, Storybook "live" stories and tests:
 * cognito-local 5.3.0 behind a fidelity layer that answers like real Cognito where cognito-local
 * does not, plus development endpoints (`/__dev/outbox`, `/__dev/faults`, `/__dev/config`,
 * `/__dev/secret-hash`). The pool takes the shape of a preset or of a real pool's description
 * (`scripts/localCognito/pool.ts`).
 * See "Local Cognito" in DESIGN.md.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Config } from 'cognito-local/lib/server/config.js';
import { DateClock } from 'cognito-local/lib/services/clock.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { otp } from 'cognito-local/lib/services/otp.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import type { Triggers } from 'cognito-local/lib/services/triggers/index.js';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';
import { signingKey } from './localCognito/accessToken.ts';
import { CodeBook, recordingMessages, type OutboxMessage } from './localCognito/codes.ts';
import { ApiError } from './localCognito/errors.ts';
import { Faults } from './localCognito/faults.ts';
import { createFidelityLayer, silentContext, type Body } from './localCognito/fidelity.ts';
import { resolvePool, type PasswordPolicy, type PoolShape } from './localCognito/pool.ts';
import { secretHash } from './localCognito/secretHash.ts';
import { seed, type DemoUser } from './localCognito/seed.ts';

export type { OutboxMessage } from './localCognito/codes.ts';
export { maskDestination } from './localCognito/codes.ts';
export type { Fault } from './localCognito/faults.ts';
export { PoolError, poolSpec, poolSummary, presetNames, presets, resolvePool, type PoolShape, type PresetName } from './localCognito/pool.ts';
export { secretHash } from './localCognito/secretHash.ts';
export type { DemoUser } from './localCognito/seed.ts';

export interface LocalCognitoOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Where cognito-local keeps its data. Default: a fresh temporary folder, removed on stop. */
  dataDir?: string;
  /** How long a code is accepted. Default 24 hours, as on AWS. */
  codeLifetimeMs?: number;
  /** How long a password-reset (ForgotPassword) code is accepted. Default 1 hour, as on AWS. */
  forgotPasswordCodeLifetimeMs?: number;
  /** ForgotPassword requests per user per hour before LimitExceeded. Default 5 (AWS allows 5 to 20). */
  forgotPasswordRequestsPerHour?: number;
  /** Wrong codes in a row before checks are refused for `lockoutMs`. Default 5. */
  maxCodeAttempts?: number;
  /** How long code checks are refused after `maxCodeAttempts` wrong codes. Default 15 minutes. */
  lockoutMs?: number;
  /**
   * The pool's shape: a preset name (`alias`, the default; `email-username`, `plain`, `phone`,
   * `secret`, `no-keep-original`), a path to describe-user-pool / describe-user-pool-client JSON
   * (comma-separated for two files), or a shape. An unknown preset or unreadable file throws a `PoolError`.
   */
  pool?: string | PoolShape;
  /** No request or delivery lines on the console. Default true. */
  quiet?: boolean;
}

/** What `GET /__dev/config` answers: everything an app or a story needs to connect. */
export interface DevConfig {
  endpoint: string;
  region: string;
  userPoolId: string;
  clientId: string;
  /** The app client's secret, when it has one: this is a development server. */
  clientSecret?: string;
  /** The preset name, or the pool file(s). */
  pool: string;
  usernameAttributes: string[];
  aliasAttributes: string[];
  autoVerifiedAttributes: string[];
  attributesRequireVerificationBeforeUpdate: string[];
  /** The pool's password rules (`Policies.PasswordPolicy`), when it has any: what a reset-password form checks. */
  passwordPolicy?: PasswordPolicy;
  /** Fields of a pool file the local server cannot honour (also printed at start). */
  unsupported: string[];
  users: DemoUser[];
}

export interface LocalCognito {
  endpoint: string;
  port: number;
  config: DevConfig;
  /** The messages sent so far, oldest first (the same list `GET /__dev/outbox` answers). */
  outbox(): OutboxMessage[];
  stop(): Promise<void>;
}

const region = 'us-east-1';
const devPrefix = '/__dev/';

/** The SDK sends `x-amz-*` and `amz-sdk-*` headers; any requested header is allowed. */
function setCors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', 'x-amzn-errortype, x-amzn-requestid');
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
    res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
    res.setHeader('access-control-max-age', '600');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  // Dates as epoch seconds, as Cognito's JSON protocol sends timestamps.
  const payload = JSON.stringify(body, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? Math.floor(raw.getTime() / 1000) : value;
  });
  res.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': randomUUID() });
  res.end(payload);
}

function sendApiError(res: ServerResponse, error: ApiError): void {
  res.setHeader('x-amzn-errortype', error.type);
  sendJson(res, error.status, { __type: error.type, message: error.message }, 'application/x-amz-json-1.1');
}

const maxBodyBytes = 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new ApiError('SerializationException', 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON-1.1 request body; Cognito answers an unreadable body with SerializationException. */
function parseBody(text: string): Body {
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError('SerializationException', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError('SerializationException', 'The request body must be a JSON object.');
  }
  return body as Body;
}

export async function startLocalCognito(options: LocalCognitoOptions = {}): Promise<LocalCognito> {
  const shape = typeof options.pool === 'object' ? options.pool : resolvePool(options.pool);
  const quiet = options.quiet ?? true;
  const log = quiet ? () => undefined : (line: string) => console.log(`[cognito] ${line}`);
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cognito-local-')));
  await mkdir(dataDir, { recursive: true });

  const outbox: OutboxMessage[] = [];
  const codeLifetimeMs = options.codeLifetimeMs ?? 24 * 60 * 60 * 1000;
  const codes = new CodeBook({
    lifetimeMs: codeLifetimeMs,
    forgotPasswordLifetimeMs: options.forgotPasswordCodeLifetimeMs ?? 60 * 60 * 1000,
    maxAttempts: options.maxCodeAttempts ?? 5,
    lockoutMs: options.lockoutMs ?? 15 * 60 * 1000,
  });
  const faults = new Faults();
  const clock = new DateClock();
  const dataStoreFactory = new StormDBDataStoreFactory(dataDir);
  // Empty pool defaults: cognito-local's own default makes email the user name, which would
  // override the pool's AliasAttributes.
  const cognito = await new CognitoServiceFactoryImpl(
    dataDir,
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  ).create(silentContext, {});
  // No Lambda triggers locally; cognito-local calls a trigger only when `enabled` says so.
  const triggers = { enabled: () => false } as unknown as Triggers;
  // The issuer is set once the port is known.
  const tokenConfig: Config['TokenConfig'] = {};
  const services: Services = {
    clock,
    cognito,
    config: { TokenConfig: tokenConfig, UserPoolDefaults: {} } as Config,
    messages: recordingMessages(codes, outbox, log, shape.verificationMessageTemplate),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, tokenConfig),
    triggers,
  };
  const handle = createFidelityLayer(services, codes, faults, {
    passwordPolicy: shape.passwordPolicy,
    forgotPasswordRequestsPerHour: options.forgotPasswordRequestsPerHour,
  });

  let config: DevConfig | undefined;
  const server = createServer((req, res) => {
    setCors(req, res);
    void route(req, res).catch((error: unknown) => {
      console.error('[cognito] internal error:', error instanceof Error ? error.message : error);
      if (!res.headersSent) sendApiError(res, new ApiError('InternalErrorException', 'Internal error.'));
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
    } else if (pathname === '/' && req.method === 'POST') {
      await cognitoApi(req, res);
    } else if (pathname.startsWith(devPrefix)) {
      await devApi(req, res, pathname.slice(devPrefix.length));
    } else if (req.method === 'GET' && pathname.endsWith('/.well-known/jwks.json')) {
      sendJson(res, 200, { keys: [signingKey.jwk] });
    } else if (req.method === 'GET' && pathname === '/health') {
      sendJson(res, 200, { ok: true });
    } else {
      sendJson(res, 404, { message: `Not found: ${req.method} ${pathname}` });
    }
  }

  async function cognitoApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const header = req.headers['x-amz-target'];
    const operation = typeof header === 'string' ? header.slice(header.lastIndexOf('.') + 1) : '';
    try {
      if (!operation) throw new ApiError('UnknownOperationException', 'Missing x-amz-target header.');
      const output = await handle(operation, parseBody(await readBody(req)));
      sendJson(res, 200, output, 'application/x-amz-json-1.1');
      log(`${operation} 200 (${Date.now() - started} ms)`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      sendApiError(res, error);
      log(`${operation || '(no target)'} ${error.status} ${error.type}: ${error.message}`);
    }
  }

  async function devApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (name === 'outbox' && req.method === 'GET') return sendJson(res, 200, outbox);
    if (name === 'config' && req.method === 'GET') return sendJson(res, 200, config);
    // Plays the app's own server, which holds the client secret: a browser never should.
    if (name === 'secret-hash' && req.method === 'POST') {
      let username: unknown;
      try {
        username = (JSON.parse(await readBody(req)) as { username?: unknown }).username;
      } catch {
        // Answered below.
      }
      if (!config?.clientSecret) return sendJson(res, 400, { message: 'This app client has no secret.' });
      if (typeof username !== 'string' || username === '') return sendJson(res, 400, { message: 'Expected { "username": "…" }.' });
      return sendJson(res, 200, { secretHash: secretHash(username, config.clientId, config.clientSecret) });
    }
    if (name === 'faults') {
      if (req.method === 'GET') return sendJson(res, 200, faults.list());
      if (req.method === 'DELETE') {
        faults.clear();
        return sendJson(res, 200, []);
      }
      if (req.method === 'POST') {
        try {
          const fault = faults.add(JSON.parse(await readBody(req)));
          log(`fault queued: ${fault.operation} → ${fault.exception} ×${fault.times}`);
          return sendJson(res, 200, fault);
        } catch (error) {
          return sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    sendJson(res, 404, { message: `Not found: ${req.method} ${devPrefix}${name}` });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: this server has no authentication at all.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  tokenConfig.IssuerDomain = endpoint;

  const stop = async () => {
    await closeServer(server);
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const seeded = await seed({ handle, outbox, codes, cognito, shape, codeLifetimeMs });
    config = {
      endpoint,
      region,
      userPoolId: seeded.userPoolId,
      clientId: seeded.clientId,
      ...(seeded.clientSecret ? { clientSecret: seeded.clientSecret } : {}),
      pool: shape.pool,
      usernameAttributes: shape.usernameAttributes,
      aliasAttributes: shape.aliasAttributes,
      autoVerifiedAttributes: shape.autoVerifiedAttributes,
      attributesRequireVerificationBeforeUpdate: shape.attributesRequireVerificationBeforeUpdate,
      ...(shape.passwordPolicy ? { passwordPolicy: shape.passwordPolicy } : {}),
      unsupported: shape.unsupported,
      users: seeded.users,
    };
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, config, outbox: () => outbox.map((m) => ({ ...m })), stop };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // The SDK keeps sockets alive; without this `close` waits for them to time out.
    server.closeAllConnections();
  });
}

/* ---------- Helpers for tests and scripts (plain fetch, no SDK) ---------- */

async function callCognito(endpoint: string, operation: string, body: Body): Promise<Body> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const output = (await response.json()) as Body;
  if (!response.ok) {
    throw Object.assign(new Error(String(output.message)), { name: String(output.__type) });
  }
  return output;
}

export interface Tokens {
  AccessToken: string;
  IdToken: string;
  RefreshToken: string;
}

/**
 * Signs in with USER_PASSWORD_AUTH (user name or verified alias) and returns the tokens; with
 * `clientSecret`, sends the SecretHash an app client with a secret needs.
 */
export async function signIn(endpoint: string, clientId: string, username: string, password: string, clientSecret?: string): Promise<Tokens> {
  const hash = clientSecret ? { SECRET_HASH: secretHash(username, clientId, clientSecret) } : {};
  const output = await callCognito(endpoint, 'InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password, ...hash },
  });
  return output.AuthenticationResult as Tokens;
}

/** `GET /__dev/outbox`. */
export async function readOutbox(endpoint: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${endpoint}/__dev/outbox`);
  return (await response.json()) as OutboxMessage[];
}

/** The newest code sent to `to` (optionally by `operation`), or undefined. */
export async function latestCode(endpoint: string, to: string, operation?: string): Promise<string | undefined> {
  const messages = await readOutbox(endpoint);
  return messages.filter((m) => m.to === to && (!operation || m.operation === operation)).at(-1)?.code;
}
