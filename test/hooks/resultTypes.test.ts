/** The result types narrow as the README promises; `npm run typecheck` checks these, Vitest runs them. */
import { describe, expectTypeOf, it } from 'vitest';
import type { CognitoError, CognitoErrorName } from '../../src/cognito/errors.ts';
import type { UseConfirmSignUpResult } from '../../src/hooks/useConfirmSignUp.ts';
import type { ResetSubmitOptions, UseResetPasswordResult } from '../../src/hooks/useResetPassword.ts';
import type { UseUpdateAttributesResult } from '../../src/hooks/useUpdateAttributes.ts';
import type { UseVerifyAttributeResult } from '../../src/hooks/useVerifyAttribute.ts';

describe('result types', () => {
  it('isError narrows error to a CognitoError, and its absence to null', () => {
    const check = (result: UseConfirmSignUpResult | UseVerifyAttributeResult | UseUpdateAttributesResult | UseResetPasswordResult) => {
      if (result.isError) expectTypeOf(result.error).toExtend<CognitoError>();
      else expectTypeOf(result.error).toEqualTypeOf<null>();
    };
    expectTypeOf(check).toBeFunction();
  });

  it('status awaitingCode narrows pendingValue to a string', () => {
    const check = (result: UseUpdateAttributesResult) => {
      if (result.status === 'awaitingCode') expectTypeOf(result.pendingValue).toEqualTypeOf<string>();
    };
    expectTypeOf(check).toBeFunction();
  });

  it('status confirmed is the only one with isConfirmed true', () => {
    const check = (result: UseConfirmSignUpResult) => {
      if (result.isConfirmed) expectTypeOf(result.status).toEqualTypeOf<'confirmed'>();
      else expectTypeOf(result.alreadyConfirmed).toEqualTypeOf<false>();
    };
    expectTypeOf(check).toBeFunction();
  });

  it('useResetPassword: isError narrows error to its two operations, and its absence to null', () => {
    const check = (result: UseResetPasswordResult) => {
      if (result.isError) {
        expectTypeOf(result.error).toEqualTypeOf<CognitoError<'ForgotPassword' | 'ConfirmForgotPassword'>>();
        expectTypeOf(result.error.operation).toEqualTypeOf<'ForgotPassword' | 'ConfirmForgotPassword'>();
      } else {
        expectTypeOf(result.error).toEqualTypeOf<null>();
      }
    };
    expectTypeOf(check).toBeFunction();
  });

  it('useResetPassword: status, verbs and waits have their documented types', () => {
    expectTypeOf<UseResetPasswordResult['status']>().toEqualTypeOf<'idle' | 'requesting' | 'codeSent' | 'resending' | 'submitting' | 'done'>();
    expectTypeOf<UseResetPasswordResult['submit']>().toEqualTypeOf<(options?: ResetSubmitOptions) => Promise<void>>();
    expectTypeOf<UseResetPasswordResult['resend']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<UseResetPasswordResult['reset']>().toEqualTypeOf<() => void>();
    expectTypeOf<ResetSubmitOptions>().toEqualTypeOf<{ code?: string; password?: string }>();
    expectTypeOf<UseResetPasswordResult['retrySecondsLeft']>().toEqualTypeOf<number | null>();
    expectTypeOf<UseResetPasswordResult['secondsLeft']>().toEqualTypeOf<number | null>();
    expectTypeOf<UseResetPasswordResult['password']>().toEqualTypeOf<string>();
  });

  it('error names are the documented and local ones, not any string', () => {
    expectTypeOf<CognitoError['name']>().toEqualTypeOf<CognitoErrorName>();
    expectTypeOf<'CodeMismatchException'>().toExtend<CognitoErrorName>();
    expectTypeOf<'SomethingElse'>().not.toExtend<CognitoErrorName>();
  });
});
