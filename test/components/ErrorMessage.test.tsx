import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CognitoError, documentedExceptions, toCognitoError } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { ErrorMessage } from '../../src/components/ErrorMessage.tsx';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { expectNoAxeViolations } from '../support/axe.ts';

/** A service exception as the SDK throws it, with Cognito's own wording "RAW". */
const serviceError = (operation: Operation, name: string, message = 'RAW') =>
  toCognitoError(operation, { name, message, $fault: 'client', $metadata: {} });

const actions = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('ErrorMessage', () => {
  it('renders nothing without an error, or for a cancelled request', () => {
    const { container, rerender } = render(<ErrorMessage error={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ErrorMessage error={toCognitoError('ConfirmSignUp', { name: 'AbortError', message: 'RAW' })} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('retype: says what to do in a role=alert, prefixed "Error:" for screen readers, with no action', async () => {
    const { container } = render(<ErrorMessage error={serviceError('ConfirmSignUp', 'CodeMismatchException')} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Error: That code does not match the one we sent. Check the code and enter it again.');
    expect(container.firstChild).toHaveAttribute('data-recovery', 'retype');
    expect(container.firstChild).toHaveClass('cvk-error');
    expect(actions()).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('resend: no button of its own (the form has the Resend code button), even when other actions are passed', () => {
    render(
      <ErrorMessage
        error={serviceError('VerifyUserAttribute', 'ExpiredCodeException')}
        onRetry={() => {}}
        onSignIn={() => {}}
        onForceAliasCreation={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('That code has expired. Ask for a new code, then enter it here.');
    expect(actions()).toEqual([]);
  });

  it('wait: shows the countdown beside the alert, so ticking does not re-announce it', async () => {
    const error = serviceError('ConfirmSignUp', 'LimitExceededException');
    const { container, rerender } = render(<ErrorMessage error={error} secondsLeft={27} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There have been too many wrong codes. Wait a few minutes, then enter the code again.');
    const countdown = screen.getByText('Try again after 0:27.');
    expect(alert).not.toContainElement(countdown);
    expect(countdown.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    const alertText = alert.textContent;
    rerender(<ErrorMessage error={error} secondsLeft={26} />);
    expect(screen.getByText('Try again after 0:26.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert.textContent).toBe(alertText);
    rerender(<ErrorMessage error={error} secondsLeft={0} />);
    expect(screen.queryByText(/Try again after/)).not.toBeInTheDocument();
    expect(actions()).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('retry: offers "Try again", which calls onRetry with no arguments', async () => {
    const onRetry = vi.fn();
    const { container } = render(<ErrorMessage error={serviceError('ConfirmSignUp', 'InternalErrorException')} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledWith();
    await expectNoAxeViolations(container);
  });

  it('retry without onRetry, and a network failure, offer no button unless asked', () => {
    const { rerender } = render(<ErrorMessage error={serviceError('ConfirmSignUp', 'InternalErrorException')} />);
    expect(actions()).toEqual([]);
    rerender(<ErrorMessage error={toCognitoError('ConfirmSignUp', new TypeError('Failed to fetch'))} onRetry={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('We could not connect. Check your internet connection and try again.');
    expect(actions()).toEqual(['Try again']);
  });

  it('signIn: offers "Sign in again"', async () => {
    const onSignIn = vi.fn();
    const { container } = render(<ErrorMessage error={serviceError('VerifyUserAttribute', 'NotAuthorizedException')} onSignIn={onSignIn} onRetry={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended. Sign in again to continue.');
    expect(actions()).toEqual(['Sign in again']);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('aliasConflict: names the attribute, and offers the force action with its consequence only when passed', async () => {
    const error = serviceError('ConfirmSignUp', 'AliasExistsException');
    const onForce = vi.fn();
    const { container, rerender } = render(<ErrorMessage error={error} attributeName="email" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Another account already uses this email address. Sign in to that account, or sign up again with a different email address.',
    );
    expect(actions()).toEqual([]);
    rerender(<ErrorMessage error={error} attributeName="email" onForceAliasCreation={onForce} />);
    const button = screen.getByRole('button', { name: 'Use it for this account instead' });
    expect(button).toHaveAccessibleDescription('The other account will no longer be able to sign in with this email address.');
    await userEvent.click(button);
    expect(onForce).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('fixInput: picks the wording for the attribute', () => {
    const error = new CognitoError({
      name: 'ValidationError',
      operation: 'UpdateUserAttributes',
      kind: 'validation',
      recovery: 'fixInput',
      retryable: false,
      field: 'value',
      reason: 'format',
    });
    const { rerender } = render(<ErrorMessage error={error} attributeName="email" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter an email address in the right format, like name@example.com');
    rerender(<ErrorMessage error={error} attributeName="phone_number" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a phone number with country code, like +15555550123');
  });

  it('config: a calm message with nothing to press', () => {
    const { container } = render(<ErrorMessage error={serviceError('ConfirmSignUp', 'ResourceNotFoundException')} onRetry={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This service is not set up correctly');
    expect(container.firstChild).toHaveAttribute('data-recovery', 'config');
    expect(actions()).toEqual([]);
  });

  it("shows a Lambda trigger's own text as a second line, without Cognito's prefix", async () => {
    const error = serviceError('ConfirmSignUp', 'UserLambdaValidationException', 'PreSignUp failed with error Sign-ups from example.org are closed.');
    const { container } = render(<ErrorMessage error={error} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('We could not confirm your account because some of your details were not accepted.')).toBeInTheDocument();
    expect(within(alert).getByText('Sign-ups from example.org are closed.')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('failed with error');
    await expectNoAxeViolations(container);
  });

  const everyException = Object.entries(documentedExceptions).flatMap(([operation, names]) =>
    names.map((name): [Operation, string] => [operation as Operation, name]),
  );

  it.each(everyException)(
    "%s %s: never shows Cognito's own message",
    (operation, name) => {
      const { container } = render(
        <ErrorMessage error={serviceError(operation, name)} attributeName="email" secondsLeft={30} onRetry={() => {}} onSignIn={() => {}} onForceAliasCreation={() => {}} />,
      );
      const text = container.querySelector('.cvk-error-text');
      expect(text?.textContent).toMatch(/^Error: \S/);
      expect(text).not.toHaveTextContent('RAW');
      expect(text).not.toHaveTextContent('{');
      // Only a Lambda trigger's text, written by the app itself, is shown as the detail.
      const rest = (container.textContent ?? '').replace(container.querySelector('.cvk-error-detail')?.textContent ?? '', '');
      expect(rest).not.toContain('RAW');
      if (name !== 'UserLambdaValidationException') expect(container.querySelector('.cvk-error-detail')).toBeNull();
    },
  );

  it('puts the id on the message, so a field can be described by it', () => {
    render(
      <>
        <label>
          Code <input aria-describedby="code-error" aria-invalid="true" />
        </label>
        <ErrorMessage id="code-error" error={serviceError('ConfirmSignUp', 'InternalErrorException')} onRetry={() => {}} />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveAttribute('id', 'code-error');
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveAccessibleDescription(
      'Error: There is a problem with the sign-in service. Try again in a few minutes.',
    );
  });

  it('does not take focus when an error appears or changes', () => {
    const { rerender } = render(
      <>
        <input aria-label="Code" />
        <ErrorMessage error={null} />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Code' });
    input.focus();
    rerender(
      <>
        <input aria-label="Code" />
        <ErrorMessage error={serviceError('ConfirmSignUp', 'InternalErrorException')} onRetry={() => {}} />
      </>,
    );
    expect(input).toHaveFocus();
    rerender(
      <>
        <input aria-label="Code" />
        <ErrorMessage error={serviceError('ConfirmSignUp', 'CodeMismatchException')} />
      </>,
    );
    expect(input).toHaveFocus();
  });

  it('replaces the alert for a new error with the same text, so it is announced again', () => {
    const { rerender } = render(<ErrorMessage error={serviceError('ConfirmSignUp', 'CodeMismatchException')} />);
    const first = screen.getByRole('alert');
    rerender(<ErrorMessage error={serviceError('ConfirmSignUp', 'CodeMismatchException')} />);
    expect(screen.getByRole('alert')).not.toBe(first);
    expect(screen.getByRole('alert')).toHaveTextContent('That code does not match');
  });

  it("uses the provider's dictionary", () => {
    render(
      <CognitoVerifyProvider gateway={{} as never} messages={{ ui: { errorPrefix: 'Fehler:', tryAgain: 'Erneut versuchen' } }}>
        <ErrorMessage error={serviceError('ConfirmSignUp', 'InternalErrorException')} onRetry={() => {}} />
      </CognitoVerifyProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^Fehler: /);
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('forwards its ref and spreads other props onto the root', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<ErrorMessage ref={ref} error={serviceError('ConfirmSignUp', 'CodeMismatchException')} className="mine" data-testid="x" />);
    expect(ref.current).toBe(container.firstChild);
    expect(ref.current).toHaveClass('cvk-error', 'mine');
    expect(ref.current).toHaveAttribute('data-testid', 'x');
  });
});
