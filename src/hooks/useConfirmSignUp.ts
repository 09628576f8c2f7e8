'use client';
import { useCallback, useReducer } from 'react';
import { isAlreadyConfirmed, toCognitoError, type CognitoError } from '../cognito/errors.ts';
import type { ClientMetadata, CodeDeliveryDetails } from '../cognito/gateway.ts';
import { clientIdSchema, codeSchema, normalizeCode, secretHashSchema, usernameSchema, validate } from '../cognito/schemas.ts';
import {
  confirmSignUpTransition,
  initialConfirmSignUp,
  type ConfirmSignUpState,
} from '../machines/confirmSignUp.ts';
import { useCognitoVerify, type SettingsOverrides } from '../provider.tsx';
import { cooldownResult, noteFailure } from './failures.ts';
import { useResendCooldown } from './useResendCooldown.ts';
import { useLatest, useRequestRunner } from './useRequestRunner.ts';

export interface UseConfirmSignUpOptions extends SettingsOverrides {
  /** The user name the account was signed up with. */
  username: string;
  /** Where the sign-up code went (SignUp's `CodeDeliveryDetails`), to tell the person. */
  delivery?: CodeDeliveryDetails;
  /** A code was sent just before this screen: start the resend cooldown at once. @default true */
  codeJustSent?: boolean;
  /** Called once the account is confirmed (also when it turns out to be confirmed already). */
  onConfirmed?: (result: { alreadyConfirmed: boolean }) => void;
}

export interface SubmitOptions {
  /** The code to send; defaults to the code typed so far. */
  code?: string;
  /** Move the email or phone number from another account (only if the app allows it). */
  forceAliasCreation?: boolean;
}

export interface UseConfirmSignUpResult {
  status: ConfirmSignUpState['status'];
  /** The code typed so far; kept after every failure. */
  code: string;
  setCode: (code: string) => void;
  error: CognitoError | null;
  delivery: CodeDeliveryDetails | null;
  /** The account was confirmed before this attempt (Cognito said so). */
  alreadyConfirmed: boolean;
  isSubmitting: boolean;
  isResending: boolean;
  /** A request is in flight. */
  isPending: boolean;
  isConfirmed: boolean;
  isError: boolean;
  /** Too many attempts: nothing can be sent until `retryAt`. */
  isWaiting: boolean;
  canSubmit: boolean;
  canResend: boolean;
  /** The app allows moving an email or phone number from another account, and Cognito asked. */
  canForceAliasCreation: boolean;
  secondsLeft: number | null;
  resendAvailableAt: number | null;
  retryAt: number | null;
  submit: (options?: SubmitOptions) => Promise<void>;
  resend: () => Promise<void>;
  reset: () => void;
}

/** Confirms a sign-up with the emailed or texted code (ConfirmSignUp), with resend and cooldown. */
export function useConfirmSignUp(options: UseConfirmSignUpOptions): UseConfirmSignUpResult {
  const { username, delivery, codeJustSent = true, onConfirmed, ...overrides } = options;
  const settings = useCognitoVerify(overrides);
  const [state, dispatch] = useReducer(confirmSignUpTransition, delivery ?? null, initialConfirmSignUp);
  const cooldown = useResendCooldown({ ...settings.cooldown, now: settings.now, startNow: codeJustSent });
  const runner = useRequestRunner();
  const latestRef = useLatest({ settings, username, onConfirmed, state, cooldown });

  const identify = useCallback(async (operation: 'ConfirmSignUp' | 'ResendConfirmationCode') => {
    const { settings, username } = latestRef.current;
    const input: { clientId: string; username: string; secretHash?: string; clientMetadata?: ClientMetadata } = {
      clientId: validate(operation, 'clientId', clientIdSchema, settings.clientId),
      username: validate(operation, 'username', usernameSchema, username),
      clientMetadata: settings.clientMetadata,
    };
    if (settings.secretHash) {
      input.secretHash = validate(operation, 'secretHash', secretHashSchema, await settings.secretHash(input.username));
    }
    return input;
  }, [latestRef]);

  const submit = useCallback(
    async ({ code, forceAliasCreation }: SubmitOptions = {}) => {
      const { settings, state, cooldown } = latestRef.current;
      // After a "too many" error nothing is sent until the wait is over (`isWaiting`).
      if (runner.isBusy() || state.status !== 'entering' || cooldownResult(cooldown, state.error).isWaiting) return;
      // The checks and the app's secretHash run through the runner too, so while the hash is
      // awaited a second verb is refused and a reset or unmount makes the result stale.
      const prepared = await runner.run(async () => {
        const confirmationCode = validate('ConfirmSignUp', 'code', codeSchema, normalizeCode(code ?? state.code));
        return { ...(await identify('ConfirmSignUp')), confirmationCode };
      });
      if (!prepared) return;
      if (!prepared.ok) {
        dispatch({ type: 'INPUT_REJECTED', error: noteFailure('ConfirmSignUp', prepared.error, cooldown) });
        return;
      }
      const input = prepared.value;
      dispatch({ type: 'SUBMIT_CODE' });
      const force = forceAliasCreation === true && settings.allowForceAliasCreation;
      const outcome = await runner.run((signal) =>
        settings.gateway.confirmSignUp(force ? { ...input, forceAliasCreation: true } : input, signal),
      );
      if (!outcome) return;
      const error = outcome.ok ? null : toCognitoError('ConfirmSignUp', outcome.error);
      if (!error || isAlreadyConfirmed(error)) {
        const alreadyConfirmed = error !== null;
        latestRef.current.cooldown.reset();
        dispatch({ type: 'CONFIRM_SUCCEEDED', alreadyConfirmed });
        latestRef.current.onConfirmed?.({ alreadyConfirmed });
        return;
      }
      noteFailure('ConfirmSignUp', error, latestRef.current.cooldown);
      dispatch({ type: 'CONFIRM_FAILED', error });
    },
    [latestRef, runner, identify],
  );

  const resend = useCallback(async () => {
    const { settings, state, cooldown } = latestRef.current;
    if (runner.isBusy() || state.status !== 'entering' || !cooldown.canResend) return;
    const prepared = await runner.run(() => identify('ResendConfirmationCode'));
    if (!prepared) return;
    if (!prepared.ok) {
      dispatch({ type: 'INPUT_REJECTED', error: noteFailure('ResendConfirmationCode', prepared.error, cooldown) });
      return;
    }
    const input = prepared.value;
    dispatch({ type: 'RESEND_CODE' });
    const outcome = await runner.run((signal) => settings.gateway.resendConfirmationCode(input, signal));
    if (!outcome) return;
    if (outcome.ok) {
      latestRef.current.cooldown.codeSent();
      dispatch({ type: 'RESEND_SUCCEEDED', delivery: outcome.value.codeDeliveryDetails ?? null });
      return;
    }
    const error = noteFailure('ResendConfirmationCode', outcome.error, latestRef.current.cooldown);
    dispatch({ type: 'RESEND_FAILED', error });
  }, [latestRef, runner, identify]);

  const setCode = useCallback((code: string) => dispatch({ type: 'CODE_CHANGED', code }), []);
  const reset = useCallback(() => {
    runner.cancel();
    dispatch({ type: 'RESET' });
  }, [runner]);

  const timing = cooldownResult(cooldown, state.error);
  const isPending = state.status === 'submitting' || state.status === 'resending';
  return {
    status: state.status,
    code: state.code,
    setCode,
    error: state.error,
    delivery: state.delivery,
    alreadyConfirmed: state.status === 'confirmed' && state.alreadyConfirmed,
    isSubmitting: state.status === 'submitting',
    isResending: state.status === 'resending',
    isPending,
    isConfirmed: state.status === 'confirmed',
    isError: state.error !== null,
    canSubmit: state.status === 'entering' && !timing.isWaiting,
    canResend: state.status === 'entering' && cooldown.canResend,
    canForceAliasCreation: state.error?.recovery === 'aliasConflict' && settings.allowForceAliasCreation,
    ...timing,
    submit,
    resend,
    reset,
  };
}
