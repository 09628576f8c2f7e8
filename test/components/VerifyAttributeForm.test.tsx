import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VerifyAttributeForm } from '../../src/components/VerifyAttributeForm.tsx';
import { en } from '../../src/messages/index.ts';
import { cognitoException, setup } from '../hooks/support.tsx';
import { expectNoAxeViolations } from '../support/axe.ts';

const codeBox = () => screen.getByRole('textbox', { name: 'Verification code' });

function renderForm(props: Partial<Parameters<typeof VerifyAttributeForm>[0]> = {}) {
  const s = setup();
  const onVerified = vi.fn();
  const view = render(<VerifyAttributeForm attributeName="email" onVerified={onVerified} {...props} />, { wrapper: s.wrapper });
  return { ...s, onVerified, view, user: userEvent.setup() };
}

describe('VerifyAttributeForm', () => {
  it('asks for a first code with "Send code", then offers "Resend code"', async () => {
    const { user, gateway, fake } = renderForm();
    expect(screen.queryByRole('button', { name: /Resend code/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(gateway.getUserAttributeVerificationCode).toHaveBeenCalledWith(expect.objectContaining({ attributeName: 'email' }), expect.any(AbortSignal));
    fake.latest('getUserAttributeVerificationCode').resolve({ codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'a***@e***' } });
    expect(await screen.findByRole('button', { name: 'Resend code' })).toBeInTheDocument();
    expect(codeBox()).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
  });

  it('works by keyboard alone: Tab to the field, type, Enter verifies, and the attribute is named as verified', async () => {
    const { user, gateway, onVerified, view } = renderForm({ autoSubmit: false });
    await user.tab();
    expect(codeBox()).toHaveFocus();
    await user.keyboard('123456');
    gateway.verifyUserAttribute.mockResolvedValueOnce(undefined);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Your email address is verified.')).toHaveAttribute('role', 'status');
    expect(gateway.verifyUserAttribute).toHaveBeenCalledWith(expect.objectContaining({ attributeName: 'email', code: '123456' }), expect.any(AbortSignal));
    expect(onVerified).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveAttribute('data-state', 'success');
    await expectNoAxeViolations(view.container);
  });

  it('is busy while the code is checked, and a second submit sends nothing', async () => {
    const { user, gateway, fake } = renderForm();
    await user.type(codeBox(), '123456');
    expect(codeBox().closest('form')).toHaveAttribute('aria-busy', 'true');
    await user.click(screen.getByRole('button', { name: en.ui.submitting }));
    expect(gateway.verifyUserAttribute).toHaveBeenCalledTimes(1);
    fake.latest('verifyUserAttribute').resolve();
    expect(await screen.findByText('Your email address is verified.')).toBeInTheDocument();
  });

  it('after a wrong code keeps it, selected, in the focused field and never shows Cognito’s text', async () => {
    const { user, fake, view } = renderForm();
    await user.type(codeBox(), '654321');
    fake.latest('verifyUserAttribute').reject(cognitoException('CodeMismatchException', 'Invalid verification code provided, please try again.'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.exceptions.CodeMismatchException);
    const field = codeBox() as HTMLInputElement;
    expect(field).toHaveFocus();
    expect(field).toHaveValue('654321');
    await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, 6]));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(view.container).not.toHaveTextContent('Invalid verification code provided');
    await expectNoAxeViolations(view.container);
  });

  it('rejects an empty code before sending anything', async () => {
    const { user, gateway } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.validation.code.required);
    expect(codeBox()).toHaveAttribute('aria-invalid', 'true');
    expect(gateway.verifyUserAttribute).not.toHaveBeenCalled();
  });
});
