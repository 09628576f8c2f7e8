/**
 * The pool shapes of the local Cognito (presets and describe-user-pool files) and the places
 * where it answers as AWS does for them: SecretHash, SMS, per-attribute pending values,
 * verified aliases only, revoked tokens, the stranded demo users.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PoolError,
  poolSpec,
  presetNames,
  readOutbox,
  resolvePool,
  secretHash,
  signIn,
  startLocalCognito,
  type LocalCognito,
  type LocalCognitoOptions,
} from '../../scripts/localCognito.ts';

const password = 'Passw0rd!';

/** One Cognito call over plain fetch: the output, or `{ error: { name, message } }`. */
async function call(cognito: LocalCognito, operation: string, body: object): Promise<Record<string, unknown>> {
  const response = await fetch(cognito.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const output = (await response.json()) as Record<string, unknown>;
  return response.ok ? output : { error: { name: output.__type, message: output.message } };
}

function useServer(options: LocalCognitoOptions) {
  const env = {} as { cognito: LocalCognito };
  beforeAll(async () => {
    env.cognito = await startLocalCognito({ port: 0, ...options });
  });
  afterAll(async () => {
    await env.cognito?.stop();
  });
  const token = async (username: string, secret = env.cognito.config.clientSecret) =>
    (await signIn(env.cognito.endpoint, env.cognito.config.clientId, username, password, secret)).AccessToken;
  const attributes = async (accessToken: string) => {
    const output = (await call(env.cognito, 'GetUser', { AccessToken: accessToken })) as { UserAttributes: { Name: string; Value: string }[] };
    return Object.fromEntries(output.UserAttributes.map((a) => [a.Name, a.Value]));
  };
  const lastCode = async (to: string) => (await readOutbox(env.cognito.endpoint)).filter((m) => m.to === to).at(-1)?.code ?? '';
  return { env, token, attributes, lastCode };
}

describe('choosing the pool', () => {
  it('offers the six presets, alias by default', () => {
    expect(presetNames).toEqual(['alias', 'email-username', 'plain', 'phone', 'secret', 'no-keep-original']);
    expect(resolvePool()).toMatchObject({ pool: 'alias', aliasAttributes: ['email'] });
  });

  it('refuses an unknown preset, naming the presets', () => {
    expect(() => resolvePool('aliases')).toThrow(PoolError);
    expect(() => resolvePool('aliases')).toThrow(/Unknown pool preset "aliases".*alias, email-username, plain, phone, secret, no-keep-original/);
  });

  it('refuses a missing or unreadable file, and one that is no describe-user-pool output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cvk-pool-'));
    try {
      expect(() => resolvePool(join(dir, 'missing.json'))).toThrow(/Cannot read the pool file .*missing\.json: ENOENT/);
      await writeFile(join(dir, 'broken.json'), '{ "UserPool": ');
      expect(() => resolvePool(join(dir, 'broken.json'))).toThrow(/is not valid JSON/);
      await writeFile(join(dir, 'other.json'), '{ "Users": [] }');
      expect(() => resolvePool(join(dir, 'other.json'))).toThrow(/describe-user-pool/);
      await writeFile(join(dir, 'bad.json'), '{ "UserPool": { "AliasAttributes": "email" } }');
      expect(() => resolvePool(join(dir, 'bad.json'))).toThrow(/AliasAttributes must be a list of strings/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts no server for a bad preset', async () => {
    await expect(startLocalCognito({ pool: 'nope' })).rejects.toThrow(PoolError);
  });

  it('reads --pool, --pool=, --pool-file (repeatable) and COGNITO_POOL, in that order of precedence', () => {
    expect(poolSpec([], {})).toBe('alias');
    expect(poolSpec([], { COGNITO_POOL: 'secret' })).toBe('secret');
    expect(poolSpec(['--pool', 'phone'], { COGNITO_POOL: 'secret' })).toBe('phone');
    expect(poolSpec(['--pool=plain'], {})).toBe('plain');
    expect(poolSpec(['--pool-file', 'a.json', '--pool-file=b.json'], {})).toBe('a.json,b.json');
    expect(() => poolSpec(['--pool'], {})).toThrow(/--pool needs a value/);
    expect(() => poolSpec(['--pol', 'x'], {})).toThrow(/Unknown argument "--pol"/);
    expect(() => poolSpec(['--pool', 'phone', '--pool-file', 'a.json'], {})).toThrow(/not both/);
  });

  it('npm run cognito stops with the message and a non-zero exit for a bad preset or an unreadable file', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(process.execPath, ['--import', 'tsx', 'scripts/cognito.ts', ...args], { env: { ...process.env, COGNITO_LOCAL_PORT: '0' }, timeout: 30_000 }, (_error, _stdout, stderr) =>
          resolve({ code: child.exitCode, stderr }),
        );
      });
    const [preset, file] = await Promise.all([run(['--pool', 'nope']), run(['--pool-file', '/nonexistent/pool.json'])]);
    expect(preset).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown pool preset "nope"') });
    expect(file).toMatchObject({ code: 2, stderr: expect.stringContaining('Cannot read the pool file /nonexistent/pool.json: ENOENT') });
  });
});

describe('a pool built from describe-user-pool and describe-user-pool-client output', () => {
  let dir: string;
  const files = { pool: '', client: '' };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cvk-pool-'));
    files.pool = join(dir, 'pool.json');
    files.client = join(dir, 'client.json');
    await writeFile(
      files.pool,
      JSON.stringify({
        UserPool: {
          Id: 'eu-west-1_AbCdEf123',
          Name: 'production',
          UsernameAttributes: ['email'],
          AutoVerifiedAttributes: ['email'],
          UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [] },
          VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE', EmailMessage: 'Your Acme code is {####}', EmailSubject: 'Acme code' },
          Policies: { PasswordPolicy: { MinimumLength: 12, RequireUppercase: false, RequireLowercase: true, RequireNumbers: true, RequireSymbols: false } },
          LambdaConfig: { PreSignUp: 'arn:aws:lambda:eu-west-1:1:function:pre' },
          MfaConfiguration: 'OFF',
          AccountRecoverySetting: { RecoveryMechanisms: [{ Priority: 1, Name: 'verified_email' }] },
          CreationDate: 1700000000,
        },
      }),
    );
    await writeFile(
      files.client,
      JSON.stringify({
        UserPoolClient: {
          ClientId: 'abc',
          ClientName: 'web',
          ClientSecret: 'real-secret-never-used',
          ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
          PreventUserExistenceErrors: 'ENABLED',
        },
      }),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the shape and names every field it cannot honour', () => {
    const shape = resolvePool(`${files.pool},${files.client}`);
    expect(shape).toMatchObject({
      pool: `${files.pool},${files.client}`,
      usernameAttributes: ['email'],
      aliasAttributes: [],
      autoVerifiedAttributes: ['email'],
      attributesRequireVerificationBeforeUpdate: [],
      clientSecret: true,
      explicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
      passwordPolicy: { MinimumLength: 12 },
      verificationMessageTemplate: { EmailMessage: 'Your Acme code is {####}' },
    });
    expect(shape).toMatchObject({
      recoveryMechanisms: [{ Priority: 1, Name: 'verified_email' }],
      preventUserExistenceErrors: true,
    });
    expect(shape.unsupported.sort()).toEqual([
      'UserPool.LambdaConfig.PreSignUp',
      'UserPoolClient.PreventUserExistenceErrors (honoured by ForgotPassword and ConfirmForgotPassword only)',
    ]);
  });

  it('runs that pool: email user names, its password policy, its message, a new secret, its auth flows', async () => {
    const cognito = await startLocalCognito({ pool: `${files.pool},${files.client}` });
    try {
      const { clientId, clientSecret } = cognito.config;
      expect(clientSecret).toEqual(expect.any(String));
      expect(clientSecret).not.toBe('real-secret-never-used');
      expect(cognito.config.unsupported).toContain('UserPool.LambdaConfig.PreSignUp');
      const hash = (username: string) => secretHash(username, clientId, clientSecret!);
      const short = await call(cognito, 'SignUp', { ClientId: clientId, Username: 'new@example.com', Password: 'Passw0rd!', SecretHash: hash('new@example.com') });
      expect(short.error).toEqual({ name: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' });
      await call(cognito, 'SignUp', { ClientId: clientId, Username: 'new@example.com', Password: 'long enough 12', SecretHash: hash('new@example.com') });
      const [message] = (await readOutbox(cognito.endpoint)).filter((m) => m.to === 'new@example.com');
      expect(message?.message).toBe(`Your Acme code is ${message?.code}`);
      // The client allows no USER_PASSWORD_AUTH.
      const auth = await call(cognito, 'InitiateAuth', {
        ClientId: clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'verified.user@example.com', PASSWORD: password, SECRET_HASH: hash('verified.user@example.com') },
      });
      expect(auth.error).toEqual({ name: 'InvalidParameterException', message: 'USER_PASSWORD_AUTH flow not enabled for this client' });
    } finally {
      await cognito.stop();
    }
  });
});

describe('preset secret: SecretHash as Cognito checks it', () => {
  const { env, token } = useServer({ pool: 'secret' });

  it('reports the secret in /__dev/config and computes hashes at /__dev/secret-hash', async () => {
    const { clientId, clientSecret } = env.cognito.config;
    expect(clientSecret).toMatch(/^\w+$/);
    expect(await (await fetch(`${env.cognito.endpoint}/__dev/config`)).json()).toMatchObject({ pool: 'secret', clientSecret });
    const response = await fetch(`${env.cognito.endpoint}/__dev/secret-hash`, { method: 'POST', body: JSON.stringify({ username: 'pending.user' }) });
    expect(await response.json()).toEqual({ secretHash: secretHash('pending.user', clientId, clientSecret!) });
    const bad = await fetch(`${env.cognito.endpoint}/__dev/secret-hash`, { method: 'POST', body: '{}' });
    expect(bad.status).toBe(400);
  });

  it('computes the hash as HMAC-SHA256(secret, username + client id), base64', () => {
    // Worked example, checked with `echo -n 'aliceclient1' | openssl dgst -sha256 -hmac s3cret -binary | base64`.
    expect(secretHash('alice', 'client1', 's3cret')).toBe('OLH8A5YiDq5WyVbgkLVAtm0hdL7P1QQ+z61K3T8oAEk=');
  });

  it('refuses a missing or wrong SecretHash with NotAuthorized in Cognito words; the right one works', async () => {
    const { clientId, clientSecret } = env.cognito.config;
    const input = { ClientId: clientId, Username: 'pending.user', ConfirmationCode: '000000' };
    expect((await call(env.cognito, 'ConfirmSignUp', input)).error).toEqual({
      name: 'NotAuthorizedException',
      message: `Client ${clientId} is configured for secret but secret was not received`,
    });
    expect((await call(env.cognito, 'ResendConfirmationCode', { ...input, ConfirmationCode: undefined, SecretHash: 'd3Jvbmc=' })).error).toEqual({
      name: 'NotAuthorizedException',
      message: `Unable to verify secret hash for client ${clientId}`,
    });
    // A hash for another user name is wrong too.
    const other = secretHash('verified.user', clientId, clientSecret!);
    expect((await call(env.cognito, 'ConfirmSignUp', { ...input, SecretHash: other })).error).toMatchObject({ name: 'NotAuthorizedException' });
    const right = secretHash('pending.user', clientId, clientSecret!);
    expect((await call(env.cognito, 'ConfirmSignUp', { ...input, SecretHash: right })).error).toMatchObject({ name: 'CodeMismatchException' });

    const noHash = await call(env.cognito, 'InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'verified.user', PASSWORD: password },
    });
    expect(noHash.error).toMatchObject({ name: 'NotAuthorizedException', message: `Client ${clientId} is configured for secret but secret was not received` });
    await expect(token('verified.user')).resolves.toEqual(expect.any(String));
  });
});

describe('preset email-username: the email is the user name', () => {
  const { env, token, attributes } = useServer({ pool: 'email-username' });

  it('seeds users whose user name is their email, signs in with it, refuses a plain user name at sign-up', async () => {
    expect(env.cognito.config).toMatchObject({ pool: 'email-username', usernameAttributes: ['email'], aliasAttributes: [] });
    expect(env.cognito.config.users.map((u) => u.username)).toContain('verified.user@example.com');
    expect(await attributes(await token('verified.user@example.com'))).toMatchObject({ email_verified: 'true' });
    const plain = await call(env.cognito, 'SignUp', { ClientId: env.cognito.config.clientId, Username: 'plain.name', Password: password });
    expect(plain.error).toMatchObject({ name: 'InvalidParameterException', message: 'Username should be an email.' });
  });
});

describe('preset phone: phone codes go by SMS, each attribute with its own code and pending value', () => {
  const { env, token, attributes, lastCode } = useServer({ pool: 'phone' });

  it('sends the sign-up code by SMS to a phone number, masked', async () => {
    const signUp = await call(env.cognito, 'SignUp', {
      ClientId: env.cognito.config.clientId,
      Username: 'texter',
      Password: password,
      UserAttributes: [{ Name: 'email', Value: 'texter@example.com' }, { Name: 'phone_number', Value: '+15555559876' }],
    });
    expect(signUp.CodeDeliveryDetails).toEqual({ AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******9876' });
    expect((await readOutbox(env.cognito.endpoint)).at(-1)).toMatchObject({ to: '+15555559876', medium: 'SMS' });
  });

  it('keeps a new phone and a new email pending side by side; verifying the email leaves the phone pending', async () => {
    const accessToken = await token('phone.user');
    const update = await call(env.cognito, 'UpdateUserAttributes', {
      AccessToken: accessToken,
      UserAttributes: [{ Name: 'phone_number', Value: '+15555550999' }, { Name: 'email', Value: 'phone.user.new@example.com' }],
    });
    expect(update.CodeDeliveryDetailsList).toEqual([
      { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'p***@e***' },
      { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0999' },
    ]);
    const outbox = await readOutbox(env.cognito.endpoint);
    expect(outbox.at(-1)).toMatchObject({ to: '+15555550999', medium: 'SMS', operation: 'UpdateUserAttributes' });
    const emailCode = await lastCode('phone.user.new@example.com');
    const phoneCode = await lastCode('+15555550999');
    expect(emailCode).not.toBe('');

    // The phone's code does not verify the email.
    if (phoneCode !== emailCode) {
      const crossed = await call(env.cognito, 'VerifyUserAttribute', { AccessToken: accessToken, AttributeName: 'email', Code: phoneCode });
      expect(crossed.error).toMatchObject({ name: 'CodeMismatchException' });
    }
    await call(env.cognito, 'VerifyUserAttribute', { AccessToken: accessToken, AttributeName: 'email', Code: emailCode });
    expect(await attributes(accessToken)).toMatchObject({ email: 'phone.user.new@example.com', phone_number: '+15555550123' });
    await call(env.cognito, 'VerifyUserAttribute', { AccessToken: accessToken, AttributeName: 'phone_number', Code: phoneCode });
    expect(await attributes(accessToken)).toMatchObject({ phone_number: '+15555550999', phone_number_verified: 'true' });
  });
});

describe('preset alias: the alias, revocation, lockout and the stranded users', () => {
  const { env, token, attributes, lastCode } = useServer({ pool: 'alias' });

  it('sends a new phone number its code by SMS even where only email is auto-verified', async () => {
    const accessToken = await token('verified.user');
    const sent = await call(env.cognito, 'GetUserAttributeVerificationCode', { AccessToken: accessToken, AttributeName: 'email' });
    expect(sent.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL' });
    const phone = await call(env.cognito, 'UpdateUserAttributes', { AccessToken: accessToken, UserAttributes: [{ Name: 'phone_number', Value: '+15555550777' }] });
    expect(phone.error).toBeUndefined();
    const code = await call(env.cognito, 'GetUserAttributeVerificationCode', { AccessToken: accessToken, AttributeName: 'phone_number' });
    expect(code.CodeDeliveryDetails).toEqual({ AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0777' });
    expect((await readOutbox(env.cognito.endpoint)).at(-1)).toMatchObject({ to: '+15555550777', medium: 'SMS' });
  });

  it('checks AWS\'s default password policy on SignUp, in Cognito\'s words', async () => {
    const tryPassword = async (candidate: string) =>
      (await call(env.cognito, 'SignUp', { ClientId: env.cognito.config.clientId, Username: 'policy.user', Password: candidate, UserAttributes: [{ Name: 'email', Value: 'policy.user@example.com' }] })).error;
    expect(await tryPassword('Pw0!')).toEqual({ name: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' });
    expect(await tryPassword('passw0rd!')).toMatchObject({ message: 'Password did not conform with policy: Password must have uppercase characters' });
    expect(await tryPassword('PASSW0RD!')).toMatchObject({ message: 'Password did not conform with policy: Password must have lowercase characters' });
    expect(await tryPassword('Password!')).toMatchObject({ message: 'Password did not conform with policy: Password must have numeric characters' });
    expect(await tryPassword('Passw0rdd')).toMatchObject({ message: 'Password did not conform with policy: Password must have symbol characters' });
    expect(await tryPassword(password)).toBeUndefined();
  });

  it('an unverified alias neither signs in nor identifies a user (UserNotFound)', async () => {
    const clientId = env.cognito.config.clientId;
    // unverified.user's email was never verified; pending.user's is not yet.
    await expect(signIn(env.cognito.endpoint, clientId, 'unverified.user@example.com', password)).rejects.toMatchObject({ name: 'UserNotFoundException' });
    await expect(signIn(env.cognito.endpoint, clientId, 'unverified.user', password)).resolves.toHaveProperty('AccessToken');
    const resend = await call(env.cognito, 'ResendConfirmationCode', { ClientId: clientId, Username: 'pending.user@example.com' });
    expect(resend.error).toMatchObject({ name: 'UserNotFoundException' });
    // A verified alias does identify its user.
    await expect(signIn(env.cognito.endpoint, clientId, 'verified.user@example.com', password)).resolves.toHaveProperty('AccessToken');
  });

  it('refuses tokens ended by GlobalSignOut (access and refresh) and by RevokeToken', async () => {
    const clientId = env.cognito.config.clientId;
    const first = await signIn(env.cognito.endpoint, clientId, 'phone.user', password);
    const second = await signIn(env.cognito.endpoint, clientId, 'phone.user', password);
    expect((await call(env.cognito, 'GlobalSignOut', { AccessToken: first.AccessToken })).error).toBeUndefined();
    for (const accessToken of [first.AccessToken, second.AccessToken]) {
      expect((await call(env.cognito, 'GetUser', { AccessToken: accessToken })).error).toEqual({
        name: 'NotAuthorizedException',
        message: 'Access Token has been revoked',
      });
    }
    const refresh = await call(env.cognito, 'InitiateAuth', { ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: second.RefreshToken } });
    expect(refresh.error).toMatchObject({ name: 'NotAuthorizedException' });

    // A new sign-in works; revoking its refresh token ends the access tokens it gave.
    const third = await signIn(env.cognito.endpoint, clientId, 'phone.user', password);
    const renewed = (await call(env.cognito, 'InitiateAuth', { ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: third.RefreshToken } })) as {
      AuthenticationResult: { AccessToken: string };
    };
    expect(await attributes(renewed.AuthenticationResult.AccessToken)).toHaveProperty('email');
    expect((await call(env.cognito, 'RevokeToken', { ClientId: clientId, Token: third.RefreshToken })).error).toBeUndefined();
    for (const accessToken of [third.AccessToken, renewed.AuthenticationResult.AccessToken]) {
      expect((await call(env.cognito, 'GetUser', { AccessToken: accessToken })).error).toMatchObject({ message: 'Access Token has been revoked' });
    }
    // Tokens of another session are untouched.
    expect(await attributes(await token('verified.user'))).toHaveProperty('email');
  });

  it('seeds the stranded users: an expired first code, an unverified email, a pending email change', async () => {
    const clientId = env.cognito.config.clientId;
    const users = Object.fromEntries(env.cognito.config.users.map((u) => [u.username, u]));
    expect(users['expired.user']).toMatchObject({ status: 'UNCONFIRMED', emailVerified: false });
    expect(users['unverified.user']).toMatchObject({ status: 'CONFIRMED', emailVerified: false });
    expect(users['moving.user']).toMatchObject({ status: 'CONFIRMED', email: 'moving.user@example.com', emailVerified: true, pendingEmail: 'moving.user.new@example.com' });

    const expired = await call(env.cognito, 'ConfirmSignUp', { ClientId: clientId, Username: 'expired.user', ConfirmationCode: await lastCode('expired.user@example.com') });
    expect(expired.error).toMatchObject({ name: 'ExpiredCodeException' });
    expect(await attributes(await token('unverified.user'))).toMatchObject({ email_verified: 'false' });
    const moving = await token('moving.user');
    expect(await attributes(moving)).toMatchObject({ email: 'moving.user@example.com' });
    await call(env.cognito, 'VerifyUserAttribute', { AccessToken: moving, AttributeName: 'email', Code: await lastCode('moving.user.new@example.com') });
    expect(await attributes(moving)).toMatchObject({ email: 'moving.user.new@example.com', email_verified: 'true' });
  });
});

describe('preset no-keep-original', () => {
  it('seeds moving.user with its new email applied at once, unverified', async () => {
    const cognito = await startLocalCognito({ pool: 'no-keep-original' });
    try {
      expect(cognito.config.attributesRequireVerificationBeforeUpdate).toEqual([]);
      expect(cognito.config.users.find((u) => u.username === 'moving.user')).toMatchObject({ email: 'moving.user.new@example.com', emailVerified: false });
      expect(cognito.config.users.find((u) => u.username === 'moving.user')).not.toHaveProperty('pendingEmail');
    } finally {
      await cognito.stop();
    }
  });
});
