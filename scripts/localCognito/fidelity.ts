import { createHash } from 'node:crypto';
import { CognitoError as LocalCognitoError, UnsupportedError } from 'cognito-local/lib/errors.js';
import { Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { DeliveryDetails } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';
import { selectAppropriateDeliveryMethod } from 'cognito-local/lib/services/messageDelivery/deliveryMethod.js';
import { USER_POOL_AWS_DEFAULTS } from 'cognito-local/lib/services/cognitoService.js';
import {
  attributeValue,
  attributesAppend,
  splitImmediateAndDelayedAttributes,
  validatePermittedAttributeChanges,
  type User,
  type UserPoolService,
} from 'cognito-local/lib/services/userPoolService.js';
import { isSupportedTarget } from 'cognito-local/lib/targets/Target.js';
import { decodeClaims, verifyAccessToken, type AccessTokenClaims } from './accessToken.ts';
import { CodeBook, currentOperation, maskDestination } from './codes.ts';
import { passwordRules, type PasswordRuleName } from '../../src/cognito/passwordPolicy.ts';
import { ApiError, awsMessage } from './errors.ts';
import type { Faults } from './faults.ts';
import type { PasswordPolicy, RecoveryOption } from './pool.ts';
import { secretHash } from './secretHash.ts';
import { Sessions } from './sessions.ts';
import { validateRequest } from './validation.ts';

export type Body = Record<string, unknown>;
export type Handle = (operation: string, body: Body) => Promise<Body>;

/** cognito-local wants a pino-like logger; its logs (which include whole user records) are dropped. */
const silentLogger: Context['logger'] = {
  child: () => silentLogger,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
export const silentContext: Context = { logger: silentLogger };

const verifiableAttributes = ['email', 'phone_number'] as const;
type VerifiableAttribute = (typeof verifiableAttributes)[number];
const isVerifiable = (name: string): name is VerifiableAttribute =>
  (verifiableAttributes as readonly string[]).includes(name);

function delivery(attributeName: VerifiableAttribute, destination: string): DeliveryDetails {
  return attributeName === 'email'
    ? { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: destination }
    : { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: destination };
}

const sameValue = (attribute: string, a: string | undefined, b: string) =>
  a !== undefined && (attribute === 'email' ? a.toLowerCase() === b.toLowerCase() : a === b);

/** Attributes that act as sign-in aliases, so a verified value may belong to one user only. */
function aliasAttributes(pool: UserPoolService): string[] {
  return [...(pool.options.AliasAttributes ?? []), ...(pool.options.UsernameAttributes ?? [])];
}

/** Cognito's wording for each password rule a new password breaks (InvalidPasswordException). */
function passwordProblem(policy: PasswordPolicy | undefined, password: string): string | undefined {
  const broken = policy && passwordRules(policy, password).find((rule) => !rule.met);
  return broken ? `Password did not conform with policy: ${passwordProblems[broken.rule]}` : undefined;
}

const passwordProblems: Record<PasswordRuleName, string> = {
  minLength: 'Password not long enough',
  lowercase: 'Password must have lowercase characters',
  uppercase: 'Password must have uppercase characters',
  number: 'Password must have numeric characters',
  symbol: 'Password must have symbol characters',
};

/**
 * Where ForgotPassword sends the code: the first verified contact in the pool's recovery order.
 * Without an AccountRecoverySetting AWS's legacy order applies: a verified phone, then email.
 */
function recoveryDelivery(mechanisms: RecoveryOption[] | undefined, user: User): DeliveryDetails | undefined {
  const order = mechanisms
    ? [...mechanisms].sort((a, b) => a.Priority - b.Priority).map((m) => m.Name)
    : ['verified_phone_number', 'verified_email'];
  for (const mechanism of order) {
    const name = mechanism === 'verified_email' ? 'email' : mechanism === 'verified_phone_number' ? 'phone_number' : undefined;
    if (!name) continue;
    const value = attributeValue(name, user.Attributes);
    if (value && attributeValue(`${name}_verified`, user.Attributes) === 'true') return delivery(name, value);
  }
  return undefined;
}

/** The delivery AWS pretends to make for an unknown user when user existence errors are prevented. */
function simulatedDelivery(username: string): DeliveryDetails {
  if (username.includes('@')) return delivery('email', username);
  // The same made-up address for the same name, so repeated requests answer alike.
  const domain = 'abcdefghijklmnopqrstuvwxyz'.charAt(createHash('sha256').update(username).digest()[0] as number % 26);
  return delivery('email', `${username}@${domain}.invalid`);
}

const hashPassword = (password: string) => createHash('sha256').update(password).digest('base64');

/** Where each client operation carries the user name and the SecretHash. */
function secretHashInput(operation: string, body: Body): { username?: string; hash?: string } | undefined {
  switch (operation) {
    case 'SignUp':
    case 'ConfirmSignUp':
    case 'ResendConfirmationCode':
    case 'ForgotPassword':
    case 'ConfirmForgotPassword':
      return { username: body.Username as string, hash: body.SecretHash as string | undefined };
    case 'InitiateAuth': {
      const params = (body.AuthParameters ?? {}) as Record<string, string>;
      return { username: params.USERNAME, hash: params.SECRET_HASH };
    }
    default:
      return undefined;
  }
}

function maskDeliveryDetails(details: unknown): unknown {
  if (typeof details !== 'object' || details === null) return details;
  const d = details as { Destination?: unknown };
  return typeof d.Destination === 'string' ? { ...d, Destination: maskDestination(d.Destination) } : d;
}

/** Cognito never returns a destination in full. cognito-local does; mask it on the way out. */
function maskResponse(output: Body): Body {
  const masked = { ...output };
  if (masked.CodeDeliveryDetails) masked.CodeDeliveryDetails = maskDeliveryDetails(masked.CodeDeliveryDetails);
  if (Array.isArray(masked.CodeDeliveryDetailsList)) {
    masked.CodeDeliveryDetailsList = masked.CodeDeliveryDetailsList.map(maskDeliveryDetails);
  }
  return masked;
}

/** cognito-local's own errors become wire errors; anything else stays an internal error. */
function translate(error: unknown): unknown {
  if (error instanceof UnsupportedError) {
    return new ApiError('InvalidParameterException', `Not supported by cognito-local 5.3.0: ${error.message}`);
  }
  if (error instanceof LocalCognitoError) {
    const code = (error as LocalCognitoError & { code: string }).code;
    return new ApiError(code, error.message);
  }
  return error;
}

export interface FidelityOptions {
  /** The pool's password rules, checked on SignUp and ConfirmForgotPassword (cognito-local checks none). */
  passwordPolicy?: PasswordPolicy;
  /** ForgotPassword requests one user may make in an hour; more get LimitExceeded. Default 5. */
  forgotPasswordRequestsPerHour?: number;
}

const hourMs = 60 * 60 * 1000;

/**
 * The fidelity layer: cognito-local's Router, wrapped so each operation the kit uses answers
 * the way real Cognito does (see "Local Cognito" in DESIGN.md). Order per request: injected
 * fault → input validation → access-token verification (and revocation) → the app client's
 * SecretHash → the operation.
 */
export function createFidelityLayer(services: Services, codes: CodeBook, faults: Faults, options: FidelityOptions = {}): Handle {
  const router = Router(services);
  const ctx = silentContext;
  const { cognito } = services;
  const sessions = new Sessions();
  /** ForgotPassword request times per user, and the hashes of each user's recent passwords. */
  const resetRequests = new Map<string, number[]>();
  const passwordHistory = new Map<string, string[]>();

  async function delegate(operation: string, body: Body): Promise<Body> {
    return (await router(operation)(ctx, body)) as Body;
  }

  /**
   * The user a name identifies: the user name itself, a `UsernameAttributes` value or the sub
   * (cognito-local's lookup), or a *verified* alias. An unverified alias identifies nobody.
   */
  async function lookUp(pool: UserPoolService, name: string): Promise<User | undefined> {
    const direct = await pool.getUserByUsername(ctx, name);
    if (direct) return direct;
    const aliases = pool.options.AliasAttributes ?? [];
    if (aliases.length === 0) return undefined;
    const users = await pool.listUsers(ctx);
    return users.find((u) =>
      aliases.some(
        (a) => sameValue(a, attributeValue(a, u.Attributes), name) && attributeValue(`${a}_verified`, u.Attributes) === 'true',
      ),
    );
  }

  async function findUser(pool: UserPoolService, username: string): Promise<User> {
    const user = await lookUp(pool, username);
    if (!user) throw new ApiError('UserNotFoundException', awsMessage.userNotFoundByUsername);
    return user;
  }

  async function tokenUser(claims: AccessTokenClaims): Promise<{ pool: UserPoolService; user: User }> {
    const pool = await cognito.getUserPoolForClientId(ctx, claims.client_id);
    const user = await pool.getUserByUsername(ctx, claims.username);
    if (!user) throw new ApiError('UserNotFoundException', awsMessage.userDoesNotExist);
    return { pool, user };
  }

  /** Another user who holds `value` as a verified alias, if any. */
  async function aliasOwner(pool: UserPoolService, attribute: string, value: string, self: User) {
    if (!aliasAttributes(pool).includes(attribute)) return undefined;
    const users = await pool.listUsers(ctx);
    return users.find(
      (u) =>
        u.Username !== self.Username &&
        sameValue(attribute, attributeValue(attribute, u.Attributes), value) &&
        attributeValue(`${attribute}_verified`, u.Attributes) === 'true',
    );
  }

  /** A verification code for one attribute, by email or SMS as the attribute calls for. */
  async function sendAttributeCode(
    pool: UserPoolService,
    user: User,
    name: VerifiableAttribute,
    destination: string,
    clientMetadata: unknown,
  ): Promise<DeliveryDetails> {
    const details = delivery(name, destination);
    await services.messages.deliver(
      ctx,
      'VerifyUserAttribute',
      null,
      pool.options.Id as string,
      user,
      services.otp(),
      clientMetadata as Record<string, string> | undefined,
      details,
    );
    return details;
  }

  /** Throws Cognito's answer unless `submitted` is the code in force; a lockout answers `whenLocked`. */
  function checkCode(key: string, submitted: string, whenLocked = new ApiError('LimitExceededException', awsMessage.attemptLimit)) {
    switch (codes.check(key, submitted)) {
      case 'locked':
        throw whenLocked;
      case 'expired':
        throw new ApiError('ExpiredCodeException', awsMessage.expiredCode);
      case 'mismatch':
        throw new ApiError('CodeMismatchException', awsMessage.codeMismatch);
    }
  }

  /** Missing or wrong SecretHash for an app client with a secret: NotAuthorized, in Cognito's words. */
  async function checkSecretHash(clientId: unknown, input: { username?: string; hash?: string }): Promise<void> {
    if (typeof clientId !== 'string') return;
    const client = await cognito.getAppClient(ctx, clientId);
    if (!client?.ClientSecret) return;
    if (input.hash === undefined) throw new ApiError('NotAuthorizedException', awsMessage.secretNotReceived(clientId));
    if (input.username === undefined || input.hash !== secretHash(input.username, clientId, client.ClientSecret)) {
      throw new ApiError('NotAuthorizedException', awsMessage.secretHashMismatch(clientId));
    }
  }

  const custom: Record<string, (body: Body, claims: AccessTokenClaims | undefined) => Promise<Body>> = {
    async ConfirmSignUp(body) {
      const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
      const user = await findUser(pool, body.Username as string);
      // cognito-local answers an already-confirmed user with ExpiredCode; Cognito refuses it.
      if (user.UserStatus !== 'UNCONFIRMED') {
        throw new ApiError('NotAuthorizedException', awsMessage.cannotBeConfirmed(user.UserStatus ?? 'UNKNOWN'));
      }
      const key = CodeBook.key(pool.options.Id as string, user.Username, 'signUp');
      const issued = codes.get(key);
      checkCode(key, body.ConfirmationCode as string, new ApiError('TooManyFailedAttemptsException', awsMessage.tooManyFailedAttempts));
      // Confirming verifies the attribute the code went to, which becomes a sign-in alias.
      const attribute = issued?.attributeName ?? 'email';
      const value = attributeValue(attribute, user.Attributes);
      const owner = value === undefined ? undefined : await aliasOwner(pool, attribute, value, user);
      if (owner) {
        if (body.ForceAliasCreation !== true) throw new ApiError('AliasExistsException', awsMessage.aliasExists);
        // ForceAliasCreation moves the alias: the previous owner keeps the value, unverified.
        await pool.saveUser(ctx, {
          ...owner,
          Attributes: attributesAppend(owner.Attributes, { Name: `${attribute}_verified`, Value: 'false' }),
        });
      }
      await delegate('ConfirmSignUp', { ...body, Username: user.Username, ConfirmationCode: user.ConfirmationCode });
      const confirmed = await findUser(pool, user.Username);
      await pool.saveUser(ctx, {
        ...confirmed,
        Attributes: attributesAppend(confirmed.Attributes, { Name: `${attribute}_verified`, Value: 'true' }),
      });
      codes.clear(key);
      return {};
    },

    // Missing from cognito-local (it answers 500).
    async ResendConfirmationCode(body) {
      const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
      const user = await findUser(pool, body.Username as string);
      if (user.UserStatus === 'CONFIRMED') {
        throw new ApiError('InvalidParameterException', awsMessage.alreadyConfirmedForResend);
      }
      const details = selectAppropriateDeliveryMethod(pool.options.AutoVerifiedAttributes ?? [], user);
      if (!details) throw new ApiError('InvalidParameterException', 'User has no attribute to send a code to.');
      const code = services.otp();
      await pool.saveUser(ctx, { ...user, ConfirmationCode: code });
      await services.messages.deliver(
        ctx,
        'ResendCode',
        body.ClientId as string,
        pool.options.Id as string,
        user,
        code,
        body.ClientMetadata as Record<string, string> | undefined,
        details,
      );
      return { CodeDeliveryDetails: details };
    },

    // cognito-local sends to any email, verified or not (a user without one gets a 500), never
    // by SMS, and finds no user by alias.
    async ForgotPassword(body) {
      const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
      const client = await cognito.getAppClient(ctx, body.ClientId as string);
      const user = await lookUp(pool, body.Username as string);
      if (!user) {
        if (client?.PreventUserExistenceErrors === 'ENABLED') return { CodeDeliveryDetails: simulatedDelivery(String(body.Username)) };
        throw new ApiError('UserNotFoundException', awsMessage.userNotFoundByUsername);
      }
      if (!user.Enabled) throw new ApiError('NotAuthorizedException', awsMessage.userDisabled);
      if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') throw new ApiError('NotAuthorizedException', awsMessage.cannotResetInState);
      const mechanisms = pool.options.AccountRecoverySetting?.RecoveryMechanisms as RecoveryOption[] | undefined;
      const details = recoveryDelivery(mechanisms, user);
      if (!details) throw new ApiError('InvalidParameterException', awsMessage.noRecoveryContact);
      const key = CodeBook.key(pool.options.Id as string, user.Username, 'forgotPassword');
      const now = Date.now();
      const recent = (resetRequests.get(key) ?? []).filter((t) => now - t < hourMs);
      if (recent.length >= (options.forgotPasswordRequestsPerHour ?? 5)) {
        resetRequests.set(key, recent);
        throw new ApiError('LimitExceededException', awsMessage.attemptLimit);
      }
      resetRequests.set(key, [...recent, now]);
      await services.messages.deliver(
        ctx,
        'ForgotPassword',
        body.ClientId as string,
        pool.options.Id as string,
        user,
        services.otp(),
        body.ClientMetadata as Record<string, string> | undefined,
        details,
      );
      return { CodeDeliveryDetails: details };
    },

    // cognito-local compares the user record's one code (never expiring, no attempt limit),
    // checks no password policy and confirms any user.
    async ConfirmForgotPassword(body) {
      const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
      const client = await cognito.getAppClient(ctx, body.ClientId as string);
      const user = await lookUp(pool, body.Username as string);
      if (!user) {
        if (client?.PreventUserExistenceErrors === 'ENABLED') throw new ApiError('CodeMismatchException', awsMessage.codeMismatch);
        throw new ApiError('UserNotFoundException', awsMessage.userNotFoundByUsername);
      }
      if (!user.Enabled) throw new ApiError('NotAuthorizedException', awsMessage.userDisabled);
      const key = CodeBook.key(pool.options.Id as string, user.Username, 'forgotPassword');
      checkCode(key, body.ConfirmationCode as string);
      // The code is checked first and stays usable when the new password is refused.
      const password = String(body.Password);
      const problem = passwordProblem(options.passwordPolicy, password);
      if (problem) throw new ApiError('InvalidPasswordException', problem);
      const historySize = options.passwordPolicy?.PasswordHistorySize ?? 0;
      const historyKey = JSON.stringify([pool.options.Id, user.Username]);
      const recent = [...(passwordHistory.get(historyKey) ?? []), hashPassword(user.Password)].slice(-historySize);
      if (historySize > 0 && recent.includes(hashPassword(password))) {
        throw new ApiError('PasswordHistoryPolicyViolationException', 'The password was used recently; choose a different one.');
      }
      if (historySize > 0) passwordHistory.set(historyKey, recent);
      await pool.saveUser(ctx, {
        ...user,
        Password: password,
        UserStatus: user.UserStatus === 'RESET_REQUIRED' ? 'CONFIRMED' : user.UserStatus,
        UserLastModifiedDate: services.clock.get(),
      });
      codes.clear(key);
      return {};
    },

    // cognito-local ignores AttributeName (it sends to whichever contact it prefers) and
    // returns no CodeDeliveryDetails.
    async GetUserAttributeVerificationCode(body, claims) {
      const { pool, user } = await tokenUser(claims as AccessTokenClaims);
      const name = body.AttributeName as string;
      if (!isVerifiable(name)) {
        throw new ApiError('InvalidParameterException', `Attribute ${name} cannot be verified.`);
      }
      // A pending change (verification before update) is what the code is for.
      const destination = attributeValue(name, user.UnverifiedAttributeChanges) ?? attributeValue(name, user.Attributes);
      if (!destination) throw new ApiError('InvalidParameterException', `User has no ${name} to verify.`);
      return { CodeDeliveryDetails: await sendAttributeCode(pool, user, name, destination, body.ClientMetadata) };
    },

    // Reimplemented: cognito-local keeps one code for all attributes, never expires or limits
    // it, and applies *every* pending change whichever attribute is verified.
    async VerifyUserAttribute(body, claims) {
      const { pool, user } = await tokenUser(claims as AccessTokenClaims);
      const name = body.AttributeName as string;
      const key = CodeBook.key(pool.options.Id as string, user.Username, name);
      checkCode(key, body.Code as string);
      const value = attributeValue(name, user.UnverifiedAttributeChanges) ?? attributeValue(name, user.Attributes);
      if (value !== undefined && (await aliasOwner(pool, name, value, user))) {
        throw new ApiError('AliasExistsException', awsMessage.aliasExists);
      }
      const verifiedName = `${name}_verified`;
      const stillPending = (user.UnverifiedAttributeChanges ?? []).filter(
        (a) => a.Name !== name && a.Name !== verifiedName,
      );
      await pool.saveUser(ctx, {
        ...user,
        Attributes: attributesAppend(
          user.Attributes,
          ...(value === undefined ? [] : [{ Name: name, Value: value }]),
          { Name: verifiedName, Value: 'true' },
        ),
        UnverifiedAttributeChanges: stillPending.length > 0 ? stillPending : undefined,
        AttributeVerificationCode: undefined,
      });
      codes.clear(key);
      return {};
    },

    // Reimplemented: cognito-local replaces the whole list of pending changes on every update
    // (changing `name` would drop a pending email), and sends one code to whichever contact it
    // prefers (a new phone number's code went by email).
    async UpdateUserAttributes(body, claims) {
      const { pool, user } = await tokenUser(claims as AccessTokenClaims);
      const requested = validatePermittedAttributeChanges(
        body.UserAttributes as { Name: string; Value?: string }[],
        pool.options.SchemaAttributes ?? USER_POOL_AWS_DEFAULTS.SchemaAttributes ?? [],
      );
      const [immediate, delayed] = splitImmediateAndDelayedAttributes(
        requested,
        pool.options.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate,
      );
      const changed = new Set(requested.map((a) => a.Name));
      const untouched = (user.UnverifiedAttributeChanges ?? []).filter(
        (a) => !changed.has(a.Name) && !changed.has(a.Name.replace(/_verified$/, '')),
      );
      const pending = [...untouched, ...delayed];
      const updated: User = {
        ...user,
        Attributes: attributesAppend(user.Attributes, ...immediate),
        UnverifiedAttributeChanges: pending.length > 0 ? pending : undefined,
        UserLastModifiedDate: services.clock.get(),
      };
      await pool.saveUser(ctx, updated);
      const autoVerified = pool.options.AutoVerifiedAttributes ?? [];
      const list: DeliveryDetails[] = [];
      for (const name of verifiableAttributes) {
        const value = attributeValue(name, delayed) ?? attributeValue(name, immediate);
        if (value === undefined || !autoVerified.includes(name)) continue;
        list.push(await sendAttributeCode(pool, updated, name, value, body.ClientMetadata));
      }
      return { CodeDeliveryDetailsList: list };
    },

    async SignUp(body) {
      const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
      const username = String(body.Username);
      const aliases = pool.options.AliasAttributes ?? [];
      if (aliases.includes('email') && username.includes('@')) {
        throw new ApiError('InvalidParameterException', awsMessage.usernameLooksLikeAlias('email'));
      }
      if (aliases.includes('phone_number') && /^\+[0-9]+$/.test(username)) {
        throw new ApiError('InvalidParameterException', awsMessage.usernameLooksLikeAlias('phone number'));
      }
      const problem = passwordProblem(options.passwordPolicy, String(body.Password));
      if (problem) throw new ApiError('InvalidPasswordException', problem);
      return delegate('SignUp', body);
    },

    // Signing in with a verified alias (cognito-local knows only UsernameAttributes), the
    // client's allowed flows, Cognito's answer for a wrong password, and the tokens recorded so
    // GlobalSignOut and RevokeToken can end them.
    async InitiateAuth(body) {
      const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
      const client = await cognito.getAppClient(ctx, body.ClientId as string);
      const flows = client?.ExplicitAuthFlows ?? [];
      const flow = String(body.AuthFlow);
      if (flow === 'USER_PASSWORD_AUTH' && !flows.includes('ALLOW_USER_PASSWORD_AUTH') && !flows.includes('USER_PASSWORD_AUTH')) {
        throw new ApiError('InvalidParameterException', awsMessage.flowNotEnabled(flow));
      }
      const params = (body.AuthParameters ?? {}) as Record<string, string>;
      let user: User | undefined;
      if (flow === 'USER_PASSWORD_AUTH') {
        user = await lookUp(pool, params.USERNAME ?? '');
        if (!user) throw new ApiError('UserNotFoundException', awsMessage.userDoesNotExist);
      }
      const refreshToken = flow === 'REFRESH_TOKEN_AUTH' ? params.REFRESH_TOKEN : undefined;
      if (refreshToken !== undefined && sessions.isRefreshRevoked(refreshToken)) {
        throw new ApiError('NotAuthorizedException', awsMessage.refreshTokenRevoked);
      }
      let output: Body;
      try {
        output = await delegate('InitiateAuth', {
          ...body,
          AuthParameters: user ? { ...params, USERNAME: user.Username } : params,
        });
      } catch (error) {
        const name = (error as { code?: string }).code;
        if (refreshToken !== undefined && name === 'NotAuthorizedException') {
          throw new ApiError('NotAuthorizedException', awsMessage.invalidRefreshToken);
        }
        if (name === 'InvalidPasswordException' || name === 'NotAuthorizedException') {
          throw new ApiError('NotAuthorizedException', awsMessage.incorrectPassword);
        }
        throw error;
      }
      const result = output.AuthenticationResult as { AccessToken?: string; RefreshToken?: string } | undefined;
      if (result?.AccessToken) sessions.issued(decodeClaims(result.AccessToken), result.RefreshToken ?? refreshToken);
      return output;
    },

    // Missing from cognito-local.
    async GlobalSignOut(_body, claims) {
      const { pool, user } = await tokenUser(claims as AccessTokenClaims);
      sessions.signOut(claims as AccessTokenClaims);
      await pool.saveUser(ctx, { ...user, RefreshTokens: [] });
      return {};
    },

    // cognito-local forgets the refresh token; the access tokens it gave are ended here too.
    async RevokeToken(body) {
      const output = await delegate('RevokeToken', body);
      sessions.revokeRefresh(body.Token as string);
      return output;
    },
  };

  /** The user name a refresh token's SecretHash is computed with: its user's name. */
  async function refreshUsername(body: Body): Promise<string | undefined> {
    const token = ((body.AuthParameters ?? {}) as Record<string, string>).REFRESH_TOKEN;
    if (!token) return undefined;
    const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
    return (await pool.getUserByRefreshToken(ctx, token))?.Username;
  }

  return async function handle(operation, body) {
    return currentOperation.run(operation, async () => {
      const fault = faults.take(operation);
      if (fault) throw fault;
      if (!isSupportedTarget(operation) && !Object.hasOwn(custom, operation)) {
        throw new ApiError('UnknownOperationException', `Unknown or unsupported operation: ${operation}`);
      }
      validateRequest(operation, body);
      const claims = typeof body.AccessToken === 'string' ? verifyAccessToken(body.AccessToken) : undefined;
      if (claims && sessions.isRevoked(claims)) throw new ApiError('NotAuthorizedException', awsMessage.revokedAccessToken);
      try {
        const secretInput = secretHashInput(operation, body);
        if (secretInput) {
          const isRefresh = operation === 'InitiateAuth' && body.AuthFlow === 'REFRESH_TOKEN_AUTH';
          await checkSecretHash(body.ClientId, isRefresh ? { ...secretInput, username: await refreshUsername(body) } : secretInput);
        }
        const handler = custom[operation];
        const output = handler ? await handler(body, claims) : await delegate(operation, body);
        return maskResponse(output ?? {});
      } catch (error) {
        throw translate(error);
      }
    });
  };
}
