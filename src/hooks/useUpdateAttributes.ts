'use client';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { CognitoError } from '../cognito/errors.ts';
import type { CodeDeliveryDetails, Operation } from '../cognito/gateway.ts';
import { clearPending, readPending, savePending } from '../cognito/pendingStore.ts';
import {
  attributeNameSchema,
  attributeValueSchemaFor,
  codeSchema,
  normalizeCode,
  validate,
} from '../cognito/schemas.ts';
import {
  canCancel,
  initialUpdateAttributes,
  updateAttributesTransition,
  type UpdateAttributesStatus,
} from '../machines/updateAttributes.ts';
import { useCognitoVerify, type SettingsOverrides } from '../provider.tsx';
import { getUser, sendVerificationCode, snapshotOf, updateAttribute, verifyCode } from './attributeRequests.ts';
import { cooldownResult, noteFailure } from './failures.ts';
import { useResendCooldown } from './useResendCooldown.ts';
import { useLatest, useRequestRunner } from './useRequestRunner.ts';

export interface UseUpdateAttributesOptions extends SettingsOverrides {
  /** The attribute this settings field changes, like `email`, `phone_number` or `custom:nickname`. */
  attributeName: string;
  /** Called when a value is saved: `needsCode` is true when Cognito sent a code to verify it. */
  onSaved?: (result: { value: string; needsCode: boolean }) => void;
  /** Called when the new value is verified and in use. */
  onVerified?: (value: string) => void;
}

export interface UseUpdateAttributesResult {
  status: UpdateAttributesStatus;
  /** The value Cognito has now (`null` while loading or when unset). */
  currentValue: string | null;
  /** A value waiting for its code while `currentValue` stays active. */
  pendingValue: string | null;
  /** `email_verified` / `phone_number_verified` for the current value; `null` for other attributes. */
  verified: boolean | null;
  delivery: CodeDeliveryDetails | null;
  /** The code typed so far; kept after every failure. */
  code: string;
  setCode: (code: string) => void;
  error: CognitoError | null;
  isLoading: boolean;
  isSaving: boolean;
  isVerifying: boolean;
  isResending: boolean;
  /** A request is in flight. */
  isPending: boolean;
  isError: boolean;
  isWaiting: boolean;
  /** A code is expected: the value is pending or the current value is unverified. */
  awaitsCode: boolean;
  canSave: boolean;
  canSubmit: boolean;
  canResend: boolean;
  secondsLeft: number | null;
  resendAvailableAt: number | null;
  retryAt: number | null;
  /** Submits a new value (UpdateUserAttributes), then reads GetUser to tell pending from unverified. */
  save: (value: string) => Promise<void>;
  /** Submits the code for the pending or unverified value (VerifyUserAttribute). */
  submit: (options?: { code?: string }) => Promise<void>;
  /** Sends the code again: re-submits a pending value, or asks for a code for an unverified one. */
  resend: () => Promise<void>;
  /** Forgets the pending value. */
  cancel: () => void;
  /** Reads GetUser again. */
  refresh: () => Promise<void>;
  reset: () => void;
}

/**
 * Changes an attribute on an account-settings page. When the pool verifies before updating,
 * the new value stays *pending* (Cognito keeps the old one and reports the new one nowhere), so
 * the kit remembers it in the pending store, keyed by the user's `sub`.
 */
export function useUpdateAttributes(options: UseUpdateAttributesOptions): UseUpdateAttributesResult {
  const { attributeName, onSaved, onVerified, ...overrides } = options;
  const settings = useCognitoVerify(overrides);
  const [state, dispatch] = useReducer(updateAttributesTransition, initialUpdateAttributes);
  const cooldown = useResendCooldown({ ...settings.cooldown, now: settings.now });
  const runner = useRequestRunner();
  const latestRef = useLatest({ settings, attributeName, onSaved, onVerified, state, cooldown });
  // The user's `sub`, the pending store's key; known after the first GetUser.
  const subRef = useRef<string | null>(null);

  const reject = useCallback(
    (operation: Operation, error: unknown) => {
      const failure = noteFailure(operation, error, latestRef.current.cooldown);
      dispatch({ type: 'INPUT_REJECTED', error: failure });
    },
    [latestRef],
  );

  /** Runs the checks before a request; on a bad input reports it and returns `undefined`. */
  const check = useCallback(<T,>(operation: Operation, run: () => T): T | undefined => {
    try {
      validate(operation, 'attributeName', attributeNameSchema, latestRef.current.attributeName);
      return run();
    } catch (error) {
      reject(operation, error);
      return undefined;
    }
  }, [latestRef, reject]);

  const load = useCallback(async () => {
    const { settings, attributeName } = latestRef.current;
    const outcome = await runner.run(async (signal) => {
      const user = await getUser(settings, signal);
      subRef.current = user.attributes.sub ?? user.username;
      const entry = readPending(settings.pendingStore, subRef.current, attributeName);
      const snapshot = snapshotOf(user, attributeName, entry?.value ?? null);
      // Seen applied (or replaced elsewhere): the remembered value has done its job.
      if (entry && snapshot.pendingValue === null) clearPending(settings.pendingStore, subRef.current, attributeName);
      return { snapshot, delivery: snapshot.pendingValue !== null ? (entry?.delivery ?? null) : null };
    });
    if (!outcome) return;
    if (outcome.ok) {
      dispatch({ type: 'LOADED', ...outcome.value });
      return;
    }
    // Like every other request: "too many" starts the wait, a configuration fault gets its developer line.
    const error = noteFailure('GetUser', outcome.error, latestRef.current.cooldown);
    dispatch({ type: 'LOAD_FAILED', error });
  }, [latestRef, runner]);

  useEffect(() => {
    void load();
    // A new attribute (or gateway) makes whatever is in flight stale; aborting it also frees
    // the runner, which would otherwise refuse the next load and keep the old attribute's reply.
    return () => runner.cancel();
  }, [load, runner, attributeName, settings.gateway]);

  const save = useCallback(
    async (rawValue: string) => {
      const { settings, attributeName, state } = latestRef.current;
      if (runner.isBusy() || !['editing', 'saved', 'verified', 'pending', 'unverified'].includes(state.status)) return;
      const value = check('UpdateUserAttributes', () =>
        validate('UpdateUserAttributes', 'value', attributeValueSchemaFor(attributeName), rawValue.trim()),
      );
      if (value === undefined) return;
      dispatch({ type: 'SAVE' });
      const outcome = await runner.run(async (signal) => {
        const delivery = await updateAttribute(settings, attributeName, value, signal);
        const user = await getUser(settings, signal);
        return { delivery, user };
      });
      if (!outcome) return;
      if (!outcome.ok) {
        const error = noteFailure('UpdateUserAttributes', outcome.error, latestRef.current.cooldown);
        dispatch({ type: 'SAVE_FAILED', error });
        return;
      }
      const { delivery, user } = outcome.value;
      subRef.current = user.attributes.sub ?? user.username;
      const snapshot = snapshotOf(user, attributeName, delivery ? value : null);
      if (snapshot.pendingValue !== null) {
        savePending(settings.pendingStore, subRef.current, {
          attributeName,
          value,
          delivery: delivery ?? undefined,
          savedAt: settings.now(),
        });
      } else {
        clearPending(settings.pendingStore, subRef.current, attributeName);
      }
      if (delivery) latestRef.current.cooldown.codeSent();
      dispatch({ type: 'SAVE_SUCCEEDED', snapshot, delivery });
      latestRef.current.onSaved?.({ value, needsCode: delivery !== null });
    },
    [latestRef, runner, check],
  );

  const submit = useCallback(
    async ({ code }: { code?: string } = {}) => {
      const { settings, attributeName, state, cooldown } = latestRef.current;
      if (runner.isBusy() || (state.status !== 'pending' && state.status !== 'unverified')) return;
      // After a "too many" error nothing is sent until the wait is over (`isWaiting`).
      if (cooldownResult(cooldown, state.error).isWaiting) return;
      const checkedCode = check('VerifyUserAttribute', () =>
        validate('VerifyUserAttribute', 'code', codeSchema, normalizeCode(code ?? state.code)),
      );
      if (checkedCode === undefined) return;
      const expected = state.pendingValue ?? state.current;
      dispatch({ type: 'SUBMIT_CODE' });
      const outcome = await runner.run(async (signal) => {
        await verifyCode(settings, attributeName, checkedCode, signal);
        if (subRef.current) clearPending(settings.pendingStore, subRef.current, attributeName);
        // Verification has succeeded; a failed re-read must not turn it into an error.
        const user = await getUser(settings, signal).catch(() => null);
        return user ? snapshotOf(user, attributeName, null) : { current: expected, verified: true, pendingValue: null };
      });
      if (!outcome) return;
      if (outcome.ok) {
        latestRef.current.cooldown.reset();
        dispatch({ type: 'VERIFY_SUCCEEDED', snapshot: outcome.value });
        latestRef.current.onVerified?.(outcome.value.current ?? '');
        return;
      }
      const error = noteFailure('VerifyUserAttribute', outcome.error, latestRef.current.cooldown);
      dispatch({ type: 'VERIFY_FAILED', error });
    },
    [latestRef, runner, check],
  );

  const resend = useCallback(async () => {
    const { settings, attributeName, state, cooldown } = latestRef.current;
    if (runner.isBusy() || !cooldown.canResend) return;
    if (state.status !== 'pending' && state.status !== 'unverified') return;
    // Cognito sends a code for a pending value only when the update is submitted again.
    const pendingValue = state.status === 'pending' ? state.pendingValue : null;
    const operation: Operation = pendingValue !== null ? 'UpdateUserAttributes' : 'GetUserAttributeVerificationCode';
    if (check(operation, () => true) === undefined) return;
    dispatch({ type: 'RESEND_CODE' });
    const outcome = await runner.run(async (signal) => {
      if (pendingValue === null) {
        return (await sendVerificationCode(settings, attributeName, signal)).codeDeliveryDetails ?? null;
      }
      return updateAttribute(settings, attributeName, pendingValue, signal);
    });
    // A stale reply (after cancel, reset or unmount) must not remember the value again.
    if (!outcome) return;
    if (outcome.ok) {
      if (pendingValue !== null && subRef.current) {
        savePending(settings.pendingStore, subRef.current, {
          attributeName,
          value: pendingValue,
          delivery: outcome.value ?? undefined,
          savedAt: settings.now(),
        });
      }
      latestRef.current.cooldown.codeSent();
      dispatch({ type: 'RESEND_SUCCEEDED', delivery: outcome.value });
      return;
    }
    const error = noteFailure(operation, outcome.error, latestRef.current.cooldown);
    dispatch({ type: 'RESEND_FAILED', error });
  }, [latestRef, runner, check]);

  const cancel = useCallback(() => {
    const { settings, attributeName, state } = latestRef.current;
    // Abort only what CANCEL ends (a resend or verify of the pending value): aborting anything
    // else would leave the machine waiting for a reply that never comes.
    if (!canCancel(state)) return;
    runner.cancel();
    if (subRef.current) clearPending(settings.pendingStore, subRef.current, attributeName);
    dispatch({ type: 'CANCEL' });
  }, [latestRef, runner]);

  const setCode = useCallback((code: string) => dispatch({ type: 'CODE_CHANGED', code }), []);
  const reset = useCallback(() => {
    runner.cancel();
    dispatch({ type: 'RESET' });
  }, [runner]);

  const timing = cooldownResult(cooldown, state.error);
  const awaitsCode = state.status === 'pending' || state.status === 'unverified';
  const busy = ['loading', 'saving', 'verifying', 'resending'].includes(state.status);
  return {
    status: state.status,
    currentValue: state.current,
    pendingValue: state.pendingValue,
    verified: state.verified,
    delivery: state.delivery,
    code: state.code,
    setCode,
    error: state.error,
    isLoading: state.status === 'loading',
    isSaving: state.status === 'saving',
    isVerifying: state.status === 'verifying',
    isResending: state.status === 'resending',
    isPending: busy,
    isError: state.error !== null,
    isWaiting: timing.isWaiting,
    awaitsCode,
    canSave: !busy,
    canSubmit: awaitsCode && !timing.isWaiting,
    canResend: awaitsCode && cooldown.canResend,
    secondsLeft: timing.secondsLeft,
    resendAvailableAt: timing.resendAvailableAt,
    retryAt: timing.retryAt,
    save,
    submit,
    resend,
    cancel,
    refresh: load,
    reset,
  };
}
