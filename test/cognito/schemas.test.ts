import { describe, expect, it } from 'vitest';
import { codeSchema, normalizeCode, validate, usernameSchema, attributeNameSchema } from '../../src/cognito/schemas.ts';
import { CognitoError } from '../../src/cognito/errors.ts';

describe('normalizeCode', () => {
  it.each([
    ['12 34-56', '123456'],
    ['１２３４５６', '123456'],
    ['١٢٣٤٥٦', '123456'],
    ['۰۱۲', '012'],
    ['12\u201334\u221256', '123456'],
    ['\t123 456\n', '123456'],
  ])('%j → %j', (raw, clean) => {
    expect(normalizeCode(raw)).toBe(clean);
  });
});

describe('validate', () => {
  function reasonOf(fn: () => unknown) {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(CognitoError);
      return (error as CognitoError).reason;
    }
    throw new Error('expected a validation error');
  }

  it('passes a valid code through', () => {
    expect(validate('ConfirmSignUp', 'code', codeSchema, '123456')).toBe('123456');
  });
  it.each([
    ['', 'required'],
    ['x'.repeat(2049), 'tooLong'],
    ['12 34', 'pattern'],
  ])('rejects code %j as %s', (value, reason) => {
    expect(reasonOf(() => validate('ConfirmSignUp', 'code', codeSchema, value))).toBe(reason);
  });
  it('accepts the longest documented code', () => {
    expect(validate('VerifyUserAttribute', 'code', codeSchema, 'x'.repeat(2048))).toHaveLength(2048);
  });
  it.each([
    [usernameSchema, 'a b', 'pattern'],
    [usernameSchema, 'u'.repeat(129), 'tooLong'],
    [attributeNameSchema, 'n'.repeat(33), 'tooLong'],
    [attributeNameSchema, undefined, 'required'],
  ] as const)('rejects %#', (schema, value, reason) => {
    expect(reasonOf(() => validate('ConfirmSignUp', 'username', schema, value))).toBe(reason);
  });
  it('accepts Unicode user names', () => {
    expect(validate('ConfirmSignUp', 'username', usernameSchema, 'zoë+test@example.com')).toBe('zoë+test@example.com');
  });
});
