'use client';
import { forwardRef, useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { CognitoError, type ValidationReason } from '../cognito/errors.ts';
import { attributeValueSchemaFor } from '../cognito/schemas.ts';
import { useUpdateAttributes, type UseUpdateAttributesOptions } from '../hooks/useUpdateAttributes.ts';
import { attributeFieldLabel, attributeLabel, format, kitDirection } from '../messages/index.ts';
import { useMessages } from '../provider.tsx';
import { CodeEntry } from './CodeEntry.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { PendingValueBanner } from './PendingValueBanner.tsx';
import { submitWith, useFocusWhen, useSelectOnError, type CodeFormOptions } from './formSupport.ts';

export interface UpdateAttributeFormProps extends UseUpdateAttributesOptions, CodeFormOptions {}

const inputKinds: Record<string, { type: string; autoComplete: string }> = {
  email: { type: 'email', autoComplete: 'email' },
  phone_number: { type: 'tel', autoComplete: 'tel' },
};
const reasons: readonly string[] = ['required', 'tooLong', 'pattern', 'format'] satisfies ValidationReason[];

/**
 * An account-settings field for one attribute: the value (defaulting to the current one), Save,
 * and, when Cognito sends a code for the new value, a banner to verify it.
 */
export const UpdateAttributeForm = forwardRef<HTMLFormElement, UpdateAttributeFormProps>(function UpdateAttributeForm(
  { codeLength = 6, autoSubmit = true, onSignIn, className, ...options },
  ref,
) {
  const { attributeName } = options;
  const messages = useMessages();
  const { ui } = messages;
  const flow = useUpdateAttributes(options);
  const attribute = attributeLabel(attributeName, messages);
  // Which part the last request came from: its error shows (and takes focus) there.
  const [lastRequest, setLastRequest] = useState<'value' | 'code'>('value');
  const serverError = lastRequest === 'value' ? flow.error : null;
  const codeError = lastRequest === 'code' ? flow.error : null;

  const schema = useMemo(() => z.object({ value: attributeValueSchemaFor(attributeName) }), [attributeName]);
  const form = useForm<{ value: string }>({
    resolver: zodResolver(schema),
    values: { value: flow.currentValue ?? '' },
    resetOptions: { keepDirtyValues: true },
  });
  // The schema's issue messages are reasons ('format'…); the text comes from the dictionary.
  const issue = form.formState.errors.value?.message;
  const validationError = useMemo(() => {
    if (issue === undefined) return null;
    const reason = (reasons.includes(issue) ? issue : 'pattern') as ValidationReason;
    return new CognitoError({ name: 'ValidationError', operation: 'UpdateUserAttributes', kind: 'validation', recovery: 'fixInput', retryable: false, field: 'value', reason });
  }, [issue]);
  const valueError = validationError ?? serverError;

  // A value waiting for its code is not in use yet: the field goes back to the current value (which
  // `values` then follows, e.g. to the new one once verified) and the banner names the pending one.
  // In an effect because react-hook-form owns the field's DOM value. Not keeping the dirty value
  // overrides `resetOptions`; `keepFieldsRef` writes the input now, as `values` does. A failed save
  // changes no pending value, so it keeps what was typed for "Try again".
  const { reset } = form;
  const { pendingValue, currentValue } = flow;
  useEffect(() => {
    if (pendingValue !== null) reset({ value: currentValue ?? '' }, { keepDirtyValues: false, keepFieldsRef: true });
  }, [pendingValue, currentValue, reset]);

  const valueRef = useSelectOnError(serverError, 'UpdateUserAttributes');
  const codeRef = useSelectOnError(codeError, 'VerifyUserAttribute');
  // Verifying removes the banner that had focus: move it to the success message.
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.status === 'verified');
  const valueErrorId = useId();
  const valueId = useId();

  const saveValue = form.handleSubmit(
    ({ value }) => {
      if (!flow.canSave) return;
      setLastRequest('value');
      void flow.save(value);
    },
    () => form.setFocus('value', { shouldSelect: true }),
  );
  const submitCode = (code?: string) => {
    if (!flow.canSubmit) return;
    setLastRequest('code');
    void flow.submit({ code });
  };
  const resend = () => {
    setLastRequest('code');
    void flow.resend();
  };
  // "Cancel change" removes the banner it sits in: put focus back on the value, not on <body>.
  const cancel = () => {
    flow.cancel();
    valueRef.current?.focus();
  };

  const { ref: registerRef, ...valueProps } = form.register('value', { setValueAs: (v: string) => v.trim() });
  const awaitingCode = flow.awaitsCode || flow.isVerifying || flow.isResending;
  const status = flow.status === 'saved' ? ui.saved : flow.status === 'verified' ? ui.verified : null;

  return (
    <>
      <form ref={ref} dir={kitDirection(messages)} className={['cvk-form', className].filter(Boolean).join(' ')} noValidate aria-busy={flow.isPending} onSubmit={saveValue}>
        <div className="cvk-field" data-invalid={valueError?.field === 'value' ? '' : undefined}>
          <label className="cvk-label" htmlFor={valueId}>{attributeFieldLabel(attributeName, messages)}</label>
          <input
            {...valueProps}
            ref={(element) => {
              registerRef(element);
              valueRef.current = element;
            }}
            id={valueId}
            className="cvk-input"
            type={inputKinds[attributeName]?.type ?? 'text'}
            autoComplete={inputKinds[attributeName]?.autoComplete}
            aria-invalid={valueError?.field === 'value' || undefined}
            aria-describedby={valueError?.field === 'value' ? valueErrorId : undefined}
          />
        </div>
        <ErrorMessage
          id={valueErrorId}
          error={valueError}
          attributeName={attributeName}
          secondsLeft={flow.secondsLeft}
          onRetry={() => (valueError?.operation === 'GetUser' ? void flow.refresh() : void saveValue())}
          onSignIn={onSignIn}
        />
        <button type="submit" className="cvk-button" data-variant="primary" aria-disabled={!flow.canSave || undefined}>
          {flow.isSaving ? ui.saving : ui.save}
        </button>
        <p ref={statusRef} role="status" className="cvk-status" data-state={status === null ? undefined : 'success'} tabIndex={-1}>
          {status === null ? null : format(status, { attribute })}
        </p>
      </form>
      {awaitingCode ? (
        <PendingValueBanner
          dir={kitDirection(messages)}
          attributeName={attributeName}
          status={flow.pendingValue !== null ? 'pending' : 'unverified'}
          value={flow.pendingValue ?? flow.currentValue ?? ''}
          currentValue={flow.currentValue ?? undefined}
          onCancel={flow.pendingValue !== null ? cancel : undefined}
        >
          <form className="cvk-form" noValidate aria-busy={flow.isPending} onSubmit={submitWith(submitCode)}>
            <CodeEntry
              flow={flow}
              error={codeError}
              fieldRef={codeRef}
              label={ui.verificationCodeLabel}
              submitLabel={ui.verify}
              isSubmitting={flow.isVerifying}
              isResending={flow.isResending}
              codeLength={codeLength}
              autoSubmit={autoSubmit}
              onComplete={submitCode}
              onResend={resend}
              onRetry={() => (codeError?.operation === 'VerifyUserAttribute' ? submitCode() : resend())}
              onSignIn={onSignIn}
              attributeName={attributeName}
            />
          </form>
        </PendingValueBanner>
      ) : null}
    </>
  );
});
