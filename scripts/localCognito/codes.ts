import { AsyncLocalStorage } from 'node:async_hooks';
import type { Messages } from 'cognito-local/lib/services/messages.js';
import type { DeliveryDetails } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';
import type { MessageTemplate } from './pool.ts';

/** One message the server "sent"; `to` is the real (unmasked) destination. */
export interface OutboxMessage {
  to: string;
  /** `EMAIL` or `SMS`, as `CodeDeliveryDetails.DeliveryMedium` says. */
  medium: DeliveryDetails['DeliveryMedium'];
  code: string;
  /** The text sent, from the pool's VerificationMessageTemplate (`{####}` replaced by the code). */
  message: string;
  /** The API operation that sent it: `SignUp`, `ResendConfirmationCode`, `UpdateUserAttributes`… */
  operation: string;
  /** ISO 8601. */
  at: string;
}

/** What a code was issued for: `signUp` (confirmation) or the attribute it verifies. */
export type CodePurpose = 'signUp' | 'forgotPassword' | 'mfa' | string;

interface IssuedCode {
  code: string;
  attributeName: DeliveryDetails['AttributeName'];
  destination: string;
  issuedAt: number;
}

export type CodeCheck = 'ok' | 'mismatch' | 'expired' | 'locked';

export interface CodeLimits {
  /** How long a code is accepted. */
  lifetimeMs: number;
  /** How long a password-reset code is accepted (shorter than the others on AWS). */
  forgotPasswordLifetimeMs: number;
  /** Wrong codes in a row before checks are refused for `lockoutMs`. */
  maxAttempts: number;
  /** How long checks are refused once `maxAttempts` wrong codes were tried. */
  lockoutMs: number;
}

/**
 * The codes in force, one per user and purpose; a new one replaces the old. cognito-local
 * keeps codes without an issue time or attempt count, so lifetime and attempt limits live here.
 * Wrong tries count per user and purpose, across resends: a new code does not lift a lockout,
 * only time does (as on AWS, "please try after some time").
 */
export class CodeBook {
  readonly #codes = new Map<string, IssuedCode>();
  readonly #failures = new Map<string, number>();
  readonly #lockedUntil = new Map<string, number>();
  readonly #limits: CodeLimits;

  constructor(limits: CodeLimits) {
    this.#limits = limits;
  }

  static key(userPoolId: string, username: string, purpose: CodePurpose): string {
    return JSON.stringify([userPoolId, username, purpose]);
  }

  #lifetime(key: string): number {
    const [, , purpose] = JSON.parse(key) as [string, string, CodePurpose];
    return purpose === 'forgotPassword' ? this.#limits.forgotPasswordLifetimeMs : this.#limits.lifetimeMs;
  }

  issue(key: string, code: string, delivery: DeliveryDetails, issuedAt = Date.now()): void {
    this.#codes.set(key, { code, attributeName: delivery.AttributeName, destination: delivery.Destination, issuedAt });
  }

  get(key: string): Readonly<IssuedCode> | undefined {
    return this.#codes.get(key);
  }

  /** Makes the code in force look issued `ms` earlier (demo users whose code has expired). */
  age(key: string, ms: number): void {
    const issued = this.#codes.get(key);
    if (issued) issued.issuedAt -= ms;
  }

  /** Checks a submitted code. No code in force counts as expired. */
  check(key: string, submitted: string, now = Date.now()): CodeCheck {
    const until = this.#lockedUntil.get(key);
    if (until !== undefined) {
      if (now < until) return 'locked';
      this.#lockedUntil.delete(key);
    }
    const issued = this.#codes.get(key);
    if (!issued) return 'expired';
    if (now - issued.issuedAt > this.#lifetime(key)) return 'expired';
    if (issued.code === submitted) return 'ok';
    const failures = (this.#failures.get(key) ?? 0) + 1;
    if (failures >= this.#limits.maxAttempts) {
      this.#failures.delete(key);
      this.#lockedUntil.set(key, now + this.#limits.lockoutMs);
    } else {
      this.#failures.set(key, failures);
    }
    return 'mismatch';
  }

  /** After a successful check: the code is used up and the wrong tries are forgotten. */
  clear(key: string): void {
    this.#codes.delete(key);
    this.#failures.delete(key);
  }
}

/** The API operation being handled, so a delivery can say which operation sent it. */
export const currentOperation = new AsyncLocalStorage<string>();

/** Cognito's default verification message. */
const defaultMessage = 'Your verification code is {####}. ';

const purposeBySource: Record<string, CodePurpose | undefined> = {
  SignUp: 'signUp',
  ResendCode: 'signUp',
  ForgotPassword: 'forgotPassword',
  Authentication: 'mfa',
};

/**
 * cognito-local's `Messages` service, replaced: instead of printing a box to the console, each
 * delivery is recorded in the code book (with its issue time) and in the outbox.
 */
export function recordingMessages(
  codes: CodeBook,
  outbox: OutboxMessage[],
  log: (line: string) => void,
  template: MessageTemplate = {},
): Messages {
  return {
    async deliver(_ctx, source, _clientId, userPoolId, user, code, _clientMetadata, delivery) {
      const purpose = purposeBySource[source] ?? delivery.AttributeName;
      codes.issue(CodeBook.key(userPoolId, user.Username, purpose), code, delivery);
      const operation = currentOperation.getStore() ?? source;
      const text = (delivery.DeliveryMedium === 'SMS' ? template.SmsMessage : template.EmailMessage) ?? defaultMessage;
      const message = text.replaceAll('{####}', code);
      const medium = delivery.DeliveryMedium;
      outbox.push({ to: delivery.Destination, medium, code, message, operation, at: new Date().toISOString() });
      log(`code ${code} sent by ${medium} to ${delivery.Destination} (${operation})`);
    },
  };
}

/**
 * Masks a destination the way Cognito does in `CodeDeliveryDetails`: an email keeps the first
 * character of the local part and of the domain (`a***@e***`); a phone number keeps `+` and
 * its last four digits (`+*******0123`).
 */
export function maskDestination(destination: string): string {
  const at = destination.lastIndexOf('@');
  if (at >= 0) {
    return `${destination.charAt(0)}***@${destination.charAt(at + 1)}***`;
  }
  const plus = destination.startsWith('+') ? '+' : '';
  const digits = destination.slice(plus.length);
  return `${plus}${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}
