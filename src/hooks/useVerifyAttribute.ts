'use client';
import { useCallback, useReducer } from 'react';
import type { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { attributeNameSchema, codeSchema, normalizeCode, validate } from '../cognito/schemas.ts';
import {
  initialVerifyAttribute,
  verifyAttributeTransition,
  type VerifyAttributeState,
} from '../machines/verifyAttribute.ts';
import { useCognitoVerify, type SettingsOverrides } from '../provider.tsx';
import { sendVerificationCode, verifyCode } from './attributeRequests.ts';
import { cooldownResult, noteFailure } from './failures.ts';
import { useResendCooldown } from './useResendCooldown.ts';
import { useLatest, useRequestRunner } from './useRequestRunner.ts';

export interface UseVerifyAttributeOptions extends SettingsOverrides {
  /** The attribute to verify, like `email` or `phone_number`. */
  attributeName: string;
  /** Where a code already went (from an update or a sign-in); starts in `codeSent` with the cooldown running. */
  delivery?: CodeDeliveryDetails;
  /** Called once the attribute is verified. */
  onVerified?: () => void;
}

export interface UseVerifyAttributeResult {
  status: VerifyAttributeState['status'];
  /** The code typed so far; kept after every failure. */
  code: string;
  setCode: (code: string) => void;
  error: CognitoError | null;
  /** Where the last code went; `null` until a code is known to have been sent. */
  delivery: CodeDeliveryDetails | null;
  codeSent: boolean;
  isSending: boolean;
  isVerifying: boolean;
  /** A request is in flight. */
  isPending: boolean;
  isVerified: boolean;
  isError: boolean;
  isWaiting: boolean;
  canSubmit: boolean;
  /** A first code can be asked for, or the cooldown for the next one is over. */
  canResend: boolean;
  secondsLeft: number | null;
  resendAvailableAt: number | null;
  retryAt: number | null;
  /** Asks Cognito to send a code (GetUserAttributeVerificationCode); also the resend. */
  sendCode: () => Promise<void>;
  resend: () => Promise<void>;
  /** Submits the code (VerifyUserAttribute). */
  submit: (options?: { code?: string }) => Promise<void>;
  reset: () => void;
}

/** Verifies an attribute with a code: send (or resend) the code, then submit it. */
export function useVerifyAttribute(options: UseVerifyAttributeOptions): UseVerifyAttributeResult {
  const { attributeName, delivery, onVerified, ...overrides } = options;
  const settings = useCognitoVerify(overrides);
  const [state, dispatch] = useReducer(verifyAttributeTransition, delivery ?? null, initialVerifyAttribute);
  const cooldown = useResendCooldown({ ...settings.cooldown, now: settings.now, startNow: delivery !== undefined });
  const runner = useRequestRunner();
  const latestRef = useLatest({ settings, attributeName, onVerified, state, cooldown });

  const sendCode = useCallback(async () => {
    const { settings, attributeName, state, cooldown } = latestRef.current;
    const first = state.delivery === null;
    if (runner.isBusy() || !(state.status === 'idle' || state.status === 'codeSent')) return;
    // A first code waits only after a "too many" error; a resend waits for the cooldown.
    if (first ? cooldownResult(cooldown, state.error).isWaiting : !cooldown.canResend) return;
    try {
      validate('GetUserAttributeVerificationCode', 'attributeName', attributeNameSchema, attributeName);
    } catch (error) {
      const failure = noteFailure('GetUserAttributeVerificationCode', error, cooldown);
      dispatch({ type: 'INPUT_REJECTED', error: failure });
      return;
    }
    dispatch({ type: 'SEND_CODE' });
    const outcome = await runner.run((signal) => sendVerificationCode(settings, attributeName, signal));
    if (!outcome) return;
    if (outcome.ok) {
      latestRef.current.cooldown.codeSent();
      dispatch({ type: 'CODE_SENT', delivery: outcome.value.codeDeliveryDetails ?? null });
      return;
    }
    const error = noteFailure('GetUserAttributeVerificationCode', outcome.error, latestRef.current.cooldown);
    dispatch({ type: 'SEND_FAILED', error });
  }, [latestRef, runner]);

  const submit = useCallback(
    async ({ code }: { code?: string } = {}) => {
      const { settings, attributeName, state, cooldown } = latestRef.current;
      if (runner.isBusy() || !(state.status === 'idle' || state.status === 'codeSent')) return;
      if (cooldownResult(cooldown, state.error).isWaiting) return;
      let checkedCode: string;
      try {
        validate('VerifyUserAttribute', 'attributeName', attributeNameSchema, attributeName);
        checkedCode = validate('VerifyUserAttribute', 'code', codeSchema, normalizeCode(code ?? state.code));
      } catch (error) {
        const failure = noteFailure('VerifyUserAttribute', error, cooldown);
        dispatch({ type: 'INPUT_REJECTED', error: failure });
        return;
      }
      dispatch({ type: 'SUBMIT_CODE' });
      const outcome = await runner.run((signal) => verifyCode(settings, attributeName, checkedCode, signal));
      if (!outcome) return;
      if (outcome.ok) {
        latestRef.current.cooldown.reset();
        dispatch({ type: 'VERIFY_SUCCEEDED' });
        latestRef.current.onVerified?.();
        return;
      }
      const error = noteFailure('VerifyUserAttribute', outcome.error, latestRef.current.cooldown);
      dispatch({ type: 'VERIFY_FAILED', error });
    },
    [latestRef, runner],
  );

  const setCode = useCallback((code: string) => dispatch({ type: 'CODE_CHANGED', code }), []);
  const reset = useCallback(() => {
    runner.cancel();
    dispatch({ type: 'RESET' });
  }, [runner]);

  const timing = cooldownResult(cooldown, state.error);
  const resting = state.status === 'idle' || state.status === 'codeSent';
  return {
    status: state.status,
    code: state.code,
    setCode,
    error: state.error,
    delivery: state.delivery,
    codeSent: state.delivery !== null,
    isSending: state.status === 'sending',
    isVerifying: state.status === 'verifying',
    isPending: state.status === 'sending' || state.status === 'verifying',
    isVerified: state.status === 'verified',
    isError: state.error !== null,
    canSubmit: resting && !timing.isWaiting,
    canResend: resting && (state.delivery === null ? !timing.isWaiting : cooldown.canResend),
    ...timing,
    sendCode,
    resend: sendCode,
    submit,
    reset,
  };
}
