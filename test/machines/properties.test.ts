// @vitest-environment node
/**
 * Generated tests for the flow machines: thousands of random event sequences per machine, with
 * a clock that never runs backwards, and the invariants every flow promises checked after every
 * event. Seeded, so a failure reproduces; the counts and the seed are printed at the end.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CognitoError, documentedExceptions, isDocumented, toCognitoError, type ErrorField, type ValidationReason } from '../../src/cognito/errors.ts';
import type { CodeDeliveryDetails, Operation } from '../../src/cognito/gateway.ts';
import { rejection } from '../../src/cognito/schemas.ts';
import {
  confirmSignUpCan,
  confirmSignUpTransition,
  initialConfirmSignUp,
  type ConfirmSignUpEvent,
  type ConfirmSignUpState,
} from '../../src/machines/confirmSignUp.ts';
import {
  initialResetPassword,
  resetPasswordCan,
  resetPasswordTransition,
  type ResetPasswordEvent,
  type ResetPasswordState,
} from '../../src/machines/resetPassword.ts';
import {
  cooldownTransition,
  initialCooldown,
  secondsUntil,
  type CooldownEvent,
  type CooldownOptions,
  type CooldownState,
  type Waits,
} from '../../src/machines/cooldown.ts';
import {
  initialUpdateAttributes,
  updateAttributesCan,
  updateAttributesTransition,
  type AttributeSnapshot,
  type UpdateAttributesEvent,
  type UpdateAttributesState,
} from '../../src/machines/updateAttributes.ts';
import {
  initialVerifyAttribute,
  verifyAttributeCan,
  verifyAttributeTransition,
  type VerifyAttributeEvent,
  type VerifyAttributeState,
} from '../../src/machines/verifyAttribute.ts';

/** One fixed seed for every property here: a failure replays exactly. */
const SEED = 20_261_203;
/** Random event sequences per machine. */
const RUNS = 10_000;
/** Events per sequence, at most. */
const MAX_EVENTS = 30;
const TIMEOUT = 120_000;

const ran: Record<string, { sequences: number; events: number; passed: boolean; notes: Record<string, number> }> = {};
function tally(machine: string) {
  return (ran[machine] ??= { sequences: 0, events: 0, passed: false, notes: {} });
}
function note(machine: string, what: string) {
  const notes = tally(machine).notes;
  notes[what] = (notes[what] ?? 0) + 1;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries shared by the machines

/** Time between two events: often none, often a few seconds, sometimes past a wait, now and then long. */
const dtArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5_001, max: 120_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 120_001, max: 1_800_000 }) },
);
/** When a sequence starts (epoch ms). */
const startArb = fc.integer({ min: 0, max: 2_000_000_000_000 });

/** Cooldown options a provider might pass: defaults, short and long waits, and nonsense. */
const optionsArb: fc.Arbitrary<CooldownOptions> = fc.record(
  {
    baseSeconds: fc.oneof(
      fc.constantFrom(0, 1, 5, 30, 60),
      fc.integer({ min: 0, max: 900 }),
      fc.constantFrom(-1, 0.25, Number.NaN, Number.POSITIVE_INFINITY),
    ),
    maxSeconds: fc.oneof(
      fc.constantFrom(0, 10, 60, 900, 3600),
      fc.integer({ min: 0, max: 7200 }),
      fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY),
    ),
  },
  { requiredKeys: [] },
);

const codeArb = fc.constantFrom('', '1', '123', '123456', '654321', ' 12 34 56 ', '１２３４５６');

const deliveryArb: fc.Arbitrary<CodeDeliveryDetails | null> = fc.constantFrom(
  null,
  {},
  { deliveryMedium: 'EMAIL' as const, destination: 'a***@e***', attributeName: 'email' },
  { deliveryMedium: 'SMS' as const, destination: '+*******0123', attributeName: 'phone_number' },
);

const tooMany = ['LimitExceededException', 'TooManyFailedAttemptsException', 'TooManyRequestsException'];
const allDocumented = [...new Set(Object.values(documentedExceptions).flat())];
const serverMessages = [
  'server text',
  'Invalid verification code provided, please try again.',
  'User cannot be confirmed. Current status is CONFIRMED',
  'Client 1example23456789 is configured for secret but secret was not received',
  'Attempt limit exceeded, please try after some time.',
];
const fields: ErrorField[] = ['code', 'username', 'value', 'attributeName', 'clientId', 'secretHash', 'clientMetadata'];
const reasons: ValidationReason[] = ['required', 'tooLong', 'pattern', 'format', 'incomplete'];

/** An SDK-shaped service exception, turned into a `CognitoError` the way the gateways do. */
const serviceException = (names: readonly string[]) =>
  fc
    .record({ name: fc.constantFrom(...names), $fault: fc.constantFrom('client', 'server'), message: fc.constantFrom(...serverMessages) })
    .map(({ name, $fault, message }) => ({ name, message, $fault, $metadata: { httpStatusCode: $fault === 'client' ? 400 : 500 } }));

/** Anything a request of `operation` can fail with. */
function errorArb<O extends Operation>(operation: O): fc.Arbitrary<CognitoError<O>> {
  const thrown: fc.Arbitrary<unknown> = fc.oneof(
    // What Cognito documents for this operation…
    { weight: 8, arbitrary: serviceException(documentedExceptions[operation]) },
    // "Too many" answers get extra weight: they are what moves the waits.
    { weight: 2, arbitrary: serviceException(tooMany.filter((name) => isDocumented(operation, name))) },
    // …what it documents elsewhere (it raises some beyond an operation's reference), and a new name.
    { weight: 2, arbitrary: serviceException(allDocumented) },
    { weight: 1, arbitrary: serviceException(['SomethingNewException']) },
    // The network, the clock, an abort, and whatever else a gateway might throw.
    {
      weight: 3,
      arbitrary: fc.constantFrom<() => unknown>(
        () => new TypeError('Failed to fetch'),
        () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
        () => ({ name: 'NetworkError', message: 'offline' }),
        () => ({ name: 'TimeoutError', message: 'timed out' }),
        () => new DOMException('The operation was aborted.', 'AbortError'),
        () => new Error('boom'),
        () => 'a string',
        () => undefined,
      ).map((make) => make()),
    },
  );
  return fc.oneof(
    { weight: 9, arbitrary: thrown.map((error) => toCognitoError(operation, error)) },
    { weight: 1, arbitrary: validationArb(operation) },
  );
}

/** What the kit rejects before any request: a field that fails its schema. */
function validationArb<O extends Operation>(operation: O): fc.Arbitrary<CognitoError<O>> {
  return fc
    .record({ field: fc.constantFrom(...fields), reason: fc.constantFrom(...reasons) })
    .map(({ field, reason }) => new CognitoError({ ...rejection(operation, field, reason), operation }));
}

// ---------------------------------------------------------------------------------------------
// Printing a counterexample

function showError(error: CognitoError): string {
  return `${error.operation}:${error.name}/${error.recovery}`;
}
function showEvent(event: object): string {
  const parts = Object.entries(event)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => `${key}=${value instanceof CognitoError ? showError(value) : show(value)}`);
  return `${(event as { type: string }).type}(${parts.join(', ')})`;
}
/** JSON, with errors in short and the numbers JSON cannot say (Infinity, NaN) spelled out. */
function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof CognitoError ? showError(v) : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );
}
const showState = (state: object) => show(state);

// ---------------------------------------------------------------------------------------------
// What every flow machine promises

interface Flow {
  status: string;
  code: string;
  error: CognitoError | null;
  waits: Waits;
}
type FlowEvent = { type: string; now?: number; error?: CognitoError };

interface Spec<S extends Flow, E extends FlowEvent, P> {
  name: string;
  params: fc.Arbitrary<P>;
  init(params: P, start: number): S;
  event: fc.Arbitrary<E>;
  /** Sets the event's clock (and any time it carries) to `now`. */
  place(event: E, now: number): E;
  transition(state: S, event: E): S;
  can(state: S, now: number): Record<string, boolean>;
  statuses: readonly string[];
  /** A request is in flight. */
  busy: readonly string[];
  /** Nothing is in flight and the person can act. */
  resting: readonly string[];
  success: readonly string[];
  /** Events that may end a success. */
  leavesSuccess: readonly string[];
  /** Guarded events: whether the guard lets them through, and the status they lead to. */
  guarded: Record<string, { start: boolean; allowed(state: S, now: number): boolean; to: string | string[] }>;
  /** Replies, with the status of the request each answers. */
  replies: Record<string, string>;
  /** Failed requests, with the wait they belong to. */
  failures: Record<string, keyof Waits>;
  successes: readonly string[];
  /** The only events that may touch the waits. */
  movesWaits: readonly string[];
  /** The verb an error's recovery points to, when the flow offers it. */
  recoveryVerb(error: CognitoError): string | null;
  /** Machine-specific checks; a message when broken. */
  extra?(prev: S, event: E, next: S): string | null;
}

const deadlines = (waits: Waits) => [waits.send.availableAt, waits.send.limitedUntil, waits.check.availableAt, waits.check.limitedUntil];

function saneCooldown(c: CooldownState): string | null {
  for (const key of ['availableAt', 'limitedUntil', 'strikes', 'baseMs', 'maxMs'] as const) {
    if (!Number.isFinite(c[key]) || c[key] < 0) return `${key} is ${c[key]}`;
  }
  if (!Number.isInteger(c.strikes)) return `strikes is ${c.strikes}`;
  if (c.limitedUntil > c.availableAt) return `limitedUntil ${c.limitedUntil} after availableAt ${c.availableAt}`;
  return null;
}

function deadlinesKept(prev: CooldownState, next: CooldownState): string | null {
  if (next.availableAt < prev.availableAt) return `availableAt moved back ${prev.availableAt} → ${next.availableAt}`;
  if (next.limitedUntil < prev.limitedUntil) return `limitedUntil moved back ${prev.limitedUntil} → ${next.limitedUntil}`;
  if (next.baseMs !== prev.baseMs || next.maxMs !== prev.maxMs) return 'baseMs/maxMs changed';
  return null;
}

/** Every invariant of one step; a message for the first one broken. */
function brokenBy<S extends Flow, E extends FlowEvent>(spec: Spec<S, E, unknown>, prev: S, event: E, next: S, now: number): string | null {
  const { type } = event;

  if (!spec.statuses.includes(next.status)) return `undocumented status ${next.status}`;

  // At most one request in flight: a start event while one is in flight changes nothing.
  const guard = spec.guarded[type];
  if (guard?.start && spec.busy.includes(prev.status) && !isDeepStrictEqual(next, prev)) {
    return `${type} while ${prev.status} changed the state`;
  }
  // The guards the view reads are the ones the transition uses.
  if (guard) {
    const allowed = guard.allowed(prev, now);
    if (!allowed && next !== prev) return `${type} refused by the guard yet changed the state`;
    if (allowed && ![guard.to].flat().includes(next.status)) return `${type} allowed by the guard yet led to ${next.status}, not ${guard.to}`;
    if (allowed && next.error !== null) return `${type} taken yet the error stays`;
    if (!allowed && spec.resting.includes(prev.status)) note(spec.name, `${type} refused at rest`);
  }
  // A reply lands only on the request it answers.
  const answers = spec.replies[type];
  if (answers !== undefined && prev.status !== answers && next !== prev) return `${type} while ${prev.status} changed the state`;
  if (answers !== undefined && prev.status === answers) note(spec.name, `${type} applied`);

  // A success stays a success until an explicit way out.
  if (spec.success.includes(prev.status) && !spec.leavesSuccess.includes(type) && next.status !== prev.status) {
    return `${type} turned ${prev.status} into ${next.status}`;
  }

  // A typed code is never dropped by an error.
  if ((type.endsWith('_FAILED') || type === 'INPUT_REJECTED') && next.code !== prev.code) {
    return `${type} changed the code ${JSON.stringify(prev.code)} → ${JSON.stringify(next.code)}`;
  }
  // An error is cleared by the next attempt: none while a request is in flight.
  if (spec.busy.includes(next.status) && next.error !== null) return `error ${showError(next.error)} while ${next.status}`;

  // Every error leaves a way on, once the waits pass.
  if (next.error !== null && spec.resting.includes(next.status)) {
    const at = Math.max(now, ...deadlines(next.waits));
    const can = spec.can(next, at);
    if (!Object.entries(can).some(([verb, yes]) => yes && verb !== 'refresh')) {
      return `error ${showError(next.error)} in ${next.status} leaves nothing to do at ${at}: ${JSON.stringify(can)}`;
    }
    const verb = spec.recoveryVerb(next.error);
    if (verb !== null && !can[verb]) {
      return `error ${showError(next.error)} in ${next.status} points to ${verb}, not offered at ${at}: ${JSON.stringify(can)}`;
    }
  }

  // The waits: sane, deadlines only ever later, each kind moved only by its own requests.
  for (const kind of ['send', 'check'] as const) {
    const sane = saneCooldown(next.waits[kind]);
    if (sane) return `waits.${kind}: ${sane}`;
    const kept = deadlinesKept(prev.waits[kind], next.waits[kind]);
    if (kept) return `waits.${kind}: ${kept}`;
  }
  if (!spec.movesWaits.includes(type) && next.waits !== prev.waits) return `${type} changed the waits`;
  const failed = spec.failures[type];
  if (failed !== undefined && next !== prev) {
    const other = failed === 'send' ? 'check' : 'send';
    if (next.waits[other] !== prev.waits[other]) return `${type} changed waits.${other}`;
    if (event.error?.recovery === 'wait') {
      note(spec.name, `"too many" on ${failed}`);
      if (next.waits[failed].strikes !== prev.waits[failed].strikes + 1) return `${type} "too many" did not add a strike`;
    } else if (next.waits !== prev.waits) {
      return `${type} ${event.error ? showError(event.error) : ''} (not "too many") changed the waits`;
    }
    if (next.error !== event.error) return `${type} did not record its error`;
  }
  if (spec.successes.includes(type) && next !== prev) {
    if (next.waits.send.strikes !== 0 || next.waits.check.strikes !== 0) return `${type} kept strikes`;
    if (!isDeepStrictEqual(deadlines(next.waits), deadlines(prev.waits))) return `${type} moved a deadline`;
  }

  return spec.extra?.(prev, event, next) ?? null;
}

interface Steps<E> {
  start: number;
  steps: { dt: number; event: E }[];
}

function checkMachine<S extends Flow, E extends FlowEvent, P>(spec: Spec<S, E, P>) {
  const visited = new Set<string>();
  const steps: fc.Arbitrary<Steps<E>> = fc.record({
    start: startArb,
    steps: fc.array(fc.record({ dt: dtArb, event: spec.event }), { maxLength: MAX_EVENTS, size: 'max' }),
  });
  fc.assert(
    fc.property(spec.params, steps, (params, { start, steps }) => {
      const count = tally(spec.name);
      count.sequences++;
      let now = start;
      let state = spec.init(params, start);
      visited.add(state.status);
      const seen: string[] = [];
      for (const step of steps) {
        now += step.dt;
        const event = spec.place(step.event, now);
        seen.push(showEvent(event));
        let next: S;
        try {
          next = spec.transition(state, event);
        } catch (thrown) {
          throw new Error(`${showEvent(event)} threw ${String(thrown)}\n  events: ${seen.join(' → ')}`);
        }
        count.events++;
        const broken = brokenBy(spec as Spec<S, E, unknown>, state, event, next, now);
        if (broken) {
          throw new Error(
            `${spec.name}: ${broken}\n  events: ${seen.join(' → ')}\n  before: ${showState(state)}\n  after:  ${showState(next)}`,
          );
        }
        visited.add(next.status);
        state = next;
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
  tally(spec.name).passed = true;
  // The generator reaches every status, or the invariants above were checked on too little.
  expect([...visited].sort()).toEqual([...spec.statuses].sort());
}

// ---------------------------------------------------------------------------------------------
// The machines

const placeNow = <E extends FlowEvent>(event: E, now: number): E => ('now' in event ? { ...event, now } : event);

/** The verbs of the code flows: check the code at hand, or ask for a new one. */
function codeRecovery(checkOp: Operation, sendOps: readonly Operation[]) {
  return (error: CognitoError): string | null => {
    if (error.operation === checkOp) {
      if (error.recovery === 'retype' || error.recovery === 'wait') return 'submit';
      if (error.recovery === 'resend') return 'resend';
    }
    if (sendOps.includes(error.operation) && error.recovery === 'wait') return 'resend';
    return null;
  };
}

const flowParams = fc.record({
  options: optionsArb,
  delivery: deliveryArb,
  /** How long before the start the first code went out, if the app said. */
  codeSentBefore: fc.option(fc.integer({ min: -60_000, max: 1_800_000 }), { nil: undefined }),
});
type FlowParams = typeof flowParams extends fc.Arbitrary<infer P> ? P : never;

const confirmSignUpSpec: Spec<ConfirmSignUpState, ConfirmSignUpEvent, FlowParams> = {
  name: 'confirmSignUp',
  params: flowParams,
  init: ({ options, delivery, codeSentBefore }, start) =>
    initialConfirmSignUp(delivery, options, codeSentBefore === undefined ? undefined : start - codeSentBefore),
  event: fc.oneof(
    { weight: 2, arbitrary: codeArb.map((code): ConfirmSignUpEvent => ({ type: 'CODE_CHANGED', code })) },
    { weight: 3, arbitrary: fc.constant<ConfirmSignUpEvent>({ type: 'SUBMIT', now: 0 }) },
    { weight: 3, arbitrary: fc.constant<ConfirmSignUpEvent>({ type: 'RESEND', now: 0 }) },
    { weight: 1, arbitrary: validationArb('ConfirmSignUp').map((error): ConfirmSignUpEvent => ({ type: 'INPUT_REJECTED', error })) },
    { weight: 1, arbitrary: fc.boolean().map((alreadyConfirmed): ConfirmSignUpEvent => ({ type: 'CONFIRMED', alreadyConfirmed })) },
    { weight: 3, arbitrary: errorArb('ConfirmSignUp').map((error): ConfirmSignUpEvent => ({ type: 'CONFIRM_FAILED', error, now: 0 })) },
    { weight: 2, arbitrary: deliveryArb.map((delivery): ConfirmSignUpEvent => ({ type: 'CODE_SENT', delivery, now: 0 })) },
    { weight: 2, arbitrary: errorArb('ResendConfirmationCode').map((error): ConfirmSignUpEvent => ({ type: 'RESEND_FAILED', error, now: 0 })) },
    { weight: 1, arbitrary: fc.constant<ConfirmSignUpEvent>({ type: 'RESET' }) },
  ),
  place: placeNow,
  transition: confirmSignUpTransition,
  can: confirmSignUpCan,
  statuses: ['entering', 'submitting', 'resending', 'confirmed'],
  busy: ['submitting', 'resending'],
  resting: ['entering'],
  success: ['confirmed'],
  leavesSuccess: ['RESET'],
  guarded: {
    SUBMIT: { start: true, allowed: (s, now) => confirmSignUpCan(s, now).submit, to: 'submitting' },
    RESEND: { start: true, allowed: (s, now) => confirmSignUpCan(s, now).resend, to: 'resending' },
  },
  replies: { CONFIRMED: 'submitting', CONFIRM_FAILED: 'submitting', CODE_SENT: 'resending', RESEND_FAILED: 'resending' },
  failures: { CONFIRM_FAILED: 'check', RESEND_FAILED: 'send' },
  successes: ['CONFIRMED'],
  movesWaits: ['CONFIRMED', 'CONFIRM_FAILED', 'CODE_SENT', 'RESEND_FAILED'],
  recoveryVerb: codeRecovery('ConfirmSignUp', ['ResendConfirmationCode']),
  extra(prev, event, next) {
    if (next.status === 'confirmed' && (next.code !== '' || next.error !== null || typeof next.alreadyConfirmed !== 'boolean')) {
      return 'confirmed with a code, an error or no alreadyConfirmed';
    }
    if (event.type === 'RESET' && (next.waits !== prev.waits || next.delivery !== prev.delivery)) return 'RESET dropped the waits or the delivery';
    return null;
  },
};

const verifyAttributeSpec: Spec<VerifyAttributeState, VerifyAttributeEvent, FlowParams> = {
  name: 'verifyAttribute',
  params: flowParams,
  init: ({ options, delivery, codeSentBefore }, start) =>
    initialVerifyAttribute(delivery, options, codeSentBefore === undefined ? undefined : start - codeSentBefore),
  event: fc.oneof(
    { weight: 2, arbitrary: codeArb.map((code): VerifyAttributeEvent => ({ type: 'CODE_CHANGED', code })) },
    { weight: 3, arbitrary: fc.constant<VerifyAttributeEvent>({ type: 'SEND', now: 0 }) },
    { weight: 2, arbitrary: deliveryArb.map((delivery): VerifyAttributeEvent => ({ type: 'CODE_SENT', delivery, now: 0 })) },
    { weight: 2, arbitrary: errorArb('GetUserAttributeVerificationCode').map((error): VerifyAttributeEvent => ({ type: 'SEND_FAILED', error, now: 0 })) },
    { weight: 3, arbitrary: fc.constant<VerifyAttributeEvent>({ type: 'SUBMIT', now: 0 }) },
    { weight: 1, arbitrary: validationArb('VerifyUserAttribute').map((error): VerifyAttributeEvent => ({ type: 'INPUT_REJECTED', error })) },
    { weight: 1, arbitrary: fc.constant<VerifyAttributeEvent>({ type: 'VERIFIED' }) },
    { weight: 3, arbitrary: errorArb('VerifyUserAttribute').map((error): VerifyAttributeEvent => ({ type: 'VERIFY_FAILED', error, now: 0 })) },
    { weight: 1, arbitrary: fc.constant<VerifyAttributeEvent>({ type: 'RESET' }) },
  ),
  place: placeNow,
  transition: verifyAttributeTransition,
  can: verifyAttributeCan,
  statuses: ['idle', 'sending', 'codeSent', 'verifying', 'verified'],
  busy: ['sending', 'verifying'],
  resting: ['idle', 'codeSent'],
  success: ['verified'],
  leavesSuccess: ['RESET'],
  guarded: {
    SEND: { start: true, allowed: (s, now) => verifyAttributeCan(s, now).resend, to: 'sending' },
    SUBMIT: { start: true, allowed: (s, now) => verifyAttributeCan(s, now).submit, to: 'verifying' },
  },
  replies: { CODE_SENT: 'sending', SEND_FAILED: 'sending', VERIFIED: 'verifying', VERIFY_FAILED: 'verifying' },
  failures: { SEND_FAILED: 'send', VERIFY_FAILED: 'check' },
  successes: ['VERIFIED'],
  movesWaits: ['CODE_SENT', 'SEND_FAILED', 'VERIFIED', 'VERIFY_FAILED'],
  recoveryVerb: codeRecovery('VerifyUserAttribute', ['GetUserAttributeVerificationCode']),
  extra(prev, event, next) {
    if (next.status === 'idle' && next.delivery !== null) return 'idle with a delivery';
    if (next.status === 'codeSent' && next.delivery === null) return 'codeSent without a delivery';
    if (prev.delivery !== null && next.delivery === null) return `${event.type} forgot that a code went out`;
    if (next.status === 'verified' && (next.code !== '' || next.error !== null)) return 'verified with a code or an error';
    if (event.type === 'RESET' && next.waits !== prev.waits) return 'RESET dropped the waits';
    return null;
  },
};

const values = [null, 'old@example.com', 'new@example.com', '+15550100'];
const snapshotArb: fc.Arbitrary<AttributeSnapshot> = fc.oneof(
  // The common answers: a new value waiting for its code, an unverified current value, all done…
  { weight: 3, arbitrary: fc.constantFrom<AttributeSnapshot>(
    { current: 'old@example.com', verified: true, pendingValue: 'new@example.com' },
    { current: 'new@example.com', verified: false, pendingValue: null },
    { current: 'new@example.com', verified: true, pendingValue: null },
  ) },
  // …and anything at all.
  {
    weight: 1,
    arbitrary: fc.record({
      current: fc.constantFrom(...values),
      verified: fc.constantFrom(null, true, false),
      pendingValue: fc.constantFrom(...values),
    }),
  },
);

type UpdateParams = { options: CooldownOptions };

const updateAttributesSpec: Spec<UpdateAttributesState, UpdateAttributesEvent, UpdateParams> = {
  name: 'updateAttributes',
  params: fc.record({ options: optionsArb }),
  init: ({ options }) => initialUpdateAttributes(options),
  event: fc.oneof(
    { weight: 1, arbitrary: fc.constant<UpdateAttributesEvent>({ type: 'LOAD' }) },
    {
      weight: 3,
      arbitrary: fc
        .record({ snapshot: snapshotArb, delivery: deliveryArb, codeSentAt: fc.option(fc.integer({ min: -1_800_000, max: 60_000 }), { nil: undefined }) })
        .map(({ snapshot, delivery, codeSentAt }): UpdateAttributesEvent => ({ type: 'LOADED', snapshot, delivery, codeSentAt })),
    },
    { weight: 1, arbitrary: errorArb('GetUser').map((error): UpdateAttributesEvent => ({ type: 'LOAD_FAILED', error })) },
    { weight: 3, arbitrary: fc.constant<UpdateAttributesEvent>({ type: 'SAVE', now: 0 }) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(validationArb('UpdateUserAttributes'), validationArb('VerifyUserAttribute'))
        .map((error): UpdateAttributesEvent => ({ type: 'INPUT_REJECTED', error })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record({ snapshot: snapshotArb, delivery: deliveryArb })
        .map(({ snapshot, delivery }): UpdateAttributesEvent => ({ type: 'SAVED', snapshot, delivery, now: 0 })),
    },
    { weight: 2, arbitrary: errorArb('UpdateUserAttributes').map((error): UpdateAttributesEvent => ({ type: 'SAVE_FAILED', error, now: 0 })) },
    { weight: 2, arbitrary: codeArb.map((code): UpdateAttributesEvent => ({ type: 'CODE_CHANGED', code })) },
    { weight: 5, arbitrary: fc.constant<UpdateAttributesEvent>({ type: 'SUBMIT', now: 0 }) },
    { weight: 2, arbitrary: snapshotArb.map((snapshot): UpdateAttributesEvent => ({ type: 'VERIFIED', snapshot })) },
    { weight: 5, arbitrary: errorArb('VerifyUserAttribute').map((error): UpdateAttributesEvent => ({ type: 'VERIFY_FAILED', error, now: 0 })) },
    { weight: 3, arbitrary: fc.constant<UpdateAttributesEvent>({ type: 'RESEND', now: 0 }) },
    { weight: 3, arbitrary: deliveryArb.map((delivery): UpdateAttributesEvent => ({ type: 'CODE_SENT', delivery, now: 0 })) },
    {
      weight: 3,
      arbitrary: errorArb('GetUserAttributeVerificationCode').map((error): UpdateAttributesEvent => ({ type: 'RESEND_FAILED', error, now: 0 })),
    },
    { weight: 1, arbitrary: fc.constant<UpdateAttributesEvent>({ type: 'CANCEL' }) },
    { weight: 1, arbitrary: fc.constant<UpdateAttributesEvent>({ type: 'RESET' }) },
  ),
  place(event, now) {
    // `codeSentAt` is generated as an offset from the event's time.
    if (event.type === 'LOADED') return event.codeSentAt === undefined ? event : { ...event, codeSentAt: now + event.codeSentAt };
    return placeNow(event, now);
  },
  transition: updateAttributesTransition,
  can: updateAttributesCan,
  statuses: ['loading', 'editing', 'saving', 'awaitingCode', 'unverified', 'verifying', 'resending', 'saved', 'verified'],
  busy: ['loading', 'saving', 'verifying', 'resending'],
  resting: ['editing', 'awaitingCode', 'unverified', 'saved', 'verified'],
  success: ['saved', 'verified'],
  leavesSuccess: ['RESET', 'SAVE', 'LOAD'],
  guarded: {
    LOAD: { start: true, allowed: (s) => updateAttributesCan(s, 0).refresh || s.status === 'loading', to: 'loading' },
    SAVE: { start: true, allowed: (s, now) => updateAttributesCan(s, now).save, to: 'saving' },
    SUBMIT: { start: true, allowed: (s, now) => updateAttributesCan(s, now).submit, to: 'verifying' },
    RESEND: { start: true, allowed: (s, now) => updateAttributesCan(s, now).resend, to: 'resending' },
    // Back to the value in use, which may itself be unverified.
    CANCEL: { start: false, allowed: (s) => updateAttributesCan(s, 0).cancel, to: ['editing', 'unverified'] },
  },
  replies: {
    LOADED: 'loading',
    LOAD_FAILED: 'loading',
    SAVED: 'saving',
    SAVE_FAILED: 'saving',
    VERIFIED: 'verifying',
    VERIFY_FAILED: 'verifying',
    CODE_SENT: 'resending',
    RESEND_FAILED: 'resending',
  },
  failures: { SAVE_FAILED: 'send', VERIFY_FAILED: 'check', RESEND_FAILED: 'send' },
  successes: ['VERIFIED'],
  movesWaits: ['LOADED', 'SAVED', 'SAVE_FAILED', 'VERIFIED', 'VERIFY_FAILED', 'CODE_SENT', 'RESEND_FAILED'],
  recoveryVerb(error) {
    if (error.operation === 'UpdateUserAttributes' && error.recovery === 'wait') return 'save';
    if (error.operation === 'GetUser' && error.kind !== 'validation') return 'refresh';
    return codeRecovery('VerifyUserAttribute', ['GetUserAttributeVerificationCode'])(error);
  },
  extra(prev, event, next) {
    if (next.status === 'awaitingCode' && next.pendingValue === null) return 'awaitingCode without a pending value';
    if (next.status === 'verified' && next.pendingValue !== null) return 'verified with a pending value';
    if ((event.type === 'RESET' || event.type === 'CANCEL') && next.waits !== prev.waits) return `${event.type} dropped the waits`;
    if (event.type === 'LOADED' && prev.status === 'loading' && event.codeSentAt !== undefined) {
      note('updateAttributes', 'LOADED with codeSentAt');
      if (next.waits.send.availableAt < event.codeSentAt + Math.min(next.waits.send.baseMs, next.waits.send.maxMs)) {
        return 'LOADED with codeSentAt did not resume the send wait';
      }
    }
    if (event.type === 'SAVE' && next !== prev) {
      note('updateAttributes', 'SAVE taken');
      if (event.now < prev.waits.send.availableAt) note('updateAttributes', 'SAVE taken during the base wait');
    }
    return null;
  },
};

const passwordArb = fc.constantFrom('', 'short', 'Correct horse 9!', ' spaced ', 'x'.repeat(257));

const resetPasswordSpec: Spec<ResetPasswordState, ResetPasswordEvent, FlowParams> = {
  name: 'resetPassword',
  params: flowParams,
  init: ({ options, delivery, codeSentBefore }, start) =>
    initialResetPassword('ada', options, codeSentBefore === undefined ? undefined : start - codeSentBefore, delivery),
  event: fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('ada', 'grace', '').map((username): ResetPasswordEvent => ({ type: 'USERNAME_CHANGED', username })) },
    { weight: 2, arbitrary: codeArb.map((code): ResetPasswordEvent => ({ type: 'CODE_CHANGED', code })) },
    { weight: 2, arbitrary: passwordArb.map((password): ResetPasswordEvent => ({ type: 'PASSWORD_CHANGED', password })) },
    { weight: 3, arbitrary: fc.constant<ResetPasswordEvent>({ type: 'RESEND', now: 0 }) },
    { weight: 2, arbitrary: deliveryArb.map((delivery): ResetPasswordEvent => ({ type: 'CODE_SENT', delivery, now: 0 })) },
    { weight: 2, arbitrary: errorArb('ForgotPassword').map((error): ResetPasswordEvent => ({ type: 'RESEND_FAILED', error, now: 0 })) },
    { weight: 3, arbitrary: fc.constant<ResetPasswordEvent>({ type: 'SUBMIT', now: 0 }) },
    { weight: 1, arbitrary: fc.constant<ResetPasswordEvent>({ type: 'PASSWORD_RESET' }) },
    { weight: 3, arbitrary: errorArb('ConfirmForgotPassword').map((error): ResetPasswordEvent => ({ type: 'SUBMIT_FAILED', error, now: 0 })) },
    { weight: 1, arbitrary: validationArb('ConfirmForgotPassword').map((error): ResetPasswordEvent => ({ type: 'INPUT_REJECTED', error })) },
    { weight: 1, arbitrary: fc.constant<ResetPasswordEvent>({ type: 'RESET' }) },
  ),
  place: placeNow,
  transition: resetPasswordTransition,
  can: resetPasswordCan,
  statuses: ['idle', 'requesting', 'codeSent', 'resending', 'submitting', 'done'],
  busy: ['requesting', 'resending', 'submitting'],
  resting: ['idle', 'codeSent'],
  success: ['done'],
  leavesSuccess: ['RESET'],
  guarded: {
    RESEND: { start: true, allowed: (s, now) => resetPasswordCan(s, now).resend, to: ['requesting', 'resending'] },
    SUBMIT: { start: true, allowed: (s, now) => resetPasswordCan(s, now).submit, to: 'submitting' },
  },
  replies: { PASSWORD_RESET: 'submitting', SUBMIT_FAILED: 'submitting' },
  failures: { RESEND_FAILED: 'send', SUBMIT_FAILED: 'check' },
  successes: ['PASSWORD_RESET'],
  movesWaits: ['CODE_SENT', 'RESEND_FAILED', 'PASSWORD_RESET', 'SUBMIT_FAILED'],
  recoveryVerb: codeRecovery('ConfirmForgotPassword', ['ForgotPassword']),
  extra(prev, event, next) {
    const sending = (status: string) => status === 'requesting' || status === 'resending';
    // Code replies answer either send request (the first code or another one).
    if ((event.type === 'CODE_SENT' || event.type === 'RESEND_FAILED') && !sending(prev.status) && next !== prev) {
      return `${event.type} while ${prev.status} changed the state`;
    }
    if (event.type === 'RESEND_FAILED' && sending(prev.status) && next.status !== (prev.status === 'requesting' ? 'idle' : 'codeSent')) {
      return `RESEND_FAILED from ${prev.status} led to ${next.status}`;
    }
    if ((event.type.endsWith('_FAILED') || event.type === 'INPUT_REJECTED') && next.password !== prev.password) {
      return `${event.type} dropped the typed password`;
    }
    if (prev.status !== 'idle' && next.username !== prev.username) return `${event.type} changed the user name a code was sent for`;
    if (next.status === 'done' && (next.code !== '' || next.password !== '' || next.error !== null)) {
      return 'done with a code, a password or an error';
    }
    if (event.type === 'RESET' && (next.waits !== prev.waits || next.username !== prev.username)) return 'RESET dropped the waits or the user name';
    return null;
  },
};

describe('generated event sequences', () => {
  it(`confirmSignUp: ${RUNS} sequences`, { timeout: TIMEOUT }, () => {
    checkMachine(confirmSignUpSpec);
  });

  it(`verifyAttribute: ${RUNS} sequences`, { timeout: TIMEOUT }, () => {
    checkMachine(verifyAttributeSpec);
  });

  it(`updateAttributes: ${RUNS} sequences`, { timeout: TIMEOUT }, () => {
    checkMachine(updateAttributesSpec);
  });

  it(`resetPassword: ${RUNS} sequences`, { timeout: TIMEOUT }, () => {
    checkMachine(resetPasswordSpec);
  });

  it(`cooldown: ${RUNS} sequences`, { timeout: TIMEOUT }, () => {
    // The options a provider would pass, and large or fractional numbers besides.
    const options = fc.oneof(
      optionsArb,
      fc.record({ baseSeconds: fc.double({ min: -1e6, max: 1e9 }), maxSeconds: fc.double({ min: -1e6, max: 1e9 }) }, { requiredKeys: [] }),
    );
    checkCooldown('cooldown', options);
  });

  it('cooldown: any number at all for the options keeps every wait finite', { timeout: TIMEOUT }, () => {
    // A number too large for ms (or Infinity) must not become an endless wait: the machine caps waits at a year.
    checkCooldown('cooldown (any options)', fc.record({ baseSeconds: fc.double(), maxSeconds: fc.double() }, { requiredKeys: [] }));
  });
});

function checkCooldown(name: string, options: fc.Arbitrary<CooldownOptions>) {
  const eventArb = fc.oneof(
    { weight: 2, arbitrary: fc.constant<CooldownEvent>({ type: 'CODE_SENT', now: 0 }) },
    { weight: 3, arbitrary: fc.constant<CooldownEvent>({ type: 'LIMIT_REACHED', now: 0 }) },
    { weight: 1, arbitrary: fc.constant<CooldownEvent>({ type: 'RESET' }) },
  );
  const steps = fc.array(fc.record({ dt: dtArb, event: eventArb }), { maxLength: MAX_EVENTS, size: 'max' });
  fc.assert(
    fc.property(options, startArb, steps, (options, start, steps) => {
      const count = tally(name);
      count.sequences++;
      let state = initialCooldown(options);
      let now = start;
      const seen: string[] = [];
      const fail = (message: string, prev: CooldownState, next: CooldownState) => {
        throw new Error(`${name}: ${message}\n  options: ${show(options)}\n  events: ${seen.join(' → ')}\n  before: ${show(prev)}\n  after:  ${show(next)}`);
      };
      const sane = saneCooldown(state);
      if (sane) fail(`initial ${sane}`, state, state);
      for (const step of steps) {
        now += step.dt;
        const event = placeNow(step.event, now);
        seen.push(showEvent(event));
        const next = cooldownTransition(state, event);
        count.events++;
        const broken = saneCooldown(next) ?? deadlinesKept(state, next);
        if (broken) fail(broken, state, next);
        const cap = Math.max(state.availableAt, now + next.maxMs);
        switch (event.type) {
          case 'CODE_SENT':
            if (next.strikes !== state.strikes || next.limitedUntil !== state.limitedUntil) fail('CODE_SENT touched the limit', state, next);
            if (next.availableAt < now + Math.min(next.baseMs, next.maxMs)) fail('CODE_SENT waits less than the base', state, next);
            if (next.availableAt > cap) fail('CODE_SENT waits more than the cap', state, next);
            break;
          case 'LIMIT_REACHED':
            note(name, 'LIMIT_REACHED');
            if (next.strikes !== state.strikes + 1) fail('LIMIT_REACHED did not add a strike', state, next);
            if (next.limitedUntil < now + Math.min(next.baseMs, next.maxMs)) fail('LIMIT_REACHED waits less than the base', state, next);
            if (next.limitedUntil > Math.max(state.limitedUntil, now + next.maxMs)) fail('LIMIT_REACHED waits more than the cap', state, next);
            if (next.availableAt > cap) fail('LIMIT_REACHED moved availableAt past the cap', state, next);
            break;
          case 'RESET':
            if (next.strikes !== 0 || next.availableAt !== state.availableAt || next.limitedUntil !== state.limitedUntil) {
              fail('RESET did more than forget the strikes', state, next);
            }
            break;
        }
        const left = secondsUntil(next.availableAt, now);
        if (!Number.isInteger(left) || left < 0 || (left === 0) !== (next.availableAt <= now)) fail(`secondsUntil is ${left}`, state, next);
        state = next;
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
  tally(name).passed = true;
}

afterAll(() => {
  const lines = Object.entries(ran).map(([machine, { sequences, events, passed, notes }]) => {
    const noted = Object.entries(notes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([what, n]) => `${what}: ${n}`)
      .join(', ');
    const outcome = passed ? `${sequences} sequences, ${events} events` : `STOPPED at a counterexample after ${sequences} runs (shrinking included)`;
    return `  ${machine}: ${outcome}${noted ? ` (${noted})` : ''}`;
  });
  console.log(`[generated] machines: ${RUNS} sequences per machine (≤ ${MAX_EVENTS} events each), seed ${SEED}\n${lines.join('\n')}`);
});
