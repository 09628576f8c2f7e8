import type { CognitoService } from 'cognito-local/lib/services/cognitoService.js';
import { attributesAppend, attributeValue, type User } from 'cognito-local/lib/services/userPoolService.js';
import { CodeBook, type OutboxMessage } from './codes.ts';
import { silentContext, type Handle } from './fidelity.ts';
import type { PoolShape } from './pool.ts';
import { secretHash } from './secretHash.ts';

export interface DemoUser {
  /** What the person types to sign in: the user name, or the email where email is the user name. */
  username: string;
  password: string;
  email: string;
  phoneNumber?: string;
  /** The state the user is seeded in. */
  status: 'UNCONFIRMED' | 'CONFIRMED';
  emailVerified: boolean;
  phoneNumberVerified?: boolean;
  /** An email change waiting for its code (pools that keep the original value until verified). */
  pendingEmail?: string;
  /** What the user is for, in a few words. */
  note: string;
}

/** `Passw0rd!`, made long enough for the pool's password policy. */
function demoPassword(shape: PoolShape): string {
  const base = 'Passw0rd!';
  return base + '0'.repeat(Math.max(0, (shape.passwordPolicy?.MinimumLength ?? 0) - base.length));
}

interface Seedling {
  name: string;
  phoneNumber?: string;
  status: 'UNCONFIRMED' | 'CONFIRMED';
  then?: 'expireCode' | 'unverifyEmail' | 'changeEmail';
  note: string;
}

/**
 * The seeded users. Where email is an alias (not the user name), user names are plain and
 * may not look like an email; where email is the user name, the email is what one types.
 */
const seedlings: readonly Seedling[] = [
  { name: 'pending.user', status: 'UNCONFIRMED', note: 'signed up; its code is in the outbox' },
  { name: 'verified.user', status: 'CONFIRMED', note: 'confirmed, email verified' },
  { name: 'phone.user', phoneNumber: '+15555550123', status: 'CONFIRMED', note: 'confirmed, with a phone number' },
  // The stranded states real apps meet.
  { name: 'expired.user', status: 'UNCONFIRMED', then: 'expireCode', note: 'came back unconfirmed: its first code has expired' },
  { name: 'unverified.user', status: 'CONFIRMED', then: 'unverifyEmail', note: 'confirmed, email never verified' },
  { name: 'moving.user', status: 'CONFIRMED', then: 'changeEmail', note: 'changed its email on an earlier visit; the code is in the outbox' },
];

export interface SeedContext {
  handle: Handle;
  outbox: readonly OutboxMessage[];
  codes: CodeBook;
  cognito: CognitoService;
  shape: PoolShape;
  codeLifetimeMs: number;
}

export interface Seeded {
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
  users: DemoUser[];
}

/** Creates the pool, the app client and the demo users through the same layer HTTP calls use. */
export async function seed({ handle, outbox, codes, cognito, shape, codeLifetimeMs }: SeedContext): Promise<Seeded> {
  const { UserPool } = (await handle('CreateUserPool', {
    PoolName: 'cognito-verify-kit',
    UsernameAttributes: shape.usernameAttributes,
    AliasAttributes: shape.aliasAttributes,
    AutoVerifiedAttributes: shape.autoVerifiedAttributes,
    UserAttributeUpdateSettings: {
      AttributesRequireVerificationBeforeUpdate: shape.attributesRequireVerificationBeforeUpdate,
    },
    ...(shape.schema ? { Schema: shape.schema } : {}),
    ...(shape.recoveryMechanisms ? { AccountRecoverySetting: { RecoveryMechanisms: shape.recoveryMechanisms } } : {}),
  })) as { UserPool: { Id: string } };
  const { UserPoolClient } = (await handle('CreateUserPoolClient', {
    UserPoolId: UserPool.Id,
    ClientName: 'cognito-verify-kit-web',
    GenerateSecret: shape.clientSecret,
    ExplicitAuthFlows: shape.explicitAuthFlows,
    PreventUserExistenceErrors: shape.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY',
  })) as { UserPoolClient: { ClientId: string; ClientSecret?: string } };
  const { ClientId: clientId, ClientSecret: clientSecret } = UserPoolClient;
  const hash = (username: string) => (clientSecret ? { SecretHash: secretHash(username, clientId, clientSecret) } : {});
  const pool = await cognito.getUserPool(silentContext, UserPool.Id);
  const emailIsUsername = shape.usernameAttributes.includes('email');
  const password = demoPassword(shape);

  const users: DemoUser[] = [];
  for (const s of seedlings) {
    const email = `${s.name}@example.com`;
    const username = emailIsUsername ? email : s.name;
    const attributes = [{ Name: 'email', Value: email }];
    if (s.phoneNumber) attributes.push({ Name: 'phone_number', Value: s.phoneNumber });
    await handle('SignUp', { ClientId: clientId, Username: username, Password: password, UserAttributes: attributes, ...hash(username) });
    if (s.status === 'CONFIRMED') {
      const code = outbox.at(-1)?.code;
      await handle('ConfirmSignUp', { ClientId: clientId, Username: username, ConfirmationCode: code, ...hash(username) });
    }
    const user = (await pool.getUserByUsername(silentContext, username)) as User;
    if (s.then === 'expireCode') codes.age(CodeBook.key(UserPool.Id, user.Username, 'signUp'), codeLifetimeMs + 1000);
    if (s.then === 'unverifyEmail') {
      await pool.saveUser(silentContext, {
        ...user,
        Attributes: attributesAppend(user.Attributes, { Name: 'email_verified', Value: 'false' }),
      });
    }
    if (s.then === 'changeEmail') {
      // The admin flow, which works whatever auth flows the app client allows.
      const { AuthenticationResult } = (await handle('AdminInitiateAuth', {
        UserPoolId: UserPool.Id,
        ClientId: clientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      })) as { AuthenticationResult: { AccessToken: string } };
      await handle('UpdateUserAttributes', {
        AccessToken: AuthenticationResult.AccessToken,
        UserAttributes: [{ Name: 'email', Value: `${s.name}.new@example.com` }],
      });
    }
    const stored = (await pool.getUserByUsername(silentContext, user.Username)) as User;
    const phoneVerified = attributeValue('phone_number_verified', stored.Attributes);
    users.push({
      username,
      password,
      email: attributeValue('email', stored.Attributes) ?? email,
      ...(s.phoneNumber ? { phoneNumber: s.phoneNumber, phoneNumberVerified: phoneVerified === 'true' } : {}),
      status: s.status,
      emailVerified: attributeValue('email_verified', stored.Attributes) === 'true',
      ...(attributeValue('email', stored.UnverifiedAttributeChanges) ? { pendingEmail: attributeValue('email', stored.UnverifiedAttributeChanges) } : {}),
      note: s.note,
    });
  }
  return { userPoolId: UserPool.Id, clientId, ...(clientSecret ? { clientSecret } : {}), users };
}
