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
import { createLocalClient, liveLoader, throwawayUserLoader, type DevConfig, type LiveConnection, type ThrowawayUser } from '../support/liveConfig.ts';
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

/** Demo scaffolding, not kit code: signs a user in with USER_PASSWORD_AUTH through the SDK. */
function SignInPanel({ config, client, onSignedIn, notice }: {
  config: DevConfig;
  client: CognitoIdentityProviderClient;
  onSignedIn: (session: Session, tokens: Tokens) => void;
  notice?: string;
}) {
  const users = config.users.filter((user) => user.status === 'CONFIRMED');
  const [state, setState] = useState<'idle' | 'signingIn' | 'failed'>('idle');
  const titleId = useId();
  const hintId = useId();

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state === 'signingIn') return;
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username'));
    setState('signingIn');
    try {
      const { AuthenticationResult: result } = await client.send(new InitiateAuthCommand({
        ClientId: config.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: String(data.get('password')) },
      }));
      const tokens = { accessToken: result?.AccessToken ?? '', refreshToken: result?.RefreshToken ?? '' };
      const { UserAttributes = [] } = await client.send(new GetUserCommand({ AccessToken: tokens.accessToken }));
      const attribute = (name: string) => UserAttributes.find((a) => a.Name === name)?.Value;
      onSignedIn({ username, phoneUnverified: !!attribute('phone_number') && attribute('phone_number_verified') !== 'true' }, tokens);
    } catch {
      setState('failed');
    }
  };

  return (
    <form className="cvk-form" aria-labelledby={titleId} aria-busy={state === 'signingIn'} onSubmit={signIn}>
      <h2 id={titleId}>Sign in to the local Cognito</h2>
      {notice ? <p className="cvk-status" role="status">{notice}</p> : null}
      <div className="cvk-field">
        <label className="cvk-label" htmlFor={`${titleId}-username`}>User name</label>
        <p className="cvk-hint" id={hintId}>
          Demo users: {users.map((user) => user.username).join(', ')} (password {users[0]?.password}).
        </p>
        <input className="cvk-input" id={`${titleId}-username`} name="username" autoComplete="username" aria-describedby={hintId} defaultValue={users[0]?.username} />
      </div>
      <div className="cvk-field">
        <label className="cvk-label" htmlFor={`${titleId}-password`}>Password</label>
        <input className="cvk-input" id={`${titleId}-password`} name="password" type="password" autoComplete="current-password" defaultValue={users[0]?.password} />
      </div>
      <button className="cvk-button" type="submit" aria-disabled={state === 'signingIn' || undefined}>{state === 'signingIn' ? 'Signing in…' : 'Sign in'}</button>
      {state === 'failed' ? <p className="cvk-error" role="alert">Signing in failed: check the user name and password, and that the local Cognito is running.</p> : null}
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
        <button className="cvk-button" data-variant="secondary" type="button" onClick={() => signOut()}>Sign out</button>
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
    await expect(canvas.getByRole('textbox', { name: 'User name' })).toHaveValue('verified.user');
    await expect(canvas.getByRole('complementary', { name: 'Dev inbox' })).toBeInTheDocument();
  },
};

/**
 * A user changes their email: the new address stays pending until the code from the inbox
 * verifies it. The play signs up a throwaway user first, so the demo users stay as seeded.
 */
export const ChangeEmail: Story = {
  loaders: [throwawayUserLoader],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const user = loaded.user as ThrowawayUser;
    const newEmail = `new-${user.email}`;

    const username = canvas.getByRole('textbox', { name: 'User name' });
    await userEvent.clear(username);
    await userEvent.type(username, user.username);
    const password = canvas.getByLabelText('Password');
    await userEvent.clear(password);
    await userEvent.type(password, user.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const emailSection = within(await canvas.findByRole('region', { name: 'Email' }, { timeout: 5000 }));
    const emailField = emailSection.getByRole('textbox', { name: 'Email' });
    // The field fills in once GetUser answers.
    await waitFor(() => expect(emailField).toHaveValue(user.email), { timeout: 5000 });

    await userEvent.clear(emailField);
    await userEvent.type(emailField, newEmail);
    await userEvent.click(emailSection.getByRole('button', { name: 'Save' }));
    const banner = await emailSection.findByRole('region', { name: 'Verify your new email address' }, { timeout: 5000 });
    await expect(within(banner).getByRole('status')).toHaveTextContent(`stays active until you verify ${newEmail}`);

    const code = await readCodeFromInbox(canvas, newEmail);
    await userEvent.type(within(banner).getByRole('textbox', { name: 'Verification code' }), code);
    await expect(await emailSection.findByText('Your email address is verified.', {}, { timeout: 5000 })).toHaveAttribute('role', 'status');
    // The field shows the new address once GetUser has read it back.
    await waitFor(() => expect(emailField).toHaveValue(newEmail), { timeout: 5000 });
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
