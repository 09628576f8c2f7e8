import { createRef, useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CodeDeliveryDetails } from '../../src/cognito/gateway.ts';
import { ResendButton } from '../../src/components/ResendButton.tsx';
import type { ResendButtonProps } from '../../src/components/ResendButton.tsx';
import { useResendCooldown } from '../../src/hooks/useResendCooldown.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const email: CodeDeliveryDetails = { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' };

function setup(props: Partial<ResendButtonProps> = {}) {
  const onResend = vi.fn();
  const view = render(<ResendButton secondsLeft={0} canResend onResend={onResend} {...props} />);
  const liveRegion = () => view.container.querySelector('[aria-live="polite"]') as HTMLElement;
  return { ...view, onResend, liveRegion };
}

describe('ResendButton', () => {
  it('is a ready button named "Resend code" that asks for a code on click', async () => {
    const { container, onResend } = setup();
    const button = screen.getByRole('button', { name: 'Resend code' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(onResend).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('answers Enter and Space', async () => {
    const { onResend } = setup();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Resend code' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onResend).toHaveBeenCalledTimes(2);
  });

  it('while waiting, says how long, stays focusable and ignores clicks and keys', async () => {
    const { container, onResend } = setup({ secondsLeft: 27, canResend: false });
    const button = screen.getByRole('button', { name: 'Resend code in 0:27' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('data-state', 'waiting');
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await userEvent.click(button);
    expect(onResend).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('shows minutes for a long wait', () => {
    setup({ secondsLeft: 120, canResend: false });
    expect(screen.getByRole('button', { name: 'Resend code in 2:00' })).toBeInTheDocument();
  });

  it('before the clock is read (SSR, hydration) says "Resend code" but is not actionable', async () => {
    const { onResend } = setup({ secondsLeft: null, canResend: false });
    const button = screen.getByRole('button', { name: 'Resend code' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onResend).not.toHaveBeenCalled();
  });

  it('while sending, says "Sending…", is busy and ignores clicks', async () => {
    const { container, onResend } = setup({ isResending: true });
    const button = screen.getByRole('button', { name: 'Sending…' });
    expect(button).toHaveAttribute('data-state', 'sending');
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onResend).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it("runs the consumer's onClick first, which may prevent the resend", async () => {
    const order: string[] = [];
    const onResend = vi.fn(() => order.push('resend'));
    const { rerender } = render(
      <ResendButton secondsLeft={0} canResend onResend={onResend} onClick={() => order.push('click')} />,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(order).toEqual(['click', 'resend']);
    rerender(<ResendButton secondsLeft={0} canResend onResend={onResend} onClick={(event) => event.preventDefault()} />);
    await userEvent.click(screen.getByRole('button'));
    expect(onResend).toHaveBeenCalledTimes(1);
  });

  it('forwards its ref and spreads other props onto the button', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<ResendButton ref={ref} secondsLeft={0} canResend onResend={() => {}} className="mine" data-testid="x" />);
    expect(ref.current).toBe(screen.getByRole('button'));
    expect(ref.current).toHaveClass('cvk-button', 'mine');
    expect(ref.current).toHaveAttribute('data-testid', 'x');
  });

  it('renders its polite live region empty from the start, outside the button', () => {
    const { liveRegion } = setup({ delivery: email });
    expect(liveRegion()).toBeInTheDocument();
    expect(liveRegion()).toBeEmptyDOMElement();
    expect(screen.getByRole('button')).not.toContainElement(liveRegion());
    // The form's own status keeps role=status to itself.
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('does not take focus when it mounts or announces', () => {
    const { rerender } = setup({ secondsLeft: 1, canResend: false });
    expect(document.body).toHaveFocus();
    rerender(<ResendButton secondsLeft={0} canResend onResend={() => {}} />);
    expect(document.body).toHaveFocus();
  });
});

describe('ResendButton announcements', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The button wired to the real cooldown hook, the way the forms use it. */
  function WithCooldown() {
    const cooldown = useResendCooldown({ baseSeconds: 30, startNow: true });
    const [delivery, setDelivery] = useState<CodeDeliveryDetails | null>(email);
    const [isResending, setIsResending] = useState(false);
    return (
      <ResendButton
        secondsLeft={cooldown.secondsLeft}
        canResend={cooldown.canResend}
        isResending={isResending}
        delivery={delivery}
        onResend={() => {
          setIsResending(true);
          setTimeout(() => {
            cooldown.codeSent();
            setDelivery({ ...email });
            setIsResending(false);
          }, 500);
        }}
      />
    );
  }

  it('over a countdown, announces once when resending becomes possible and once per new code, never per second', async () => {
    vi.useFakeTimers();
    const { container } = render(<WithCooldown />);
    const region = container.querySelector('[aria-live="polite"]') as HTMLElement;
    const button = screen.getByRole('button');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });

    expect(button).toHaveAccessibleName('Resend code in 0:30');
    for (let second = 29; second >= 1; second -= 1) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(button).toHaveAccessibleName(`Resend code in 0:${String(second).padStart(2, '0')}`);
      expect(region).toBeEmptyDOMElement();
    }
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(button).toHaveAccessibleName('Resend code');
    expect(region).toHaveTextContent('You can ask for a new code now.');

    act(() => fireEvent.click(button));
    expect(button).toHaveAccessibleName('Sending…');
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(region).toHaveTextContent('We sent a new code to a***@e***.');
    expect(button).toHaveAccessibleName('Resend code in 0:30');

    for (let second = 0; second < 10; second += 1) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(region).toHaveTextContent('We sent a new code to a***@e***.');

    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(region).toHaveTextContent('You can ask for a new code now.');

    // A second code to the same address is announced again (a fresh node), not silently kept.
    act(() => fireEvent.click(button));
    await act(() => vi.advanceTimersByTimeAsync(500));
    await act(() => vi.advanceTimersByTimeAsync(35_000));
    observer.disconnect();
    expect(seen.filter((text) => text !== '')).toEqual([
      'You can ask for a new code now.',
      'We sent a new code to a***@e***.',
      'You can ask for a new code now.',
      'We sent a new code to a***@e***.',
      'You can ask for a new code now.',
    ]);
    vi.useRealTimers(); // axe schedules its own timers
    await expectNoAxeViolations(container);
  });

  it('says nothing when the clock is first read after hydration', () => {
    const { rerender, liveRegion } = setup({ secondsLeft: null, canResend: false, delivery: email });
    rerender(<ResendButton secondsLeft={0} canResend onResend={() => {}} delivery={email} />);
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it('says nothing when a parent passes an equal delivery object without a resend', () => {
    const { rerender, liveRegion } = setup({ secondsLeft: 5, canResend: false, delivery: email });
    rerender(<ResendButton secondsLeft={4} canResend={false} onResend={() => {}} delivery={{ ...email }} />);
    rerender(<ResendButton secondsLeft={3} canResend={false} onResend={() => {}} delivery={{ ...email }} />);
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it('announces a new code after isResending even when the click came from elsewhere', () => {
    const props = { secondsLeft: 0, canResend: true, onResend: () => {} };
    const { rerender, liveRegion } = setup({ ...props, delivery: email });
    rerender(<ResendButton {...props} isResending delivery={email} />);
    rerender(<ResendButton {...props} secondsLeft={30} canResend={false} delivery={{ destination: '+*******0123', deliveryMedium: 'SMS' }} />);
    expect(liveRegion()).toHaveTextContent('We sent a new code to +*******0123.');
  });

  it('announces a new code without a destination in general words', async () => {
    const props = { secondsLeft: 0, canResend: true };
    const onResend = vi.fn();
    const { rerender, liveRegion } = setup({ ...props, onResend, delivery: null });
    await userEvent.click(screen.getByRole('button'));
    rerender(<ResendButton {...props} onResend={onResend} delivery={{}} />);
    expect(liveRegion()).toHaveTextContent('We sent you a code.');
  });
});
