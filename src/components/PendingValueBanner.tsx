'use client';
import { forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { attributeLabel, format } from '../messages/index.ts';
import { useMessages } from '../provider.tsx';

export interface PendingValueBannerProps extends HTMLAttributes<HTMLElement> {
  /** The attribute waiting for verification, like `email` or `phone_number`. */
  attributeName: string;
  /**
   * `pending`: a new value waits for its code while the current one stays active;
   * `unverified`: the current value itself is not verified yet.
   */
  status: 'pending' | 'unverified';
  /** The pending value, or the unverified current value. Shown in bold. */
  value: string;
  /** The value still in use while a change is pending; fills `{current}` in dictionaries that name it. @default undefined */
  currentValue?: string | null;
  /** Drops the pending change; shows "Cancel change" (only for status `pending`). @default undefined */
  onCancel?: () => void;
  /** What the person does next, placed under the text: the code field, resend button and error. @default undefined */
  children?: ReactNode;
}

/** Puts `value` in bold where the text has `{value}`. */
function withValue(text: string, value: string): ReactNode[] {
  return text.split('{value}').flatMap((part, index) => (index === 0 ? [part] : [<strong key={index}>{value}</strong>, part]));
}

/**
 * Says that a value waits for verification, naming the attribute and the value in a role=status
 * region, with the form's code entry inside it.
 */
export const PendingValueBanner = forwardRef<HTMLElement, PendingValueBannerProps>(function PendingValueBanner(
  { attributeName, status, value, currentValue, onCancel, children, className, ...sectionProps },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const titleId = `${useId()}title`;
  const vars = { attribute: attributeLabel(attributeName, messages), current: currentValue ?? undefined };
  const pending = status === 'pending';

  return (
    <section
      {...sectionProps}
      ref={ref}
      className={className ? `cvk-banner ${className}` : 'cvk-banner'}
      data-state={status}
      aria-labelledby={titleId}
    >
      <div role="status">
        <p className="cvk-banner-title" id={titleId}>{format(pending ? ui.pendingTitle : ui.unverifiedTitle, vars)}</p>
        <p className="cvk-banner-body">{withValue(format(pending ? ui.pendingBody : ui.unverifiedBody, vars), value)}</p>
      </div>
      {children}
      {pending && onCancel ? (
        <button type="button" className="cvk-button" data-variant="secondary" onClick={() => onCancel()}>
          {ui.cancelChange}
        </button>
      ) : null}
    </section>
  );
});
