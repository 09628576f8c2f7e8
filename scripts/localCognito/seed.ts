import type { OutboxMessage } from './codes.ts';
import type { Handle } from './fidelity.ts';

export interface DemoUser {
  username: string;
  password: string;
  email: string;
  phoneNumber?: string;
  /** The state the user is seeded in. */
  status: 'UNCONFIRMED' | 'CONFIRMED';
}

const password = 'Passw0rd!';

/**
 * The seeded users. The pool uses email as an alias (not as the user name), as a pool must for
 * AliasExists to mean anything, so user names are plain and may not look like an email.
 */
export const demoUsers: readonly DemoUser[] = [
  // Signed up, awaiting the code that is in the outbox.
  { username: 'pending.user', password, email: 'pending.user@example.com', status: 'UNCONFIRMED' },
  // Confirmed, email verified.
  { username: 'verified.user', password, email: 'verified.user@example.com', status: 'CONFIRMED' },
  // Confirmed, email verified, phone number set but not verified.
  {
    username: 'phone.user',
    password,
    email: 'phone.user@example.com',
    phoneNumber: '+15555550123',
    status: 'CONFIRMED',
  },
];

export interface SeedOptions {
  /** `AttributesRequireVerificationBeforeUpdate: ['email']` when true; none when false. */
  verifyBeforeUpdate: boolean;
}

/** Creates the pool, the app client and the demo users through the same layer HTTP calls use. */
export async function seed(
  handle: Handle,
  outbox: readonly OutboxMessage[],
  options: SeedOptions,
): Promise<{ userPoolId: string; clientId: string }> {
  const { UserPool } = (await handle('CreateUserPool', {
    PoolName: 'cognito-verify-kit',
    AliasAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
    UserAttributeUpdateSettings: {
      AttributesRequireVerificationBeforeUpdate: options.verifyBeforeUpdate ? ['email'] : [],
    },
  })) as { UserPool: { Id: string } };
  const { UserPoolClient } = (await handle('CreateUserPoolClient', {
    UserPoolId: UserPool.Id,
    ClientName: 'cognito-verify-kit-web',
    GenerateSecret: false,
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  })) as { UserPoolClient: { ClientId: string } };
  const clientId = UserPoolClient.ClientId;

  for (const user of demoUsers) {
    const attributes = [{ Name: 'email', Value: user.email }];
    if (user.phoneNumber) attributes.push({ Name: 'phone_number', Value: user.phoneNumber });
    await handle('SignUp', { ClientId: clientId, Username: user.username, Password: user.password, UserAttributes: attributes });
    if (user.status === 'CONFIRMED') {
      const code = outbox.at(-1)?.code;
      await handle('ConfirmSignUp', { ClientId: clientId, Username: user.username, ConfirmationCode: code });
    }
  }
  return { userPoolId: UserPool.Id, clientId };
}
