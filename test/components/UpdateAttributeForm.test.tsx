import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateAttributeForm } from '../../src/components/UpdateAttributeForm.tsx';
import { en } from '../../src/messages/index.ts';
import { cognitoException, setup, user as userRecord } from '../hooks/support.tsx';
import { expectNoAxeViolations } from '../support/axe.ts';

const emailBox = () => screen.getByRole('textbox', { name: 'Email' });
const emailDelivery = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'n***@e***' } as const;

function renderForm(attributeName = 'email', attributes: Record<string, string> = { email: 'ada@example.com', email_verified: 'true' }) {
  const s = setup();
  s.fake.replyAlways('getUser', userRecord(attributes));
  const onVerified = vi.fn();
  const view = render(<UpdateAttributeForm attributeName={attributeName} onVerified={onVerified} />, { wrapper: s.wrapper });
  return { ...s, onVerified, view, user: userEvent.setup() };
}

async function loaded(value = 'ada@example.com') {
  // The first render of a run is slow (modules warm up): give GetUser's answer time to land.
  await waitFor(() => expect(emailBox()).toHaveValue(value), { timeout: 3000 });
}

describe('UpdateAttributeForm', () => {
  it('starts with the current email in an email field', async () => {
    renderForm();
    await loaded();
    expect(emailBox()).toHaveAttribute('type', 'email');
    expect(emailBox()).toHaveAttribute('autocomplete', 'email');
  });

  it('works by keyboard alone: save a new email, then verify it in the banner', async () => {
    const { user, gateway, fake, onVerified, view } = renderForm();
    await loaded();
    await user.tab();
    expect(emailBox()).toHaveFocus();
    await user.clear(emailBox());
    fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [emailDelivery] });
    await user.type(emailBox(), 'new@example.com{Enter}');

    const banner = within(await screen.findByRole('region', { name: 'Verify your new email address' }));
    expect(gateway.updateUserAttributes).toHaveBeenCalledWith(expect.objectContaining({ userAttributes: [{ name: 'email', value: 'new@example.com' }] }), expect.any(AbortSignal));
    expect(banner.getByRole('status')).toHaveTextContent('Your current email address stays active until you verify new@example.com.');
    // The field shows the address in use; the banner names the one waiting for its code.
    await waitFor(() => expect(emailBox()).toHaveValue('ada@example.com'));
    await expectNoAxeViolations(view.container);

    const code = banner.getByRole('textbox', { name: 'Verification code' });
    await user.click(code);
    fake.replyOnce('verifyUserAttribute', undefined);
    fake.replyAlways('getUser', userRecord({ email: 'new@example.com', email_verified: 'true' }));
    await user.keyboard('123456');
    expect(await screen.findByText('Your email address is verified.')).toHaveAttribute('role', 'status');
    expect(screen.getByText('Your email address is verified.')).toHaveAttribute('data-state', 'success');
    expect(onVerified).toHaveBeenCalledWith('new@example.com');
    expect(screen.getByText('Your email address is verified.')).toHaveFocus();
    await waitFor(() => expect(emailBox()).toHaveValue('new@example.com'));
  });

  it.each([
    ['email', 'ada.example.com', en.validation.valueByAttribute.email!.format!],
    ['email', '   ', 'Enter your email address'],
    ['phone_number', '5555550123', en.validation.valueByAttribute.phone_number!.format!],
  ])('rejects %s "%s" before sending anything', async (attributeName, value, message) => {
    const { user, gateway } = renderForm(attributeName, { email: 'ada@example.com', phone_number: '+15555550123' });
    const field = screen.getByRole('textbox', { name: attributeName === 'email' ? 'Email' : 'Phone number' });
    await waitFor(() => expect(field).not.toHaveValue(''));
    await user.clear(field);
    await user.type(field, value);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(field).toHaveFocus();
    expect(gateway.updateUserAttributes).not.toHaveBeenCalled();
  });

  it('is busy while saving, and a second Save sends nothing', async () => {
    const { user, gateway, fake } = renderForm();
    await loaded();
    await user.clear(emailBox());
    await user.type(emailBox(), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(emailBox().closest('form')).toHaveAttribute('aria-busy', 'true');
    await user.click(screen.getByRole('button', { name: en.ui.saving }));
    await user.type(emailBox(), '{Enter}');
    expect(gateway.updateUserAttributes).toHaveBeenCalledTimes(1);
    fake.latest('updateUserAttributes').resolve({ codeDeliveryDetailsList: [emailDelivery] });
    expect(await screen.findByRole('region', { name: 'Verify your new email address' })).toBeInTheDocument();
  });

  it('after Cognito refuses the value, keeps it selected in the focused field with our message', async () => {
    const { user, fake, view } = renderForm();
    // An email input has no selectionStart/End to read, so watch select() itself.
    using select = vi.spyOn(HTMLInputElement.prototype, 'select');
    await loaded();
    await user.clear(emailBox());
    fake.rejectOnce('updateUserAttributes', cognitoException('AliasExistsException', 'An account with the given email already exists.'));
    await user.type(emailBox(), 'taken@example.com{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.byOperation.UpdateUserAttributes.AliasExistsException!.replaceAll('{attribute}', 'email address'));
    const field = emailBox() as HTMLInputElement;
    expect(field).toHaveValue('taken@example.com');
    expect(field).toHaveFocus();
    expect(select.mock.contexts).toContain(field);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(view.container).not.toHaveTextContent('given email already exists');
    await expectNoAxeViolations(view.container);
  });

  it('after a wrong code in the banner, keeps it selected in the focused code field', async () => {
    const { user, fake } = renderForm();
    await loaded();
    await user.clear(emailBox());
    fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [emailDelivery] });
    await user.type(emailBox(), 'new@example.com{Enter}');
    const banner = within(await screen.findByRole('region', { name: 'Verify your new email address' }));
    fake.rejectOnce('verifyUserAttribute', cognitoException('CodeMismatchException'));
    const code = banner.getByRole('textbox', { name: 'Verification code' }) as HTMLInputElement;
    await user.type(code, '654321');
    expect(await banner.findByRole('alert')).toHaveTextContent(en.exceptions.CodeMismatchException);
    expect(code).toHaveFocus();
    await waitFor(() => expect([code.selectionStart, code.selectionEnd]).toEqual([0, 6]));
    expect(code).toHaveAttribute('aria-invalid', 'true');
  });

  it('says an attribute that needs no code is saved', async () => {
    const { user, fake } = renderForm('given_name', { given_name: 'Ada' });
    const field = screen.getByRole('textbox', { name: 'First name' });
    await waitFor(() => expect(field).toHaveValue('Ada'));
    fake.replyOnce('updateUserAttributes', { codeDeliveryDetailsList: [] });
    await user.type(field, 'line{Enter}');
    expect(await screen.findByText('Your first name is saved.')).toHaveAttribute('role', 'status');
  });
});
