'use client';
import { forwardRef, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { CognitoError, type ValidationReason } from '../cognito/errors.ts';
import { attributeValueSchemaFor, rejection, validationReasons } from '../cognito/schemas.ts';
import { useUpdateAttributes, type UseUpdateAttributesOptions } from '../hooks/useUpdateAttributes.ts';
import { attributeFieldLabel, attributeLabel, format, kitDirection } from '../messages/index.ts';
import { MessagesScope, useMessages } from '../provider.tsx';
import { CodeEntry } from './CodeEntry.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { PendingValueBanner } from './PendingValueBanner.tsx';
import { submitWith, useFocusWhen, useSelectOnError, type CodeFormOptions } from './formSupport.ts';

export interface UpdateAttributeFormProps extends UseUpdateAttributesOptions, CodeFormOptions {}

const inputKinds: Record<string, { type: string; autoComplete: string }> = {
  email: { type: 'email', autoComplete: 'email' },
  phone_number: { type: 'tel', autoComplete: 'tel' },
};

/**
 * An account-settings field for one attribute: the value (defaulting to the current one), Save,
 * and, when Cognito sends a code for the new value, a banner to verify it. One root element
 * (`ref`, `className`) holds the value form and the banner's code form.
 */
export const UpdateAttributeForm = forwardRef<HTMLDivElement, UpdateAttributeFormProps>(function UpdateAttributeForm({ messages, ...props }, ref) {
  return (
    <MessagesScope messages={messages}>
      <UpdateAttributeFormBody {...props} ref={ref} />
    </MessagesScope>
  );
});

const UpdateAttributeFormBody = forwardRef<HTMLDivElement, Omit<UpdateAttributeFormProps, 'messages'>>(function UpdateAttributeFormBody(
  { codeLength = 6, autoSubmit = true, onSignIn, className, codeField, ...options },
  ref,
) {
  const { attributeName } = options;
  const messages = useMessages();
  const { ui } = messages;
  const attribute = attributeLabel(attributeName, messages);

  const flow = useUpdateAttributes({
    ...options,
    codeLength,
    // A value waiting for its code is not in use yet: the field goes back to the value in use
    // (a failed save changes nothing, so what was typed stays for "Try again").
    onSaved: (result) => {
      // `keepFieldsRef` writes the input now, as syncing `values` does.
      if (result.needsCode) form.reset(undefined, { keepDirtyValues: false, keepFieldsRef: true });
      options.onSaved?.(result);
    },
  });
  const schema = useMemo(() => z.object({ value: attributeValueSchemaFor(attributeName) }), [attributeName]);
  // The field follows the value in use while it is untouched; react-hook-form keeps what was typed.
  const form = useForm<{ value: string }>({
    resolver: zodResolver(schema),
    values: { value: flow.currentValue ?? '' },
    resetOptions: { keepDirtyValues: true },
  });

  // Which part the last request came from: its error shows (and takes focus) there.
  const [lastRequest, setLastRequest] = useState<'value' | 'code'>('value');
  const serverError = lastRequest === 'value' ? flow.error : null;
  const codeError = lastRequest === 'code' ? flow.error : null;

  // The schema's issue messages are reasons ('format'…); the text comes from the dictionary.
  const issue = form.formState.errors.value?.message;
  const validationError = useMemo(() => {
    if (issue === undefined) return null;
    const reason = (validationReasons.find((r) => r === issue) ?? 'pattern') as ValidationReason;
    return new CognitoError(rejection('UpdateUserAttributes', 'value', reason));
  }, [issue]);
  const valueError = validationError ?? serverError;

  const valueRef = useSelectOnError(valueError?.operation === 'UpdateUserAttributes' ? valueError : null);
  const codeRef = useSelectOnError(codeError?.operation === 'VerifyUserAttribute' ? codeError : null);
  // Verifying removes the banner that had focus: move it to the success message.
  const statusRef = useFocusWhen<HTMLParagraphElement>(flow.status === 'verified');
  const valueErrorId = useId();
  const valueId = useId();
  const hintId = useId();

  const saveValue = form.handleSubmit(({ value }) => {
    if (!flow.canSave) return;
    setLastRequest('value');
    void flow.save(value);
  });
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
  const invalid = valueError?.field === 'value';
  const describedBy = [flow.isLoading ? hintId : '', invalid ? valueErrorId : ''].filter(Boolean).join(' ');

  return (
    <div ref={ref} dir={kitDirection(messages)} className={['cvk-settings', className].filter(Boolean).join(' ')}>
      <form className="cvk-form" noValidate aria-busy={flow.isPending} onSubmit={saveValue}>
        <div className="cvk-field" data-invalid={invalid ? '' : undefined}>
          <label className="cvk-label" htmlFor={valueId}>{attributeFieldLabel(attributeName, messages)}</label>
          {flow.isLoading ? <p className="cvk-hint" id={hintId}>{format(ui.loading, { attribute })}</p> : null}
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
            // While the value in use loads, typing would land beside it when it arrives.
            readOnly={flow.isLoading}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy || undefined}
          />
        </div>
        <ErrorMessage
          id={valueErrorId}
          error={valueError}
          attributeName={attributeName}
          secondsLeft={flow.retrySecondsLeft}
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
              codeField={codeField}
            />
          </form>
        </PendingValueBanner>
      ) : null}
    </div>
  );
});
