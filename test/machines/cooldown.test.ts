import { describe, expect, it } from 'vitest';
import { cooldownTransition, initialCooldown, secondsLeft, type CooldownEvent, type CooldownState } from '../../src/machines/cooldown.ts';

const start = initialCooldown();

describe('cooldownTransition', () => {
  it.each<[string, CooldownState, CooldownEvent, Partial<CooldownState>]>([
    ['a sent code waits the base 30 s', start, { type: 'CODE_SENT', now: 1000 }, { resendAvailableAt: 31_000, strikes: 0 }],
    ['the first limit doubles the wait', start, { type: 'LIMIT_REACHED', now: 0 }, { resendAvailableAt: 60_000, strikes: 1 }],
    ['the next limit doubles again', { ...start, strikes: 1 }, { type: 'LIMIT_REACHED', now: 0 }, { resendAvailableAt: 120_000, strikes: 2 }],
    ['the wait is capped at 15 minutes', { ...start, strikes: 9 }, { type: 'LIMIT_REACHED', now: 0 }, { resendAvailableAt: 900_000, strikes: 10 }],
    ['a limit never shortens a longer wait', { ...start, resendAvailableAt: 500_000 }, { type: 'LIMIT_REACHED', now: 0 }, { resendAvailableAt: 500_000 }],
    ['reset forgets strikes and deadline', { ...start, strikes: 3, resendAvailableAt: 9 }, { type: 'RESET' }, { resendAvailableAt: 0, strikes: 0 }],
  ])('%s', (_name, state, event, expected) => {
    expect(cooldownTransition(state, event)).toMatchObject(expected);
  });

  it('takes a configured base and cap', () => {
    const custom = initialCooldown({ baseSeconds: 10, maxSeconds: 25 });
    expect(cooldownTransition(custom, { type: 'CODE_SENT', now: 0 }).resendAvailableAt).toBe(10_000);
    expect(cooldownTransition(custom, { type: 'LIMIT_REACHED', now: 0 }).resendAvailableAt).toBe(20_000);
    expect(cooldownTransition({ ...custom, strikes: 1 }, { type: 'LIMIT_REACHED', now: 0 }).resendAvailableAt).toBe(25_000);
  });
});

describe('secondsLeft', () => {
  it.each([
    [30_000, 0, 30],
    [30_000, 29_001, 1],
    [30_000, 30_000, 0],
    [30_000, 99_000, 0],
    [0, 5, 0],
  ])('deadline %i at %i → %i', (resendAvailableAt, now, expected) => {
    expect(secondsLeft({ resendAvailableAt }, now)).toBe(expected);
  });
});
