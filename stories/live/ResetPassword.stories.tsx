import { useId, useMemo, useState, type FormEvent } from 'react';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ResetPasswordForm } from '../../src/components/ResetPasswordForm.tsx';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { createSdkGateway } from '../../src/sdk.ts';
import { LiveLayout } from '../support/LiveLayout.tsx';
import { useStoryLocale } from '../support/storyLocales.tsx';
import { createLocalClient, liveLoader, throwawayUserLoader, type DevConfig, type LiveConnection, type ThrowawayUser } from '../support/liveConfig.ts';
import { readCodeFromInbox } from '../support/livePlay.ts';

/**
 * Demo scaffolding, not kit code: signs in with USER_PASSWORD_AUTH to show the new password
 * works. The tokens are dropped at once: never kept, logged, stored or shown.
 */
function SignInCheck({ config, client, username }: { config: DevConfig; client: CognitoIdentityProviderClient; username: string }) {
  const [state, setState] = useState<'idle' | 'signingIn' | 'signedIn' | 'failed'>('idle');
  const titleId = useId();

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state === 'signingIn') return;
    const password = String(new FormData(event.currentTarget).get('password'));
    setState('signingIn');
    try {
      const { AuthenticationResult: result } = await client.send(new InitiateAuthCommand({
        ClientId: config.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }));
      setState(result?.AccessToken ? 'signedIn' : 'failed');
    } catch {
      setState('failed');
    }
  };

  return (
    <form className="cvk-form" aria-labelledby={titleId} aria-busy={state === 'signingIn'} onSubmit={signIn}>
      <h2 id={titleId}>Sign in as {username}</h2>
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <div className="cvk-field">
        <label className="cvk-label" htmlFor={`${titleId}-password`}>Password</label>
        <input className="cvk-input" id={`${titleId}-password`} name="password" type="password" autoComplete="current-password" />
      </div>
      <div className="cvk-actions">
        <button className="cvk-button" type="submit" aria-disabled={state === 'signingIn' || undefined}>{state === 'signingIn' ? 'Signing in…' : 'Sign in'}</button>
      </div>
      <p className="cvk-status" role="status">{state === 'signedIn' ? `Signed in as ${username}.` : null}</p>
      {state === 'failed' ? <p className="cvk-error" role="alert">Signing in failed: check the password.</p> : null}
    </form>
  );
}

function PasswordReset({ config, endpoint }: { config: DevConfig; endpoint: string }) {
  const client = useMemo(() => createLocalClient(endpoint, config.region), [endpoint, config.region]);
  const gateway = useMemo(() => createSdkGateway(client), [client]);
  const storyLocale = useStoryLocale();
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const titleId = useId();

  if (signingIn !== null) return <SignInCheck config={config} client={client} username={signingIn} />;
  return (
    <CognitoVerifyProvider {...storyLocale} gateway={gateway} clientId={config.clientId}>
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>Reset a forgotten password</h2>
        <ResetPasswordForm key={attempt} passwordPolicy={config.passwordPolicy} onSignIn={({ username }) => setSigningIn(username)} />
        <button className="cvk-button" data-variant="secondary" type="button" onClick={() => setAttempt(attempt + 1)}>Start over</button>
      </section>
    </CognitoVerifyProvider>
  );
}

const meta = {
  title: 'Live/Password reset',
  tags: ['!autodocs'],
  loaders: [liveLoader],
  render: (_args, { loaded }) => (
    <LiveLayout connection={loaded.live as LiveConnection}>
      {(config, endpoint) => <PasswordReset config={config} endpoint={endpoint} />}
    </LiveLayout>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Type a user name (a demo user, or one you signed up), take the code from the inbox and choose a new password. */
export const TryItYourself: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'User name' })).toHaveValue('');
    await expect(canvas.getByRole('button', { name: 'Send code' })).toBeInTheDocument();
    await expect(canvas.getByRole('complementary', { name: 'Dev inbox' })).toBeInTheDocument();
  },
};

/**
 * A throwaway user (signed up and confirmed first, so the demo users keep their passwords) resets
 * the password with the code from the inbox; the old password then fails and the new one signs in.
 */
export const ResetAndSignIn: Story = {
  loaders: [throwawayUserLoader],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const user = loaded.user as ThrowawayUser;
    const newPassword = `N3w-${user.password}`;

    await userEvent.type(canvas.getByRole('textbox', { name: 'User name' }), user.username);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const code = await canvas.findByRole('textbox', { name: 'Verification code' }, { timeout: 5000 });
    await expect(code).toHaveAccessibleDescription(/^We sent a code by email to s\*\*\*@e\*\*\*\. /);
    await userEvent.type(code, await readCodeFromInbox(canvas, user.email, 'ForgotPassword'));
    const password = canvas.getByLabelText('New password', { selector: 'input' });
    await expect(password).toHaveFocus();
    await userEvent.keyboard(`${newPassword}{Enter}`);
    await expect(await canvas.findByText('Your password has been changed. Sign in with your new password.', {}, { timeout: 5000 })).toHaveAttribute('role', 'status');

    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const signIn = within(await canvas.findByRole('form', { name: `Sign in as ${user.username}` }));
    const current = signIn.getByLabelText('Password');
    await userEvent.type(current, `${user.password}{Enter}`);
    await expect(await signIn.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Signing in failed');
    await userEvent.clear(current);
    await userEvent.type(current, `${newPassword}{Enter}`);
    await expect(await signIn.findByText(`Signed in as ${user.username}.`, {}, { timeout: 5000 })).toHaveAttribute('role', 'status');
  },
};
