import { createRef, useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeField } from '../../src/components/CodeField.tsx';
import { expectNoAxeViolations } from '../support/axe.ts';

const label = 'Confirmation code';
const codeBox = () => screen.getByRole('textbox', { name: label });

describe('CodeField', () => {
  it('is one labelled textbox with one-time-code hints', () => {
    render(<CodeField label={label} />);
    const input = codeBox();
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('maxlength', '6');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveAttribute('autocapitalize', 'off');
    expect(input).toHaveAttribute('autocorrect', 'off');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });

  it('draws six decorative slots with no role, hidden from assistive technology', () => {
    const { container } = render(<CodeField label={label} defaultValue="12" />);
    const slots = container.querySelectorAll('.cvk-slot');
    expect(slots).toHaveLength(6);
    for (const slot of slots) {
      expect(slot).not.toHaveAttribute('role');
      expect(slot).toHaveAttribute('aria-hidden', 'true');
    }
    expect(slots[0]).toHaveTextContent('1');
    expect(slots[1]).toHaveTextContent('2');
  });

  it('has exactly one tab stop', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Before</button>
        <CodeField label={label} />
        <button type="button">After</button>
      </>,
    );
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(codeBox()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it.each([
    ['spaces and hyphens', '12 34-56'],
    ['an en dash', '123–456'],
    ['full-width digits', '１２３４５６'],
    ['Arabic-Indic digits', '١٢٣٤٥٦'],
    ['Extended Arabic-Indic digits', '۱۲۳۴۵۶'],
  ])('normalises typed %s', async (_, typed) => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const onValueChange = vi.fn();
    render(<CodeField label={label} onComplete={onComplete} onValueChange={onValueChange} />);
    await user.type(codeBox(), typed);
    expect(codeBox()).toHaveValue('123456');
    expect(onValueChange).toHaveBeenLastCalledWith('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it.each([
    ['full-width digits and an ideographic space', '１２３　４５６'],
    ['spaces, hyphens and an en dash', ' 12-34–56 '],
    ['Arabic-Indic digits', '١٢٣ ٤٥٦'],
  ])('normalises pasted %s without losing digits to the length limit', async (_, pasted) => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<CodeField label={label} onComplete={onComplete} />);
    await user.click(codeBox());
    await user.paste(pasted);
    expect(codeBox()).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('calls onComplete once per completion, again only after the code changes', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<CodeField label={label} onComplete={onComplete} />);
    await user.type(codeBox(), '123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    await user.tripleClick(codeBox());
    await user.paste('123 456'); // the same code again changes nothing
    expect(codeBox()).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    await user.keyboard('{Backspace}');
    expect(codeBox()).toHaveValue('12345');
    await user.keyboard('7');
    expect(codeBox()).toHaveValue('123457');
    expect(onComplete).toHaveBeenCalledTimes(2);
    expect(onComplete).toHaveBeenLastCalledWith('123457');
  });

  it('does not report a typed separator as a change', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<CodeField label={label} onValueChange={onValueChange} />);
    await user.type(codeBox(), '123 -');
    expect(codeBox()).toHaveValue('123');
    expect(onValueChange.mock.calls).toEqual([['1'], ['12'], ['123']]);
  });

  it('does not call onComplete when autoSubmit is false', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const onValueChange = vi.fn();
    render(<CodeField label={label} autoSubmit={false} onComplete={onComplete} onValueChange={onValueChange} />);
    await user.type(codeBox(), '123456');
    expect(codeBox()).toHaveValue('123456');
    expect(onValueChange).toHaveBeenLastCalledWith('123456');
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('draws four slots and completes at four characters with length 4', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { container } = render(<CodeField label={label} length={4} onComplete={onComplete} />);
    expect(container.querySelectorAll('.cvk-slot')).toHaveLength(4);
    expect(codeBox()).toHaveAttribute('maxlength', '4');
    await user.type(codeBox(), '12-34');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('1234');
  });

  it('is a plain text input up to 2048 characters for free-length custom codes', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { container } = render(<CodeField label={label} length="free" onComplete={onComplete} />);
    expect(container.querySelectorAll('.cvk-slot')).toHaveLength(0);
    expect(codeBox()).toHaveAttribute('inputmode', 'text');
    expect(codeBox()).toHaveAttribute('autocomplete', 'one-time-code');
    const code = 'Ab3X'.repeat(512); // 2048 characters
    await user.click(codeBox());
    await user.paste(`${code.slice(0, 10)} - ${code.slice(10)}`);
    expect(codeBox()).toHaveValue(code);
    await user.paste('MORE'); // past Cognito's 2048-character limit
    expect(codeBox()).toHaveValue(code);
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('uses a plain input and completes at the given length above eight characters', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { container } = render(<CodeField label={label} length={10} onComplete={onComplete} />);
    expect(container.querySelectorAll('.cvk-slot')).toHaveLength(0);
    await user.type(codeBox(), 'AB12-CD34-56');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('AB12CD3456');
  });

  it('is controllable with value and onValueChange', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [code, setCode] = useState('12');
      return (
        <>
          <CodeField label={label} value={code} onValueChange={setCode} />
          <output>{code}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(codeBox()).toHaveValue('12');
    await user.type(codeBox(), '3 4');
    expect(codeBox()).toHaveValue('1234');
    expect(screen.getByRole('status')).toHaveTextContent('1234');
  });

  it('keeps a controlled value when the parent does not accept the change', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<CodeField label={label} value="12" onValueChange={onValueChange} />);
    await user.type(codeBox(), '3');
    expect(onValueChange).toHaveBeenCalledWith('123');
    expect(codeBox()).toHaveValue('12');
  });

  it('describes the input by its hint', () => {
    render(<CodeField label={label} hint="We sent a code to a***@e***" />);
    expect(codeBox()).toHaveAccessibleDescription('We sent a code to a***@e***');
  });

  it('marks the input invalid and describes it by hint and error', () => {
    render(<CodeField label={label} hint="We sent a code to a***@e***" errorMessage="Enter the 6-digit code" />);
    expect(codeBox()).toHaveAttribute('aria-invalid', 'true');
    expect(codeBox()).toHaveAccessibleDescription('We sent a code to a***@e*** Enter the 6-digit code');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the 6-digit code');
    expect(screen.getByRole('alert').closest('.cvk-field')).toHaveAttribute('data-invalid');
  });

  it('references an error element rendered elsewhere by errorId', () => {
    render(
      <>
        <CodeField label={label} errorId="form-error" />
        <p id="form-error">That code has expired. Ask for a new one.</p>
      </>,
    );
    expect(codeBox()).toHaveAttribute('aria-invalid', 'true');
    expect(codeBox()).toHaveAccessibleDescription('That code has expired. Ask for a new one.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the code and selects it when an error appears after a submit', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CodeField label={label} />);
    await user.type(codeBox(), '123456');
    act(() => codeBox().blur()); // as if the submit button had been pressed
    rerender(<CodeField label={label} errorMessage="That code is not right. Check it and try again." />);
    const input = codeBox() as HTMLInputElement;
    expect(input).toHaveValue('123456');
    expect(input).toHaveFocus();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 6]);
    await user.keyboard('6');
    expect(input).toHaveValue('6');
  });

  it('does not steal focus for an error present on first render', () => {
    render(<CodeField label={label} defaultValue="123456" errorMessage="That code is not right." />);
    expect(codeBox()).not.toHaveFocus();
  });

  it('forwards its ref to the input so callers can select the code', () => {
    const ref = createRef<HTMLInputElement>();
    render(<CodeField ref={ref} label={label} defaultValue="123456" />);
    expect(ref.current).toBe(codeBox());
    act(() => {
      ref.current?.focus();
      ref.current?.select();
    });
    expect([ref.current?.selectionStart, ref.current?.selectionEnd]).toEqual([0, 6]);
  });

  it('marks the wrapper and input disabled', () => {
    render(<CodeField label={label} disabled />);
    expect(codeBox()).toBeDisabled();
    expect(codeBox().closest('.cvk-field')).toHaveAttribute('data-disabled');
  });

  it('spreads other input props onto the input', () => {
    render(<CodeField label={label} name="code" autoFocus aria-describedby="extra" required />);
    expect(codeBox()).toHaveAttribute('name', 'code');
    expect(codeBox()).toHaveFocus();
    expect(codeBox()).toBeRequired();
    expect(codeBox().getAttribute('aria-describedby')).toBe('extra');
  });

  it('warns in development when the label is empty', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CodeField label="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`label` is empty'));
    warn.mockRestore();
  });

  it('has no axe violations, valid or invalid, segmented or free', async () => {
    // act: input-otp updates its own state on timers while axe awaits.
    const { container, rerender } = render(<CodeField label={label} hint="Sent to a***@e***" defaultValue="12" />);
    await act(() => expectNoAxeViolations(container));
    rerender(<CodeField label={label} hint="Sent to a***@e***" errorMessage="Enter the 6-digit code" />);
    await act(() => expectNoAxeViolations(container));
    rerender(<CodeField label={label} length="free" disabled />);
    await act(() => expectNoAxeViolations(container));
  });
});

describe('CodeField WebOTP', () => {
  const originalCredentials = Object.getOwnPropertyDescriptor(navigator, 'credentials');

  function stubWebOtp(result: Promise<unknown>) {
    const get = vi.fn((_options: CredentialRequestOptions) => result);
    Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
    vi.stubGlobal('OTPCredential', class {});
    return get;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    if (originalCredentials) Object.defineProperty(navigator, 'credentials', originalCredentials);
    else Reflect.deleteProperty(navigator, 'credentials');
  });

  it('asks for the SMS code, fills it and completes', async () => {
    const get = stubWebOtp(Promise.resolve({ type: 'otp', code: '654 321' }));
    const onComplete = vi.fn();
    render(<CodeField label={label} deliveryMedium="SMS" onComplete={onComplete} />);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]?.[0]).toMatchObject({ otp: { transport: ['sms'] } });
    expect(await screen.findByDisplayValue('654321')).toBe(codeBox());
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('654321');
  });

  it('aborts the request on unmount', () => {
    const get = stubWebOtp(new Promise(() => {}));
    const { unmount } = render(<CodeField label={label} deliveryMedium="SMS" />);
    const signal = get.mock.calls[0]?.[0].signal;
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('ignores a rejected request', async () => {
    stubWebOtp(Promise.reject(new DOMException('Aborted', 'AbortError')));
    render(<CodeField label={label} deliveryMedium="SMS" />);
    await act(async () => {});
    expect(codeBox()).toHaveValue('');
  });

  it('does not ask for codes sent by email', () => {
    const get = stubWebOtp(new Promise(() => {}));
    render(<CodeField label={label} deliveryMedium="EMAIL" />);
    expect(get).not.toHaveBeenCalled();
  });

  it('does not ask where the browser has no WebOTP', () => {
    const get = stubWebOtp(new Promise(() => {}));
    vi.unstubAllGlobals();
    expect('OTPCredential' in window).toBe(false);
    render(<CodeField label={label} deliveryMedium="SMS" />);
    expect(get).not.toHaveBeenCalled();
  });
});
