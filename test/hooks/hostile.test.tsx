/**
 * Hostile input into every field, and gateway replies Cognito would never send: each input is
 * normalised to a valid value or refused with a specific message before any request; each
 * fault ends in a defined state with a specific message; nothing renders as HTML.
 */
import { act, render, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchGateway } from '../../src/cognito/fetchGateway.ts';
import { emailSchema, phoneNumberSchema, usernameSchema } from '../../src/cognito/schemas.ts';
import { PendingValueBanner } from '../../src/components/PendingValueBanner.tsx';
import { ErrorMessage } from '../../src/components/ErrorMessage.tsx';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { useVerifyAttribute } from '../../src/hooks/useVerifyAttribute.ts';
import { en, messageFor } from '../../src/messages/index.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { createMemoryStore } from '../../src/cognito/pendingStore.ts';
import { setup, user } from './support.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

let tried = 0;
afterAll(() => console.log(`[generated] hostile inputs tried: ${tried}`));

const invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202E', '\u00AD', '\u0000', '\u0007', '\u001B', '\u0085', '\u009F'];
const digitsOf = {
  ascii: '123456',
  fullWidth: '１２３４５６',
  arabicIndic: '١٢٣٤٥٦',
  persian: '۱۲۳۴۵۶',
  devanagari: '१२३४५६',
  bengali: '১২৩৪৫৬',
  thai: '๑๒๓๔๕๖',
  mathBold: '𝟏𝟐𝟑𝟒𝟓𝟔',
};
const hostile = [
  ...invisible.map((c) => `123${c}456`),
  ...invisible.map((c) => `${c}ada@example.com`),
  ...Object.values(digitsOf),
  '🙂', '👩‍💻@example.com', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><b>x</b>', '&amp;&lt;',
  'x'.repeat(2049), '1'.repeat(2049), ' ', '\t\n', '', 'ada example', 'ada@', '@example.com', '+1 555 555 0123', '+0123', '++15555550123',
  '12 34-56', '123–456', '12\u2212 3456', 'a'.repeat(129), 'ada\u0000', 'ＡＤＡ', 'ada.lovelace+test@example.co.uk', '+447700900123',
];

/** Every rejection is a validation error with a message of its own, not the generic fallback. */
function expectSpecific(error: Parameters<typeof messageFor>[0] | null, attributeName?: string) {
  expect(error?.kind).toBe('validation');
  const text = messageFor(error!, en, attributeName ? { attributeName } : undefined).text;
  expect(text).not.toBe(en.local.UnknownError);
  expect(text).not.toBe(en.local.ValidationError);
}

describe('hostile input', () => {
  it.each(hostile.map((input) => [JSON.stringify(input).slice(0, 40), input]))('code %s: sent only as a valid code, else refused first', async (_label, input) => {
    tried += 3;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = setup();
    env.fake.replyAlways('confirmSignUp', undefined);
    env.fake.replyAlways('verifyUserAttribute', undefined);
    const confirm = renderHook(() => useConfirmSignUp({ username: 'ada' }), { wrapper: env.wrapper });
    const verify = renderHook(() => useVerifyAttribute({ attributeName: 'email' }), { wrapper: env.wrapper });
    await act(async () => confirm.result.current.submit({ code: input }));
    await act(async () => verify.result.current.submit({ code: input }));
    for (const [calls, result] of [
      [env.gateway.confirmSignUp.mock.calls, confirm.result.current],
      [env.gateway.verifyUserAttribute.mock.calls, verify.result.current],
    ] as const) {
      if (calls.length) {
        const sent = (calls[0]![0] as { confirmationCode?: string; code?: string });
        const code = sent.confirmationCode ?? sent.code ?? '';
        expect(code).toMatch(/^[0-9]{6}$/);
      } else {
        expectSpecific(result.error);
      }
    }
  });

  it.each(hostile.map((input) => [JSON.stringify(input).slice(0, 40), input]))('user name %s: sent only when Cognito would take it', async (_label, input) => {
    tried += 1;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = setup();
    env.fake.replyAlways('confirmSignUp', undefined);
    const hook = renderHook(() => useConfirmSignUp({ username: input }), { wrapper: env.wrapper });
    await act(async () => hook.result.current.submit({ code: '123456' }));
    const calls = env.gateway.confirmSignUp.mock.calls;
    if (calls.length) expect(usernameSchema.safeParse(calls[0]![0].username).success).toBe(true);
    else expectSpecific(hook.result.current.error);
  });

  it.each(['email', 'phone_number', 'custom:nickname'].flatMap((attributeName) => hostile.map((input) => [attributeName, JSON.stringify(input).slice(0, 40), input])))(
    '%s value %s: saved only when valid for the attribute',
    async (attributeName, _label, input) => {
      tried += 1;
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const env = setup();
      env.fake.replyAlways('getUser', user({}));
      env.fake.replyAlways('updateUserAttributes', { codeDeliveryDetailsList: [] });
      const hook = renderHook(() => useUpdateAttributes({ attributeName }), { wrapper: env.wrapper });
      await waitFor(() => expect(hook.result.current.status).toBe('editing'));
      await act(async () => hook.result.current.save(input));
      const calls = env.gateway.updateUserAttributes.mock.calls;
      if (calls.length) {
        const value = calls[0]![0].userAttributes[0]!.value;
        const schema = attributeName === 'email' ? emailSchema : attributeName === 'phone_number' ? phoneNumberSchema : null;
        if (schema) expect(schema.safeParse(value).success).toBe(true);
        expect(value.length).toBeLessThanOrEqual(2048);
      } else {
        expectSpecific(hook.result.current.error, attributeName);
      }
    },
  );

  it.each(hostile.filter((input) => /[<&]/.test(input)))('markup %s is shown as text, never as HTML', (input) => {
    tried += 1;
    const { container } = render(
      <>
        <PendingValueBanner attributeName="custom:nickname" status="pending" value={input} />
        <ErrorMessage error={null} />
      </>,
    );
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(container.textContent).toContain(input);
  });
});

describe('gateway replies Cognito would never send', () => {
  const replies: [string, () => Response][] = [
    ['an HTML 500 page', () => new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 500, headers: { 'content-type': 'text/html' } })],
    ['unreadable JSON with 400', () => new Response('{"__type": "CodeMis', { status: 400 })],
    ['a 200 with an unexpected body', () => new Response(JSON.stringify({ UserAttributes: 5, Username: { a: 1 } }), { status: 200 })],
    ['a 200 that is not JSON', () => new Response('<html>ok</html>', { status: 200 })],
    ['an unknown exception name', () => new Response(JSON.stringify({ __type: 'BrandNewException', message: 'm' }), { status: 400 })],
  ];

  it.each(replies)('%s: the settings field ends in a defined state with a specific message', async (_name, reply) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetchImpl = vi.fn(async () => reply());
    const gateway = createFetchGateway({ endpoint: 'http://127.0.0.1:1/' }, fetchImpl as unknown as typeof fetch);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CognitoVerifyProvider gateway={gateway} getAccessToken={async () => 'token-1'} pendingStore={createMemoryStore()}>
        {children}
      </CognitoVerifyProvider>
    );
    const hook = renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper });
    await waitFor(() => expect(hook.result.current.isPending).toBe(false));
    expect(['editing', 'unverified', 'awaitingCode']).toContain(hook.result.current.status);
    const { error } = hook.result.current;
    if (error) {
      // Never mistaken for a network failure: the connection worked.
      expect(error.name).not.toBe('NetworkError');
      expect(messageFor(error).text.length).toBeGreaterThan(0);
    } else {
      expect(hook.result.current.currentValue).toBeNull();
    }
  });
});
