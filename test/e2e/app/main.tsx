/**
 * The end-to-end harness: the kit's real forms inside CognitoVerifyProvider, against the local
 * Cognito named in the URL. The URL carries only connection details and the flow
 * (`?endpoint=…&clientId=…&transport=sdk|fetch&flow=confirm|settings|verify|reset&username=…`, plus
 * `attribute=`, `cooldown=` seconds, `dir=rtl`, `locale=ar|he|fa` and `secretHash=dev`): never a token, a code or a
 * secret. With `secretHash=dev` the page asks the local Cognito's `/__dev/secret-hash`, which
 * stands in for the app's own server, for every SecretHash. For the attribute
 * flows the page signs in by itself and keeps the tokens in memory only. The reset flow reads the
 * pool's password rules from `/__dev/config`, as an app would from its own configuration, and
 * its "Sign in" leads to a sign-in form with the user name filled in.
 */
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoVerifyProvider,
  ConfirmSignUpForm,
  ResetPasswordForm,
  UpdateAttributeForm,
  VerifyAttributeForm,
  type CognitoVerifyProviderProps,
  type PasswordPolicy,
} from '../../../src/index.ts';
import { createSdkGateway } from '../../../src/sdk.ts';
import '../../../src/styles.css';
import { messages as ar } from '../../../src/locales/ar.ts';
import { messages as fa } from '../../../src/locales/fa.ts';
import { messages as he } from '../../../src/locales/he.ts';

const params = new URLSearchParams(location.search);
const endpoint = params.get('endpoint') ?? '';
const clientId = params.get('clientId') ?? '';
const transport = params.get('transport') === 'fetch' ? 'fetch' : 'sdk';
const flow = params.get('flow') ?? 'confirm';
const username = params.get('username') ?? '';
const attribute = params.get('attribute') ?? (flow === 'verify' ? 'phone_number' : 'email');
const cooldownSeconds = Number(params.get('cooldown') ?? '30');
if (params.get('dir') === 'rtl') document.documentElement.dir = 'rtl';
const locale = params.get('locale') ?? undefined;
const localeMessages = locale ? [ar, he, fa] : undefined;

/** What an app with a secret client asks its own server for; undefined for a client without one. */
const secretHash =
  params.get('secretHash') === 'dev'
    ? async (name: string): Promise<string> => {
        const response = await fetch(`${endpoint}/__dev/secret-hash`, { method: 'POST', body: JSON.stringify({ username: name }) });
        if (!response.ok) throw new Error(`secret-hash answered ${response.status}`);
        return ((await response.json()) as { secretHash: string }).secretHash;
      }
    : undefined;

/** The `cognito:username` or `username` claim of a JWT (the refresh flow's SecretHash is computed with it). */
const tokenUsername = (token: string): string =>
  String((JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { username?: string }).username ?? '');

const client = new CognitoIdentityProviderClient({
  region: 'us-east-1',
  endpoint,
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  maxAttempts: 1,
});

const sdkGateway = createSdkGateway(client);

interface Session {
  accessToken: string;
  refreshToken?: string;
}

async function initiateAuth(parameters: Record<string, string>, flowName: 'USER_PASSWORD_AUTH' | 'REFRESH_TOKEN_AUTH', hashFor?: string) {
  const hash: Record<string, string> = secretHash ? { SECRET_HASH: await secretHash(hashFor ?? parameters.USERNAME ?? '') } : {};
  const output = await client.send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: flowName, AuthParameters: { ...parameters, ...hash } }),
  );
  const result = output.AuthenticationResult;
  if (!result?.AccessToken) throw new Error('No tokens in the answer.');
  return { accessToken: result.AccessToken, refreshToken: result.RefreshToken };
}

function SignInForm({ onSignedIn, defaultUsername = username }: { onSignedIn: (session: Session) => void; defaultUsername?: string }) {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setFailed(false);
    initiateAuth({ USERNAME: String(data.get('username')), PASSWORD: String(data.get('password')) }, 'USER_PASSWORD_AUTH')
      .then(onSignedIn, () => setFailed(true))
      .finally(() => setBusy(false));
  };
  return (
    <form className="cvk-form" aria-label="Sign in" aria-busy={busy} noValidate onSubmit={handleSubmit}>
      <div className="cvk-field">
        <label className="cvk-label" htmlFor="harness-username">User name</label>
        <input className="cvk-input" id="harness-username" name="username" autoComplete="username" defaultValue={defaultUsername} />
      </div>
      <div className="cvk-field">
        <label className="cvk-label" htmlFor="harness-password">Password</label>
        <input className="cvk-input" id="harness-password" name="password" type="password" autoComplete="current-password" />
      </div>
      {failed ? <p className="cvk-error" role="alert">Those details did not work.</p> : null}
      <button type="submit" className="cvk-button" data-variant="primary">Sign in</button>
    </form>
  );
}

/** `GET /__dev/config`'s password rules: undefined while loading, null for a pool without any. */
function usePasswordPolicy(): PasswordPolicy | null | undefined {
  const [policy, setPolicy] = useState<PasswordPolicy | null>();
  useEffect(() => {
    let live = true;
    fetch(`${endpoint}/__dev/config`)
      .then((response) => response.json() as Promise<{ passwordPolicy?: PasswordPolicy }>)
      .then((config) => live && setPolicy(config.passwordPolicy ?? null), () => live && setPolicy(null));
    return () => {
      live = false;
    };
  }, []);
  return policy;
}

type ResetStep = { name: 'reset' } | { name: 'signIn' | 'signedIn' | 'confirm'; username: string };

/** Reset → "Sign in" → sign in with the new password; "Confirm your account" → the confirm form. */
function ResetFlow() {
  const policy = usePasswordPolicy();
  const [step, setStep] = useState<ResetStep>({ name: 'reset' });
  if (policy === undefined) return null;
  switch (step.name) {
    case 'reset':
      return (
        <ResetPasswordForm
          username={params.has('username') ? username : undefined}
          passwordPolicy={policy ?? undefined}
          onSignIn={(result) => setStep({ name: 'signIn', username: result.username })}
          onConfirmAccount={(result) => setStep({ name: 'confirm', username: result.username })}
        />
      );
    case 'signIn':
      return <SignInForm defaultUsername={step.username} onSignedIn={() => setStep({ name: 'signedIn', username: step.username })} />;
    case 'signedIn':
      return <p role="status">Signed in as {step.username}.</p>;
    case 'confirm':
      return <ConfirmSignUpForm username={step.username} />;
  }
}

function App() {
  // The tokens live in this ref, in memory, and nowhere else; state only says whether there are any.
  const sessionRef = useRef<Session | null>(null);
  const [signedIn, setSignedIn] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [expired, setExpired] = useState(0);

  const startSession = useCallback((session: Session) => {
    sessionRef.current = session;
    setSignedIn(true);
  }, []);
  const getAccessToken = useCallback(async ({ forceRefresh }: { forceRefresh: boolean }) => {
    const current = sessionRef.current;
    if (!current) throw new Error('Not signed in.');
    if (!forceRefresh || !current.refreshToken) return current.accessToken;
    const renewed = await initiateAuth({ REFRESH_TOKEN: current.refreshToken }, 'REFRESH_TOKEN_AUTH', tokenUsername(current.accessToken));
    sessionRef.current = { accessToken: renewed.accessToken, refreshToken: current.refreshToken };
    return renewed.accessToken;
  }, []);
  const onSessionExpired = useCallback(() => setExpired((count) => count + 1), []);
  const signOut = useCallback(() => {
    sessionRef.current = null;
    setSignedIn(false);
  }, []);
  const cooldown = useMemo(() => ({ baseSeconds: cooldownSeconds }), []);

  const connection: CognitoVerifyProviderProps = transport === 'sdk' ? { gateway: sdkGateway } : { endpoint };
  const needsSession = flow === 'settings' || flow === 'verify';

  return (
    <main data-transport={transport} data-confirmed={confirmed} data-session-expired={expired}>
      <h1>
        {flow === 'confirm' ? 'Confirm your account' : flow === 'settings' ? 'Account settings' : flow === 'reset' ? 'Reset your password' : 'Verify your phone number'}
      </h1>
      {needsSession && !signedIn ? (
        <SignInForm onSignedIn={startSession} />
      ) : (
        <CognitoVerifyProvider
          {...connection}
          clientId={clientId}
          getAccessToken={needsSession ? getAccessToken : undefined}
          onSessionExpired={onSessionExpired}
          cooldown={cooldown}
          secretHash={secretHash}
          locale={locale}
          messages={localeMessages}
        >
          {flow === 'confirm' ? (
            <ConfirmSignUpForm username={username} onConfirmed={() => setConfirmed(true)} />
          ) : flow === 'reset' ? (
            <ResetFlow />
          ) : flow === 'settings' ? (
            <UpdateAttributeForm attributeName={attribute} onSignIn={signOut} />
          ) : (
            <VerifyAttributeForm attributeName={attribute} onSignIn={signOut} />
          )}
        </CognitoVerifyProvider>
      )}
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
