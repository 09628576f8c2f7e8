import { sign } from 'node:crypto';
import { createRequire } from 'node:module';
import * as sdk from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  AliasExistsException,
  CodeMismatchException,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ExpiredCodeException,
  ForgotPasswordCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  InvalidParameterException,
  InvalidPasswordException,
  LimitExceededException,
  NotAuthorizedException,
  PasswordHistoryPolicyViolationException,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  TooManyFailedAttemptsException,
  UpdateUserAttributesCommand,
  UserNotFoundException,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { documentedExceptions } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import {
  latestCode,
  maskDestination,
  readOutbox,
  resolvePool,
  secretHash,
  signIn,
  startLocalCognito,
  type LocalCognito,
  type LocalCognitoOptions,
} from '../../scripts/localCognito.ts';

const password = 'Passw0rd!';

/**
 * The real SDK client. `maxAttempts: 1` because the SDK retries HTTP 500 and the "throttling"
 * names — which include Cognito's LimitExceededException and TooManyRequestsException — up to
 * three times by default, which would consume injected faults and hide the first answer.
 */
function sdkClient(endpoint: string, maxAttempts = 1) {
  return new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts,
  });
}

/** The rejection of `promise`, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

function attributes(output: { UserAttributes?: { Name?: string; Value?: string }[] }): Record<string, string> {
  return Object.fromEntries((output.UserAttributes ?? []).map((a) => [a.Name ?? '', a.Value ?? '']));
}

/** Starts a server for a describe block and gives helpers bound to it. */
function useLocalCognito(options: LocalCognitoOptions = {}) {
  const env = {} as {
    cognito: LocalCognito;
    client: CognitoIdentityProviderClient;
    clientId: string;
  };
  beforeAll(async () => {
    env.cognito = await startLocalCognito({ port: 0, ...options });
    env.client = sdkClient(env.cognito.endpoint);
    env.clientId = env.cognito.config.clientId;
  });
  afterAll(async () => {
    env.client?.destroy();
    await env.cognito?.stop();
  });

  const code = async (to: string, operation?: string) => {
    const found = await latestCode(env.cognito.endpoint, to, operation);
    if (!found) throw new Error(`no code sent to ${to}`);
    return found;
  };
  const token = async (username: string) =>
    (await signIn(env.cognito.endpoint, env.clientId, username, password)).AccessToken;
  const signUp = (username: string, email: string) =>
    env.client.send(
      new SignUpCommand({
        ClientId: env.clientId,
        Username: username,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
  /** A fresh confirmed user with a verified email; returns its access token. */
  const confirmedUser = async (username: string, email = `${username}@example.com`) => {
    await signUp(username, email);
    await env.client.send(
      new ConfirmSignUpCommand({ ClientId: env.clientId, Username: username, ConfirmationCode: await code(email) }),
    );
    return token(username);
  };
  const getUser = async (accessToken: string) =>
    attributes(await env.client.send(new GetUserCommand({ AccessToken: accessToken })));
  return { env, code, token, signUp, confirmedUser, getUser };
}

const require = createRequire(import.meta.url);
const privateKey = (require('cognito-local/lib/keys/cognitoLocal.private.json') as { pem: string }).pem;

/** A JWT signed with cognito-local's own key, so only the claims can make it invalid. */
function signedToken(claims: Record<string, unknown>): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${encode(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('local Cognito: seeded pool, dev endpoints, wire format', () => {
  const { env } = useLocalCognito();

  it('listens on 127.0.0.1 only', async () => {
    expect(env.cognito.endpoint).toBe(`http://127.0.0.1:${env.cognito.port}`);
    await expect(fetch(`http://[::1]:${env.cognito.port}/__dev/config`)).rejects.toThrow();
  });

  it('GET /__dev/config gives the endpoint, pool, client and demo users', async () => {
    const config = await (await fetch(`${env.cognito.endpoint}/__dev/config`)).json();
    expect(config).toEqual(env.cognito.config);
    expect(config).toMatchObject({ endpoint: env.cognito.endpoint, region: 'us-east-1' });
    expect(config.userPoolId).toMatch(/_/);
    expect(config).toMatchObject({
      pool: 'alias',
      usernameAttributes: [],
      aliasAttributes: ['email'],
      autoVerifiedAttributes: ['email'],
      attributesRequireVerificationBeforeUpdate: ['email'],
      unsupported: [],
    });
    expect(config).not.toHaveProperty('clientSecret');
    expect(config.users.map((u: { username: string; status: string }) => [u.username, u.status])).toEqual([
      ['pending.user', 'UNCONFIRMED'],
      ['verified.user', 'CONFIRMED'],
      ['phone.user', 'CONFIRMED'],
      ['expired.user', 'UNCONFIRMED'],
      ['unverified.user', 'CONFIRMED'],
      ['moving.user', 'CONFIRMED'],
    ]);
  });

  it('GET /__dev/outbox lists sent codes, newest last, with the pending user awaiting one', async () => {
    const outbox = await readOutbox(env.cognito.endpoint);
    const pending = outbox.filter((m) => m.to === 'pending.user@example.com');
    expect(pending).toEqual([
      {
        to: 'pending.user@example.com',
        medium: 'EMAIL',
        code: expect.stringMatching(/^\d{6}$/),
        message: `Your verification code is ${pending[0]?.code}. `,
        operation: 'SignUp',
        at: expect.any(String),
      },
    ]);
    const times = outbox.map((m) => Date.parse(m.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(env.cognito.outbox()).toEqual(outbox);
  });

  it('seeds confirmed users with verified email, one with an unverified phone number', async () => {
    const client = env.client;
    const verified = attributes(await client.send(new GetUserCommand({ AccessToken: (await signIn(env.cognito.endpoint, env.clientId, 'verified.user', password)).AccessToken })));
    expect(verified).toMatchObject({ email: 'verified.user@example.com', email_verified: 'true' });
    // The verified email is a sign-in alias.
    const byEmail = await signIn(env.cognito.endpoint, env.clientId, 'phone.user@example.com', password);
    const phone = attributes(await client.send(new GetUserCommand({ AccessToken: byEmail.AccessToken })));
    expect(phone).toMatchObject({ email_verified: 'true', phone_number: '+15555550123' });
    expect(phone.phone_number_verified).not.toBe('true');
  });

  it('answers errors in AWS JSON 1.1 form: status, x-amzn-errortype, { __type, message }', async () => {
    const response = await fetch(env.cognito.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.ConfirmSignUp',
      },
      body: JSON.stringify({ ClientId: env.clientId, Username: 'pending.user', ConfirmationCode: 'wrong' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('CodeMismatchException');
    expect(await response.json()).toEqual({
      __type: 'CodeMismatchException',
      message: 'Invalid verification code provided, please try again.',
    });
  });

  it('passes a CORS preflight for the SDK headers, on the API and the dev endpoints', async () => {
    for (const path of ['/', '/__dev/faults', '/__dev/outbox']) {
      const response = await fetch(`${env.cognito.endpoint}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:6006',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-allow-headers')).toContain('amz-sdk-invocation-id');
    }
    const get = await fetch(`${env.cognito.endpoint}/__dev/outbox`, { headers: { origin: 'http://localhost:6006' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
  });

  describe('invalid input → 400 InvalidParameterException, never a 500', () => {
    const raw = async (operation: string, body: string) => {
      const response = await fetch(env.cognito.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
        body,
      });
      return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: (await response.json()) as { __type: string; message: string } };
    };

    it.each([
      ['ConfirmSignUp', {}, "Value null at 'clientId' failed to satisfy constraint: Member must not be null"],
      ['ConfirmSignUp', { ClientId: 'abc', Username: 'pending.user' }, "Value null at 'confirmationCode'"],
      ['ConfirmSignUp', { ClientId: 'abc', Username: 'pending.user', ConfirmationCode: '' }, 'Member must have length greater than or equal to 1'],
      ['ConfirmSignUp', { ClientId: 'abc', Username: 'pending.user', ConfirmationCode: '12 34' }, 'regular expression pattern: [\\S]+'],
      ['ConfirmSignUp', { ClientId: 'abc', Username: 'x'.repeat(129), ConfirmationCode: '1' }, 'less than or equal to 128'],
      ['ConfirmSignUp', { ClientId: 'a-b', Username: 'u', ConfirmationCode: '1' }, 'pattern: [\\w+]+'],
      ['ResendConfirmationCode', { ClientId: 'abc' }, "Value null at 'username'"],
      ['GetUser', {}, "Value null at 'accessToken'"],
      ['GetUser', { AccessToken: 'not a token!' }, 'pattern: [A-Za-z0-9-_=.]+'],
      ['GetUserAttributeVerificationCode', { AccessToken: 'abc', AttributeName: 'x'.repeat(33) }, 'less than or equal to 32'],
      ['VerifyUserAttribute', { AccessToken: 'abc', AttributeName: 'email', Code: 123 }, "'code' failed to satisfy constraint: Member must be a string"],
      ['UpdateUserAttributes', { AccessToken: 'abc', UserAttributes: [{ Value: 'x' }] }, "Value null at 'userAttributes.1.member.name'"],
      ['ForgotPassword', { ClientId: 'abc' }, "Value null at 'username'"],
      ['ForgotPassword', { ClientId: 'abc', Username: 'a b' }, 'pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+'],
      ['ConfirmForgotPassword', { ClientId: 'abc', Username: 'u', ConfirmationCode: '1' }, "Value null at 'password'"],
      ['ConfirmForgotPassword', { ClientId: 'abc', Username: 'u', Password: 'x' }, "Value null at 'confirmationCode'"],
      ['ConfirmForgotPassword', { ClientId: 'abc', Username: 'u', ConfirmationCode: '1 2', Password: 'x' }, 'regular expression pattern: [\\S]+'],
      ['ConfirmForgotPassword', { ClientId: 'abc', Username: 'u', ConfirmationCode: '1', Password: '' }, 'Member must have length greater than or equal to 1'],
      ['ConfirmForgotPassword', { ClientId: 'abc', Username: 'u', ConfirmationCode: '1', Password: 'x'.repeat(257) }, 'less than or equal to 256'],
    ])('%s %j', async (operation, body, message) => {
      const answer = await raw(operation, JSON.stringify(body));
      expect(answer.status).toBe(400);
      expect(answer.type).toBe('InvalidParameterException');
      expect(answer.body.__type).toBe('InvalidParameterException');
      expect(answer.body.message).toMatch(/^\d validation errors? detected: /);
      expect(answer.body.message).toContain(message);
    });

    it('reaches the SDK as InvalidParameterException, counting every problem', async () => {
      const error = await rejection(
        env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: '', ConfirmationCode: ' ' })),
      );
      expect(error).toBeInstanceOf(InvalidParameterException);
      expect(error.$metadata?.httpStatusCode).toBe(400);
      expect(error.message).toMatch(/^2 validation errors detected: /);
    });

    it('answers an unreadable body with SerializationException and an unknown operation with UnknownOperationException', async () => {
      expect(await raw('ConfirmSignUp', '{not json')).toMatchObject({ status: 400, type: 'SerializationException' });
      expect(await raw('ConfirmSignUp', '[1]')).toMatchObject({ status: 400, type: 'SerializationException' });
      expect(await raw('NoSuchOperation', '{}')).toMatchObject({ status: 400, type: 'UnknownOperationException' });
    });
  });

  describe('POST /__dev/faults', () => {
    const post = (body: unknown) =>
      fetch(`${env.cognito.endpoint}/__dev/faults`, { method: 'POST', body: JSON.stringify(body) });
    // Any input will do: an injected fault answers before validation.
    const inputs: Record<Operation | 'ForgotPassword' | 'ConfirmForgotPassword', object> = {
      ConfirmSignUp: { ClientId: 'c', Username: 'u', ConfirmationCode: '1' },
      ResendConfirmationCode: { ClientId: 'c', Username: 'u' },
      UpdateUserAttributes: { AccessToken: 't', UserAttributes: [] },
      GetUserAttributeVerificationCode: { AccessToken: 't', AttributeName: 'email' },
      VerifyUserAttribute: { AccessToken: 't', AttributeName: 'email', Code: '1' },
      GetUser: { AccessToken: 't' },
      ForgotPassword: { ClientId: 'c', Username: 'u' },
      ConfirmForgotPassword: { ClientId: 'c', Username: 'u', ConfirmationCode: '1', Password: 'p' },
    };
    const commands = sdk as unknown as Record<string, (new (input: object) => Parameters<CognitoIdentityProviderClient['send']>[0]) | undefined>;
    const call = (operation: keyof typeof inputs) => {
      const Command = commands[`${operation}Command`];
      if (!Command) throw new Error(`no ${operation}Command`);
      return env.client.send(new Command(inputs[operation]));
    };
    const cases = (Object.keys(documentedExceptions) as Operation[]).flatMap((operation) =>
      documentedExceptions[operation].map((exception) => [operation, exception] as const),
    );

    it(`injects each of the ${cases.length} documented exceptions, which the SDK names and classes`, async () => {
      for (const [operation, exception] of cases) {
        expect((await post({ operation, exception })).status).toBe(200);
        const error = await rejection(call(operation));
        expect(error.name, `${operation} ${exception}`).toBe(exception);
        expect(error.$metadata?.httpStatusCode).toBe(exception === 'InternalErrorException' ? 500 : 400);
        const ExceptionClass = (sdk as unknown as Record<string, unknown>)[exception];
        expect(error).toBeInstanceOf(ExceptionClass as new () => Error);
      }
    });

    it('accepts ForgotPassword and ConfirmForgotPassword', async () => {
      for (const operation of ['ForgotPassword', 'ConfirmForgotPassword'] as const) {
        expect((await post({ operation, exception: 'LimitExceededException', message: 'Injected' })).status).toBe(200);
        const error = await rejection(call(operation));
        expect(error).toBeInstanceOf(LimitExceededException);
        expect(error.message).toBe('Injected');
      }
    });

    it('honours times and message, then lets calls through', async () => {
      const accessToken = (await signIn(env.cognito.endpoint, env.clientId, 'verified.user', password)).AccessToken;
      await post({ operation: 'GetUser', exception: 'TooManyRequestsException', message: 'Slow down', times: 2 });
      for (let i = 0; i < 2; i++) {
        const error = await rejection(env.client.send(new GetUserCommand({ AccessToken: accessToken })));
        expect(error).toMatchObject({ name: 'TooManyRequestsException', message: 'Slow down' });
      }
      await expect(env.client.send(new GetUserCommand({ AccessToken: accessToken }))).resolves.toMatchObject({
        Username: 'verified.user',
      });
    });

    it('rejects unknown operations and exception names with 400; DELETE clears', async () => {
      expect((await post({ operation: 'Nope', exception: 'CodeMismatchException' })).status).toBe(400);
      expect((await post({ operation: 'GetUser', exception: 'MadeUpException' })).status).toBe(400);
      expect((await post({ operation: 'GetUser', exception: 'ForbiddenException', times: 0 })).status).toBe(400);
      expect((await post({ operation: 'ConfirmSignUp', exception: 'ForbiddenException', times: 3 })).status).toBe(200);
      const cleared = await fetch(`${env.cognito.endpoint}/__dev/faults`, { method: 'DELETE' });
      expect(cleared.status).toBe(200);
      const error = await rejection(call('ConfirmSignUp'));
      expect(error.name).not.toBe('ForbiddenException');
    });

    it('SDK peculiarity: with default retries a TooManyRequests fault is retried away', async () => {
      const retrying = sdkClient(env.cognito.endpoint, 3);
      const accessToken = (await signIn(env.cognito.endpoint, env.clientId, 'verified.user', password)).AccessToken;
      await post({ operation: 'GetUser', exception: 'TooManyRequestsException' });
      const output = await retrying.send(new GetUserCommand({ AccessToken: accessToken }));
      expect(output.$metadata.attempts).toBe(2);
      retrying.destroy();
    });
  });

  it('masks destinations like Cognito', () => {
    expect(maskDestination('alice@example.com')).toBe('a***@e***');
    expect(maskDestination('+15555550123')).toBe('+*******0123');
  });
});

describe('local Cognito: sign-up confirmation', () => {
  const { env, code, token, signUp, confirmedUser, getUser } = useLocalCognito();

  it('rejects a wrong code, confirms with the right one and verifies the email', async () => {
    const wrong = await rejection(
      env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'pending.user', ConfirmationCode: '000000x' })),
    );
    expect(wrong).toBeInstanceOf(CodeMismatchException);
    expect(wrong.message).toBe('Invalid verification code provided, please try again.');

    await env.client.send(
      new ConfirmSignUpCommand({
        ClientId: env.clientId,
        Username: 'pending.user',
        ConfirmationCode: await code('pending.user@example.com'),
      }),
    );
    expect(await getUser(await token('pending.user'))).toMatchObject({ email_verified: 'true' });
  });

  it('answers an already-confirmed user with NotAuthorized "Current status is CONFIRMED"', async () => {
    const error = await rejection(
      env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'verified.user', ConfirmationCode: '123456' })),
    );
    expect(error).toBeInstanceOf(NotAuthorizedException);
    expect(error.message).toBe('User cannot be confirmed. Current status is CONFIRMED');
  });

  it('answers an unknown user with UserNotFound', async () => {
    const error = await rejection(
      env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'nobody', ConfirmationCode: '123456' })),
    );
    expect(error).toBeInstanceOf(UserNotFoundException);
  });

  it('ResendConfirmationCode sends a new code that replaces the old, with masked delivery details', async () => {
    const signedUp = await signUp('resend.user', 'resend.user@example.com');
    expect(signedUp.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'r***@e***' });
    const first = await code('resend.user@example.com');

    const output = await env.client.send(new ResendConfirmationCodeCommand({ ClientId: env.clientId, Username: 'resend.user' }));
    expect(output.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'r***@e***' });
    const outbox = await readOutbox(env.cognito.endpoint);
    expect(outbox.at(-1)).toMatchObject({ to: 'resend.user@example.com', operation: 'ResendConfirmationCode' });
    const second = outbox.at(-1)?.code ?? '';

    if (first !== second) {
      const stale = await rejection(
        env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'resend.user', ConfirmationCode: first })),
      );
      expect(stale).toBeInstanceOf(CodeMismatchException);
    }
    await env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'resend.user', ConfirmationCode: second }));
  });

  it('ResendConfirmationCode refuses a confirmed user and an unknown one as AWS does', async () => {
    const confirmed = await rejection(
      env.client.send(new ResendConfirmationCodeCommand({ ClientId: env.clientId, Username: 'verified.user' })),
    );
    expect(confirmed).toBeInstanceOf(InvalidParameterException);
    expect(confirmed.message).toBe('User is already confirmed.');
    const unknown = await rejection(
      env.client.send(new ResendConfirmationCodeCommand({ ClientId: env.clientId, Username: 'nobody' })),
    );
    expect(unknown).toBeInstanceOf(UserNotFoundException);
  });

  it('raises AliasExists when the email is another user\'s verified alias; ForceAliasCreation moves it', async () => {
    const ownerToken = await confirmedUser('alias.owner', 'shared@example.com');
    await signUp('alias.newcomer', 'shared@example.com');
    const confirmation = await code('shared@example.com');
    const input = { ClientId: env.clientId, Username: 'alias.newcomer', ConfirmationCode: confirmation };

    const error = await rejection(env.client.send(new ConfirmSignUpCommand(input)));
    expect(error).toBeInstanceOf(AliasExistsException);
    expect(error.message).toBe('An account with the given email already exists.');

    await env.client.send(new ConfirmSignUpCommand({ ...input, ForceAliasCreation: true }));
    expect(await getUser(await token('alias.newcomer'))).toMatchObject({ email: 'shared@example.com', email_verified: 'true' });
    expect(await getUser(ownerToken)).toMatchObject({ email_verified: 'false' });
    // The alias now signs the newcomer in.
    const byAlias = await signIn(env.cognito.endpoint, env.clientId, 'shared@example.com', password);
    expect(claimsOf(byAlias.AccessToken).username).toBe('alias.newcomer');
  });
});

describe('local Cognito: access tokens', () => {
  const { env, token } = useLocalCognito();

  const tokenOperations = (accessToken: string) => [
    new GetUserCommand({ AccessToken: accessToken }),
    new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: 'name', Value: 'X' }] }),
    new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: 'email' }),
    new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'email', Code: '123456' }),
  ];

  it('refuses a token with a bad signature, an ID token and a non-JWT: "Invalid Access Token"', async () => {
    const good = await token('verified.user');
    const [header, payload] = good.split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
    const idToken = (await signIn(env.cognito.endpoint, env.clientId, 'verified.user', password)).IdToken;
    for (const accessToken of [forged, idToken, 'abc']) {
      for (const command of tokenOperations(accessToken)) {
        const error = await rejection(env.client.send(command as GetUserCommand));
        expect(error).toBeInstanceOf(NotAuthorizedException);
        expect(error.message).toBe('Invalid Access Token');
      }
    }
  });

  it('refuses an expired token: "Access Token has expired"', async () => {
    const claims = claimsOf(await token('verified.user'));
    const expired = signedToken({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 });
    for (const command of tokenOperations(expired)) {
      const error = await rejection(env.client.send(command as GetUserCommand));
      expect(error).toBeInstanceOf(NotAuthorizedException);
      expect(error.message).toBe('Access Token has expired');
    }
  });

  it('accepts a valid token', async () => {
    const output = await env.client.send(new GetUserCommand({ AccessToken: await token('verified.user') }));
    expect(output.Username).toBe('verified.user');
  });
});

describe('local Cognito: attribute verification (verification before update)', () => {
  const { env, code, token, confirmedUser, getUser } = useLocalCognito();

  it('keeps a changed email pending until the code sent to the new address is verified', async () => {
    const accessToken = await confirmedUser('mover', 'old.mover@example.com');
    const update = await env.client.send(
      new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: 'email', Value: 'new.mover@example.com' }] }),
    );
    expect(update.CodeDeliveryDetailsList).toEqual([{ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'n***@e***' }]);
    expect(await getUser(accessToken)).toMatchObject({ email: 'old.mover@example.com', email_verified: 'true' });
    expect((await readOutbox(env.cognito.endpoint)).at(-1)).toMatchObject({ to: 'new.mover@example.com', operation: 'UpdateUserAttributes' });

    // Requesting a code again sends it to the pending value, not the active one.
    const again = await env.client.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: 'email' }),
    );
    expect(again.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'n***@e***' });
    expect((await readOutbox(env.cognito.endpoint)).at(-1)).toMatchObject({
      to: 'new.mover@example.com',
      operation: 'GetUserAttributeVerificationCode',
    });

    // Changing another attribute meanwhile applies at once and leaves the email pending.
    const other = await env.client.send(
      new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: 'name', Value: 'Mover' }] }),
    );
    expect(other.CodeDeliveryDetailsList).toEqual([]);

    await env.client.send(
      new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'email', Code: await code('new.mover@example.com') }),
    );
    expect(await getUser(accessToken)).toMatchObject({ email: 'new.mover@example.com', email_verified: 'true', name: 'Mover' });
  });

  it('sends a phone_number code by SMS to that number, masked, and verifies it', async () => {
    const accessToken = await token('phone.user');
    const output = await env.client.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: 'phone_number' }),
    );
    expect(output.CodeDeliveryDetails).toEqual({ AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0123' });
    const wrong = await rejection(
      env.client.send(new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'phone_number', Code: '0' })),
    );
    expect(wrong).toBeInstanceOf(CodeMismatchException);
    expect(wrong.message).toBe('Invalid verification code provided, please try again.');
    await env.client.send(
      new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'phone_number', Code: await code('+15555550123') }),
    );
    expect(await getUser(accessToken)).toMatchObject({ phone_number_verified: 'true', email: 'phone.user@example.com' });
  });

  it('raises AliasExists when verifying an email another user has verified', async () => {
    await confirmedUser('holder', 'taken@example.com');
    const accessToken = await confirmedUser('claimant', 'claimant@example.com');
    await env.client.send(
      new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: 'email', Value: 'taken@example.com' }] }),
    );
    const error = await rejection(
      env.client.send(
        new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'email', Code: await code('taken@example.com') }),
      ),
    );
    expect(error).toBeInstanceOf(AliasExistsException);
    expect(error.message).toBe('An account with the given email already exists.');
    expect(await getUser(accessToken)).toMatchObject({ email: 'claimant@example.com' });
  });
});

describe('local Cognito: unverified path (pool no-keep-original)', () => {
  const { env, code, confirmedUser, getUser } = useLocalCognito({ pool: 'no-keep-original' });

  it('applies a new email at once, unverified, until its code is verified', async () => {
    const accessToken = await confirmedUser('direct', 'direct@example.com');
    const update = await env.client.send(
      new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: 'email', Value: 'direct.new@example.com' }] }),
    );
    expect(update.CodeDeliveryDetailsList).toEqual([{ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'd***@e***' }]);
    expect(await getUser(accessToken)).toMatchObject({ email: 'direct.new@example.com', email_verified: 'false' });
    await env.client.send(
      new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'email', Code: await code('direct.new@example.com') }),
    );
    expect(await getUser(accessToken)).toMatchObject({ email: 'direct.new@example.com', email_verified: 'true' });
  });
});

describe('local Cognito: code lifetime (codeLifetimeMs: 300)', () => {
  const { env, code, token } = useLocalCognito({ codeLifetimeMs: 300 });

  it('expires sign-up and attribute codes: ExpiredCode "please request a code again"', async () => {
    const accessToken = await token('verified.user');
    await env.client.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: 'email' }));
    const attributeCode = await code('verified.user@example.com', 'GetUserAttributeVerificationCode');
    const signUpCode = await code('pending.user@example.com');
    await new Promise((resolve) => setTimeout(resolve, 350));

    const confirm = await rejection(
      env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'pending.user', ConfirmationCode: signUpCode })),
    );
    expect(confirm).toBeInstanceOf(ExpiredCodeException);
    expect(confirm.message).toBe('Invalid code provided, please request a code again.');
    const verify = await rejection(
      env.client.send(new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'email', Code: attributeCode })),
    );
    expect(verify).toBeInstanceOf(ExpiredCodeException);

    // A new code works again.
    await env.client.send(new ResendConfirmationCodeCommand({ ClientId: env.clientId, Username: 'pending.user' }));
    await env.client.send(
      new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'pending.user', ConfirmationCode: await code('pending.user@example.com') }),
    );
  });
});

describe('local Cognito: attempt limits (maxCodeAttempts: 2, lockoutMs: 400)', () => {
  const lockoutMs = 400;
  const { env, code, token } = useLocalCognito({ maxCodeAttempts: 2, lockoutMs });

  it('ConfirmSignUp: TooManyFailedAttempts for the lockout window, even for a new code; then the code works', async () => {
    const input = { ClientId: env.clientId, Username: 'pending.user' };
    for (let i = 0; i < 2; i++) {
      const error = await rejection(env.client.send(new ConfirmSignUpCommand({ ...input, ConfirmationCode: 'wrong' })));
      expect(error).toBeInstanceOf(CodeMismatchException);
    }
    const lockedAt = Date.now();
    const right = await code('pending.user@example.com');
    const locked = await rejection(env.client.send(new ConfirmSignUpCommand({ ...input, ConfirmationCode: right })));
    expect(locked).toBeInstanceOf(TooManyFailedAttemptsException);
    // A new code does not lift the lockout: only time does.
    await env.client.send(new ResendConfirmationCodeCommand(input));
    const fresh = await code('pending.user@example.com');
    const stillLocked = await rejection(env.client.send(new ConfirmSignUpCommand({ ...input, ConfirmationCode: fresh })));
    expect(stillLocked).toBeInstanceOf(TooManyFailedAttemptsException);

    await new Promise((resolve) => setTimeout(resolve, lockoutMs - (Date.now() - lockedAt) + 50));
    await env.client.send(new ConfirmSignUpCommand({ ...input, ConfirmationCode: fresh }));
  });

  it('VerifyUserAttribute: LimitExceeded "Attempt limit exceeded" after the limit', async () => {
    const accessToken = await token('verified.user');
    await env.client.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: 'email' }));
    const input = { AccessToken: accessToken, AttributeName: 'email' };
    for (let i = 0; i < 2; i++) {
      const error = await rejection(env.client.send(new VerifyUserAttributeCommand({ ...input, Code: 'wrong' })));
      expect(error).toBeInstanceOf(CodeMismatchException);
    }
    const right = await code('verified.user@example.com', 'GetUserAttributeVerificationCode');
    const locked = await rejection(env.client.send(new VerifyUserAttributeCommand({ ...input, Code: right })));
    expect(locked).toBeInstanceOf(LimitExceededException);
    expect(locked.message).toBe('Attempt limit exceeded, please try after some time.');
  });
});

describe('local Cognito: password reset (ForgotPassword, ConfirmForgotPassword)', () => {
  const { env, code, confirmedUser } = useLocalCognito();
  const newPassword = 'N3w-Passw0rd!';
  const forgot = (username: string) => env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: username }));
  const confirm = (username: string, confirmationCode: string, password = newPassword) =>
    env.client.send(
      new ConfirmForgotPasswordCommand({ ClientId: env.clientId, Username: username, ConfirmationCode: confirmationCode, Password: password }),
    );

  it('sends the code to the verified email, by user name or verified alias: outbox operation ForgotPassword, destination masked', async () => {
    await confirmedUser('reset.sent', 'reset.sent@example.com');
    for (const name of ['reset.sent', 'reset.sent@example.com']) {
      const output = await forgot(name);
      expect(output.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'r***@e***' });
      expect((await readOutbox(env.cognito.endpoint)).at(-1)).toMatchObject({
        to: 'reset.sent@example.com',
        medium: 'EMAIL',
        operation: 'ForgotPassword',
        code: expect.stringMatching(/^\d{6}$/),
      });
    }
  });

  it('wrong code → CodeMismatch; weak password → InvalidPassword, code kept; then the new password signs in, the old does not; the code is single-use', async () => {
    await confirmedUser('reset.done', 'reset.done@example.com');
    await forgot('reset.done');
    const right = await code('reset.done@example.com', 'ForgotPassword');

    const wrong = await rejection(confirm('reset.done', right === '000000' ? '111111' : '000000'));
    expect(wrong).toBeInstanceOf(CodeMismatchException);
    expect(wrong.message).toBe('Invalid verification code provided, please try again.');
    const weak = await rejection(confirm('reset.done', right, 'short'));
    expect(weak).toBeInstanceOf(InvalidPasswordException);
    expect(weak.message).toBe('Password did not conform with policy: Password not long enough');

    await confirm('reset.done', right);
    await expect(signIn(env.cognito.endpoint, env.clientId, 'reset.done', newPassword)).resolves.toHaveProperty('AccessToken');
    await expect(signIn(env.cognito.endpoint, env.clientId, 'reset.done', password)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    const reused = await rejection(confirm('reset.done', right, 'An0ther-Passw0rd!'));
    expect(reused).toBeInstanceOf(ExpiredCodeException);
    expect(reused.message).toBe('Invalid code provided, please request a code again.');
  });

  it('lets each demo user with a verified email reset', async () => {
    for (const name of ['verified.user', 'phone.user', 'moving.user']) {
      const output = await forgot(name);
      expect(output.CodeDeliveryDetails, name).toMatchObject({ DeliveryMedium: 'EMAIL', Destination: `${name.charAt(0)}***@e***` });
    }
  });

  it('answers a user with no verified contact (unverified email, unconfirmed) with InvalidParameter', async () => {
    for (const name of ['unverified.user', 'pending.user']) {
      const error = await rejection(forgot(name));
      expect(error, name).toBeInstanceOf(InvalidParameterException);
      expect(error.message).toBe('Cannot reset password for the user as there is no registered/verified email or phone_number');
    }
  });

  it('answers an unknown user with UserNotFound on both (no PreventUserExistenceErrors)', async () => {
    expect(await rejection(forgot('nobody'))).toBeInstanceOf(UserNotFoundException);
    expect(await rejection(confirm('nobody', '123456'))).toBeInstanceOf(UserNotFoundException);
  });

  it('refuses a disabled user and one that must change a temporary password with NotAuthorized', async () => {
    const UserPoolId = env.cognito.config.userPoolId;
    await confirmedUser('reset.disabled', 'reset.disabled@example.com');
    await env.client.send(new AdminDisableUserCommand({ UserPoolId, Username: 'reset.disabled' }));
    const disabled = await rejection(forgot('reset.disabled'));
    expect(disabled).toBeInstanceOf(NotAuthorizedException);
    expect(disabled.message).toBe('User is disabled.');

    await confirmedUser('reset.temporary', 'reset.temporary@example.com');
    await env.client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: 'reset.temporary', Password: 'Temp-0rary!', Permanent: false }));
    const temporary = await rejection(forgot('reset.temporary'));
    expect(temporary).toBeInstanceOf(NotAuthorizedException);
    expect(temporary.message).toBe('User password cannot be reset in the current state.');
  });

  it('limits requests: the 6th ForgotPassword in an hour gets LimitExceeded', async () => {
    await confirmedUser('reset.often', 'reset.often@example.com');
    for (let i = 0; i < 5; i++) await forgot('reset.often');
    const error = await rejection(forgot('reset.often'));
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.message).toBe('Attempt limit exceeded, please try after some time.');
    expect((await readOutbox(env.cognito.endpoint)).filter((m) => m.to === 'reset.often@example.com' && m.operation === 'ForgotPassword')).toHaveLength(5);
  });
});

describe('local Cognito: password reset with PreventUserExistenceErrors ENABLED', () => {
  const { env } = useLocalCognito({ pool: { ...resolvePool('alias'), preventUserExistenceErrors: true } });

  it('answers ForgotPassword for an unknown user with a simulated, masked, repeatable delivery and sends nothing', async () => {
    const before = (await readOutbox(env.cognito.endpoint)).length;
    const first = await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'nobody' }));
    expect(first.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: expect.stringMatching(/^n\*\*\*@[a-z]\*\*\*$/) });
    const again = await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'nobody' }));
    expect(again.CodeDeliveryDetails).toEqual(first.CodeDeliveryDetails);
    const email = await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'ghost@example.com' }));
    expect(email.CodeDeliveryDetails?.Destination).toBe('g***@e***');
    expect(await readOutbox(env.cognito.endpoint)).toHaveLength(before);
  });

  it('answers ConfirmForgotPassword for an unknown user with CodeMismatch; a known user resets as usual', async () => {
    const unknown = await rejection(
      env.client.send(new ConfirmForgotPasswordCommand({ ClientId: env.clientId, Username: 'nobody', ConfirmationCode: '123456', Password: 'N3w-Passw0rd!' })),
    );
    expect(unknown).toBeInstanceOf(CodeMismatchException);
    await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'verified.user' }));
    const right = await latestCode(env.cognito.endpoint, 'verified.user@example.com', 'ForgotPassword');
    await env.client.send(
      new ConfirmForgotPasswordCommand({ ClientId: env.clientId, Username: 'verified.user', ConfirmationCode: right, Password: 'N3w-Passw0rd!' }),
    );
    await expect(signIn(env.cognito.endpoint, env.clientId, 'verified.user', 'N3w-Passw0rd!')).resolves.toHaveProperty('AccessToken');
  });
});

describe('local Cognito: password reset code lifetime (forgotPasswordCodeLifetimeMs: 300)', () => {
  const { env, code } = useLocalCognito({ forgotPasswordCodeLifetimeMs: 300 });

  it('expires a reset code after its own lifetime while a sign-up code (24 h) stays valid', async () => {
    await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'verified.user' }));
    const resetCode = await code('verified.user@example.com', 'ForgotPassword');
    await new Promise((resolve) => setTimeout(resolve, 350));
    const expired = await rejection(
      env.client.send(new ConfirmForgotPasswordCommand({ ClientId: env.clientId, Username: 'verified.user', ConfirmationCode: resetCode, Password: 'N3w-Passw0rd!' })),
    );
    expect(expired).toBeInstanceOf(ExpiredCodeException);
    expect(expired.message).toBe('Invalid code provided, please request a code again.');
    await env.client.send(
      new ConfirmSignUpCommand({ ClientId: env.clientId, Username: 'pending.user', ConfirmationCode: await code('pending.user@example.com') }),
    );
  });
});

describe('local Cognito: password reset attempt limit (maxCodeAttempts: 2)', () => {
  const { env, code } = useLocalCognito({ maxCodeAttempts: 2, lockoutMs: 60_000 });

  it('ConfirmForgotPassword: LimitExceeded "Attempt limit exceeded" after the limit, even for the right code', async () => {
    await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'phone.user' }));
    const right = await code('phone.user@example.com', 'ForgotPassword');
    const input = { ClientId: env.clientId, Username: 'phone.user', Password: 'N3w-Passw0rd!' };
    for (let i = 0; i < 2; i++) {
      const error = await rejection(env.client.send(new ConfirmForgotPasswordCommand({ ...input, ConfirmationCode: 'wrong' })));
      expect(error).toBeInstanceOf(CodeMismatchException);
    }
    const locked = await rejection(env.client.send(new ConfirmForgotPasswordCommand({ ...input, ConfirmationCode: right })));
    expect(locked).toBeInstanceOf(LimitExceededException);
    expect(locked.message).toBe('Attempt limit exceeded, please try after some time.');
  });
});

describe('local Cognito: password reset with a client secret (pool secret)', () => {
  const { env, code } = useLocalCognito({ pool: 'secret' });

  it('needs the SecretHash on both operations', async () => {
    const { clientId, clientSecret = '' } = env.cognito.config;
    const missing = await rejection(env.client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'verified.user' })));
    expect(missing).toBeInstanceOf(NotAuthorizedException);
    expect(missing.message).toBe(`Client ${clientId} is configured for secret but secret was not received`);

    const SecretHash = secretHash('verified.user', clientId, clientSecret);
    await env.client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: 'verified.user', SecretHash }));
    const input = { ClientId: clientId, Username: 'verified.user', ConfirmationCode: await code('verified.user@example.com', 'ForgotPassword'), Password: 'N3w-Passw0rd!' };
    const wrong = await rejection(env.client.send(new ConfirmForgotPasswordCommand({ ...input, SecretHash: secretHash('someone.else', clientId, clientSecret) })));
    expect(wrong).toBeInstanceOf(NotAuthorizedException);
    expect(wrong.message).toBe(`Unable to verify secret hash for client ${clientId}`);
    await env.client.send(new ConfirmForgotPasswordCommand({ ...input, SecretHash }));
    await expect(signIn(env.cognito.endpoint, clientId, 'verified.user', 'N3w-Passw0rd!', clientSecret)).resolves.toHaveProperty('AccessToken');
  });
});

describe('local Cognito: password history (PasswordHistorySize: 2)', () => {
  const alias = resolvePool('alias');
  const { env, code } = useLocalCognito({ pool: { ...alias, passwordPolicy: { ...alias.passwordPolicy, PasswordHistorySize: 2 } } });

  it('refuses the current and the previous password with PasswordHistoryPolicyViolation, then allows an older one', async () => {
    const reset = async (newPassword: string) => {
      await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'verified.user' }));
      const ConfirmationCode = await code('verified.user@example.com', 'ForgotPassword');
      return env.client.send(
        new ConfirmForgotPasswordCommand({ ClientId: env.clientId, Username: 'verified.user', ConfirmationCode, Password: newPassword }),
      );
    };
    expect(await rejection(reset(password))).toBeInstanceOf(PasswordHistoryPolicyViolationException);
    await reset('Second-Passw0rd!');
    expect(await rejection(reset(password))).toBeInstanceOf(PasswordHistoryPolicyViolationException);
    await reset('Third-Passw0rd!');
    await reset(password);
    await expect(signIn(env.cognito.endpoint, env.clientId, 'verified.user', password)).resolves.toHaveProperty('AccessToken');
  });
});

describe('local Cognito: where the reset code goes (pool phone)', () => {
  /** A user whose phone number (by the sign-up code) and email are both verified. */
  const bothVerified = async (env: { cognito: LocalCognito; client: CognitoIdentityProviderClient; clientId: string }, name: string, phone: string) => {
    const email = `${name}@example.com`;
    await env.client.send(
      new SignUpCommand({
        ClientId: env.clientId,
        Username: name,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }, { Name: 'phone_number', Value: phone }],
      }),
    );
    const smsCode = await latestCode(env.cognito.endpoint, phone);
    await env.client.send(new ConfirmSignUpCommand({ ClientId: env.clientId, Username: name, ConfirmationCode: smsCode }));
    const { AccessToken } = await signIn(env.cognito.endpoint, env.clientId, name, password);
    await env.client.send(new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'email' }));
    const Code = await latestCode(env.cognito.endpoint, email, 'GetUserAttributeVerificationCode');
    await env.client.send(new VerifyUserAttributeCommand({ AccessToken, AttributeName: 'email', Code }));
  };

  describe('the presets: verified email first, then verified phone', () => {
    const { env } = useLocalCognito({ pool: 'phone' });

    it('sends by email to a user with both verified', async () => {
      await bothVerified(env, 'both.preset', '+15555550177');
      const output = await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'both.preset' }));
      expect(output.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'b***@e***' });
    });
  });

  describe('no AccountRecoverySetting: AWS legacy order, verified phone first', () => {
    const { env } = useLocalCognito({ pool: { ...resolvePool('phone'), recoveryMechanisms: undefined } });

    it('sends by SMS to a user with both verified', async () => {
      await bothVerified(env, 'both.legacy', '+15555550188');
      const output = await env.client.send(new ForgotPasswordCommand({ ClientId: env.clientId, Username: 'both.legacy' }));
      expect(output.CodeDeliveryDetails).toEqual({ AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0188' });
      expect((await readOutbox(env.cognito.endpoint)).at(-1)).toMatchObject({ to: '+15555550188', medium: 'SMS', operation: 'ForgotPassword' });
    });
  });
});
