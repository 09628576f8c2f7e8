'use client';
import { forwardRef, useId, useState, type InputHTMLAttributes } from 'react';
import { passwordRules, type PasswordPolicy, type PasswordRule } from '../cognito/passwordPolicy.ts';
import { plural, type Messages } from '../messages/index.ts';
import { useMessages } from '../provider.tsx';

export interface NewPasswordFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'children'> {
  /** Visible label and accessible name. @default messages' "New password" */
  label?: string;
  value: string;
  onValueChange: (password: string) => void;
  /** The pool's rules: shown as a checklist that ticks off as the person types. @default undefined (no checklist) */
  policy?: PasswordPolicy;
  /** Id of an error element rendered elsewhere (e.g. by `ErrorMessage`); set it only while that error shows. @default undefined */
  errorId?: string;
}

function ruleText(rule: PasswordRule, messages: Messages): string {
  const { ui } = messages;
  switch (rule.rule) {
    case 'minLength': {
      const count = rule.count ?? 8;
      return plural(ui.passwordMinLength, count, messages, { count: new Intl.NumberFormat(messages.locale).format(count) });
    }
    case 'lowercase':
      return ui.passwordLowercase;
    case 'uppercase':
      return ui.passwordUppercase;
    case 'number':
      return ui.passwordNumber;
    case 'symbol':
      return ui.passwordSymbol;
  }
}

/**
 * A new-password input (`autocomplete="new-password"`) with a show/hide toggle and, given the
 * pool's policy, a checklist of its rules. The checklist itself is not live; a polite status
 * says how many rules are left only when that number changes, so typing is not read out.
 */
export const NewPasswordField = forwardRef<HTMLInputElement, NewPasswordFieldProps>(function NewPasswordField(
  { label, value, onValueChange, policy, errorId, id: idProp, ...inputProps },
  ref,
) {
  const messages = useMessages();
  const { ui } = messages;
  const reactId = useId();
  const id = idProp ?? `${reactId}input`;
  const rulesId = `${reactId}rules`;
  const [shown, setShown] = useState(false);
  const rules = policy ? passwordRules(policy, value) : [];
  const left = rules.filter((rule) => !rule.met).length;
  const describedBy = [policy ? rulesId : '', errorId ?? ''].filter(Boolean).join(' ');
  const progress =
    !policy || value === ''
      ? ''
      : left === 0
        ? ui.passwordRulesAllMet
        : plural(ui.passwordRulesLeft, left, messages, { count: new Intl.NumberFormat(messages.locale).format(left) });

  return (
    <div className="cvk-field" data-invalid={errorId ? '' : undefined}>
      <label className="cvk-label" htmlFor={id}>{label ?? ui.newPasswordLabel}</label>
      <div className="cvk-password">
        <input
          {...inputProps}
          ref={ref}
          id={id}
          className="cvk-input"
          type={shown ? 'text' : 'password'}
          autoComplete="new-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        <button type="button" className="cvk-button" data-variant="secondary" aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? ui.hidePassword : ui.showPassword}
        </button>
      </div>
      {policy ? (
        <div id={rulesId} className="cvk-rules">
          <p className="cvk-hint">{ui.passwordRulesTitle}</p>
          <ul>
            {rules.map((rule) => (
              <li key={rule.rule} data-met={rule.met ? '' : undefined}>
                {/* The space sits outside the hidden prefix: inside it, it is dropped and "Still needed:At least…" is read as one word. */}
                <span className="cvk-visually-hidden">{rule.met ? ui.ruleMet : ui.ruleNotMet}</span> {ruleText(rule, messages)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="cvk-visually-hidden">{progress}</p>
    </div>
  );
});
