import { expect, within } from 'storybook/test';
import { toCognitoError, type ErrorField } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { en, messageFor } from '../../src/messages/index.ts';
import type { ScriptedSetup } from './decorators.tsx';
import { serviceException, type FailureOf, type TestGateway } from '../../src/testing.ts';

/** Which documented exception a story shows; `test/components/exceptionStories.test.ts` checks every one has a story. */
export interface ExceptionParameters {
  operation: Operation;
  name: string;
}

// A Lambda trigger's message reaches people as detail; Cognito's wrapper around it must not.
const rawMessage = (name: string) =>
  name === 'UserLambdaValidationException' ? 'PreSignUp failed with error Nickname is taken.' : `${name} (raw server text)`;
const rawText = /raw server text|failed with error/;

/**
 * Makes the next calls of `operation` fail with `name`, by default twice: the kit asks for a fresh
 * token and tries once more when an access-token operation meets NotAuthorized.
 */
export function failWith(operation: Operation, name: string, times = 2): NonNullable<ScriptedSetup['script']> {
  return (gateway: TestGateway) => gateway.failNext(operation, name as FailureOf<Operation>, { message: rawMessage(name), times });
}

/** A field on screen when the error shows: what it holds afterwards, and whether it is the one at fault. */
export interface ShownField {
  /** The accessible name of the field the person typed in. */
  fieldName: string;
  /** What they typed, which must still be there; `undefined` when nothing was typed. */
  typed?: string;
  /** The field is marked invalid when the error's `field` is this. A `'password'` field is found by its label: a password input has no role. */
  fieldKind: ErrorField;
}

export interface ExpectShown extends ExceptionParameters, ShownField {
  attributeName?: string;
  /** More fields the person filled in (e.g. the new password beside the code), checked the same way. @default [] */
  otherFields?: ShownField[];
}

/** The role=alert shows the kit's message for the exception (never Cognito's text), the input is kept, and the field is marked when it is at fault. */
export async function expectExceptionShown(
  canvasElement: HTMLElement,
  { operation, name, attributeName, otherFields = [], ...first }: ExpectShown,
) {
  const canvas = within(canvasElement);
  const error = toCognitoError(operation, serviceException(name, rawMessage(name)));
  const { text } = messageFor(error, en, attributeName ? { attributeName } : undefined);
  const alert = await canvas.findByRole('alert');
  await expect(alert).toHaveTextContent(text);
  await expect(canvasElement).not.toHaveTextContent(rawText);
  for (const { fieldName, typed, fieldKind } of [first, ...otherFields]) {
    const field =
      fieldKind === 'password' ? canvas.getByLabelText(fieldName, { selector: 'input' }) : canvas.getByRole('textbox', { name: fieldName });
    if (typed !== undefined) await expect(field).toHaveValue(typed);
    if (error.field === fieldKind) {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    } else {
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await expect(field.getAttribute('aria-describedby')?.split(' ') ?? []).not.toContain(alert.id);
    }
  }
}
