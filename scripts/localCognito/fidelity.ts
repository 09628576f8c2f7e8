import { CognitoError as LocalCognitoError, UnsupportedError } from 'cognito-local/lib/errors.js';
import { Router } from 'cognito-local/lib/server/Router.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { DeliveryDetails } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';
import { selectAppropriateDeliveryMethod } from 'cognito-local/lib/services/messageDelivery/deliveryMethod.js';
import {
  attributeValue,
  attributesAppend,
  type User,
  type UserPoolService,
} from 'cognito-local/lib/services/userPoolService.js';
import { isSupportedTarget } from 'cognito-local/lib/targets/Target.js';
import { verifyAccessToken, type AccessTokenClaims } from './accessToken.ts';
import { CodeBook, currentOperation, maskDestination } from './codes.ts';
import { ApiError, awsMessage } from './errors.ts';
import type { Faults } from './faults.ts';
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

/**
 * The fidelity layer: cognito-local's Router, wrapped so each operation the kit uses answers
 * the way real Cognito does (see "Local Cognito" in DESIGN.md). Order per request: injected
 * fault → input validation → access-token verification → the operation.
 */
export function createFidelityLayer(services: Services, codes: CodeBook, faults: Faults): Handle {
  const router = Router(services);
  const ctx = silentContext;
  const { cognito } = services;

  async function delegate(operation: string, body: Body): Promise<Body> {
    return (await router(operation)(ctx, body)) as Body;
  }

  async function findUser(pool: UserPoolService, username: string): Promise<User> {
    const user = await pool.getUserByUsername(ctx, username);
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
      switch (codes.check(key, body.ConfirmationCode as string)) {
        case 'locked':
          throw new ApiError('TooManyFailedAttemptsException', awsMessage.tooManyFailedAttempts);
        case 'expired':
          throw new ApiError('ExpiredCodeException', awsMessage.expiredCode);
        case 'mismatch':
          throw new ApiError('CodeMismatchException', awsMessage.codeMismatch);
      }
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
      await delegate('ConfirmSignUp', { ...body, ConfirmationCode: user.ConfirmationCode });
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
      const details = delivery(name, destination);
      const code = services.otp();
      await pool.saveUser(ctx, { ...user, AttributeVerificationCode: code });
      await services.messages.deliver(
        ctx,
        'VerifyUserAttribute',
        null,
        pool.options.Id as string,
        user,
        code,
        body.ClientMetadata as Record<string, string> | undefined,
        details,
      );
      return { CodeDeliveryDetails: details };
    },

    // Reimplemented: cognito-local keeps one code for all attributes, never expires or limits
    // it, and applies *every* pending change whichever attribute is verified.
    async VerifyUserAttribute(body, claims) {
      const { pool, user } = await tokenUser(claims as AccessTokenClaims);
      const name = body.AttributeName as string;
      const key = CodeBook.key(pool.options.Id as string, user.Username, name);
      switch (codes.check(key, body.Code as string)) {
        case 'locked':
          throw new ApiError('LimitExceededException', awsMessage.attemptLimit);
        case 'expired':
          throw new ApiError('ExpiredCodeException', awsMessage.expiredCode);
        case 'mismatch':
          throw new ApiError('CodeMismatchException', awsMessage.codeMismatch);
      }
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

    // cognito-local replaces the whole list of pending changes on every update, so changing
    // `name` would silently drop a pending email; Cognito keeps it.
    async UpdateUserAttributes(body, claims) {
      const { pool, user } = await tokenUser(claims as AccessTokenClaims);
      const changed = new Set((body.UserAttributes as { Name: string }[]).map((a) => a.Name));
      const untouched = (user.UnverifiedAttributeChanges ?? []).filter(
        (a) => !changed.has(a.Name) && !changed.has(a.Name.replace(/_verified$/, '')),
      );
      const output = await delegate('UpdateUserAttributes', body);
      if (untouched.length > 0) {
        const updated = await findUser(pool, user.Username);
        await pool.saveUser(ctx, {
          ...updated,
          UnverifiedAttributeChanges: [...untouched, ...(updated.UnverifiedAttributeChanges ?? [])],
        });
      }
      return output;
    },

    async SignUp(body) {
      const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
      if (pool.options.AliasAttributes?.includes('email') && String(body.Username).includes('@')) {
        throw new ApiError(
          'InvalidParameterException',
          'Username cannot be of email format, since user pool is configured for email alias.',
        );
      }
      return delegate('SignUp', body);
    },

    // Signing in with a verified email alias, which cognito-local only knows for UsernameAttributes;
    // and Cognito's single answer for a wrong user name or password.
    async InitiateAuth(body) {
      const params = (body.AuthParameters ?? {}) as Record<string, string>;
      let username = params.USERNAME;
      if (username?.includes('@')) {
        const pool = await cognito.getUserPoolForClientId(ctx, body.ClientId as string);
        if (pool.options.AliasAttributes?.includes('email')) {
          const users = await pool.listUsers(ctx);
          const owner = users.find(
            (u) =>
              sameValue('email', attributeValue('email', u.Attributes), username as string) &&
              attributeValue('email_verified', u.Attributes) === 'true',
          );
          username = owner?.Username ?? username;
        }
      }
      try {
        return await delegate('InitiateAuth', { ...body, AuthParameters: { ...params, USERNAME: username } });
      } catch (error) {
        const name = (error as { code?: string }).code;
        if (name === 'InvalidPasswordException' || name === 'NotAuthorizedException') {
          throw new ApiError('NotAuthorizedException', awsMessage.incorrectPassword);
        }
        throw error;
      }
    },
  };

  return async function handle(operation, body) {
    return currentOperation.run(operation, async () => {
      const fault = faults.take(operation);
      if (fault) throw fault;
      if (!isSupportedTarget(operation) && !Object.hasOwn(custom, operation)) {
        throw new ApiError('UnknownOperationException', `Unknown or unsupported operation: ${operation}`);
      }
      validateRequest(operation, body);
      const claims = typeof body.AccessToken === 'string' ? verifyAccessToken(body.AccessToken) : undefined;
      try {
        const handler = custom[operation];
        const output = handler ? await handler(body, claims) : await delegate(operation, body);
        return maskResponse(output ?? {});
      } catch (error) {
        throw translate(error);
      }
    });
  };
}
