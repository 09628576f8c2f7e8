/* global document, location, URLSearchParams */
// A consumer's confirm screen, written against the published package only (no JSX, so every
// bundler takes it without a loader). The local Cognito's address comes in the URL.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CognitoVerifyProvider, ConfirmSignUpForm } from 'cognito-verify-kit';

function App({ endpoint, clientId, username }) {
  const [confirmed, setConfirmed] = useState(false);
  return h(
    'main',
    { 'data-confirmed': confirmed },
    h('h1', null, 'Confirm your account'),
    h(CognitoVerifyProvider, { endpoint, clientId }, h(ConfirmSignUpForm, { username, onConfirmed: () => setConfirmed(true) })),
  );
}

const params = new URLSearchParams(location.search);
createRoot(document.getElementById('root')).render(
  h(App, { endpoint: params.get('endpoint'), clientId: params.get('clientId'), username: params.get('username') }),
);
