import * as z from 'zod/mini';
import { CognitoError, type ErrorField, type Setting, type ValidationReason } from './errors.ts';
import type { Operation } from './gateway.ts';

// Each check's `error` is the reason a message is chosen by, not text for people.
const required = z.minLength(1, { error: 'required' });
const maxLength = (n: number) => z.maxLength(n, { error: 'tooLong' });
const pattern = (re: RegExp) => z.regex(re, { error: 'pattern' });

/** Cognito's pattern for user names and attribute names: letters, marks, symbols, numbers, punctuation. */
const printable = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export const usernameSchema = z.string().check(required, maxLength(128), pattern(printable));
export const clientIdSchema = z.string().check(required, maxLength(128), pattern(/^[\w+]+$/));
/** A new password: Cognito takes up to 256 characters that neither start nor end with white space. */
export const passwordSchema = z.string().check(required, maxLength(256), pattern(/^\S(?:.*\S)?$/su));
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

/** The reasons a schema check names in its `error`; the one list the forms read too. */
export const validationReasons: readonly ValidationReason[] = ['required', 'tooLong', 'pattern', 'format'];

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
    value === undefined || value === '' ? 'required' : validationReasons.find((r) => r === first?.message) ?? 'pattern';
  throw new CognitoError(rejection(operation, field, reason));
}

/** Fields the app supplies: a bad value there is a set-up fault, named for the developer. */
const settingOf: Partial<Record<ErrorField, Setting>> = {
  clientId: 'clientId',
  secretHash: 'secretHash',
  clientMetadata: 'clientMetadata',
  attributeName: 'attributeName',
};

export function rejection(operation: Operation, field: ErrorField, reason: ValidationReason, setting = settingOf[field]) {
  return { name: 'ValidationError', operation, kind: 'validation', recovery: 'fixInput', retryable: false, field, reason, setting } as const;
}

// Invisible characters email templates and copy-paste put into codes: format characters
// (zero-width spaces and joiners, word joiner, BOM, bidi marks, soft hyphen) and C0/C1 controls.
const invisible = /[\p{Cf}\p{Cc}]/gu;
// Whitespace, hyphen-minus, the Unicode hyphens and dashes (U+2010–2015), and minus (U+2212).
const separators = /[\s\-\u2010-\u2015\u2212]/gu;
const decimalDigit = /\p{Nd}/u;
const otherScriptDigit = /[^\P{Nd}0-9]/gu;

/** The value of a decimal digit of any script: Unicode keeps each script's 0–9 in a run of ten, starting at 0. */
function digitValue(digit: string): string {
  const point = digit.codePointAt(0) ?? 0;
  let zero = point;
  while (decimalDigit.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String((point - zero) % 10);
}

/**
 * Cleans a code as people type or paste it: full-width digits and letters become ASCII (NFKC),
 * decimal digits of every script (Arabic-Indic, Persian, Devanagari, Bengali, Thai…) become
 * 0–9, and spaces, hyphens, dashes and invisible characters are dropped.
 */
export function normalizeCode(raw: string): string {
  return raw.normalize('NFKC').replace(invisible, '').replace(separators, '').replace(otherScriptDigit, digitValue);
}

/**
 * Checks a normalised code before it is sent: Cognito's pattern for codes, and with a known
 * `length` exactly that many characters (fewer is `incomplete`, so no attempt is spent on part
 * of a code).
 */
export function validateCode(operation: Operation, code: string, length: number | 'free'): string {
  const checked = validate(operation, 'code', codeSchema, code);
  if (length === 'free' || checked.length === length) return checked;
  if (checked.length < length) throw new CognitoError({ ...rejection(operation, 'code', 'incomplete'), length });
  throw new CognitoError(rejection(operation, 'code', 'tooLong'));
}
