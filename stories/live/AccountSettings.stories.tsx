import { useCallback, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { GetUserCommand, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { createSdkGateway } from '../../src/sdk.ts';
import { UpdateAttributeForm } from '../../src/components/UpdateAttributeForm.tsx';
import { VerifyAttributeForm } from '../../src/components/VerifyAttributeForm.tsx';
import { LiveLayout } from '../support/LiveLayout.tsx';
import { useStoryLocale } from '../support/storyLocales.tsx';
import { createLocalClient, liveLoader, type DevConfig, type LiveConnection } from '../support/liveConfig.ts';
import { readCodeFromInbox } from '../support/livePlay.ts';

/** Who is signed in. The tokens live in a ref of the page: memory only, never storage, URL, DOM or console. */
interface Session {
  username: string;
  /** The phone number needs verifying (GetUser at sign-in). */
  phoneUnverified: boolean;
}
interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Demo scaffolding, not kit code: signs a seeded user in with USER_PASSWORD_AUTH through the SDK. */
function SignInPanel({ config, client, onSignedIn, notice }: {
  config: DevConfig;
  client: CognitoIdentityProviderClient;
  onSignedIn: (session: Session, tokens: Tokens) => void;
  notice?: string;
}) {
  const users = config.users.filter((user) => user.status === 'CONFIRMED');
  const [username, setUsername] = useState(users[0]?.username ?? '');
  const [state, setState] = useState<'idle' | 'signingIn' | 'failed'>('idle');
  const titleId = useId();

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const user = users.find((u) => u.username === username);
    if (!user || state === 'signingIn') return;
    setState('signingIn');
    try {
      const { AuthenticationResult: result } = await client.send(new InitiateAuthCommand({
        ClientId: config.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
      }));
      const tokens = { accessToken: result?.AccessToken ?? '', refreshToken: result?.RefreshToken ?? '' };
      const { UserAttributes = [] } = await client.send(new GetUserCommand({ AccessToken: tokens.accessToken }));
      const attribute = (name: string) => UserAttributes.find((a) => a.Name === name)?.Value;
      onSignedIn({ username: user.username, phoneUnverified: !!attribute('phone_number') && attribute('phone_number_verified') !== 'true' }, tokens);
    } catch {
      setState('failed');
    }
  };

  return (
    <form aria-labelledby={titleId} onSubmit={signIn}>
      <h2 id={titleId}>Sign in to the local Cognito</h2>
      {notice ? <p role="status">{notice}</p> : null}
      <fieldset>
        <legend>Demo user (password {users[0]?.password})</legend>
        {users.map((user) => (
          <label key={user.username} style={{ display: 'block' }}>
            <input type="radio" name="demo-user" value={user.username} checked={username === user.username} onChange={() => setUsername(user.username)} />
            {' '}{user.username} ({user.email}{user.phoneNumber ? `, ${user.phoneNumber}` : ''})
          </label>
        ))}
      </fieldset>
      <button type="submit" aria-disabled={state === 'signingIn' || undefined}>{state === 'signingIn' ? 'Signing in…' : 'Sign in'}</button>
      {state === 'failed' ? <p role="alert">Signing in failed. Is the local Cognito still running?</p> : null}
    </form>
  );
}

function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </section>
  );
}

/** The app's account-settings page: the kit's forms over a real SDK client. */
function AccountSettings({ config, endpoint }: { config: DevConfig; endpoint: string }) {
  const client = useMemo(() => createLocalClient(endpoint, config.region), [endpoint, config.region]);
  const gateway = useMemo(() => createSdkGateway(client), [client]);
  const storyLocale = useStoryLocale();
  const [session, setSession] = useState<Session | null>(null);
  const [notice, setNotice] = useState<string>();
  const tokens = useRef<Tokens | null>(null);

  const getAccessToken = useCallback(async ({ forceRefresh }: { forceRefresh: boolean }) => {
    const current = tokens.current;
    if (!current) throw new Error('Not signed in.');
    if (forceRefresh) {
      const { AuthenticationResult: result } = await client.send(new InitiateAuthCommand({
        ClientId: config.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: current.refreshToken },
      }));
      current.accessToken = result?.AccessToken ?? '';
    }
    return current.accessToken;
  }, [client, config.clientId]);

  const signOut = (message?: string) => {
    tokens.current = null;
    setSession(null);
    setNotice(message);
  };

  if (!session) {
    return (
      <SignInPanel
        config={config}
        client={client}
        notice={notice}
        onSignedIn={(signedIn, signedInTokens) => {
          tokens.current = signedInTokens;
          setSession(signedIn);
        }}
      />
    );
  }
  return (
    <CognitoVerifyProvider
      {...storyLocale}
      gateway={gateway}
      clientId={config.clientId}
      getAccessToken={getAccessToken}
      onSessionExpired={() => signOut('Your session ended. Sign in again.')}
    >
      <section aria-labelledby="account-settings-title">
        <h2 id="account-settings-title">Account settings for {session.username}</h2>
        <button type="button" onClick={() => signOut()}>Sign out</button>
        <SettingsSection title="Email">
          <UpdateAttributeForm attributeName="email" onSignIn={() => signOut()} />
        </SettingsSection>
        <SettingsSection title="Phone number">
          <UpdateAttributeForm attributeName="phone_number" onSignIn={() => signOut()} />
        </SettingsSection>
        {session.phoneUnverified ? (
          <SettingsSection title="Verify your phone number">
            <VerifyAttributeForm attributeName="phone_number" onSignIn={() => signOut()} />
          </SettingsSection>
        ) : null}
      </section>
    </CognitoVerifyProvider>
  );
}

const meta = {
  title: 'Live/Account settings',
  tags: ['!autodocs'],
  loaders: [liveLoader],
  render: (_args, { loaded }) => (
    <LiveLayout connection={loaded.live as LiveConnection}>
      {(config, endpoint) => <AccountSettings config={config} endpoint={endpoint} />}
    </LiveLayout>
  ),
  parameters: {
    docs: {
      description: {
        component: 'The account-settings forms against the local Cognito started by `npm start`, with the codes it sends in the dev inbox.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sign in as any demo user and change or verify their email and phone number by hand. */
export const TryItYourself: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await expect(canvas.getByRole('complementary', { name: 'Dev inbox' })).toBeInTheDocument();
  },
};

/** verified.user changes their email: the new address stays pending until the code from the inbox verifies it. */
export const ChangeEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const newEmail = `verified.user+${Math.random().toString(36).slice(2, 8)}@example.com`;

    await userEvent.click(canvas.getByRole('radio', { name: /^verified\.user/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const emailSection = within(await canvas.findByRole('region', { name: 'Email' }, { timeout: 5000 }));
    const emailField = emailSection.getByRole('textbox', { name: 'Email' });
    // The field fills in once GetUser answers.
    await waitFor(() => expect(emailField).toHaveValue('verified.user@example.com'), { timeout: 5000 });

    await userEvent.clear(emailField);
    await userEvent.type(emailField, newEmail);
    await userEvent.click(emailSection.getByRole('button', { name: 'Save' }));
    const banner = await emailSection.findByRole('region', { name: 'Verify your new email address' }, { timeout: 5000 });
    await expect(within(banner).getByRole('status')).toHaveTextContent(`stays active until you verify ${newEmail}`);

    const code = await readCodeFromInbox(canvas, newEmail);
    await userEvent.type(within(banner).getByRole('textbox', { name: 'Verification code' }), code);
    await expect(await emailSection.findByText('Your email address is verified.', {}, { timeout: 5000 })).toHaveAttribute('role', 'status');
    await expect(emailField).toHaveValue(newEmail);
  },
};

/** What the live stories show when the local Cognito is not running. */
export const CognitoNotRunning: Story = {
  parameters: { liveEndpoint: 'http://127.0.0.1:9' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'The local Cognito is not running' })).toBeInTheDocument();
    await expect(canvasElement).toHaveTextContent('Start it with npm start');
  },
};
