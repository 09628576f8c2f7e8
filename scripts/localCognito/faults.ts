import { isSupportedTarget } from 'cognito-local/lib/targets/Target.js';
import { documentedExceptions } from '../../src/cognito/errors.ts';
import { ApiError, knownExceptionNames } from './errors.ts';

export interface Fault {
  operation: string;
  exception: string;
  message: string;
  times: number;
}

const isKnownOperation = (name: string) =>
  Object.hasOwn(documentedExceptions, name) || isSupportedTarget(name);

/**
 * Injected failures for `POST /__dev/faults`: the next `times` calls of an operation fail with
 * the given exception before anything else happens, so every documented exception can be
 * produced over real HTTP. Faults for one operation queue up in the order they were posted.
 */
export class Faults {
  readonly #pending: Fault[] = [];

  /** Validates a request body and queues the fault; throws a message for a 400 otherwise. */
  add(input: unknown): Fault {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new Error('Expected a JSON object { operation, exception, message?, times? }.');
    }
    const { operation, exception, message, times = 1 } = input as Record<string, unknown>;
    if (typeof operation !== 'string' || !isKnownOperation(operation)) {
      throw new Error(`Unknown operation: ${JSON.stringify(operation)}.`);
    }
    if (typeof exception !== 'string' || !knownExceptionNames.has(exception)) {
      throw new Error(`Unknown exception: ${JSON.stringify(exception)}.`);
    }
    if (message !== undefined && typeof message !== 'string') throw new Error('message must be a string.');
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 1 || times > 1000) {
      throw new Error('times must be an integer from 1 to 1000.');
    }
    const fault = { operation, exception, message: message ?? `${exception} (injected by /__dev/faults)`, times };
    this.#pending.push(fault);
    return { ...fault };
  }

  /** The error for this call of `operation`, if a fault is queued for it. */
  take(operation: string): ApiError | undefined {
    const index = this.#pending.findIndex((f) => f.operation === operation);
    const fault = this.#pending[index];
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times === 0) this.#pending.splice(index, 1);
    return new ApiError(fault.exception, fault.message);
  }

  list(): Fault[] {
    return this.#pending.map((f) => ({ ...f }));
  }

  clear(): void {
    this.#pending.length = 0;
  }
}
