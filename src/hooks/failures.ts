import { toCognitoError, type CognitoError, type ErrorField } from '../cognito/errors.ts';
import type { Operation } from '../cognito/gateway.ts';
import type { ResendCooldown } from './useResendCooldown.ts';

const appFields: ReadonlySet<ErrorField | undefined> = new Set(['clientId', 'accessToken', 'secretHash', 'clientMetadata', 'attributeName']);

/** True when the fault lies with the app or the pool's setup, not with anything the person did. */
export function isDeveloperFault(error: CognitoError): boolean {
  return error.recovery === 'config' || (error.kind === 'validation' && appFields.has(error.field) && error.reason !== 'required');
}

/**
 * What every flow does with a failure besides showing it: normalise it, lengthen the cooldown
 * on "too many", and give a configuration fault one line for the developer (Cognito's text,
 * never a token). Returns the error for the machine.
 */
export function noteFailure(operation: Operation, cause: unknown, cooldown: ResendCooldown): CognitoError {
  const error = toCognitoError(operation, cause);
  if (error.recovery === 'wait') cooldown.limitReached();
  if (isDeveloperFault(error)) {
    const detail = error.serverMessage ? `: ${error.serverMessage}` : error.field ? ` (${error.field}: ${error.reason})` : '';
    console.error(`[cognito-verify-kit] ${error.operation} failed with ${error.name}${detail}. Check the user pool and app client settings.`);
  }
  return error;
}

/** The cooldown as a hook result shows it; `retryAt` is set while a "too many" error makes the person wait. */
export function cooldownResult(cooldown: ResendCooldown, error: CognitoError | null) {
  const waiting = error?.recovery === 'wait' && cooldown.secondsLeft !== 0;
  return {
    secondsLeft: cooldown.secondsLeft,
    resendAvailableAt: cooldown.resendAvailableAt,
    retryAt: waiting ? cooldown.resendAvailableAt : null,
    isWaiting: waiting,
  };
}
