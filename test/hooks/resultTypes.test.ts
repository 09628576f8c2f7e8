/** The result types narrow as the README promises; `npm run typecheck` checks these, Vitest runs them. */
import { describe, expectTypeOf, it } from 'vitest';
import type { CognitoError, CognitoErrorName } from '../../src/cognito/errors.ts';
import type { UseConfirmSignUpResult } from '../../src/hooks/useConfirmSignUp.ts';
import type { UseUpdateAttributesResult } from '../../src/hooks/useUpdateAttributes.ts';
import type { UseVerifyAttributeResult } from '../../src/hooks/useVerifyAttribute.ts';

describe('result types', () => {
  it('isError narrows error to a CognitoError, and its absence to null', () => {
    const check = (result: UseConfirmSignUpResult | UseVerifyAttributeResult | UseUpdateAttributesResult) => {
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

  it('error names are the documented and local ones, not any string', () => {
    expectTypeOf<CognitoError['name']>().toEqualTypeOf<CognitoErrorName>();
    expectTypeOf<'CodeMismatchException'>().toExtend<CognitoErrorName>();
    expectTypeOf<'SomethingElse'>().not.toExtend<CognitoErrorName>();
  });
});
