import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmSignUpForm } from '../../src/components/ConfirmSignUpForm.tsx';
import { en } from '../../src/messages/index.ts';
import { cognitoException, setup } from '../hooks/support.tsx';
import { expectNoAxeViolations } from '../support/axe.ts';

const delivery = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' } as const;
const codeBox = () => screen.getByRole('textbox', { name: 'Confirmation code' });
const formOf = () => codeBox().closest('form') as HTMLFormElement;

function renderForm(props: Partial<Parameters<typeof ConfirmSignUpForm>[0]> = {}) {
  const s = setup();
  const onConfirmed = vi.fn();
  const view = render(<ConfirmSignUpForm username="ada" delivery={delivery} onConfirmed={onConfirmed} {...props} />, { wrapper: s.wrapper });
  return { ...s, onConfirmed, view, user: userEvent.setup() };
}

describe('ConfirmSignUpForm', () => {
  it('is reachable and usable by keyboard alone: Tab to the field, type, Enter confirms', async () => {
    const { user, gateway, onConfirmed, view } = renderForm({ autoSubmit: false });
    await user.tab();
    expect(codeBox()).toHaveFocus();
    expect(codeBox()).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
    await user.keyboard('123456');
    expect(gateway.confirmSignUp).not.toHaveBeenCalled();
    gateway.confirmSignUp.mockResolvedValueOnce(undefined);
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Your account is confirmed.')).toHaveAttribute('role', 'status');
    expect(gateway.confirmSignUp).toHaveBeenCalledWith(expect.objectContaining({ username: 'ada', confirmationCode: '123456' }), expect.any(AbortSignal));
    expect(onConfirmed).toHaveBeenCalledWith({ alreadyConfirmed: false });
    // The field is gone: focus lands on the message instead of <body>.
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'success');
    await expectNoAxeViolations(view.container);
  });

  it('submits by itself once the code is complete', async () => {
    const { user, gateway, fake } = renderForm();
    await user.type(codeBox(), '123456');
    expect(gateway.confirmSignUp).toHaveBeenCalledTimes(1);
    fake.latest('confirmSignUp').resolve();
    expect(await screen.findByText('Your account is confirmed.')).toBeInTheDocument();
  });

  it('is busy while the code is checked, and a second submit sends nothing', async () => {
    const { user, gateway, fake } = renderForm();
    await user.type(codeBox(), '123456');
    expect(formOf()).toHaveAttribute('aria-busy', 'true');
    const busyButton = screen.getByRole('button', { name: en.ui.submitting });
    await user.click(busyButton);
    await user.type(codeBox(), '{Enter}');
    expect(gateway.confirmSignUp).toHaveBeenCalledTimes(1);

    fake.latest('confirmSignUp').reject(cognitoException('CodeMismatchException'));
    expect(await screen.findByRole('button', { name: 'Confirm' })).toBeInTheDocument();
    expect(formOf()).toHaveAttribute('aria-busy', 'false');
  });

  it('after a wrong code shows our message, keeps the code selected in the field and marks it invalid', async () => {
    const { user, fake, view } = renderForm();
    await user.type(codeBox(), '654321');
    fake.latest('confirmSignUp').reject(cognitoException('CodeMismatchException', 'Invalid verification code provided, please try again.'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.exceptions.CodeMismatchException);
    const field = codeBox() as HTMLInputElement;
    expect(field).toHaveValue('654321');
    expect(field).toHaveFocus();
    await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, 6]));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(screen.queryByText(/Invalid verification code provided/)).not.toBeInTheDocument();
    await expectNoAxeViolations(view.container);
  });

  it('rejects an empty code before sending anything', async () => {
    const { user, gateway } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.validation.code.required);
    expect(codeBox()).toHaveAttribute('aria-invalid', 'true');
    expect(codeBox()).toHaveFocus();
    expect(gateway.confirmSignUp).not.toHaveBeenCalled();
  });

  it('says so when the account was confirmed already', async () => {
    const { user, fake, onConfirmed } = renderForm();
    await user.type(codeBox(), '123456');
    fake.latest('confirmSignUp').reject(cognitoException('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'));
    expect(await screen.findByText(en.ui.alreadyConfirmed)).toHaveAttribute('role', 'status');
    expect(onConfirmed).toHaveBeenCalledWith({ alreadyConfirmed: true });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('resends the code and keeps what was typed', async () => {
    const { user, gateway, fake } = renderForm({ codeJustSent: false, autoSubmit: false });
    await user.type(codeBox(), '12');
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    expect(gateway.resendConfirmationCode).toHaveBeenCalledTimes(1);
    fake.latest('resendConfirmationCode').resolve({ codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******0123' } });
    await waitFor(() => expect(codeBox()).toHaveAccessibleDescription(/We sent a code by text message to \+\*{7}0123/));
    expect(codeBox()).toHaveValue('12');
  });

  it('offers to move the email only when the app allows it', async () => {
    const s = setup({ allowForceAliasCreation: true });
    render(<ConfirmSignUpForm username="ada" />, { wrapper: s.wrapper });
    const user = userEvent.setup();
    await user.type(codeBox(), '123456');
    s.fake.latest('confirmSignUp').reject(cognitoException('AliasExistsException'));
    await user.click(await screen.findByRole('button', { name: en.ui.useThisAnyway }));
    expect(s.gateway.confirmSignUp).toHaveBeenLastCalledWith(expect.objectContaining({ forceAliasCreation: true }), expect.any(AbortSignal));
  });
});
