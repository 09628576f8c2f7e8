import { describe, expect, it } from 'vitest';
import { passwordRules, type PasswordPolicy, type PasswordRuleName } from '../../src/cognito/passwordPolicy.ts';

const all: PasswordPolicy = { MinimumLength: 10, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true };
/** Whether `rule` of `policy` is met by `password`. */
const met = (policy: PasswordPolicy, password: string, rule: PasswordRuleName) => passwordRules(policy, password).find((r) => r.rule === rule)?.met;

// Cognito's special characters (user pool password policy): these 32, and the space.
const cognitoSymbols = ['^', '$', '*', '.', '[', ']', '{', '}', '(', ')', '?', '"', '!', '@', '#', '%', '&', '/', '\\', ',', '>', '<', "'", ':', ';', '|', '_', '~', '`', '=', '+', '-'];

describe('passwordRules', () => {
  it('lists the policy’s rules in reading order: length, lowercase, uppercase, number, symbol', () => {
    expect(passwordRules(all, '').map((r) => r.rule)).toEqual(['minLength', 'lowercase', 'uppercase', 'number', 'symbol']);
  });

  it('lists only the rules the policy requires, and always the length', () => {
    expect(passwordRules({}, 'x').map((r) => r.rule)).toEqual(['minLength']);
    expect(passwordRules({ RequireNumbers: true }, 'x').map((r) => r.rule)).toEqual(['minLength', 'number']);
    expect(passwordRules({ RequireUppercase: false, RequireSymbols: true }, 'x').map((r) => r.rule)).toEqual(['minLength', 'symbol']);
  });

  it('MinimumLength defaults to 8, as in Cognito', () => {
    expect(passwordRules({}, '')).toEqual([{ rule: 'minLength', count: 8, met: false }]);
    expect(met({}, '1234567', 'minLength')).toBe(false);
    expect(met({}, '12345678', 'minLength')).toBe(true);
  });

  it('MinimumLength counts characters up to the limit exactly', () => {
    expect(passwordRules({ MinimumLength: 12 }, 'a'.repeat(11))[0]).toEqual({ rule: 'minLength', count: 12, met: false });
    expect(passwordRules({ MinimumLength: 12 }, 'a'.repeat(12))[0]).toEqual({ rule: 'minLength', count: 12, met: true });
    expect(passwordRules({ MinimumLength: 6 }, 'abcdef')[0]!.met).toBe(true);
  });

  it('a full password meets every rule; an empty one none', () => {
    expect(passwordRules(all, 'Correct 9 horse!').every((r) => r.met)).toBe(true);
    expect(passwordRules(all, '').some((r) => r.met)).toBe(false);
  });

  it.each<[PasswordRuleName, string, string]>([
    ['lowercase', 'ABC123!x', 'ABC123!X'],
    ['uppercase', 'abc123!X', 'abc123!x'],
    ['number', 'abcdef!7', 'abcdef!x'],
    ['symbol', 'abcdef7!', 'abcdef7x'],
  ])('%s: met by %j, not by %j', (rule, yes, no) => {
    expect(met(all, yes, rule)).toBe(true);
    expect(met(all, no, rule)).toBe(false);
  });

  it.each(cognitoSymbols)('%s counts as a symbol', (symbol) => {
    expect(met({ RequireSymbols: true }, `abc${symbol}def`, 'symbol')).toBe(true);
  });

  it('a space inside the password counts as a symbol', () => {
    expect(met({ RequireSymbols: true }, 'correct horse', 'symbol')).toBe(true);
  });

  it.each([
    ['a letter', 'abc'],
    ['a digit', 'abc1'],
    ['a currency sign outside the list', 'abc€£¥'],
    ['the section sign', 'abc§'],
    ['a non-ASCII punctuation mark', 'abc¿¡«»…'],
    ['an emoji', 'abc🙂'],
  ])('%s is not one of Cognito’s symbols', (_label, password) => {
    expect(met({ RequireSymbols: true }, password, 'symbol')).toBe(false);
  });

  it('letters of any script count for lowercase and uppercase', () => {
    expect(met(all, 'ÉCOLE', 'uppercase')).toBe(true);
    expect(met(all, 'ÉCOLE', 'lowercase')).toBe(false);
    expect(met(all, 'straße', 'lowercase')).toBe(true);
    expect(met(all, 'straße', 'uppercase')).toBe(false);
    expect(met(all, 'ПАРОЛЬ', 'uppercase')).toBe(true);
    expect(met(all, 'пароль', 'lowercase')).toBe(true);
    expect(met(all, 'Ωμέγα', 'uppercase')).toBe(true);
    expect(met(all, 'Ωμέγα', 'lowercase')).toBe(true);
  });

  it('letters without case (Chinese, Arabic) meet neither case rule', () => {
    expect(met(all, '密码密码', 'lowercase')).toBe(false);
    expect(met(all, '密码密码', 'uppercase')).toBe(false);
    expect(met(all, 'كلمة', 'lowercase')).toBe(false);
  });

  it('only ASCII digits count as numbers', () => {
    expect(met(all, 'abc0', 'number')).toBe(true);
    expect(met(all, 'abc9', 'number')).toBe(true);
    expect(met(all, 'abc１', 'number')).toBe(false);
    expect(met(all, 'abc١', 'number')).toBe(false);
  });

  it('does not depend on earlier calls (no stateful global regular expression)', () => {
    for (let i = 0; i < 3; i++) {
      expect(passwordRules(all, 'Correct 9 horse!').every((r) => r.met)).toBe(true);
    }
  });
});
