import { useEffect, useRef, type ComponentType, type FormEvent, type RefAttributes, type RefObject } from 'react';
import type { CodeDeliveryDetails } from '../cognito/gateway.ts';
import { format, plural, type MessageOverrides, type Messages } from '../messages/index.ts';
import type { CodeFieldProps } from './CodeField.tsx';

/** The props every form with a code field takes. */
export interface CodeFormOptions {
  /** Text overrides for this form only, laid over the provider's dictionary. @default undefined */
  messages?: MessageOverrides;
  /** The code field to render instead of the kit's `CodeField` (it gets the same props). @default CodeField */
  codeField?: ComponentType<CodeFieldProps & RefAttributes<HTMLInputElement>>;
  /** How many characters the code has; `'free'` for custom codes of any length. @default 6 */
  codeLength?: number | 'free';
  /** Submit as soon as the code is complete. @default true */
  autoSubmit?: boolean;
  /** Offered when the session has ended ("Sign in again"). @default undefined */
  onSignIn?: () => void;
  className?: string;
}

/** A form's `onSubmit`: runs `submit` instead of the browser's own submission. */
export function submitWith(submit: () => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
}

/** The code field's hint: where the code went (when known), then what to enter. */
export function codeHint(
  delivery: CodeDeliveryDetails | null,
  length: number | 'free',
  messages: Messages,
  { codeSent = true }: { codeSent?: boolean } = {},
): string {
  const { ui } = messages;
  const what =
    typeof length === 'number'
      ? plural(ui.codeHint, length, messages, { length: new Intl.NumberFormat(messages.locale).format(length) })
      : ui.codeHintAnyLength;
  if (!codeSent) return `${ui.codeNotSentYet} ${what}`;
  const destination = delivery?.destination;
  const where = !destination
    ? ui.codeSentNoDestination
    : format(
        delivery.deliveryMedium === 'EMAIL' ? ui.codeSentByEmail : delivery.deliveryMedium === 'SMS' ? ui.codeSentBySms : ui.codeSent,
        { destination },
      );
  return `${where} ${what}`;
}

/**
 * After each new failure (a new non-null `error`), focuses the field and selects what is in it, so
 * the person reads the error, keeps their input and can type over it at once. Pass the field's
 * ref, or use the one it returns.
 */
export function useSelectOnError<T extends HTMLInputElement>(error: unknown, ref?: RefObject<T | null>) {
  const own = useRef<T>(null);
  const fieldRef = ref ?? own;
  // An error already there on the first render is not news: focus stays where the page put it.
  const shown = useRef(error);
  useEffect(() => {
    const isNew = error !== shown.current;
    shown.current = error;
    const field = fieldRef.current;
    if (!isNew || !error || !field || field.disabled) return;
    field.focus();
    field.select();
    // The last keystroke's caret placement (and input-otp's selection handling) can land after
    // React commits; selecting again on the next task makes the whole code the last word.
    const id = setTimeout(() => fieldRef.current?.select(), 0);
    return () => clearTimeout(id);
  }, [error, fieldRef]);
  return fieldRef;
}

/**
 * Focuses the element when `done` turns true. A form's success replaces the field that had focus;
 * without this, keyboard and screen-reader users are left on <body>.
 */
export function useFocusWhen<T extends HTMLElement>(done: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (done) ref.current?.focus();
  }, [done]);
  return ref;
}
