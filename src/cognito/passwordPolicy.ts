/**
 * A user pool's password rules, shaped like Cognito's `PasswordPolicyType` (DescribeUserPool's
 * `Policies.PasswordPolicy`), so an app can pass what its pool says.
 */
export interface PasswordPolicy {
  /** Cognito's default is 8. */
  MinimumLength?: number;
  RequireUppercase?: boolean;
  RequireLowercase?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
}

export type PasswordRuleName = 'minLength' | 'lowercase' | 'uppercase' | 'number' | 'symbol';

export interface PasswordRule {
  rule: PasswordRuleName;
  /** True when the password meets it. */
  met: boolean;
  /** For `minLength`: how many characters. */
  count?: number;
}

// Cognito's symbols: the ASCII punctuation marks and the space.
const symbol = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;
const tests: Record<Exclude<PasswordRuleName, 'minLength'>, RegExp> = {
  lowercase: /\p{Ll}/u,
  uppercase: /\p{Lu}/u,
  number: /[0-9]/,
  symbol,
};
const flags = [
  ['lowercase', 'RequireLowercase'],
  ['uppercase', 'RequireUppercase'],
  ['number', 'RequireNumbers'],
  ['symbol', 'RequireSymbols'],
] as const;

/** The policy's rules in the order people read them, each marked met or not for `password`. */
export function passwordRules(policy: PasswordPolicy, password: string): PasswordRule[] {
  const count = policy.MinimumLength ?? 8;
  const rules: PasswordRule[] = [{ rule: 'minLength', count, met: password.length >= count }];
  for (const [rule, flag] of flags) {
    if (policy[flag]) rules.push({ rule, met: tests[rule].test(password) });
  }
  return rules;
}
