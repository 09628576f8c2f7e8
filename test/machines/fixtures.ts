import type { CognitoError} from '../../src/cognito/errors.ts';
import { toCognitoError } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';

/** A Cognito exception as `toCognitoError` builds it from an SDK service error. */
export function serviceError(operation: Operation, name: string, message = 'server text'): CognitoError {
  return toCognitoError(operation, { name, message, $fault: 'client', $metadata: { httpStatusCode: 400 } });
}

export const networkError = (operation: Operation) => toCognitoError(operation, new TypeError('Failed to fetch'));
