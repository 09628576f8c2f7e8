'use client';
import { useCallback } from 'react';
import { isAlreadyConfirmed, toCognitoError, type CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails, Operation } from '../cognito/gateway.ts';
import { normalizeCode, validateCode } from '../cognito/schemas.ts';
import {
  confirmSignUpCan,
  confirmSignUpTransition,
  initialConfirmSignUp,
  type ConfirmSignUpState,
} from '../machines/confirmSignUp.ts';
import { useCognitoVerify, type SettingsOverrides } from '../provider.tsx';
import { clientRequest } from './clientRequest.ts';
import { useFlow, useLatest, useWaitSeconds, waitResult } from './flow.ts';

type Operations = 'ConfirmSignUp' | 'ResendConfirmationCode';

export interface UseConfirmSignUpOptions extends SettingsOverrides {
  /** The user name the account was signed up with. A new one starts the flow over. */
  username: string;
  /** Where the sign-up code went (SignUp's `CodeDeliveryDetails`), to tell the person. */
  delivery?: CodeDeliveryDetails;
  /** A code was sent just before this screen: start the resend cooldown at once. @default true */
  codeJustSent?: boolean;
  /** How many characters the code has; a shorter code is refused before sending. `'free'`: any length. @default 6 */
  codeLength?: number | 'free';
  /** Called once the account is confirmed (also when it turns out to be confirmed already). */
  onConfirmed?: (result: { alreadyConfirmed: boolean }) => void;
}

export interface SubmitOptions {
  /** The code to send; defaults to the code typed so far. */
  code?: string;
  /** Move the email or phone number from another account (only if the app allows it). */
  forceAliasCreation?: boolean;
}

interface Base {
  /** The code typed so far; kept after every failure. */
  code: string;
  setCode: (code: string) => void;
  delivery: CodeDeliveryDetails | null;
  isSubmitting: boolean;
  isResending: boolean;
  /** A request is in flight (including the app's `secretHash` being computed). */
  isPending: boolean;
  /** After "too many", the refused verb waits until `retryAt`. */
  isWaiting: boolean;
  canSubmit: boolean;
  canResend: boolean;
  /** The app allows moving an email or phone number from another account, and Cognito asked. */
  canForceAliasCreation: boolean;
  /** Seconds until another code may be sent; `null` until the clock is read on the client. */
  secondsLeft: number | null;
  resendAvailableAt: number | null;
  retryAt: number | null;
  retrySecondsLeft: number | null;
  submit: (options?: SubmitOptions) => Promise<void>;
  resend: () => Promise<void>;
  /** Back to entering: drops the typed code, the error and any request in flight. Waits stay. */
  reset: () => void;
}

type StatusPart =
  | { status: 'entering' | 'submitting' | 'resending'; isConfirmed: false; alreadyConfirmed: false }
  | { status: 'confirmed'; isConfirmed: true; /** The account was confirmed before this attempt. */ alreadyConfirmed: boolean };

/** `isError` narrows `error`: a `CognitoError` when true, `null` when false. */
export type ErrorPart<O extends Operation> =
  | { isError: true; error: CognitoError<O> }
  | { isError: false; error: null };

export type UseConfirmSignUpResult = Base & StatusPart & ErrorPart<Operations>;

/** Confirms a sign-up with the emailed or texted code (ConfirmSignUp), with resend and cooldown. */
export function useConfirmSignUp(options: UseConfirmSignUpOptions): UseConfirmSignUpResult {
  const { username, delivery, codeJustSent = true, codeLength = 6, onConfirmed, ...overrides } = options;
  const settings = useCognitoVerify(overrides);
  const init = () => initialConfirmSignUp(delivery ?? null, settings.cooldown, codeJustSent ? settings.now() : undefined);
  const { state, machine, requests, step } = useFlow(confirmSignUpTransition, init, username);
  const latestRef = useLatest({ settings, username, codeLength, onConfirmed });

  const submit = useCallback(
    async ({ code, forceAliasCreation }: SubmitOptions = {}) => {
      const { settings, username, codeLength } = latestRef.current;
      const state = machine.current();
      const now = settings.now();
      const force = forceAliasCreation === true && settings.allowForceAliasCreation;
      await step({
        operation: 'ConfirmSignUp',
        allowed: confirmSignUpCan(state, now).submit,
        check: () => validateCode('ConfirmSignUp', normalizeCode(code ?? state.code), codeLength),
        start: { type: 'SUBMIT', now },
        work: async (confirmationCode, signal) => {
          const input = { ...(await clientRequest('ConfirmSignUp', settings, username, signal)), confirmationCode };
          try {
            await settings.gateway.confirmSignUp(force ? { ...input, forceAliasCreation: true } : input, signal);
            return { alreadyConfirmed: false };
          } catch (cause) {
            if (isAlreadyConfirmed(toCognitoError('ConfirmSignUp', cause))) return { alreadyConfirmed: true };
            throw cause;
          }
        },
        done: (result) => {
          machine.dispatch({ type: 'CONFIRMED', ...result });
          latestRef.current.onConfirmed?.(result);
        },
        failed: (error) => ({ type: 'CONFIRM_FAILED', error, now: latestRef.current.settings.now() }),
      });
    },
    [latestRef, machine, step],
  );

  const resend = useCallback(async () => {
    const { settings, username } = latestRef.current;
    const now = settings.now();
    await step({
      operation: 'ResendConfirmationCode',
      allowed: confirmSignUpCan(machine.current(), now).resend,
      check: () => undefined,
      start: { type: 'RESEND', now },
      work: async (_input, signal) =>
        settings.gateway.resendConfirmationCode(await clientRequest('ResendConfirmationCode', settings, username, signal), signal),
      done: (result) =>
        machine.dispatch({ type: 'CODE_SENT', delivery: result?.codeDeliveryDetails ?? null, now: latestRef.current.settings.now() }),
      failed: (error) => ({ type: 'RESEND_FAILED', error, now: latestRef.current.settings.now() }),
    });
  }, [latestRef, machine, step]);

  const setCode = useCallback((code: string) => void machine.dispatch({ type: 'CODE_CHANGED', code }), [machine]);
  const reset = useCallback(() => {
    requests.cancel();
    machine.dispatch({ type: 'RESET' });
  }, [machine, requests]);

  const seconds = useWaitSeconds(state.waits, settings.now);
  const can = confirmSignUpCan(state, settings.now());
  const base: Base = {
    code: state.code,
    setCode,
    delivery: state.delivery,
    isSubmitting: state.status === 'submitting',
    isResending: state.status === 'resending',
    isPending: state.status === 'submitting' || state.status === 'resending',
    canSubmit: can.submit,
    canResend: can.resend,
    canForceAliasCreation: state.error?.recovery === 'aliasConflict' && settings.allowForceAliasCreation,
    ...waitResult(state.waits, state.error, seconds),
    submit,
    resend,
    reset,
  };
  return {
    ...base,
    ...statusPart(state),
    ...(state.error ? { isError: true, error: state.error } : { isError: false, error: null }),
  } as UseConfirmSignUpResult;
}

function statusPart(state: ConfirmSignUpState): StatusPart {
  return state.status === 'confirmed'
    ? { status: 'confirmed', isConfirmed: true, alreadyConfirmed: state.alreadyConfirmed }
    : { status: state.status, isConfirmed: false, alreadyConfirmed: false };
}
