import { composeStories } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';
import { documentedExceptions } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import * as confirmSignUp from '../../stories/ConfirmSignUpForm.stories.tsx';
import * as resetPassword from '../../stories/ResetPasswordForm.stories.tsx';
import * as updateAttribute from '../../stories/UpdateAttributeForm.stories.tsx';
import * as verifyAttribute from '../../stories/VerifyAttributeForm.stories.tsx';
import type { ExceptionParameters } from '../../stories/support/exceptionStories.ts';

/** Each form's story file must show every exception documented for every operation the form calls. */
const files: Array<[file: string, module: Parameters<typeof composeStories>[0], operations: Operation[]]> = [
  ['ConfirmSignUpForm', confirmSignUp, ['ConfirmSignUp', 'ResendConfirmationCode']],
  ['VerifyAttributeForm', verifyAttribute, ['VerifyUserAttribute', 'GetUserAttributeVerificationCode']],
  ['UpdateAttributeForm', updateAttribute, ['UpdateUserAttributes', 'VerifyUserAttribute', 'GetUser']],
  ['ResetPasswordForm', resetPassword, ['ForgotPassword', 'ConfirmForgotPassword']],
];

it('the forms\' story files cover every operation the kit documents exceptions for', () => {
  const covered = new Set(files.flatMap(([, , operations]) => operations));
  expect(Object.keys(documentedExceptions).filter((operation) => !covered.has(operation as Operation))).toEqual([]);
});

type Composed = Record<string, { parameters: { exception?: ExceptionParameters } }>;

describe.each(files)('%s stories', (_, module, operations) => {
  const stories = Object.entries(composeStories(module) as Composed);
  const shown = stories.flatMap(([, { parameters: { exception } }]) => (exception ? [`${exception.operation} ${exception.name}`] : []));

  it('have one story per documented exception of each operation the form calls, and no others', () => {
    const documented = operations.flatMap((operation) => documentedExceptions[operation].map((name) => `${operation} ${name}`));
    expect(shown.toSorted()).toEqual(documented.toSorted());
  });

  it('name each exception story after its exception', () => {
    for (const [exportName, { parameters: { exception } }] of stories) {
      if (exception) expect(exportName.endsWith(exception.name.replace(/Exception$/, ''))).toBe(true);
    }
  });
});
