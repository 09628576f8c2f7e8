'use client';
import { useCallback } from 'react';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { attributeNameSchema, normalizeCode, validate, validateCode } from '../cognito/schemas.ts';
import {
  initialVerifyAttribute,
  verifyAttributeCan,
  verifyAttributeTransition,
  type VerifyAttributeStatus,
} from '../machines/verifyAttribute.ts';
import { useCognitoVerify, type SettingsOverrides } from '../provider.tsx';
import { sendVerificationCode, verifyCode } from './attributeRequests.ts';
import { useFlow, useLatest, useWaitSeconds, waitResult } from './flow.ts';
import type { ErrorPart } from './useConfirmSignUp.ts';

export interface UseVerifyAttributeOptions extends SettingsOverrides {
  /** The attribute to verify, like `email` or `phone_number`. A new one starts the flow over. */
  attributeName: string;
  /** Where a code already went (from an update or a sign-in); starts in `codeSent` with the cooldown running. */
  delivery?: CodeDeliveryDetails;
  /** How many characters the code has; a shorter code is refused before sending. `'free'`: any length. @default 6 */
  codeLength?: number | 'free';
  /** Called once the attribute is verified. */
  onVerified?: () => void;
}

interface Base {
  status: VerifyAttributeStatus;
  /** The code typed so far; kept after every failure. */
  code: string;
  setCode: (code: string) => void;
  /** Where the last code went; `null` until a code is known to have been sent. */
  delivery: CodeDeliveryDetails | null;
  /** A code was sent (by this hook, or before it, as `delivery` said). */
  isCodeSent: boolean;
  isSending: boolean;
  isVerifying: boolean;
  /** A request is in flight. */
  isPending: boolean;
  isVerified: boolean;
  isWaiting: boolean;
  canSubmit: boolean;
  /** A code can be asked for now (the first, or the next once the cooldown is over). */
  canResend: boolean;
  secondsLeft: number | null;
  resendAvailableAt: number | null;
  retryAt: number | null;
  retrySecondsLeft: number | null;
  /** Asks Cognito to send a code (GetUserAttributeVerificationCode): the first one, or another. */
  resend: () => Promise<void>;
  /** Submits the code (VerifyUserAttribute). */
  submit: (options?: { code?: string }) => Promise<void>;
  /** Back to resting: drops the typed code, the error and any request in flight. Waits stay. */
  reset: () => void;
}

export type UseVerifyAttributeResult = Base & ErrorPart<'GetUserAttributeVerificationCode' | 'VerifyUserAttribute'>;

/** Verifies an attribute with a code: send (or resend) the code, then submit it. */
export function useVerifyAttribute(options: UseVerifyAttributeOptions): UseVerifyAttributeResult {
  const { attributeName, delivery, codeLength = 6, onVerified, ...overrides } = options;
  const settings = useCognitoVerify(overrides);
  const init = () => initialVerifyAttribute(delivery ?? null, settings.cooldown, delivery ? settings.now() : undefined);
  const { state, machine, requests, step } = useFlow(verifyAttributeTransition, init, attributeName);
  const latestRef = useLatest({ settings, attributeName, codeLength, onVerified });

  const resend = useCallback(async () => {
    const { settings, attributeName } = latestRef.current;
    const now = settings.now();
    await step({
      operation: 'GetUserAttributeVerificationCode',
      allowed: verifyAttributeCan(machine.current(), now).resend,
      check: () => validate('GetUserAttributeVerificationCode', 'attributeName', attributeNameSchema, attributeName),
      start: { type: 'SEND', now },
      work: (name, signal) => sendVerificationCode(settings, name, signal),
      done: (result) =>
        machine.dispatch({ type: 'CODE_SENT', delivery: result?.codeDeliveryDetails ?? null, now: latestRef.current.settings.now() }),
      failed: (error) => ({ type: 'SEND_FAILED', error, now: latestRef.current.settings.now() }),
    });
  }, [latestRef, machine, step]);

  const submit = useCallback(
    async ({ code }: { code?: string } = {}) => {
      const { settings, attributeName, codeLength } = latestRef.current;
      const state = machine.current();
      const now = settings.now();
      await step({
        operation: 'VerifyUserAttribute',
        allowed: verifyAttributeCan(state, now).submit,
        check: () => ({
          name: validate('VerifyUserAttribute', 'attributeName', attributeNameSchema, attributeName),
          code: validateCode('VerifyUserAttribute', normalizeCode(code ?? state.code), codeLength),
        }),
        start: { type: 'SUBMIT', now },
        work: (input, signal) => verifyCode(settings, input.name, input.code, signal),
        done: () => {
          machine.dispatch({ type: 'VERIFIED' });
          latestRef.current.onVerified?.();
        },
        failed: (error) => ({ type: 'VERIFY_FAILED', error, now: latestRef.current.settings.now() }),
      });
    },
    [latestRef, machine, step],
  );

  const setCode = useCallback((code: string) => void machine.dispatch({ type: 'CODE_CHANGED', code }), [machine]);
  const reset = useCallback(() => {
    requests.cancel();
    machine.dispatch({ type: 'RESET' });
  }, [machine, requests]);

  const seconds = useWaitSeconds(state.waits, settings.now);
  const can = verifyAttributeCan(state, settings.now());
  return {
    status: state.status,
    code: state.code,
    setCode,
    delivery: state.delivery,
    isCodeSent: state.delivery !== null,
    isSending: state.status === 'sending',
    isVerifying: state.status === 'verifying',
    isPending: state.status === 'sending' || state.status === 'verifying',
    isVerified: state.status === 'verified',
    canSubmit: can.submit,
    canResend: can.resend,
    ...waitResult(state.waits, state.error, seconds),
    resend,
    submit,
    reset,
    ...(state.error ? { isError: true, error: state.error } : { isError: false, error: null }),
  } as UseVerifyAttributeResult;
}
