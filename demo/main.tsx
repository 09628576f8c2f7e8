/**
 * The demo app `npm start` serves: a small product ("Acme Notes") built on the kit's public
 * API, against the local Cognito. Sign up → confirm with the code (the dev inbox shows it) →
 * sign in → account settings (change the email, verify the phone); "Forgot password?" on the
 * sign-in screen resets the password with a code (the dev inbox shows it too). The tokens live in memory
 * only (a ref), never in storage, the URL or the DOM.
 */
import { StrictMode, useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { CognitoVerifyProvider, ConfirmSignUpForm, ResetPasswordForm, UpdateAttributeForm, VerifyAttributeForm } from '../src/index.ts';
import '../src/styles.css';
import { DevInbox } from '../stories/support/DevInbox.tsx';
import { endpoint, getUserAttributes, readDevConfig, refresh, signIn, signUp, type Delivery, type DevConfig, type Tokens } from './demoClient.ts';
import './demo.css';

type Step =
  | { name: 'signUp' }
  | { name: 'confirm'; username: string; delivery?: Delivery }
  /** `passwordReset`: the demo's password is no longer the one to fill in. */
  | { name: 'signIn'; username?: string; notice?: string; passwordReset?: boolean }
  /** The user name typed on the sign-in screen, if any: the form asks for it otherwise. */
  | { name: 'reset'; username?: string }
  | { name: 'settings'; username: string; phoneUnverified: boolean };

type Theme = 'light' | 'dark' | 'system';
const themes: { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

const password = 'Passw0rd!';

/** The page's preferences, applied to <html> the way an app would: the kit follows them. */
function Preferences() {
  const [theme, setTheme] = useState<Theme>(() => (document.documentElement.dataset.cvkTheme as Theme | undefined) ?? 'light');
  const [dir, setDir] = useState<'ltr' | 'rtl'>('ltr');
  useEffect(() => {
    document.documentElement.dataset.cvkTheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.dir = dir;
  }, [dir]);
  return (
    <div className="demo-preferences">
      <label>
        Theme{' '}
        <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
          {themes.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </label>
      <label>
        Direction{' '}
        <select value={dir} onChange={(event) => setDir(event.target.value as 'ltr' | 'rtl')}>
          <option value="ltr">Left to right</option>
          <option value="rtl">Right to left</option>
        </select>
      </label>
      {/* The locale switch joins here: a <select> of the kit's locales, passed to CognitoVerifyProvider's `locale`/`messages`. */}
    </div>
  );
}

/** A panel of the page; `page` makes its title the page's heading (steps with one panel). */
function Card({ title, page = false, children }: { title: string; page?: boolean; children: ReactNode }) {
  const titleId = useId();
  const Heading = page ? 'h1' : 'h2';
  return (
    <section className="demo-card" aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      {children}
    </section>
  );
}

function TextField({ label, name, type = 'text', defaultValue, autoComplete, hint }: {
  label: string;
  name: string;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="cvk-field">
      <label className="cvk-label" htmlFor={id}>{label}</label>
      {hint ? <p className="cvk-hint" id={`${id}-hint`}>{hint}</p> : null}
      <input className="cvk-input" id={id} name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} aria-describedby={hint ? `${id}-hint` : undefined} />
    </div>
  );
}

/** Runs the submit handler once at a time and turns a failure into the given message. */
function useSubmit(failure: string) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const run = (task: (data: FormData) => Promise<void>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.busy) return;
    setState({ busy: true });
    task(new FormData(event.currentTarget)).then(
      () => setState({ busy: false }),
      (error: unknown) => setState({ busy: false, error: `${failure} (${error instanceof Error && 'type' in error ? String(error.type) : 'no answer'})` }),
    );
  };
  return { ...state, run };
}

function SignUpStep({ config, onSignedUp, onSignIn }: { config: DevConfig; onSignedUp: (username: string, delivery?: Delivery) => void; onSignIn: () => void }) {
  const [suffix] = useState(() => Math.random().toString(36).slice(2, 7));
  const submit = useSubmit('That did not work: try another user name and email.');
  return (
    <Card title="Create your account" page>
      <form className="cvk-form" aria-label="Create your account" aria-busy={submit.busy} noValidate onSubmit={submit.run(async (data) => {
        const username = String(data.get('username'));
        const phone = String(data.get('phone')).trim();
        const delivery = await signUp(config.clientId, { username, password: String(data.get('password')), email: String(data.get('email')), phoneNumber: phone || undefined });
        onSignedUp(username, delivery);
      })}>
        <TextField label="User name" name="username" defaultValue={`ada-${suffix}`} autoComplete="username" />
        <TextField label="Email" name="email" type="email" defaultValue={`ada-${suffix}@example.com`} autoComplete="email" />
        <TextField label="Phone number (optional)" name="phone" type="tel" autoComplete="tel" hint="With the country code, like +15555550100." />
        <TextField label="Password" name="password" type="password" defaultValue={password} autoComplete="new-password" hint={`Filled in for the demo: ${password}`} />
        {submit.error ? <p className="cvk-error" role="alert">{submit.error}</p> : null}
        <div className="cvk-actions">
          <button className="cvk-button" type="submit" aria-disabled={submit.busy || undefined}>Create account</button>
          <button className="cvk-button" data-variant="secondary" type="button" onClick={onSignIn}>I have an account</button>
        </div>
      </form>
    </Card>
  );
}

function SignInStep({ config, step, onSignedIn, onSignUp, onForgotPassword }: {
  config: DevConfig;
  step: Extract<Step, { name: 'signIn' }>;
  onSignedIn: (username: string, tokens: Tokens) => Promise<void>;
  onSignUp: () => void;
  onForgotPassword: (username: string | undefined) => void;
}) {
  const submit = useSubmit('Those details did not work.');
  const users = config.users.filter((user) => user.status === 'CONFIRMED').map((user) => user.username);
  return (
    <Card title="Sign in" page>
      <form className="cvk-form" aria-label="Sign in" aria-busy={submit.busy} noValidate onSubmit={submit.run(async (data) => {
        const username = String(data.get('username'));
        await onSignedIn(username, await signIn(config.clientId, username, String(data.get('password'))));
      })}>
        {step.notice ? <p className="cvk-status" data-state="success" role="status">{step.notice}</p> : null}
        <TextField label="User name" name="username" defaultValue={step.username} autoComplete="username" hint={`Or a demo user: ${users.join(', ')}.`} />
        <TextField label="Password" name="password" type="password" defaultValue={step.passwordReset ? undefined : password} autoComplete="current-password" />
        {submit.error ? <p className="cvk-error" role="alert">{submit.error}</p> : null}
        <div className="cvk-actions">
          <button className="cvk-button" type="submit" aria-disabled={submit.busy || undefined}>Sign in</button>
          <button className="cvk-button" data-variant="secondary" type="button" onClick={onSignUp}>Create an account</button>
        </div>
        {/* Takes the user name typed so far along, so the reset form need not ask for it again. */}
        <button className="cvk-button" data-variant="secondary" type="button" onClick={(event) => {
          const typed = String(new FormData(event.currentTarget.form ?? undefined).get('username') ?? '').trim();
          onForgotPassword(typed || undefined);
        }}>
          Forgot password?
        </button>
      </form>
    </Card>
  );
}

function SettingsStep({ step, onSignOut }: { step: Extract<Step, { name: 'settings' }>; onSignOut: () => void }) {
  return (
    <>
      <div className="demo-page-title">
        <h1>Account settings</h1>
        <p>Signed in as <strong>{step.username}</strong></p>
      </div>
      <Card title="Email address">
        <UpdateAttributeForm attributeName="email" onSignIn={onSignOut} />
      </Card>
      <Card title="Phone number">
        <UpdateAttributeForm attributeName="phone_number" onSignIn={onSignOut} />
      </Card>
      {step.phoneUnverified ? (
        <Card title="Verify your phone number">
          <VerifyAttributeForm attributeName="phone_number" onSignIn={onSignOut} />
        </Card>
      ) : null}
    </>
  );
}

function App({ config }: { config: DevConfig }) {
  const [step, setStep] = useState<Step>({ name: 'signUp' });
  const [inboxOpen, setInboxOpen] = useState(false);
  const tokens = useRef<Tokens | null>(null);
  const drawerId = useId();

  const getAccessToken = useCallback(async ({ forceRefresh }: { forceRefresh: boolean }) => {
    const current = tokens.current;
    if (!current) throw new Error('Not signed in.');
    if (forceRefresh && current.refreshToken) current.accessToken = await refresh(config.clientId, current.refreshToken);
    return current.accessToken;
  }, [config.clientId]);

  const signOut = useCallback((notice?: string) => {
    tokens.current = null;
    setStep({ name: 'signIn', notice });
  }, []);

  const signedIn = async (username: string, signedInTokens: Tokens) => {
    const attributes = await getUserAttributes(signedInTokens.accessToken);
    tokens.current = signedInTokens;
    setStep({ name: 'settings', username, phoneUnverified: !!attributes.phone_number && attributes.phone_number_verified !== 'true' });
  };

  return (
    <CognitoVerifyProvider endpoint={endpoint} clientId={config.clientId} getAccessToken={getAccessToken} onSessionExpired={() => signOut('Your session ended. Sign in again.')}>
      <header className="demo-header">
        <span className="demo-brand">Acme Notes</span>
        <Preferences />
        {step.name === 'settings' ? (
          <button className="cvk-button" data-variant="secondary" type="button" onClick={() => signOut()}>Sign out</button>
        ) : null}
        <button className="cvk-button" data-variant="secondary" type="button" aria-expanded={inboxOpen} aria-controls={drawerId} onClick={() => setInboxOpen((open) => !open)}>
          Dev inbox
        </button>
      </header>
      <div className="demo-body">
        <main className="demo-main">
          {step.name === 'signUp' ? (
            <SignUpStep config={config} onSignedUp={(username, delivery) => setStep({ name: 'confirm', username, delivery })} onSignIn={() => setStep({ name: 'signIn' })} />
          ) : step.name === 'confirm' ? (
            <Card title="Confirm your email" page>
              <ConfirmSignUpForm
                username={step.username}
                delivery={step.delivery}
                codeJustSent={step.delivery !== undefined}
                onConfirmed={() => setStep({ name: 'signIn', username: step.username, notice: 'Your account is confirmed: sign in.' })}
              />
            </Card>
          ) : step.name === 'signIn' ? (
            <SignInStep
              config={config}
              step={step}
              onSignedIn={signedIn}
              onSignUp={() => setStep({ name: 'signUp' })}
              onForgotPassword={(username) => setStep({ name: 'reset', username })}
            />
          ) : step.name === 'reset' ? (
            <Card title="Reset your password" page>
              <ResetPasswordForm
                username={step.username}
                passwordPolicy={config.passwordPolicy}
                onSignIn={({ username }) => setStep({ name: 'signIn', username, passwordReset: true })}
                onConfirmAccount={({ username }) => setStep({ name: 'confirm', username })}
              />
              <button className="cvk-button" data-variant="secondary" type="button" onClick={() => setStep({ name: 'signIn', username: step.username })}>
                Back to sign in
              </button>
            </Card>
          ) : (
            <SettingsStep step={step} onSignOut={() => signOut()} />
          )}
        </main>
        {/* Development only: the codes the local Cognito "sent". Mounted while open, so it reads the outbox only then. */}
        <div className="demo-drawer" id={drawerId} hidden={!inboxOpen}>
          {inboxOpen ? <DevInbox endpoint={endpoint} /> : null}
        </div>
      </div>
    </CognitoVerifyProvider>
  );
}

function Unreachable() {
  return (
    <main className="demo-main">
      <section className="demo-card">
        <h1>The local Cognito is not running</h1>
        <p>This demo talks to a local Cognito at <code>{endpoint}</code>. Start everything with <code>npm start</code>.</p>
      </section>
    </main>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
readDevConfig().then(
  (config) => root.render(<StrictMode><App config={config} /></StrictMode>),
  () => root.render(<Unreachable />),
);
