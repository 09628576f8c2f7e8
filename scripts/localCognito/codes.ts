import { AsyncLocalStorage } from 'node:async_hooks';
import type { Messages } from 'cognito-local/lib/services/messages.js';
import type { DeliveryDetails } from 'cognito-local/lib/services/messageDelivery/messageDelivery.js';

/** One message the server "sent"; `to` is the real (unmasked) destination. */
export interface OutboxMessage {
  to: string;
  code: string;
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
  failures: number;
}

export type CodeCheck = 'ok' | 'mismatch' | 'expired' | 'locked';

/**
 * The codes in force, one per user and purpose; a new one replaces the old. cognito-local
 * keeps codes without an issue time or attempt count, so lifetime and attempt limits live here.
 */
export class CodeBook {
  readonly #codes = new Map<string, IssuedCode>();
  readonly #lifetimeMs: number;
  readonly #maxAttempts: number;

  constructor(lifetimeMs: number, maxAttempts: number) {
    this.#lifetimeMs = lifetimeMs;
    this.#maxAttempts = maxAttempts;
  }

  static key(userPoolId: string, username: string, purpose: CodePurpose): string {
    return JSON.stringify([userPoolId, username, purpose]);
  }

  issue(key: string, code: string, delivery: DeliveryDetails): void {
    this.#codes.set(key, {
      code,
      attributeName: delivery.AttributeName,
      destination: delivery.Destination,
      issuedAt: Date.now(),
      failures: 0,
    });
  }

  get(key: string): Readonly<IssuedCode> | undefined {
    return this.#codes.get(key);
  }

  /**
   * Checks a submitted code. Once the attempt limit is reached even the right code is refused
   * until a new one is issued (real Cognito locks for a while instead; a new code is the
   * local stand-in for "after some time"). No code in force counts as expired.
   */
  check(key: string, submitted: string): CodeCheck {
    const issued = this.#codes.get(key);
    if (!issued) return 'expired';
    if (issued.failures >= this.#maxAttempts) return 'locked';
    if (Date.now() - issued.issuedAt > this.#lifetimeMs) return 'expired';
    if (issued.code !== submitted) {
      issued.failures += 1;
      return 'mismatch';
    }
    return 'ok';
  }

  clear(key: string): void {
    this.#codes.delete(key);
  }
}

/** The API operation being handled, so a delivery can say which operation sent it. */
export const currentOperation = new AsyncLocalStorage<string>();

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
): Messages {
  return {
    async deliver(_ctx, source, _clientId, userPoolId, user, code, _clientMetadata, delivery) {
      const purpose = purposeBySource[source] ?? delivery.AttributeName;
      codes.issue(CodeBook.key(userPoolId, user.Username, purpose), code, delivery);
      const operation = currentOperation.getStore() ?? source;
      outbox.push({ to: delivery.Destination, code, operation, at: new Date().toISOString() });
      log(`code ${code} sent to ${delivery.Destination} (${operation})`);
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
