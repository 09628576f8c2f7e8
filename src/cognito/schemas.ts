import * as z from 'zod/mini';
import { CognitoError, type ErrorField, type ValidationReason } from './errors.ts';
import type { Operation } from './gateway.ts';

// Each check's `error` is the reason a message is chosen by, not text for people.
const required = z.minLength(1, { error: 'required' });
const maxLength = (n: number) => z.maxLength(n, { error: 'tooLong' });
const pattern = (re: RegExp) => z.regex(re, { error: 'pattern' });

/** Cognito's pattern for user names and attribute names: letters, marks, symbols, numbers, punctuation. */
const printable = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export const usernameSchema = z.string().check(required, maxLength(128), pattern(printable));
export const clientIdSchema = z.string().check(required, maxLength(128), pattern(/^[\w+]+$/));
/** ConfirmationCode (ConfirmSignUp) and Code (VerifyUserAttribute), after `normalizeCode`. */
export const codeSchema = z.string().check(required, maxLength(2048), pattern(/^\S+$/u));
export const attributeNameSchema = z.string().check(required, maxLength(32), pattern(printable));
export const attributeValueSchema = z.string().check(maxLength(2048));
export const accessTokenSchema = z.string().check(required, pattern(/^[A-Za-z0-9\-_=.]+$/));
export const secretHashSchema = z.string().check(required, maxLength(128), pattern(/^[\w+=/]+$/));
export const clientMetadataSchema = z.record(
  z.string().check(maxLength(131072)),
  z.string().check(maxLength(131072)),
);

/** An email address, for `UpdateAttributeForm` on `email`. */
export const emailSchema = z.string().check(required, maxLength(2048), z.email({ error: 'format' }));
/** A phone number in E.164 (`+` and up to 15 digits), as Cognito stores `phone_number`. */
export const phoneNumberSchema = z.string().check(required, z.regex(/^\+[1-9]\d{1,14}$/, { error: 'format' }));

/** The schema for a new value of `attributeName`, as the settings form validates it. */
export function attributeValueSchemaFor(attributeName: string) {
  if (attributeName === 'email') return emailSchema;
  if (attributeName === 'phone_number') return phoneNumberSchema;
  return attributeValueSchema;
}

const reasons: readonly ValidationReason[] = ['required', 'tooLong', 'pattern', 'format'];

/**
 * Returns `value` if `schema` accepts it, else throws a `ValidationError` naming the field and
 * the first reason, so the hook can show a specific message without sending anything.
 */
export function validate<T>(
  operation: Operation,
  field: ErrorField,
  schema: z.ZodMiniType<T>,
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const reason =
    value === undefined || value === '' ? 'required' : reasons.find((r) => r === first?.message) ?? 'pattern';
  throw new CognitoError({
    name: 'ValidationError',
    operation,
    kind: 'validation',
    recovery: 'fixInput',
    retryable: false,
    field,
    reason,
  });
}

// Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits.
const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Whitespace, hyphen-minus, the Unicode hyphens and dashes (U+2010–2015), and minus (U+2212).
const separators = /[\s\-\u2010-\u2015\u2212]/gu;

/**
 * Cleans a code as people type or paste it: full-width digits and letters become ASCII (NFKC),
 * Arabic-Indic digits become 0–9, and spaces, hyphens and dashes are dropped.
 */
export function normalizeCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(easternDigits, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .replace(separators, '');
}
