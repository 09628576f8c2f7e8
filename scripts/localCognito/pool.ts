import { readFileSync } from 'node:fs';

/** The password rules of a pool, as `describe-user-pool` prints them under `Policies`. */
export interface PasswordPolicy {
  MinimumLength?: number;
  RequireUppercase?: boolean;
  RequireLowercase?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
  /** How many recent passwords a user may not set again. */
  PasswordHistorySize?: number;
}

/** Where ForgotPassword sends its code, as `AccountRecoverySetting.RecoveryMechanisms` says. */
export interface RecoveryOption {
  Name: string;
  Priority: number;
}

/** A `VerificationMessageTemplate`: `{####}` stands for the code. */
export interface MessageTemplate {
  EmailSubject?: string;
  EmailMessage?: string;
  SmsMessage?: string;
}

/** The shape of the local pool and its app client: what makes the kit behave differently. */
export interface PoolShape {
  /** The preset's name, or the file(s) the shape was read from. */
  pool: string;
  usernameAttributes: string[];
  aliasAttributes: string[];
  autoVerifiedAttributes: string[];
  /** Attributes whose new value stays pending until verified ("keep original value"). */
  attributesRequireVerificationBeforeUpdate: string[];
  /** Whether the app client has a secret (then every client call needs a SecretHash). */
  clientSecret: boolean;
  explicitAuthFlows: string[];
  passwordPolicy?: PasswordPolicy;
  /** Absent: AWS's legacy order (a verified phone number, then a verified email). */
  recoveryMechanisms?: RecoveryOption[];
  /** The app client's `PreventUserExistenceErrors: ENABLED` (honoured by ForgotPassword and ConfirmForgotPassword). */
  preventUserExistenceErrors?: boolean;
  verificationMessageTemplate?: MessageTemplate;
  /** `SchemaAttributes` of a real pool, passed on to the local one. */
  schema?: unknown[];
  /** Fields of a pool file the local server cannot honour, by path (`LambdaConfig.PreSignUp`). */
  unsupported: string[];
}

const authFlows = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

const alias: Omit<PoolShape, 'pool'> = {
  usernameAttributes: [],
  aliasAttributes: ['email'],
  autoVerifiedAttributes: ['email'],
  attributesRequireVerificationBeforeUpdate: ['email'],
  clientSecret: false,
  explicitAuthFlows: authFlows,
  // AWS's default password policy.
  passwordPolicy: { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true },
  recoveryMechanisms: [
    { Name: 'verified_email', Priority: 1 },
    { Name: 'verified_phone_number', Priority: 2 },
  ],
  unsupported: [],
};

export const presetNames = ['alias', 'email-username', 'plain', 'phone', 'secret', 'no-keep-original'] as const;
export type PresetName = (typeof presetNames)[number];

/** The presets `--pool <name>` offers; `alias` is the default. */
export const presets: Readonly<Record<PresetName, Omit<PoolShape, 'pool'>>> = {
  /** Email as a sign-in alias; a changed email stays pending until verified. */
  alias,
  /** Email as the user name (Amplify's default): `UsernameAttributes: ['email']`. */
  'email-username': { ...alias, usernameAttributes: ['email'], aliasAttributes: [] },
  /** No alias: an email is only an attribute, so AliasExists never happens. */
  plain: { ...alias, aliasAttributes: [] },
  /** Phone and email both aliases and auto-verified: the sign-up code goes by SMS when there is a phone. */
  phone: {
    ...alias,
    aliasAttributes: ['email', 'phone_number'],
    autoVerifiedAttributes: ['email', 'phone_number'],
    attributesRequireVerificationBeforeUpdate: ['email', 'phone_number'],
  },
  /** The alias pool with an app client that has a secret: SecretHash required. */
  secret: { ...alias, clientSecret: true },
  /** No "keep original value": a changed email applies at once, unverified. */
  'no-keep-original': { ...alias, attributesRequireVerificationBeforeUpdate: [] },
};

/** A setup the server cannot start with: a bad preset name, an unreadable or invalid file. */
export class PoolError extends Error {
  override name = 'PoolError';
}

/** Fields that only describe the real pool (ids, dates, counts) and change no behaviour. */
const descriptive = new Set([
  'Id', 'Name', 'Arn', 'CreationDate', 'LastModifiedDate', 'EstimatedNumberOfUsers', 'Status',
  'UserPoolTags', 'Domain', 'CustomDomain', 'UserPoolTier', 'ClientId', 'ClientName', 'UserPoolId',
  'ClientSecret', 'DeletionProtection',
]);
/** Fields that are off or empty by default: named only when set to something. */
const offByDefault: Record<string, (value: unknown) => boolean> = {
  MfaConfiguration: (v) => v === undefined || v === 'OFF',
  LambdaConfig: (v) => isEmptyObject(v),
  // Revocation is always on locally.
  EnableTokenRevocation: (v) => v !== false,
};
const honouredPool = new Set([
  'UsernameAttributes', 'AliasAttributes', 'AutoVerifiedAttributes', 'UserAttributeUpdateSettings',
  'VerificationMessageTemplate', 'SchemaAttributes', 'Policies', 'AccountRecoverySetting',
  // Older copies of VerificationMessageTemplate's fields, used when it lacks them.
  'EmailVerificationMessage', 'EmailVerificationSubject', 'SmsVerificationMessage',
]);
const honouredClient = new Set(['ExplicitAuthFlows', 'PreventUserExistenceErrors']);

function isEmptyObject(value: unknown): boolean {
  return value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
}

function stringList(value: unknown, field: string, source: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new PoolError(`${source}: ${field} must be a list of strings.`);
  }
  return value;
}

function objectAt(value: unknown, field: string, source: string): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PoolError(`${source}: ${field} must be an object.`);
  }
  return value as Record<string, unknown>;
}

/**
 * Builds a shape from what `aws cognito-idp describe-user-pool` (`{ "UserPool": … }`) and
 * `describe-user-pool-client` (`{ "UserPoolClient": … }`) print, in one file or two.
 */
export function shapeFromDescriptions(documents: { source: string; json: unknown }[]): PoolShape {
  let userPool: Record<string, unknown> | undefined;
  let client: Record<string, unknown> | undefined;
  for (const { source, json } of documents) {
    const doc = objectAt(json, 'the file', source);
    const foundPool = objectAt(doc?.UserPool, 'UserPool', source);
    const foundClient = objectAt(doc?.UserPoolClient, 'UserPoolClient', source);
    if (!foundPool && !foundClient) {
      throw new PoolError(`${source}: expected the JSON of describe-user-pool ("UserPool") or describe-user-pool-client ("UserPoolClient").`);
    }
    userPool = foundPool ?? userPool;
    client = foundClient ?? client;
  }
  const source = documents.map((d) => d.source).join(',');
  if (!userPool) throw new PoolError(`${source}: no "UserPool" (the output of aws cognito-idp describe-user-pool).`);

  const unsupported: string[] = [];
  const note = (object: Record<string, unknown>, honoured: Set<string>, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      if (honoured.has(key) || descriptive.has(key) || offByDefault[key]?.(value)) continue;
      if (key === 'LambdaConfig') unsupported.push(...Object.keys(value as object).map((k) => `${prefix}LambdaConfig.${k}`));
      else unsupported.push(`${prefix}${key}`);
    }
  };
  note(userPool, honouredPool, 'UserPool.');
  if (client) note(client, honouredClient, 'UserPoolClient.');
  const preventUserExistenceErrors = client?.PreventUserExistenceErrors === 'ENABLED';
  if (preventUserExistenceErrors) unsupported.push('UserPoolClient.PreventUserExistenceErrors (honoured by ForgotPassword and ConfirmForgotPassword only)');

  const policies = objectAt(userPool.Policies, 'Policies', source);
  for (const key of Object.keys(policies ?? {})) if (key !== 'PasswordPolicy') unsupported.push(`UserPool.Policies.${key}`);
  const passwordPolicy = objectAt(policies?.PasswordPolicy, 'Policies.PasswordPolicy', source) as PasswordPolicy | undefined;
  for (const key of Object.keys(passwordPolicy ?? {})) {
    if (!['MinimumLength', 'RequireUppercase', 'RequireLowercase', 'RequireNumbers', 'RequireSymbols', 'TemporaryPasswordValidityDays', 'PasswordHistorySize'].includes(key)) {
      unsupported.push(`UserPool.Policies.PasswordPolicy.${key}`);
    }
  }
  const recovery = objectAt(userPool.AccountRecoverySetting, 'AccountRecoverySetting', source);
  const recoveryMechanisms = recovery?.RecoveryMechanisms as RecoveryOption[] | undefined;
  if (recoveryMechanisms !== undefined && !Array.isArray(recoveryMechanisms)) {
    throw new PoolError(`${source}: AccountRecoverySetting.RecoveryMechanisms must be a list.`);
  }
  const updateSettings = objectAt(userPool.UserAttributeUpdateSettings, 'UserAttributeUpdateSettings', source);
  const template = {
    EmailSubject: userPool.EmailVerificationSubject,
    EmailMessage: userPool.EmailVerificationMessage,
    SmsMessage: userPool.SmsVerificationMessage,
    ...objectAt(userPool.VerificationMessageTemplate, 'VerificationMessageTemplate', source),
  } as MessageTemplate & { DefaultEmailOption?: string };
  if (template?.DefaultEmailOption === 'CONFIRM_WITH_LINK') unsupported.push('UserPool.VerificationMessageTemplate.DefaultEmailOption (links)');
  if (userPool.SchemaAttributes !== undefined && !Array.isArray(userPool.SchemaAttributes)) {
    throw new PoolError(`${source}: SchemaAttributes must be a list.`);
  }

  return {
    pool: source,
    usernameAttributes: stringList(userPool.UsernameAttributes, 'UsernameAttributes', source),
    aliasAttributes: stringList(userPool.AliasAttributes, 'AliasAttributes', source),
    autoVerifiedAttributes: stringList(userPool.AutoVerifiedAttributes, 'AutoVerifiedAttributes', source),
    attributesRequireVerificationBeforeUpdate: stringList(
      updateSettings?.AttributesRequireVerificationBeforeUpdate,
      'UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate',
      source,
    ),
    // Without a client description: the client the kit is for usually has no secret.
    clientSecret: typeof client?.ClientSecret === 'string' && client.ClientSecret !== '',
    explicitAuthFlows: client ? stringList(client.ExplicitAuthFlows, 'ExplicitAuthFlows', source) : authFlows,
    passwordPolicy,
    ...(recoveryMechanisms ? { recoveryMechanisms } : {}),
    preventUserExistenceErrors,
    verificationMessageTemplate: { EmailSubject: template.EmailSubject, EmailMessage: template.EmailMessage, SmsMessage: template.SmsMessage },
    schema: userPool.SchemaAttributes as unknown[] | undefined,
    unsupported,
  };
}

/**
 * The shape for `--pool`: a preset name, or one or more JSON files (comma-separated) of
 * describe-user-pool / describe-user-pool-client output. Throws a PoolError otherwise.
 */
export function resolvePool(spec: string = 'alias'): PoolShape {
  if ((presetNames as readonly string[]).includes(spec)) return { pool: spec, ...structuredClone(presets[spec as PresetName]) };
  if (!spec.endsWith('.json')) {
    throw new PoolError(`Unknown pool preset "${spec}". Presets: ${presetNames.join(', ')}; or a path to a .json file.`);
  }
  const documents = spec.split(',').map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new PoolError(`Cannot read the pool file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
    try {
      return { source: path, json: JSON.parse(text) as unknown };
    } catch (error) {
      throw new PoolError(`The pool file ${path} is not valid JSON: ${(error as Error).message}.`);
    }
  });
  return shapeFromDescriptions(documents);
}

/**
 * The pool asked for on the command line or in the environment: `--pool <preset|file.json>`
 * (or `--pool=…`), `--pool-file <file.json>` (repeatable: pool and client descriptions), else
 * `COGNITO_POOL`, else `alias`. Throws a PoolError for a flag without a value or an unknown flag.
 */
export function poolSpec(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const files: string[] = [];
  let pool: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--pool' && flag !== '--pool-file') throw new PoolError(`Unknown argument "${arg}". Use --pool <preset|file.json> or --pool-file <file.json>.`);
    const value = inline ?? argv[++i];
    if (!value || value.startsWith('--')) throw new PoolError(`${flag} needs a value: ${flag === '--pool' ? `a preset (${presetNames.join(', ')}) or a .json file` : 'a .json file'}.`);
    if (flag === '--pool') pool = value;
    else files.push(value);
  }
  if (pool && files.length > 0) throw new PoolError('Give either --pool or --pool-file, not both.');
  if (files.length > 0) {
    const notJson = files.find((f) => !f.endsWith('.json'));
    if (notJson) throw new PoolError(`--pool-file expects a .json file, not "${notJson}".`);
    return files.join(',');
  }
  return pool ?? (env.COGNITO_POOL || 'alias');
}

/** Lines describing the pool, for the start-up banner. */
export function poolSummary(config: {
  pool: string;
  usernameAttributes: string[];
  aliasAttributes: string[];
  autoVerifiedAttributes: string[];
  attributesRequireVerificationBeforeUpdate: string[];
  clientSecret?: string;
  unsupported: string[];
}): string[] {
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : 'none');
  return [
    `pool        ${config.pool}: user name ${config.usernameAttributes.length > 0 ? `= ${list(config.usernameAttributes)}` : 'plain'}, aliases ${list(config.aliasAttributes)}, auto-verified ${list(config.autoVerifiedAttributes)}, kept pending until verified ${list(config.attributesRequireVerificationBeforeUpdate)}`,
    `client      ${config.clientSecret ? `with a secret (${config.clientSecret}): SecretHash required; POST /__dev/secret-hash {"username"} computes it` : 'without a secret'}`,
    ...(config.unsupported.length > 0 ? [`not honoured by the local server: ${config.unsupported.join(', ')}`] : []),
  ];
}
