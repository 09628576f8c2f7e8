/**
 * Generated interleavings: random sequences of verbs, input changes, replies (success, every
 * documented exception, network failure, abort, malformed body) and unmount, against each hook
 * with a gateway that holds every reply until the sequence settles it.
 */
import { act, renderHook } from '@testing-library/react';
import * as fc from 'fast-check';
import type { ReactNode } from 'react';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { documentedExceptions } from '../../src/cognito/errors.ts';
import type { CognitoGateway, Operation } from '../../src/cognito/gateway.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { useConfirmSignUp } from '../../src/hooks/useConfirmSignUp.ts';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { useVerifyAttribute } from '../../src/hooks/useVerifyAttribute.ts';
import { useResetPassword } from '../../src/hooks/useResetPassword.ts';
import { createMemoryStore } from '../../src/cognito/pendingStore.ts';
import { cognitoException, deferred, offline, user, type Deferred } from './support.tsx';

const SEED = 20261203;
const RUNS = 300;
const counts: Record<string, number> = {};
afterAll(() => {
  console.log(`[generated] hook interleavings (seed ${SEED}): ${Object.entries(counts).map(([h, n]) => `${h} ${n}`).join(', ')}`);
});

type Method = keyof CognitoGateway;
const operationOf: Record<Method, Operation> = {
  confirmSignUp: 'ConfirmSignUp',
  resendConfirmationCode: 'ResendConfirmationCode',
  updateUserAttributes: 'UpdateUserAttributes',
  getUserAttributeVerificationCode: 'GetUserAttributeVerificationCode',
  verifyUserAttribute: 'VerifyUserAttribute',
  getUser: 'GetUser',
  forgotPassword: 'ForgotPassword',
  confirmForgotPassword: 'ConfirmForgotPassword',
};

interface Call {
  method: Method;
  signal: AbortSignal | undefined;
  reply: Deferred<unknown>;
  settled: boolean;
}

/** A gateway whose every call waits until the test settles it. */
function heldGateway() {
  const calls: Call[] = [];
  const gateway = Object.fromEntries(
    (Object.keys(operationOf) as Method[]).map((method) => [
      method,
      (_input: unknown, signal?: AbortSignal) => {
        const reply = deferred<unknown>();
        calls.push({ method, signal, reply, settled: false });
        return reply.promise;
      },
    ]),
  ) as unknown as CognitoGateway;
  /** Calls still out whose caller has not given up on them. */
  const inFlight = () => calls.filter((c) => !c.settled && !c.signal?.aborted);
  return { gateway, calls, inFlight };
}

const delivery = { attributeName: 'email', deliveryMedium: 'EMAIL' as const, destination: 'a***@e***' };
const goodReply: Record<Method, () => unknown> = {
  confirmSignUp: () => undefined,
  resendConfirmationCode: () => ({ codeDeliveryDetails: delivery }),
  updateUserAttributes: () => ({ codeDeliveryDetailsList: [delivery, { ...delivery, attributeName: 'phone_number' }] }),
  getUserAttributeVerificationCode: () => ({ codeDeliveryDetails: delivery }),
  verifyUserAttribute: () => undefined,
  getUser: () => user({ email: 'old@example.com', email_verified: 'true', phone_number: '+15555550123', phone_number_verified: 'false' }),
  forgotPassword: () => ({ codeDeliveryDetails: delivery }),
  confirmForgotPassword: () => undefined,
};

type Settle =
  | { kind: 'ok' }
  | { kind: 'malformed'; body: unknown }
  | { kind: 'exception'; index: number }
  | { kind: 'undocumented' }
  | { kind: 'network' }
  | { kind: 'abort' }
  | { kind: 'crash' };

const settleArb: fc.Arbitrary<Settle> = fc.oneof(
  fc.constant<Settle>({ kind: 'ok' }),
  fc.constant<Settle>({ kind: 'ok' }),
  fc.constantFrom<unknown>(null, {}, 'garbage', 42, { attributes: 5, codeDeliveryDetailsList: 'x' }).map((body): Settle => ({ kind: 'malformed', body })),
  fc.nat(40).map((index): Settle => ({ kind: 'exception', index })),
  fc.constant<Settle>({ kind: 'undocumented' }),
  fc.constant<Settle>({ kind: 'network' }),
  fc.constant<Settle>({ kind: 'abort' }),
  fc.constant<Settle>({ kind: 'crash' }),
);

function settle(call: Call, how: Settle) {
  call.settled = true;
  const names = documentedExceptions[operationOf[call.method]];
  switch (how.kind) {
    case 'ok':
      return call.reply.resolve(goodReply[call.method]());
    case 'malformed':
      return call.reply.resolve(how.body);
    case 'exception':
      return call.reply.reject(cognitoException(names[how.index % names.length]!, 'server text'));
    case 'undocumented':
      return call.reply.reject(cognitoException('BrandNewException'));
    case 'network':
      return call.reply.reject(offline());
    case 'abort':
      return call.reply.reject(new DOMException('The operation was aborted.', 'AbortError'));
    case 'crash':
      return call.reply.reject(new Error('boom'));
  }
}

/** Codes people type or paste, hostile ones included. */
const codeArb = fc.oneof(
  fc.constantFrom('123456', '123', '', '12 34-56', '123\u200B456', '١٢٣٤٥٦', '１２３４５６', '<b>1</b>', 'x'.repeat(2049), '🙂🙂🙂🙂🙂🙂'),
  fc.string({ maxLength: 8 }),
);

type Action =
  | { type: 'verb'; verb: string; arg?: string }
  | { type: 'setCode'; code: string }
  | { type: 'switch' }
  | { type: 'settle'; how: Settle }
  | { type: 'tick' };

function actionArb(verbs: string[]): fc.Arbitrary<Action> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ type: fc.constant('verb' as const), verb: fc.constantFrom(...verbs), arg: fc.constantFrom('new@example.com', '+15555550199', 'bad value', '') }) },
    { weight: 2, arbitrary: codeArb.map((code): Action => ({ type: 'setCode', code })) },
    { weight: 1, arbitrary: fc.constant<Action>({ type: 'switch' }) },
    { weight: 4, arbitrary: settleArb.map((how): Action => ({ type: 'settle', how })) },
    { weight: 1, arbitrary: fc.constant<Action>({ type: 'tick' }) },
  );
}

interface Subject {
  name: string;
  verbs: string[];
  statuses: readonly string[];
  /** Renders the hook with the input that `alternate` switches. */
  use: (alternate: boolean) => object;
}

type Result = { status: string; code: string; isPending: boolean; isError: boolean; error: unknown } & Record<string, unknown>;

const subjects: Subject[] = [
  {
    name: 'useConfirmSignUp',
    verbs: ['submit', 'resend', 'reset'],
    statuses: ['entering', 'submitting', 'resending', 'confirmed'],
    use: (alternate) => useConfirmSignUp({ username: alternate ? 'grace' : 'ada', secretHash: async () => 'aGFzaA==' }),
  },
  {
    name: 'useVerifyAttribute',
    verbs: ['submit', 'resend', 'reset'],
    statuses: ['idle', 'sending', 'codeSent', 'verifying', 'verified'],
    use: (alternate) => useVerifyAttribute({ attributeName: alternate ? 'phone_number' : 'email' }),
  },
  {
    name: 'useUpdateAttributes',
    verbs: ['save', 'submit', 'resend', 'cancel', 'refresh', 'reset'],
    statuses: ['loading', 'editing', 'saving', 'awaitingCode', 'unverified', 'verifying', 'resending', 'saved', 'verified'],
    use: (alternate) => useUpdateAttributes({ attributeName: alternate ? 'phone_number' : 'email' }),
  },
  {
    name: 'useResetPassword',
    verbs: ['submit', 'resend', 'reset', 'setPassword'],
    statuses: ['idle', 'requesting', 'codeSent', 'resending', 'submitting', 'done'],
    use: (alternate) => useResetPassword({ username: alternate ? 'grace' : 'ada', secretHash: async () => 'aGFzaA==' }),
  },
];

/** Lets the token, the secret hash and React's commits run. */
const flush = () => act(async () => {
  for (let i = 0; i < 6; i++) await Promise.resolve();
});

describe.each(subjects)('$name: generated interleavings', (subject) => {
  it(`${RUNS} random sequences keep every invariant`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb(subject.verbs), { maxLength: 25 }), fc.boolean(), async (actions, unmountAtEnd) => {
        counts[subject.name] = (counts[subject.name] ?? 0) + 1;
        const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
        const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
        let clock = 1_000_000;
        const held = heldGateway();
        const store = createMemoryStore();
        const wrapper = ({ children }: { children: ReactNode }) => (
          <CognitoVerifyProvider
            gateway={held.gateway}
            clientId="client1"
            getAccessToken={async () => 'token-1'}
            pendingStore={store}
            cooldown={{ baseSeconds: 5, maxSeconds: 40 }}
            now={() => clock}
          >
            {children}
          </CognitoVerifyProvider>
        );
        const hook = renderHook(({ alternate }: { alternate: boolean }) => subject.use(alternate) as Result, { wrapper, initialProps: { alternate: false } });
        let alternate = false;
        try {
          await flush();
          for (const action of actions) {
            const before = hook.result.current;
            if (action.type === 'verb') {
              const verb = before[action.verb] as (arg?: unknown) => unknown;
              await act(async () => {
                void verb(action.verb === 'save' || action.verb === 'setPassword' ? action.arg : undefined);
              });
            } else if (action.type === 'setCode') {
              act(() => (before.setCode as (c: string) => void)(action.code));
            } else if (action.type === 'switch') {
              alternate = !alternate;
              hook.rerender({ alternate });
            } else if (action.type === 'tick') {
              clock += 6_000;
              hook.rerender({ alternate });
            } else {
              const call = held.inFlight()[0];
              if (call) await act(async () => settle(call, action.how));
            }
            await flush();
            const now = hook.result.current;
            expect(subject.statuses).toContain(now.status);
            // Never two requests out, and busy exactly while one is.
            expect(held.inFlight().length).toBeLessThanOrEqual(1);
            expect(now.isPending).toBe(held.inFlight().length === 1);
            // An error never drops the typed code.
            if (action.type === 'settle' && action.how.kind !== 'ok' && before.status === now.status) {
              expect(now.code).toBe(before.code);
            }
            if (now.isError) expect(now.error).toBeTruthy();
            else expect(now.error).toBeNull();
          }
          if (unmountAtEnd) {
            const last = hook.result.current;
            hook.unmount();
            for (const call of held.calls.filter((c) => !c.settled)) await act(async () => settle(call, { kind: 'ok' }));
            await flush();
            expect(hook.result.current).toBe(last);
          }
          // Only the kit's own developer lines; no React warning.
          for (const args of [...errors.mock.calls, ...warnings.mock.calls]) {
            expect(String(args[0])).toMatch(/^\[cognito-verify-kit\]/);
          }
        } finally {
          if (!unmountAtEnd) hook.unmount();
          for (const call of held.calls.filter((c) => !c.settled)) settle(call, { kind: 'abort' });
          errors.mockRestore();
          warnings.mockRestore();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
