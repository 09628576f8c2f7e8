/**
 * `cognito-verify-kit/testing`: a gateway for apps' own tests (and the kit's stories and tests).
 * It answers like a small in-memory user pool, and each call can be scripted: a reply, any
 * documented exception by name, a network failure, or a reply held until the test releases it.
 *
 * ```tsx
 * const gateway = createTestGateway();
 * gateway.failNext('ConfirmSignUp', 'ExpiredCodeException');
 * render(<CognitoVerifyProvider gateway={gateway} clientId="test"><ConfirmSignUpForm username="ada" /></CognitoVerifyProvider>);
 * ```
 */
import { documentedExceptions } from './cognito/errors.ts';
import { passwordRules, type PasswordPolicy } from './cognito/passwordPolicy.ts';
import type { CodeDeliveryDetails, CognitoGateway, GetUserResult, Operation, UpdateUserAttributesResult } from './cognito/gateway.ts';

/** The one code the test gateway accepts. */
export const TEST_CODE = '123456';

export interface TestGatewayOptions {
  /** The account's email. @default 'ada@example.com' */
  email?: string;
  /** @default true */
  emailVerified?: boolean;
  /** The account's phone number. @default '+15555550123' */
  phoneNumber?: string;
  /** @default true */
  phoneNumberVerified?: boolean;
  /** More attributes of the account, like `given_name`. @default {} */
  attributes?: Record<string, string>;
  /** The sign-up is already confirmed: ConfirmSignUp answers as Cognito does for a confirmed user. @default false */
  confirmed?: boolean;
  /** Attributes whose new value stays pending until verified. @default ['email'] */
  verifyBeforeUpdate?: string[];
  /** The pool's password rules, checked by ConfirmForgotPassword (InvalidPasswordException). @default no rules */
  passwordPolicy?: PasswordPolicy;
  /** Every call waits this long first, in milliseconds, to show loading states. @default 0 */
  delay?: number;
  /** Every call fails as `fetch` does with no network. @default false */
  offline?: boolean;
}

/** What `operation` resolves with, e.g. `GetUserResult` for `'GetUser'`. */
export type ResultOf<O extends Operation> = Awaited<ReturnType<CognitoGateway[Uncapitalize<O>]>>;

/** A documented exception of `operation` (`'CodeMismatchException'`…), or `'NetworkError'` for a failed `fetch`. */
export type FailureOf<O extends Operation> = (typeof documentedExceptions)[O][number] | 'NetworkError';

export interface FailOptions {
  /** Cognito's own text (the kit must never show it). @default `<name> (raw server text)` */
  message?: string;
  /** How many calls in a row fail. @default 1 */
  times?: number;
}

export interface HeldCall {
  /** Lets the held call go on to its reply (or its scripted failure). */
  release: () => void;
  /** Resolves once the held call has been made. */
  reached: Promise<void>;
}

export interface TestGateway extends CognitoGateway {
  /** The next call(s) of `operation` reject with this exception, shaped as the SDK and the fetch gateway throw it. */
  failNext: <O extends Operation>(operation: O, name: FailureOf<O>, options?: FailOptions) => void;
  /** The next call of `operation` resolves with `result` instead of the in-memory pool's answer. */
  replyNext: <O extends Operation>(operation: O, result: ResultOf<O>) => void;
  /** The next call of `operation` waits until `release()`; aborting it rejects with an `AbortError`. */
  hold: (operation: Operation) => HeldCall;
  /** Every call from now on fails as `fetch` does with no network (or stops failing). */
  setOffline: (offline: boolean) => void;
  /** Every operation called, in order (failed ones too). */
  calls: Operation[];
}

/** An Error shaped like the SDK's service exceptions, so `toCognitoError` maps it as one. */
export function serviceException(name: string, message = `${name} (raw server text)`): Error {
  const status = name === 'InternalErrorException' ? 500 : 400;
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

/** What `fetch` rejects with when the network is down. */
export function networkError(): Error {
  return new TypeError('Failed to fetch');
}

/** Masks a destination as Cognito does: `a***@e***`, `+*******0123`. */
function maskDestination(destination: string): string {
  const at = destination.lastIndexOf('@');
  if (at >= 0) return `${destination.charAt(0)}***@${destination.charAt(at + 1)}***`;
  return `+${'*'.repeat(Math.max(0, destination.length - 5))}${destination.slice(-4)}`;
}

function abortError(): DOMException {
  return new DOMException('Aborted', 'AbortError');
}

/** Resolves on `gate`, or rejects when `signal` aborts first. */
function waitFor(gate: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    void gate.then(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Step = { fail: string; message?: string } | { reply: unknown };

/**
 * A gateway for tests and stories: one user, one right code (`TEST_CODE`, also for password reset), pending values for
 * `email`, masked delivery details, and scripted replies, failures and held calls.
 */
export function createTestGateway(options: TestGatewayOptions = {}): TestGateway {
  const attributes: Record<string, string> = {
    sub: 'sub-test-0001',
    email: options.email ?? 'ada@example.com',
    email_verified: String(options.emailVerified ?? true),
    phone_number: options.phoneNumber ?? '+15555550123',
    phone_number_verified: String(options.phoneNumberVerified ?? true),
    ...options.attributes,
  };
  const pending: Record<string, string> = {};
  const verifyBeforeUpdate = options.verifyBeforeUpdate ?? ['email'];
  let confirmed = options.confirmed ?? false;
  let offline = options.offline ?? false;
  const steps: Partial<Record<Operation, Step[]>> = {};
  const holds: Partial<Record<Operation, { gate: Promise<void>; reach: () => void }[]>> = {};
  const calls: Operation[] = [];

  function deliveryTo(attributeName: string, value: string): CodeDeliveryDetails {
    const deliveryMedium = attributeName === 'phone_number' ? 'SMS' : 'EMAIL';
    return { attributeName, deliveryMedium, destination: maskDestination(value) };
  }

  /**
   * Records the call, waits (delay, hold), then throws its scripted failure or returns its
   * scripted reply; `undefined` means the in-memory pool answers.
   */
  async function begin(operation: Operation, signal?: AbortSignal): Promise<{ reply: unknown } | undefined> {
    calls.push(operation);
    const held = holds[operation]?.shift();
    if (held) {
      held.reach();
      await waitFor(held.gate, signal);
    }
    if (options.delay) await waitFor(sleep(options.delay), signal);
    if (offline) throw networkError();
    const step = steps[operation]?.shift();
    if (step && 'fail' in step) throw step.fail === 'NetworkError' ? networkError() : serviceException(step.fail, step.message);
    return step;
  }

  const queueOf = (operation: Operation): Step[] => (steps[operation] ??= []);

  function checkCode(code: string) {
    if (code !== TEST_CODE) throw serviceException('CodeMismatchException', 'Invalid verification code provided, please try again.');
  }

  return {
    calls,
    failNext(operation, name, { message, times = 1 } = {}) {
      if (name !== 'NetworkError' && !(documentedExceptions[operation] as readonly string[]).includes(name)) {
        throw new Error(`${name} is not documented for ${operation}.`);
      }
      for (let i = 0; i < times; i += 1) queueOf(operation).push({ fail: name, message });
    },
    replyNext(operation, result) {
      queueOf(operation).push({ reply: result });
    },
    hold(operation) {
      let release!: () => void;
      let reach!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const reached = new Promise<void>((resolve) => (reach = resolve));
      (holds[operation] ??= []).push({ gate, reach });
      return { release, reached };
    },
    setOffline(value) {
      offline = value;
    },
    async confirmSignUp({ confirmationCode }, signal) {
      if (await begin('ConfirmSignUp', signal)) return;
      if (confirmed) throw serviceException('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
      checkCode(confirmationCode);
      confirmed = true;
    },
    async resendConfirmationCode(_input, signal) {
      const scripted = await begin('ResendConfirmationCode', signal);
      if (scripted) return scripted.reply as ResultOf<'ResendConfirmationCode'>;
      if (confirmed) throw serviceException('InvalidParameterException', 'User is already confirmed.');
      return { codeDeliveryDetails: deliveryTo('email', attributes.email!) };
    },
    async updateUserAttributes({ userAttributes }, signal): Promise<UpdateUserAttributesResult> {
      const scripted = await begin('UpdateUserAttributes', signal);
      if (scripted) return scripted.reply as UpdateUserAttributesResult;
      const codeDeliveryDetailsList: CodeDeliveryDetails[] = [];
      for (const { name, value } of userAttributes) {
        const needsCode = name === 'email' || name === 'phone_number';
        if (needsCode) codeDeliveryDetailsList.push(deliveryTo(name, value));
        if (needsCode && verifyBeforeUpdate.includes(name)) {
          pending[name] = value;
        } else {
          attributes[name] = value;
          if (needsCode) attributes[`${name}_verified`] = 'false';
        }
      }
      return { codeDeliveryDetailsList };
    },
    async getUserAttributeVerificationCode({ attributeName }, signal) {
      const scripted = await begin('GetUserAttributeVerificationCode', signal);
      if (scripted) return scripted.reply as ResultOf<'GetUserAttributeVerificationCode'>;
      return { codeDeliveryDetails: deliveryTo(attributeName, pending[attributeName] ?? attributes[attributeName] ?? '') };
    },
    async verifyUserAttribute({ attributeName, code }, signal) {
      if (await begin('VerifyUserAttribute', signal)) return;
      checkCode(code);
      if (pending[attributeName] !== undefined) {
        attributes[attributeName] = pending[attributeName];
        delete pending[attributeName];
      }
      attributes[`${attributeName}_verified`] = 'true';
    },
    async forgotPassword(_input, signal) {
      const scripted = await begin('ForgotPassword', signal);
      if (scripted) return scripted.reply as ResultOf<'ForgotPassword'>;
      if (attributes.email_verified === 'true') return { codeDeliveryDetails: deliveryTo('email', attributes.email!) };
      if (attributes.phone_number_verified === 'true') return { codeDeliveryDetails: deliveryTo('phone_number', attributes.phone_number!) };
      throw serviceException('InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number');
    },
    async confirmForgotPassword({ confirmationCode, password }, signal) {
      if (await begin('ConfirmForgotPassword', signal)) return;
      checkCode(confirmationCode);
      if (options.passwordPolicy && passwordRules(options.passwordPolicy, password).some((rule) => !rule.met)) {
        throw serviceException('InvalidPasswordException', 'Password does not conform to policy');
      }
    },
    async getUser(_input, signal): Promise<GetUserResult> {
      const scripted = await begin('GetUser', signal);
      if (scripted) return scripted.reply as GetUserResult;
      return { username: 'ada', attributes: { ...attributes } };
    },
  };
}
