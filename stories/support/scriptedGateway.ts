import type {
  CodeDeliveryDetails,
  CognitoGateway,
  GetUserResult,
  Operation,
  UpdateUserAttributesResult,
} from '../../src/cognito/gateway.ts';

/** The one code the scripted gateway accepts. */
export const RIGHT_CODE = '123456';

export interface ScriptedGatewayOptions {
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
  /** Attributes whose new value stays pending until verified, as in the local pool. @default ['email'] */
  verifyBeforeUpdate?: string[];
  /** Every call waits this long first, to show loading states. @default 0 */
  delay?: number;
  /** Every call fails as `fetch` does with no network. @default false */
  offline?: boolean;
}

export interface FailOptions {
  /** Cognito's own text (the kit must never show it). @default `<name> (raw server text)` */
  message?: string;
  /** How many calls in a row fail. @default 1 */
  times?: number;
}

export interface ScriptedGateway extends CognitoGateway {
  /** The next call(s) of `operation` fail with `exceptionName`, shaped like an SDK service exception. */
  failNext: (operation: Operation, exceptionName: string, options?: FailOptions) => void;
  setOffline: (offline: boolean) => void;
  /** Every operation called, in order (failed ones too). */
  calls: Operation[];
}

/** Masks a destination as Cognito does: `a***@e***`, `+*******0123`. */
export function maskDestination(destination: string): string {
  const at = destination.lastIndexOf('@');
  if (at >= 0) return `${destination.charAt(0)}***@${destination.charAt(at + 1)}***`;
  return `+${'*'.repeat(Math.max(0, destination.length - 5))}${destination.slice(-4)}`;
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

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const id = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(id);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

/**
 * An in-memory Cognito for stories: one user, one right code (`123456`), pending values for
 * `email`, masked delivery details, and scripted failures.
 */
export function createScriptedGateway(options: ScriptedGatewayOptions = {}): ScriptedGateway {
  const attributes: Record<string, string> = {
    sub: 'sub-story-0001',
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
  const failures: Partial<Record<Operation, { name: string; message?: string; times: number }>> = {};
  const calls: Operation[] = [];

  function deliveryTo(attributeName: string, value: string): CodeDeliveryDetails {
    const deliveryMedium = attributeName === 'phone_number' ? 'SMS' : 'EMAIL';
    return { attributeName, deliveryMedium, destination: maskDestination(value) };
  }

  /** Waits, then throws the scripted failure for `operation` if there is one. */
  async function begin(operation: Operation, signal?: AbortSignal) {
    calls.push(operation);
    await wait(options.delay ?? 0, signal);
    if (offline) throw new TypeError('Failed to fetch');
    const failure = failures[operation];
    if (!failure) return;
    failure.times -= 1;
    if (failure.times <= 0) delete failures[operation];
    throw serviceException(failure.name, failure.message);
  }

  function checkCode(code: string) {
    if (code !== RIGHT_CODE) throw serviceException('CodeMismatchException', 'Invalid verification code provided, please try again.');
  }

  return {
    calls,
    failNext(operation, exceptionName, { message, times = 1 } = {}) {
      failures[operation] = { name: exceptionName, message, times };
    },
    setOffline(value) {
      offline = value;
    },
    async confirmSignUp({ confirmationCode }, signal) {
      await begin('ConfirmSignUp', signal);
      if (confirmed) throw serviceException('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
      checkCode(confirmationCode);
      confirmed = true;
    },
    async resendConfirmationCode(_input, signal) {
      await begin('ResendConfirmationCode', signal);
      if (confirmed) throw serviceException('InvalidParameterException', 'User is already confirmed.');
      return { codeDeliveryDetails: deliveryTo('email', attributes.email!) };
    },
    async updateUserAttributes({ userAttributes }, signal): Promise<UpdateUserAttributesResult> {
      await begin('UpdateUserAttributes', signal);
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
      await begin('GetUserAttributeVerificationCode', signal);
      return { codeDeliveryDetails: deliveryTo(attributeName, pending[attributeName] ?? attributes[attributeName] ?? '') };
    },
    async verifyUserAttribute({ attributeName, code }, signal) {
      await begin('VerifyUserAttribute', signal);
      checkCode(code);
      if (pending[attributeName] !== undefined) {
        attributes[attributeName] = pending[attributeName];
        delete pending[attributeName];
      }
      attributes[`${attributeName}_verified`] = 'true';
    },
    async getUser(_input, signal): Promise<GetUserResult> {
      await begin('GetUser', signal);
      return { username: 'ada', attributes: { ...attributes } };
    },
  };
}
