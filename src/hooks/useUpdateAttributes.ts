'use client';
import { useCallback, useRef } from 'react';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { clearPending, readPending, savePending } from '../cognito/pendingStore.ts';
import {
  attributeNameSchema,
  attributeValueSchemaFor,
  clientMetadataSchema,
  normalizeCode,
  validate,
  validateCode,
} from '../cognito/schemas.ts';
import {
  initialUpdateAttributes,
  isCodeSent,
  updateAttributesCan,
  updateAttributesTransition,
  type AttributeSnapshot,
  type UpdateAttributesStatus,
} from '../machines/updateAttributes.ts';
import { useCognitoVerify, type CognitoVerifySettings, type SettingsOverrides } from '../provider.tsx';
import { getUser, sendVerificationCode, snapshotOf, subOf, updateAttribute, verifyCode } from './attributeRequests.ts';
import { checkSignal, useFlow, useIdentity, useLatest, useWaitSeconds, waitResult } from './flow.ts';
import type { ErrorPart } from './useConfirmSignUp.ts';

export interface UseUpdateAttributesOptions extends SettingsOverrides {
  /** The attribute this settings field changes, like `email`, `phone_number` or `custom:nickname`. A new one loads again. */
  attributeName: string;
  /** How many characters the code has; a shorter code is refused before sending. `'free'`: any length. @default 6 */
  codeLength?: number | 'free';
  /** Called when a value is saved: `needsCode` is true when Cognito sent a code to verify it. */
  onSaved?: (result: { value: string; needsCode: boolean }) => void;
  /** Called when the new value is verified and in use. */
  onVerified?: (value: string) => void;
}

interface Base {
  /** The value Cognito has now (`null` while loading or when unset). */
  currentValue: string | null;
  /** `email_verified` / `phone_number_verified` for the current value; `null` for other attributes. */
  verified: boolean | null;
  /** The code typed so far; kept after every failure. */
  code: string;
  setCode: (code: string) => void;
  isLoading: boolean;
  isSaving: boolean;
  isVerifying: boolean;
  isResending: boolean;
  /** A request is in flight (loading, saving, verifying or sending a code). */
  isPending: boolean;
  isWaiting: boolean;
  /** A code is expected: a new value waits for it, or the current value is unverified. */
  awaitsCode: boolean;
  /** A code went out for the value that awaits one (always for a pending value; for an unverified one once asked for). */
  isCodeSent: boolean;
  canSave: boolean;
  canSubmit: boolean;
  canResend: boolean;
  canCancel: boolean;
  secondsLeft: number | null;
  resendAvailableAt: number | null;
  retryAt: number | null;
  retrySecondsLeft: number | null;
  /** Submits a new value (UpdateUserAttributes), then reads GetUser to tell pending from unverified. */
  save: (value: string) => Promise<void>;
  /** Submits the code for the pending or unverified value (VerifyUserAttribute). */
  submit: (options?: { code?: string }) => Promise<void>;
  /** Sends the code again: re-submits a pending value, or asks for a code for an unverified one. */
  resend: () => Promise<void>;
  /** Forgets the pending value. */
  cancel: () => void;
  /** Reads GetUser again (status `loading` meanwhile, what is shown stays). */
  refresh: () => Promise<void>;
  /** Back to resting: drops the typed code, the error and any code request in flight. Waits stay. */
  reset: () => void;
}

type StatusPart =
  | { status: 'awaitingCode'; pendingValue: string; delivery: CodeDeliveryDetails | null }
  | { status: Exclude<UpdateAttributesStatus, 'awaitingCode'>; pendingValue: string | null; delivery: CodeDeliveryDetails | null };

export type UseUpdateAttributesResult = Base &
  StatusPart &
  ErrorPart<'GetUser' | 'UpdateUserAttributes' | 'GetUserAttributeVerificationCode' | 'VerifyUserAttribute'>;

function checkedMetadata(operation: 'UpdateUserAttributes' | 'GetUserAttributeVerificationCode', settings: CognitoVerifySettings) {
  if (settings.clientMetadata !== undefined) validate(operation, 'clientMetadata', clientMetadataSchema, settings.clientMetadata);
}

/**
 * Changes an attribute on an account-settings page. When the pool verifies before updating,
 * the new value stays *pending* (Cognito keeps the old one and reports the new one nowhere), so
 * the kit remembers it in the pending store, keyed by the user's `sub`.
 */
export function useUpdateAttributes(options: UseUpdateAttributesOptions): UseUpdateAttributesResult {
  const { attributeName, codeLength = 6, onSaved, onVerified, ...overrides } = options;
  const settings = useCognitoVerify(overrides);
  // The user's `sub`, the pending store's key; known after a GetUser.
  const subRef = useRef<string | null>(null);
  const { state, machine, requests, step } = useFlow(
    updateAttributesTransition,
    () => initialUpdateAttributes(settings.cooldown),
    attributeName,
  );
  const latestRef = useLatest({ settings, attributeName, codeLength, onSaved, onVerified });

  /** GetUser, with the remembered pending value. The store is only written once the answer is current. */
  const load = useCallback(
    (allowed: boolean) => {
      const { settings, attributeName } = latestRef.current;
      return step({
        operation: 'GetUser',
        allowed,
        // GetUser takes no attribute name: the verbs that send it check it.
        check: () => attributeName,
        start: { type: 'LOAD' },
        work: (name, signal) => getUser(settings, signal),
        done: (user, name) => {
          const sub = subOf(user);
          subRef.current = sub;
          const entry = sub === null ? undefined : readPending(settings.pendingStore, sub, name);
          const snapshot = snapshotOf(user, name, entry?.value ?? null);
          // Seen applied (or replaced elsewhere): the remembered value has done its job.
          if (sub !== null && entry && snapshot.pendingValue === null) clearPending(settings.pendingStore, sub, name);
          const pending = snapshot.pendingValue !== null ? entry : undefined;
          machine.dispatch({ type: 'LOADED', snapshot, delivery: pending?.delivery ?? null, codeSentAt: pending?.savedAt });
        },
        failed: (error) => ({ type: 'LOAD_FAILED', error }),
      });
    },
    [latestRef, machine, step],
  );

  // Settings may be new objects on every render (an inline gateway): only the attribute loads again.
  // After useFlow's restart for the same key (effects run in order), so the load meets the fresh machine.
  useIdentity(attributeName, (changed) => {
    if (changed) subRef.current = null;
    // The machine starts in `loading`, so this load skips the guard.
    void load(true);
  });

  const refresh = useCallback(
    () => load(updateAttributesCan(machine.current(), latestRef.current.settings.now()).refresh),
    [latestRef, load, machine],
  );

  const save = useCallback(
    async (rawValue: string) => {
      const { settings, attributeName } = latestRef.current;
      const before = machine.current();
      const now = settings.now();
      await step({
        operation: 'UpdateUserAttributes',
        allowed: updateAttributesCan(before, now).save,
        check: () => {
          validate('UpdateUserAttributes', 'attributeName', attributeNameSchema, attributeName);
          checkedMetadata('UpdateUserAttributes', settings);
          return validate('UpdateUserAttributes', 'value', attributeValueSchemaFor(attributeName), String(rawValue).trim());
        },
        start: { type: 'SAVE', now },
        work: async (value, signal) => {
          const delivery = await updateAttribute(settings, attributeName, value, signal);
          checkSignal(signal);
          // The update is done (and a code may be out): a failed re-read must not undo that.
          const user = await getUser(settings, signal).catch(() => {
            checkSignal(signal);
            return null;
          });
          return { delivery, user };
        },
        done: ({ delivery, user }, value) => {
          const sub = (user && subOf(user)) ?? subRef.current;
          subRef.current = sub;
          const snapshot: AttributeSnapshot = user
            ? snapshotOf(user, attributeName, delivery ? value : null)
            : delivery
              ? { current: before.current, verified: before.verified, pendingValue: value === before.current ? null : value }
              : { current: value, verified: before.verified, pendingValue: null };
          const now = latestRef.current.settings.now();
          if (sub !== null) {
            if (snapshot.pendingValue !== null) {
              savePending(settings.pendingStore, sub, { attributeName, value, delivery: delivery ?? undefined, savedAt: now });
            } else {
              clearPending(settings.pendingStore, sub, attributeName);
            }
          }
          machine.dispatch({ type: 'SAVED', snapshot, delivery, now });
          latestRef.current.onSaved?.({ value, needsCode: delivery !== null });
        },
        failed: (error) => ({ type: 'SAVE_FAILED', error, now: latestRef.current.settings.now() }),
      });
    },
    [latestRef, machine, step],
  );

  const submit = useCallback(
    async ({ code }: { code?: string } = {}) => {
      const { settings, attributeName, codeLength } = latestRef.current;
      const state = machine.current();
      const now = settings.now();
      const expected = state.pendingValue ?? state.current;
      await step({
        operation: 'VerifyUserAttribute',
        allowed: updateAttributesCan(state, now).submit,
        check: () => {
          validate('VerifyUserAttribute', 'attributeName', attributeNameSchema, attributeName);
          return validateCode('VerifyUserAttribute', normalizeCode(code ?? state.code), codeLength);
        },
        start: { type: 'SUBMIT', now },
        work: async (checkedCode, signal) => {
          await verifyCode(settings, attributeName, checkedCode, signal);
          checkSignal(signal);
          // Verification has succeeded; a failed re-read must not turn it into an error.
          return getUser(settings, signal).catch(() => null);
        },
        done: (user) => {
          if (subRef.current !== null) clearPending(settings.pendingStore, subRef.current, attributeName);
          const snapshot = user ? snapshotOf(user, attributeName, null) : { current: expected, verified: true, pendingValue: null };
          machine.dispatch({ type: 'VERIFIED', snapshot });
          latestRef.current.onVerified?.(snapshot.current ?? '');
        },
        failed: (error) => ({ type: 'VERIFY_FAILED', error, now: latestRef.current.settings.now() }),
      });
    },
    [latestRef, machine, step],
  );

  const resend = useCallback(async () => {
    const { settings, attributeName } = latestRef.current;
    const state = machine.current();
    const now = settings.now();
    // Cognito sends a code for a pending value only when the update is submitted again.
    const pendingValue = state.status === 'awaitingCode' ? state.pendingValue : null;
    const operation = pendingValue !== null ? 'UpdateUserAttributes' : 'GetUserAttributeVerificationCode';
    await step({
      operation,
      allowed: updateAttributesCan(state, now).resend,
      check: () => {
        validate(operation, 'attributeName', attributeNameSchema, attributeName);
        checkedMetadata(operation, settings);
      },
      start: { type: 'RESEND', now },
      work: async (_input, signal) =>
        pendingValue === null
          ? ((await sendVerificationCode(settings, attributeName, signal))?.codeDeliveryDetails ?? null)
          : updateAttribute(settings, attributeName, pendingValue, signal),
      done: (delivery) => {
        const now = latestRef.current.settings.now();
        if (pendingValue !== null && subRef.current !== null) {
          savePending(settings.pendingStore, subRef.current, { attributeName, value: pendingValue, delivery: delivery ?? undefined, savedAt: now });
        }
        machine.dispatch({ type: 'CODE_SENT', delivery, now });
      },
      failed: (error) => ({ type: 'RESEND_FAILED', error, now: latestRef.current.settings.now() }),
    });
  }, [latestRef, machine, step]);

  const cancel = useCallback(() => {
    const { settings, attributeName } = latestRef.current;
    // Abort only what CANCEL ends (a resend or verify of the pending value).
    if (!machine.dispatch({ type: 'CANCEL' })) return;
    requests.cancel();
    if (subRef.current !== null) clearPending(settings.pendingStore, subRef.current, attributeName);
  }, [latestRef, machine, requests]);

  const setCode = useCallback((code: string) => void machine.dispatch({ type: 'CODE_CHANGED', code }), [machine]);
  const reset = useCallback(() => {
    if (machine.dispatch({ type: 'RESET' })) requests.cancel();
  }, [machine, requests]);

  const seconds = useWaitSeconds(state.waits, settings.now);
  const can = updateAttributesCan(state, settings.now());
  const awaitsCode = state.status === 'awaitingCode' || state.status === 'unverified';
  return {
    status: state.status,
    currentValue: state.current,
    pendingValue: state.pendingValue,
    verified: state.verified,
    delivery: state.delivery,
    code: state.code,
    setCode,
    isLoading: state.status === 'loading',
    isSaving: state.status === 'saving',
    isVerifying: state.status === 'verifying',
    isResending: state.status === 'resending',
    isPending: ['loading', 'saving', 'verifying', 'resending'].includes(state.status),
    awaitsCode,
    isCodeSent: isCodeSent(state),
    canSave: can.save,
    canSubmit: can.submit,
    canResend: can.resend,
    canCancel: can.cancel,
    ...waitResult(state.waits, state.error, seconds),
    save,
    submit,
    resend,
    cancel,
    refresh,
    reset,
    ...(state.error ? { isError: true, error: state.error } : { isError: false, error: null }),
  } as UseUpdateAttributesResult;
}
