'use client';
import { useCallback } from 'react';
import { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { passwordRules, type PasswordPolicy } from '../cognito/passwordPolicy.ts';
import { normalizeCode, passwordSchema, rejection, usernameSchema, validate, validateCode } from '../cognito/schemas.ts';
import {
  initialResetPassword,
  resetPasswordCan,
  resetPasswordTransition,
  type ResetPasswordState,
  type ResetPasswordStatus,
} from '../machines/resetPassword.ts';
import { useCognitoVerify, type SettingsOverrides } from '../provider.tsx';
import { clientRequest } from './clientRequest.ts';
import { useFlow, useLatest, useWaitSeconds, waitResult } from './flow.ts';
import type { ErrorPart } from './useConfirmSignUp.ts';

type Operations = 'ForgotPassword' | 'ConfirmForgotPassword';

export interface UseResetPasswordOptions extends SettingsOverrides {
  /**
   * The user name (or alias) whose password to reset. Leave it out to let the person type it
   * (`setUsername`). A new one starts the flow over.
   */
  username?: string;
  /** The app already called ForgotPassword: its `CodeDeliveryDetails`, and the flow starts with the code sent. */
  delivery?: CodeDeliveryDetails;
  /** With `delivery`: the code went out just now, so the resend cooldown starts at once. @default true */
  codeJustSent?: boolean;
  /** How many characters the code has; a shorter code is refused before sending. `'free'`: any length. @default 6 */
  codeLength?: number | 'free';
  /** The pool's password rules; a new password that breaks one is refused before sending. @default undefined (Cognito checks) */
  passwordPolicy?: PasswordPolicy;
  /** Called once the password is changed. */
  onPasswordReset?: (result: { username: string }) => void;
}

export interface ResetSubmitOptions {
  /** The code to send; defaults to the code typed so far. */
  code?: string;
  /** The new password; defaults to the password typed so far. */
  password?: string;
}

interface Base {
  status: ResetPasswordStatus;
  /** The user name typed or given; fixed once a code was sent for it (`reset()` frees it). */
  username: string;
  setUsername: (username: string) => void;
  code: string;
  setCode: (code: string) => void;
  /** The new password typed so far; kept after every failure, dropped once it is set. */
  password: string;
  setPassword: (password: string) => void;
  delivery: CodeDeliveryDetails | null;
  /** A code went out for `username` (the code and the new password can be entered). */
  isCodeSent: boolean;
  /** Asking for the first code or another one. */
  isResending: boolean;
  isSubmitting: boolean;
  isPending: boolean;
  isWaiting: boolean;
  /** The password is changed: hand back to signing in. */
  isDone: boolean;
  canSubmit: boolean;
  canResend: boolean;
  secondsLeft: number | null;
  resendAvailableAt: number | null;
  retryAt: number | null;
  retrySecondsLeft: number | null;
  /** Sends the code and the new password (ConfirmForgotPassword). */
  submit: (options?: ResetSubmitOptions) => Promise<void>;
  /** Asks for a code (ForgotPassword): the first one, or another. */
  resend: () => Promise<void>;
  /** Back to the start with the same user name: drops the code, the password, the error and any request. Waits stay. */
  reset: () => void;
}

export type UseResetPasswordResult = Base & ErrorPart<Operations>;

/** Checks a new password: Cognito's constraints, then the pool's rules when the app gave them. */
function checkPassword(password: string, policy: PasswordPolicy | undefined): string {
  const checked = validate('ConfirmForgotPassword', 'password', passwordSchema, password);
  if (policy && passwordRules(policy, checked).some((rule) => !rule.met)) {
    throw new CognitoError(rejection('ConfirmForgotPassword', 'password', 'format'));
  }
  return checked;
}

/**
 * Resets a forgotten password with a code: ForgotPassword sends the code (and sends another),
 * ConfirmForgotPassword sets the new password. With the pool's PreventUserExistenceErrors on,
 * Cognito answers for an unknown user as if a code went out, and so does this hook.
 */
export function useResetPassword(options: UseResetPasswordOptions = {}): UseResetPasswordResult {
  const { username, delivery, codeJustSent = true, codeLength = 6, passwordPolicy, onPasswordReset, ...overrides } = options;
  const settings = useCognitoVerify(overrides);
  const init = () =>
    initialResetPassword(
      username,
      settings.cooldown,
      delivery ? (codeJustSent ? settings.now() : 0) : undefined,
      delivery ?? null,
    );
  const { state, machine, requests, step } = useFlow(resetPasswordTransition, init, username ?? '');
  const latestRef = useLatest({ settings, codeLength, passwordPolicy, onPasswordReset });

  const resend = useCallback(async () => {
    const { settings } = latestRef.current;
    const state = machine.current();
    const now = settings.now();
    await step({
      operation: 'ForgotPassword',
      allowed: resetPasswordCan(state, now).resend,
      check: () => validate('ForgotPassword', 'username', usernameSchema, state.username),
      start: { type: 'RESEND', now },
      work: async (name, signal) => settings.gateway.forgotPassword(await clientRequest('ForgotPassword', settings, name, signal), signal),
      done: (result) =>
        machine.dispatch({ type: 'CODE_SENT', delivery: result?.codeDeliveryDetails ?? null, now: latestRef.current.settings.now() }),
      failed: (error) => ({ type: 'RESEND_FAILED', error, now: latestRef.current.settings.now() }),
    });
  }, [latestRef, machine, step]);

  const submit = useCallback(
    async ({ code, password }: ResetSubmitOptions = {}) => {
      const { settings, codeLength, passwordPolicy } = latestRef.current;
      const state = machine.current();
      const now = settings.now();
      await step({
        operation: 'ConfirmForgotPassword',
        allowed: resetPasswordCan(state, now).submit,
        check: () => ({
          confirmationCode: validateCode('ConfirmForgotPassword', normalizeCode(code ?? state.code), codeLength),
          password: checkPassword(password ?? state.password, passwordPolicy),
        }),
        start: { type: 'SUBMIT', now },
        work: async (secrets, signal) => {
          const input = { ...(await clientRequest('ConfirmForgotPassword', settings, state.username, signal)), ...secrets };
          await settings.gateway.confirmForgotPassword(input, signal);
        },
        done: () => {
          machine.dispatch({ type: 'PASSWORD_RESET' });
          latestRef.current.onPasswordReset?.({ username: state.username });
        },
        failed: (error) => ({ type: 'SUBMIT_FAILED', error, now: latestRef.current.settings.now() }),
      });
    },
    [latestRef, machine, step],
  );

  const setUsername = useCallback((value: string) => void machine.dispatch({ type: 'USERNAME_CHANGED', username: value }), [machine]);
  const setCode = useCallback((value: string) => void machine.dispatch({ type: 'CODE_CHANGED', code: value }), [machine]);
  const setPassword = useCallback((value: string) => void machine.dispatch({ type: 'PASSWORD_CHANGED', password: value }), [machine]);
  const reset = useCallback(() => {
    requests.cancel();
    machine.dispatch({ type: 'RESET' });
  }, [machine, requests]);

  const seconds = useWaitSeconds(state.waits, settings.now);
  const can = resetPasswordCan(state, settings.now());
  const base: Base = {
    status: state.status,
    username: state.username,
    setUsername,
    code: state.code,
    setCode,
    password: state.password,
    setPassword,
    delivery: state.delivery,
    isCodeSent: isCodeSent(state),
    isResending: state.status === 'requesting' || state.status === 'resending',
    isSubmitting: state.status === 'submitting',
    isPending: state.status === 'requesting' || state.status === 'resending' || state.status === 'submitting',
    isDone: state.status === 'done',
    canSubmit: can.submit,
    canResend: can.resend,
    ...waitResult(state.waits, state.error, seconds),
    submit,
    resend,
    reset,
  };
  return { ...base, ...(state.error ? { isError: true, error: state.error } : { isError: false, error: null }) } as UseResetPasswordResult;
}

const isCodeSent = (state: ResetPasswordState) =>
  state.status === 'codeSent' || state.status === 'resending' || state.status === 'submitting';
