/** A layout of one's own from the public parts keeps the forms' accessibility guarantees. */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CognitoVerifyProvider, en } from '../../src/index.ts';
import { createTestGateway, TEST_CODE } from '../../src/testing.ts';
import { CustomConfirm } from '../../stories/support/CustomConfirm.tsx';

const delivery = { attributeName: 'email', deliveryMedium: 'EMAIL' as const, destination: 'a***@e***' };

function renderCustom() {
  const gateway = createTestGateway();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CognitoVerifyProvider gateway={gateway} clientId="client1" cooldown={{ baseSeconds: 0 }}>
      {children}
    </CognitoVerifyProvider>
  );
  render(<CustomConfirm username="ada" delivery={delivery} />, { wrapper });
  return { gateway, field: () => screen.getByRole<HTMLInputElement>('textbox', { name: en.ui.confirmationCodeLabel }) };
}

describe('a custom layout from the public parts', () => {
  it('labels the field and describes it with the hint', () => {
    const { field } = renderCustom();
    expect(field()).toHaveAccessibleDescription('We sent a code by email to a***@e***. Enter the 6-digit code');
    expect(field()).not.toHaveAttribute('aria-invalid');
  });

  it('after a wrong code: the error is announced, wired to the field, and the code is selected to type over', async () => {
    const user = userEvent.setup();
    const { gateway, field } = renderCustom();
    gateway.failNext('ConfirmSignUp', 'CodeMismatchException');
    await user.type(field(), '654321');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.exceptions.CodeMismatchException);
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field().getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    await waitFor(() => expect(field()).toHaveFocus());
    await waitFor(() => expect([field().selectionStart, field().selectionEnd]).toEqual([0, 6]));
    await user.keyboard(TEST_CODE);
    expect(await screen.findByRole('status')).toHaveTextContent(en.ui.confirmed);
  });

  it('announces a new code once', async () => {
    const user = userEvent.setup();
    renderCustom();
    await user.click(screen.getByRole('button', { name: en.ui.resendCode }));
    const announced = () => [...document.querySelectorAll('[aria-live="polite"]')].filter((e) => /new code/.test(e.textContent ?? ''));
    await waitFor(() => expect(announced()).toHaveLength(1));
    await act(async () => {});
    expect(announced()).toHaveLength(1);
  });
});
