import { useId, useMemo, useState, type FormEvent } from 'react';
import { SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { CodeDeliveryDetails } from '../../src/cognito/gateway.ts';
import { ConfirmSignUpForm } from '../../src/components/ConfirmSignUpForm.tsx';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { createSdkGateway } from '../../src/sdk.ts';
import { LiveLayout } from '../support/LiveLayout.tsx';
import { useStoryLocale } from '../support/storyLocales.tsx';
import { createLocalClient, liveLoader, type DevConfig, type LiveConnection } from '../support/liveConfig.ts';
import { readCodeFromInbox } from '../support/livePlay.ts';

/** The account being confirmed: a fresh sign-up (with where its code went) or the seeded one. */
interface Account {
  username: string;
  delivery?: CodeDeliveryDetails;
}

/** Demo scaffolding, not kit code: SignUp through the SDK with a fresh user name and email. */
function SignUpPanel({ config, endpoint, onAccount }: { config: DevConfig; endpoint: string; onAccount: (account: Account) => void }) {
  const client = useMemo(() => createLocalClient(endpoint, config.region), [endpoint, config.region]);
  const [suffix] = useState(() => Math.random().toString(36).slice(2, 8));
  const [username, setUsername] = useState(`demo-${suffix}`);
  const [email, setEmail] = useState(`demo-${suffix}@example.com`);
  const [state, setState] = useState<'idle' | 'signingUp' | 'failed'>('idle');
  const seeded = config.users.find((user) => user.status === 'UNCONFIRMED');
  const titleId = useId();

  const signUp = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state === 'signingUp') return;
    setState('signingUp');
    try {
      const { CodeDeliveryDetails: details } = await client.send(new SignUpCommand({
        ClientId: config.clientId,
        Username: username,
        Password: 'Passw0rd!',
        UserAttributes: [{ Name: 'email', Value: email }],
      }));
      onAccount({
        username,
        delivery: details && { attributeName: details.AttributeName, deliveryMedium: details.DeliveryMedium, destination: details.Destination },
      });
    } catch {
      setState('failed');
    }
  };

  return (
    <form className="cvk-form" aria-labelledby={titleId} aria-busy={state === 'signingUp'} onSubmit={signUp}>
      <h2 id={titleId}>Sign up on the local Cognito</h2>
      <div className="cvk-field">
        <label className="cvk-label" htmlFor={`${titleId}-username`}>User name</label>
        <input className="cvk-input" id={`${titleId}-username`} value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="off" />
      </div>
      <div className="cvk-field">
        <label className="cvk-label" htmlFor={`${titleId}-email`}>Email</label>
        <p className="cvk-hint" id={`${titleId}-email-hint`}>The password is Passw0rd!.</p>
        <input className="cvk-input" id={`${titleId}-email`} type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" aria-describedby={`${titleId}-email-hint`} />
      </div>
      <div className="cvk-actions">
        <button className="cvk-button" type="submit" aria-disabled={state === 'signingUp' || undefined}>{state === 'signingUp' ? 'Signing up…' : 'Sign up'}</button>
        {seeded ? (
          <button className="cvk-button" data-variant="secondary" type="button" onClick={() => onAccount({ username: seeded.username })}>
            Use the seeded {seeded.username}
          </button>
        ) : null}
      </div>
      {state === 'failed' ? <p className="cvk-error" role="alert">Signing up failed: try another user name and email.</p> : null}
    </form>
  );
}

function SignUpConfirmation({ config, endpoint }: { config: DevConfig; endpoint: string }) {
  const client = useMemo(() => createLocalClient(endpoint, config.region), [endpoint, config.region]);
  const gateway = useMemo(() => createSdkGateway(client), [client]);
  const storyLocale = useStoryLocale();
  const [account, setAccount] = useState<Account | null>(null);
  const titleId = useId();

  if (!account) return <SignUpPanel config={config} endpoint={endpoint} onAccount={setAccount} />;
  return (
    <CognitoVerifyProvider {...storyLocale} gateway={gateway} clientId={config.clientId}>
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>Confirm the account {account.username}</h2>
        <ConfirmSignUpForm username={account.username} delivery={account.delivery} codeJustSent={account.delivery !== undefined} />
        <button className="cvk-button" data-variant="secondary" type="button" onClick={() => setAccount(null)}>Start over</button>
      </section>
    </CognitoVerifyProvider>
  );
}

const meta = {
  title: 'Live/Sign-up confirmation',
  tags: ['!autodocs'],
  loaders: [liveLoader],
  render: (_args, { loaded }) => (
    <LiveLayout connection={loaded.live as LiveConnection}>
      {(config, endpoint) => <SignUpConfirmation config={config} endpoint={endpoint} />}
    </LiveLayout>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sign up a new account (or take the seeded pending.user) and confirm it with the code from the inbox. */
export const TryItYourself: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Sign up' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Use the seeded pending.user' })).toBeInTheDocument();
  },
};

/** A fresh sign-up, confirmed with the code the dev inbox shows. */
export const ConfirmNewAccount: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = (canvas.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value;

    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const field = await canvas.findByRole('textbox', { name: 'Confirmation code' }, { timeout: 5000 });
    await userEvent.type(field, await readCodeFromInbox(canvas, email));
    await expect(await canvas.findByText('Your account is confirmed.', {}, { timeout: 5000 })).toHaveAttribute('role', 'status');
  },
};
