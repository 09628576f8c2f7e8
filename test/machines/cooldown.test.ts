import { describe, expect, it } from 'vitest';
import {
  cooldownTransition,
  initialCooldown,
  initialWaits,
  secondsUntil,
  waitsAfterCodeSent,
  waitsAfterFailure,
  waitsAfterSuccess,
  type CooldownEvent,
  type CooldownState,
} from '../../src/machines/cooldown.ts';
import { networkError, serviceError } from './fixtures.ts';

const start = initialCooldown();

describe('initialCooldown', () => {
  it('waits 30 s after a code and at most 15 minutes by default', () => {
    expect(start).toEqual({ availableAt: 0, limitedUntil: 0, strikes: 0, baseMs: 30_000, maxMs: 900_000 });
  });

  it.each([
    ['a negative number', -5],
    ['NaN', Number.NaN],
  ])('counts %s as no wait', (_name, seconds) => {
    expect(initialCooldown({ baseSeconds: seconds, maxSeconds: seconds })).toMatchObject({ baseMs: 0, maxMs: 0 });
  });

  it.each([
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a number too large for ms', 1.8e305],
  ])('caps %s at a year', (_name, seconds) => {
    const year = 365 * 24 * 3600 * 1000;
    const state = initialCooldown({ baseSeconds: seconds, maxSeconds: seconds });
    expect(state).toMatchObject({ baseMs: year, maxMs: year });
    expect(cooldownTransition(state, { type: 'CODE_SENT', now: 1 }).availableAt).toBe(1 + year);
    expect(cooldownTransition(state, { type: 'LIMIT_REACHED', now: 1 }).limitedUntil).toBe(1 + year);
  });
});

describe('cooldownTransition', () => {
  it.each<[string, CooldownState, CooldownEvent, Partial<CooldownState>]>([
    ['a sent code waits the base 30 s', start, { type: 'CODE_SENT', now: 1000 }, { availableAt: 31_000, limitedUntil: 0, strikes: 0 }],
    ['the first limit doubles the wait', start, { type: 'LIMIT_REACHED', now: 0 }, { availableAt: 60_000, limitedUntil: 60_000, strikes: 1 }],
    ['the next limit doubles again', { ...start, strikes: 1 }, { type: 'LIMIT_REACHED', now: 0 }, { availableAt: 120_000, limitedUntil: 120_000, strikes: 2 }],
    ['the wait is capped at 15 minutes', { ...start, strikes: 9 }, { type: 'LIMIT_REACHED', now: 0 }, { availableAt: 900_000, limitedUntil: 900_000, strikes: 10 }],
    ['a limit never shortens a longer wait', { ...start, availableAt: 500_000 }, { type: 'LIMIT_REACHED', now: 0 }, { availableAt: 500_000, limitedUntil: 60_000 }],
    ['a limit never shortens a longer limit', { ...start, availableAt: 500_000, limitedUntil: 500_000, strikes: 1 }, { type: 'LIMIT_REACHED', now: 0 }, { availableAt: 500_000, limitedUntil: 500_000, strikes: 2 }],
    ['a sent code never moves the deadline earlier', { ...start, availableAt: 500_000 }, { type: 'CODE_SENT', now: 0 }, { availableAt: 500_000 }],
    ['a sent code keeps a longer "too many" wait', { ...start, availableAt: 120_000, limitedUntil: 120_000, strikes: 2 }, { type: 'CODE_SENT', now: 1000 }, { availableAt: 120_000, limitedUntil: 120_000, strikes: 2 }],
    ['a sent code after the limit waits the base from then', { ...start, availableAt: 60_000, limitedUntil: 60_000, strikes: 1 }, { type: 'CODE_SENT', now: 70_000 }, { availableAt: 100_000, limitedUntil: 60_000 }],
    ['reset forgets the strikes and keeps the deadlines', { ...start, strikes: 3, availableAt: 9, limitedUntil: 9 }, { type: 'RESET' }, { availableAt: 9, limitedUntil: 9, strikes: 0 }],
  ])('%s', (_name, state, event, expected) => {
    expect(cooldownTransition(state, event)).toMatchObject(expected);
  });

  it('takes a configured base and cap', () => {
    const custom = initialCooldown({ baseSeconds: 10, maxSeconds: 25 });
    expect(cooldownTransition(custom, { type: 'CODE_SENT', now: 0 }).availableAt).toBe(10_000);
    expect(cooldownTransition(custom, { type: 'LIMIT_REACHED', now: 0 }).availableAt).toBe(20_000);
    expect(cooldownTransition({ ...custom, strikes: 1 }, { type: 'LIMIT_REACHED', now: 0 }).availableAt).toBe(25_000);
  });

  it('waits no longer than the cap after a code when the base is longer', () => {
    const custom = initialCooldown({ baseSeconds: 60, maxSeconds: 20 });
    expect(cooldownTransition(custom, { type: 'CODE_SENT', now: 0 }).availableAt).toBe(20_000);
  });

  it('stays finite with baseSeconds 0 after thousands of limits', () => {
    let state = initialCooldown({ baseSeconds: 0 });
    for (let i = 0; i < 5000; i++) state = cooldownTransition(state, { type: 'LIMIT_REACHED', now: i });
    expect(state).toEqual({ availableAt: 4999, limitedUntil: 4999, strikes: 5000, baseMs: 0, maxMs: 900_000 });
  });

  it('stays at the cap (not Infinity) after thousands of limits', () => {
    let state = start;
    for (let i = 0; i < 5000; i++) state = cooldownTransition(state, { type: 'LIMIT_REACHED', now: 0 });
    expect(state).toMatchObject({ availableAt: 900_000, limitedUntil: 900_000, strikes: 5000 });
  });
});

describe('secondsUntil', () => {
  it.each([
    [30_000, 0, 30],
    [30_000, 29_001, 1],
    [30_000, 29_000, 1],
    [30_000, 30_000, 0],
    [30_000, 99_000, 0],
    [0, 5, 0],
  ])('deadline %i at %i → %i', (deadline, now, expected) => {
    expect(secondsUntil(deadline, now)).toBe(expected);
  });
});

describe('waits', () => {
  const tooManySends = serviceError('ResendConfirmationCode', 'LimitExceededException');
  const tooManyChecks = serviceError('ConfirmSignUp', 'TooManyFailedAttemptsException');
  const fresh = initialWaits();

  it('start with nothing to wait for', () => {
    expect(fresh).toEqual({ send: start, check: start });
  });

  it('resume the send wait from codeSentAt, and only that one', () => {
    const waits = initialWaits({}, 5000);
    expect(waits.send).toMatchObject({ availableAt: 35_000, limitedUntil: 0, strikes: 0 });
    expect(waits.check).toEqual(start);
  });

  it('a "too many" on a send lengthens only the send wait', () => {
    const waits = waitsAfterFailure(fresh, 'send', tooManySends, 1000);
    expect(waits.send).toMatchObject({ availableAt: 61_000, limitedUntil: 61_000, strikes: 1 });
    expect(waits.check).toBe(fresh.check);
  });

  it('a "too many" on a check lengthens only the check wait', () => {
    const waits = waitsAfterFailure(fresh, 'check', tooManyChecks, 1000);
    expect(waits.check).toMatchObject({ availableAt: 61_000, limitedUntil: 61_000, strikes: 1 });
    expect(waits.send).toBe(fresh.send);
  });

  it.each([
    ['a wrong code', serviceError('ConfirmSignUp', 'CodeMismatchException')],
    ['an expired code', serviceError('ConfirmSignUp', 'ExpiredCodeException')],
    ['a network failure', networkError('ConfirmSignUp')],
  ])('%s leaves the waits alone', (_name, error) => {
    expect(waitsAfterFailure(fresh, 'check', error, 1000)).toBe(fresh);
    expect(waitsAfterFailure(fresh, 'send', error, 1000)).toBe(fresh);
  });

  it('a sent code starts only the send wait', () => {
    const waits = waitsAfterCodeSent(fresh, 1000);
    expect(waits.send.availableAt).toBe(31_000);
    expect(waits.check).toBe(fresh.check);
  });

  it('a success forgets both strikes and keeps both deadlines', () => {
    const limited = waitsAfterFailure(waitsAfterFailure(fresh, 'send', tooManySends, 0), 'check', tooManyChecks, 0);
    const waits = waitsAfterSuccess(limited);
    expect(waits.send).toMatchObject({ availableAt: 60_000, limitedUntil: 60_000, strikes: 0 });
    expect(waits.check).toMatchObject({ availableAt: 60_000, limitedUntil: 60_000, strikes: 0 });
  });
});
