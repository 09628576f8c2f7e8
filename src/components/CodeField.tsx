import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { OTPInput } from 'input-otp';
import type { SlotProps } from 'input-otp';
import { normalizeCode } from '../cognito/schemas.ts';
import { useSelectOnError } from './formSupport.ts';

/** Cognito's limit for ConfirmationCode and Code. */
const MAX_CODE_LENGTH = 2048;
/** More slots than this do not fit a phone screen: draw a plain input instead. */
const MAX_SLOTS = 8;

// WebOTP is not in TypeScript's DOM library yet.
type OTPCredential = Credential & { code: string };

export interface CodeFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'maxLength' | 'type' | 'children'> {
  /** Visible label, and the field's accessible name (e.g. "Confirmation code"). */
  label: string;
  /** Help text under the label, e.g. where the code was sent. Referenced by `aria-describedby`. @default undefined */
  hint?: ReactNode;
  /** Error text. When set, CodeField renders it (role=alert), marks the input `aria-invalid` and references it. @default undefined */
  errorMessage?: string;
  /** Id of an error element rendered elsewhere (e.g. by `ErrorMessage`); set it only while that error shows. @default undefined */
  errorId?: string;
  /** Code length: up to 8 draws one slot per character; `'free'` or a larger number draws a plain input up to 2048 characters. @default 6 */
  length?: number | 'free';
  /** The code (controlled). Pass with `onValueChange`. @default undefined */
  value?: string;
  /** The initial code when uncontrolled. @default '' */
  defaultValue?: string;
  /** Called with the normalised code after every change. @default undefined */
  onValueChange?: (code: string) => void;
  /** Called once each time the normalised code reaches `length` (never for `'free'`). @default undefined */
  onComplete?: (code: string) => void;
  /** Whether reaching `length` calls `onComplete`. @default true */
  autoSubmit?: boolean;
  /** Disables the input. @default false */
  disabled?: boolean;
  /** Form field name. @default undefined */
  name?: string;
  /** Focuses the input on mount. @default false */
  autoFocus?: boolean;
  /** Where the code went; `'SMS'` enables WebOTP autofill where the browser supports it. @default undefined */
  deliveryMedium?: 'EMAIL' | 'SMS';
  /** Keyboard hint: `numeric` for slots, `text` for the plain input (custom codes may have letters). @default 'numeric' | 'text' */
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
}

/** One accessible text input for a verification code; the slots are decoration. */
export const CodeField = forwardRef<HTMLInputElement, CodeFieldProps>(function CodeField(
  {
    label, hint, errorMessage, errorId, length = 6, value: valueProp, defaultValue = '', onValueChange, onComplete,
    autoSubmit = true, disabled = false, deliveryMedium, inputMode, id: idProp,
    'aria-describedby': describedByProp, 'aria-invalid': ariaInvalid, ...inputProps
  },
  ref,
) {
  const segmented = typeof length === 'number' && length <= MAX_SLOTS;
  // The plain input has no `maxlength`: the browser would cut a paste before separators are dropped.
  const maxLength = segmented ? length : MAX_CODE_LENGTH;
  const completeAt = typeof length === 'number' ? length : undefined;

  const [uncontrolled, setUncontrolled] = useState(() => normalizeCode(defaultValue).slice(0, maxLength));
  const value = valueProp ?? uncontrolled;

  const handleChange = (raw: string) => {
    const next = normalizeCode(raw).slice(0, maxLength);
    if (next === value) return; // a typed space or hyphen: React restores the input's value
    if (valueProp === undefined) setUncontrolled(next);
    onValueChange?.(next);
    if (autoSubmit && next.length === completeAt) onComplete?.(next);
  };

  const inputRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => inputRef.current as HTMLInputElement); // no deps: the input changes with `length`

  // After a failed submit, keep the code and select it, so typing again replaces it.
  useSelectOnError(errorMessage || null, inputRef);

  // WebOTP: Chrome on Android can read the code from the SMS for the user.
  const latestChange = useRef(handleChange);
  useEffect(() => {
    latestChange.current = handleChange;
  });
  useEffect(() => {
    if (deliveryMedium !== 'SMS' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    const request = { otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions;
    navigator.credentials
      .get(request)
      .then((credential) => {
        const code = (credential as OTPCredential | null)?.code;
        if (code) latestChange.current(code);
      })
      .catch(() => {}); // aborted on unmount, or dismissed: typing still works
    return () => controller.abort();
  }, [deliveryMedium]);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && !label?.trim()) {
      console.warn('CodeField: `label` is empty; the code input needs a visible label to have an accessible name.');
    }
  }, [label]);

  const reactId = useId();
  const inputId = idProp ?? `${reactId}input`;
  const hintId = `${reactId}hint`;
  const errorElementId = `${reactId}error`;
  const invalid = Boolean(errorMessage) || Boolean(errorId);
  const describedBy = [hint ? hintId : '', errorMessage ? errorElementId : '', errorId, describedByProp];

  const shared = {
    ...inputProps,
    id: inputId,
    disabled,
    value,
    autoComplete: 'one-time-code',
    inputMode: inputMode ?? (segmented ? 'numeric' : 'text'),
    spellCheck: false,
    autoCapitalize: 'off',
    autoCorrect: 'off',
    'aria-invalid': invalid ? true : ariaInvalid,
    'aria-describedby': describedBy.filter(Boolean).join(' ') || undefined,
  } as const;

  return (
    <div className="cvk-field" data-invalid={invalid ? '' : undefined} data-disabled={disabled ? '' : undefined}>
      <label className="cvk-label" htmlFor={inputId}>{label}</label>
      {hint ? <p className="cvk-hint" id={hintId}>{hint}</p> : null}
      {errorMessage ? <p className="cvk-error" id={errorElementId} role="alert">{errorMessage}</p> : null}
      {segmented ? (
        <OTPInput
          {...shared}
          ref={inputRef}
          maxLength={maxLength}
          onChange={handleChange}
          pasteTransformer={normalizeCode}
          containerClassName="cvk-code-field"
          render={({ slots }) => slots.map((slot, index) => <Slot key={index} {...slot} />)}
        />
      ) : (
        <input
          {...shared}
          ref={inputRef}
          type="text"
          className={['cvk-input cvk-code-input', inputProps.className].filter(Boolean).join(' ')}
          onChange={(event) => handleChange(event.currentTarget.value)}
        />
      )}
    </div>
  );
});

function Slot({ char, placeholderChar, isActive, hasFakeCaret }: SlotProps) {
  return (
    <div className="cvk-slot" aria-hidden="true" data-active={isActive ? '' : undefined} data-filled={char ? '' : undefined}>
      {char ?? placeholderChar}
      {hasFakeCaret ? <span className="cvk-caret" /> : null}
    </div>
  );
}
