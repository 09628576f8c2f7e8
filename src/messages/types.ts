import type {
  DocumentedExceptionName,
  LocalErrorName,
  ValidationReason,
  documentedExceptions,
} from '../cognito/errors.ts';
import type { Operation } from '../cognito/gateway.ts';

/**
 * A message that depends on a number: one form per CLDR plural category the locale uses, chosen
 * with `Intl.PluralRules` (`other` is always there). English needs `one` and `other`; Russian
 * `one`, `few`, `many`, `other`; Japanese `other` alone.
 */
export type PluralMessage = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** One message per reason a value can fail validation before a request is sent. */
export type ReasonMessages = Record<Exclude<ValidationReason, 'incomplete'>, string>;

/** The code's messages: the common reasons, and a code shorter than the field (`{length}` digits expected). */
export type CodeReasonMessages = ReasonMessages & { incomplete: PluralMessage };

/**
 * Messages for the fields people fill in, per reason. Developer-supplied fields (`clientId`,
 * `accessToken`, `secretHash`, `clientMetadata`) may be listed here too; when one is not, its
 * message comes from `configuration`, since a bad value there is the app's fault.
 */
export interface ValidationMessages {
  /** The confirmation or verification code. */
  code: CodeReasonMessages;
  /** The user name on sign-up confirmation and password reset. */
  username: ReasonMessages;
  /**
   * The new password on password reset. `format` is a password that breaks one of the pool's
   * rules (the checklist says which).
   */
  password: ReasonMessages;
  /** The attribute to verify or change. */
  attributeName: ReasonMessages;
  /** A new attribute value; `{attribute}` is its label, like "email address". */
  value: ReasonMessages;
  /** Overrides of `value` for one attribute, keyed by attribute name (`email`, `phone_number`). */
  valueByAttribute: Record<string, Partial<ReasonMessages>>;
  /** Fallback for values the app supplies: a set-up fault, not something the person typed. */
  configuration: ReasonMessages;
  clientId?: Partial<ReasonMessages>;
  accessToken?: Partial<ReasonMessages>;
  secretHash?: Partial<ReasonMessages>;
  clientMetadata?: Partial<ReasonMessages>;
}

/** How an attribute is named to people. */
export interface AttributeText {
  /** The attribute inside a sentence, like "email address" (fills `{attribute}`). */
  noun: string;
  /** The attribute as a field label, like "Email". */
  label: string;
}

/** Exceptions documented for one operation. */
export type OperationExceptionName<O extends Operation> = (typeof documentedExceptions)[O][number];

/** Every string a component shows that is not an error message. `{name}` marks a placeholder. */
export interface UiMessages {
  /** Accessible name of the code field on sign-up confirmation. */
  confirmationCodeLabel: string;
  /** Accessible name of the code field when verifying an attribute. */
  verificationCodeLabel: string;
  /** Submit button on sign-up confirmation. */
  confirm: string;
  /** Submit button when verifying an attribute. */
  verify: string;
  /** Submit button on the attribute settings form. */
  save: string;
  /** Button that asks for a new code. */
  resendCode: string;
  /** Button that asks for the first code when none was sent yet. */
  sendCode: string;
  /** The resend button while it waits; `{time}` is `formatDuration` output like "0:27". */
  resendCodeIn: string;
  /** Where the code went; `{destination}` is Cognito's masked address. */
  codeSent: string;
  /** As `codeSent`, when Cognito says the code went by email. */
  codeSentByEmail: string;
  /** As `codeSent`, when Cognito says the code went by text message. */
  codeSentBySms: string;
  /** As `codeSent`, when Cognito does not say where the code went. */
  codeSentNoDestination: string;
  /** After a resend; `{destination}` as in `codeSent`. */
  newCodeSent: string;
  /** Announced once when the resend cooldown ends. */
  resendAvailable: string;
  /** Success on sign-up confirmation. */
  confirmed: string;
  /** When the account turns out to be confirmed already. */
  alreadyConfirmed: string;
  /** Success when an attribute is verified; `{attribute}` like "email address". */
  verified: string;
  /** Success when a new value applied at once. */
  saved: string;
  /** Heading of the pending-value banner. */
  pendingTitle: string;
  /** Body of the pending-value banner; `{value}` is the new value. */
  pendingBody: string;
  /** Heading when the current value is not verified. */
  unverifiedTitle: string;
  /** Body when the current value is not verified; `{value}` is that value. */
  unverifiedBody: string;
  /** Drops a pending change. */
  cancelChange: string;
  /** Repeats the last request after a passing failure. */
  tryAgain: string;
  /** Shown when the session has ended. */
  signInAgain: string;
  /** On an alias conflict, when the app allows `forceAliasCreation`. */
  useThisAnyway: string;
  /** Explains what `useThisAnyway` does to the other account. */
  useThisAnywayHint: string;
  /** After too many attempts; `{time}` like "0:27" or a clock time. */
  waitUntil: string;
  /** Hint under the code field when the code length is known; `{length}` like "6", plural by it. */
  codeHint: PluralMessage;
  /** Hint under the code field before any code was sent (nothing was requested yet). */
  codeNotSentYet: string;
  /** The settings field while the current value loads; `{attribute}` like "email address". */
  loading: string;
  /** Hint under the code field when the code length is not known. */
  codeHintAnyLength: string;
  /** Submit button text while a code is checked. */
  submitting: string;
  /** Resend button text while a code is requested. */
  sending: string;
  /** Save button text while a value is saved. */
  saving: string;
  /** Visually hidden prefix before an error message, for screen readers. */
  errorPrefix: string;
  /** Fills `{attribute}` in an error when the attribute is not known. */
  attributeFallback: string;
  /** Label of the user name field on password reset. */
  usernameLabel: string;
  /** Hint under the user name field before a reset code is sent. */
  resetPasswordHint: string;
  /** Label of the new-password field. */
  newPasswordLabel: string;
  /** The toggle that shows the password as plain text. */
  showPassword: string;
  /** The toggle that masks the password again. */
  hidePassword: string;
  /** Heading of the password rules checklist. */
  passwordRulesTitle: string;
  /** Checklist item; `{count}` is the pool's minimum length, plural by it. */
  passwordMinLength: PluralMessage;
  /** Checklist item. */
  passwordLowercase: string;
  /** Checklist item. */
  passwordUppercase: string;
  /** Checklist item. */
  passwordNumber: string;
  /** Checklist item; Cognito's symbols are the ASCII punctuation marks. */
  passwordSymbol: string;
  /** Visually hidden before a rule the password meets. */
  ruleMet: string;
  /** Visually hidden before a rule the password does not meet yet. */
  ruleNotMet: string;
  /** Announced politely as rules are met; `{count}` rules are still to meet, plural by it. */
  passwordRulesLeft: PluralMessage;
  /** Announced when the password meets every rule. */
  passwordRulesAllMet: string;
  /** Submit button on password reset. */
  resetPassword: string;
  /** Submit button text while the new password is saved. */
  resettingPassword: string;
  /** Success on password reset. */
  passwordChanged: string;
  /** Hands back to signing in, after a reset. */
  signIn: string;
  /** Offered when the account must be confirmed before its password can be reset. */
  confirmAccount: string;
  /** Starts over with another user name. */
  useAnotherUsername: string;
}

/** One locale's text for the kit. */
export interface Messages {
  /** The BCP 47 tag this text is written in (plural rules and number formats follow it). */
  locale: string;
  /** A message for every exception any operation documents. */
  exceptions: Record<DocumentedExceptionName, string>;
  /** Per-operation messages where an exception means something different there. */
  byOperation: { [O in Operation]: Partial<Record<OperationExceptionName<O>, string>> };
  /** Messages for the kit's own error names; `UnknownError` is the fallback for anything else. */
  local: Record<LocalErrorName, string>;
  /** Messages for input rejected before any request. */
  validation: ValidationMessages;
  /** Names of attributes; other names are humanised (`custom:nickname` → "nickname"). */
  attributes: { email: AttributeText; phone_number: AttributeText; [name: string]: AttributeText };
  /** Labels, buttons and status text. */
  ui: UiMessages;
}

/** `T` with every property, at every depth, optional. */
export type DeepPartial<T> = T extends string
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A partial `Messages`, as the provider's `messages` prop takes it. */
export type MessageOverrides = DeepPartial<Messages>;
