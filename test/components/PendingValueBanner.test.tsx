import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PendingValueBanner } from '../../src/components/PendingValueBanner.tsx';
import { ResendButton } from '../../src/components/ResendButton.tsx';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { expectNoAxeViolations } from '../support/axe.ts';

describe('PendingValueBanner', () => {
  it('pending: a region named by its title, whose status names the attribute and the new value', async () => {
    const { container } = render(
      <PendingValueBanner attributeName="email" status="pending" value="new@example.com" currentValue="old@example.com" />,
    );
    const region = screen.getByRole('region', { name: 'Verify your new email address' });
    expect(region).toHaveAttribute('data-state', 'pending');
    expect(region).toHaveClass('cvk-banner');
    const status = screen.getByRole('status');
    expect(region).toContainElement(status);
    expect(status).toHaveTextContent('Verify your new email address');
    expect(status).toHaveTextContent('Your current email address stays active until you verify new@example.com.');
    expect(within(status).getByText('new@example.com').tagName).toBe('STRONG');
    await expectNoAxeViolations(container);
  });

  it('unverified: says the current value needs verifying', async () => {
    const { container } = render(<PendingValueBanner attributeName="phone_number" status="unverified" value="+15555550123" />);
    expect(screen.getByRole('region', { name: 'Your phone number is not verified' })).toHaveAttribute('data-state', 'unverified');
    expect(screen.getByRole('status')).toHaveTextContent('+15555550123 needs verifying before you can use it.');
    await expectNoAxeViolations(container);
  });

  it('humanises attributes the dictionary does not know', () => {
    render(<PendingValueBanner attributeName="custom:nickname" status="pending" value="Ada" />);
    expect(screen.getByRole('status')).toHaveTextContent('Verify your new nickname');
  });

  it('offers "Cancel change" only for a pending value, after the children', async () => {
    const onCancel = vi.fn();
    const { container, rerender } = render(
      <PendingValueBanner attributeName="email" status="pending" value="new@example.com" onCancel={onCancel}>
        <ResendButton secondsLeft={0} canResend onResend={() => {}} />
      </PendingValueBanner>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Resend code', 'Cancel change']);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel change' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledWith();
    await expectNoAxeViolations(container);

    rerender(
      <PendingValueBanner attributeName="email" status="unverified" value="new@example.com" onCancel={onCancel}>
        <ResendButton secondsLeft={0} canResend onResend={() => {}} />
      </PendingValueBanner>,
    );
    expect(screen.queryByRole('button', { name: 'Cancel change' })).not.toBeInTheDocument();
  });

  it('has no cancel button without onCancel', () => {
    render(<PendingValueBanner attributeName="email" status="pending" value="new@example.com" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps one role=status with a ResendButton inside', () => {
    render(
      <PendingValueBanner attributeName="email" status="pending" value="new@example.com">
        <ResendButton secondsLeft={12} canResend={false} onResend={() => {}} />
      </PendingValueBanner>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('new@example.com');
  });

  it("uses the provider's dictionary, which may name the current value", () => {
    render(
      <CognitoVerifyProvider gateway={{} as never} messages={{ ui: { pendingBody: '{current} stays until you verify {value}.' } }}>
        <PendingValueBanner attributeName="email" status="pending" value="new@example.com" currentValue="old@example.com" />
      </CognitoVerifyProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('old@example.com stays until you verify new@example.com.');
  });

  it('does not take focus when it appears', () => {
    const { rerender } = render(<input aria-label="Email" />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    input.focus();
    rerender(
      <>
        <input aria-label="Email" />
        <PendingValueBanner attributeName="email" status="pending" value="new@example.com" onCancel={() => {}} />
      </>,
    );
    expect(input).toHaveFocus();
  });

  it('forwards its ref and spreads other props onto the section', () => {
    const ref = createRef<HTMLElement>();
    render(<PendingValueBanner ref={ref} attributeName="email" status="pending" value="n@e.com" className="mine" data-testid="x" />);
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current).toHaveClass('cvk-banner', 'mine');
    expect(ref.current).toHaveAttribute('data-testid', 'x');
  });
});
