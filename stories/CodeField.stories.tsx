import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CodeField } from '../src/components/CodeField.tsx';
import type { CodeFieldProps } from '../src/components/CodeField.tsx';

const label = 'Confirmation code';
const hint = 'We sent a 6-digit code to a***@e***. It can take a minute to arrive.';

const meta = {
  title: 'Components/CodeField',
  component: CodeField,
  tags: ['autodocs'],
  args: { label, hint, onComplete: fn(), onValueChange: fn() },
  argTypes: {
    length: { control: 'select', options: [4, 6, 8, 10, 'free'] },
    deliveryMedium: { control: 'inline-radio', options: ['EMAIL', 'SMS'] },
  },
} satisfies Meta<typeof CodeField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: label });
    await expect(field).toHaveValue('');
    await expect(field).toHaveAccessibleDescription(hint);
    await expect(field).not.toHaveAttribute('aria-invalid');
  },
};

export const PartlyFilled: Story = {
  args: { defaultValue: '123' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: label })).toHaveValue('123');
  },
};

export const Complete: Story = {
  args: { defaultValue: '123456' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: label })).toHaveValue('123456');
  },
};

/** People copy codes as they were written: spaces and hyphens are dropped as they type. */
export const TypingWithSpacesAndHyphens: Story = {
  play: async ({ args, canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: label });
    await userEvent.type(field, '12 34-56');
    await expect(field).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

/** A code pasted from a message in full-width digits with a space still fits six slots. */
export const PastingFullWidthDigits: Story = {
  play: async ({ args, canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: label });
    await userEvent.click(field);
    await userEvent.paste('１２３ ４５６');
    await expect(field).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

export const Invalid: Story = {
  args: { defaultValue: '123456', errorMessage: 'That code is not right. Check it and try again.' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: label });
    await expect(canvas.getByRole('alert')).toHaveTextContent('That code is not right. Check it and try again.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(`${hint} That code is not right. Check it and try again.`);
  },
};

function FailingSubmit(props: CodeFieldProps) {
  const [errorMessage, setErrorMessage] = useState<string>();
  return (
    <CodeField
      {...props}
      errorMessage={errorMessage}
      onValueChange={(code) => {
        props.onValueChange?.(code);
        if (code.length < 6) setErrorMessage(undefined);
      }}
      onComplete={(code) => {
        props.onComplete?.(code);
        setErrorMessage('That code is not right. Check it and try again.');
      }}
    />
  );
}

/** After a rejected code the field keeps it, selected, so typing the right one replaces it. */
export const ErrorAfterSubmit: Story = {
  render: (args) => <FailingSubmit {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole<HTMLInputElement>('textbox', { name: label });
    await userEvent.type(field, '111111');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('That code is not right.');
    await expect(field).toHaveValue('111111');
    await expect(field).toHaveFocus();
    await expect([field.selectionStart, field.selectionEnd]).toEqual([0, 6]);
    await userEvent.keyboard('2');
    await expect(field).toHaveValue('2');
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

export const Disabled: Story = {
  args: { defaultValue: '12', disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: label })).toBeDisabled();
  },
};

/** Custom codes from a Lambda trigger: one plain input, letters allowed, up to 2048 characters. */
export const FreeLength: Story = {
  args: { length: 'free', label: 'Verification code', hint: 'Enter the code from the email we sent you.' },
  play: async ({ args, canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(field, 'ab12-CD34 ef56');
    await expect(field).toHaveValue('ab12CD34ef56');
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

export const FourDigits: Story = {
  args: { length: 4, hint: 'We sent a 4-digit code to +*******0123.', deliveryMedium: 'SMS' },
  play: async ({ args, canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: label });
    await userEvent.type(field, '4321');
    await expect(field).toHaveValue('4321');
    await expect(args.onComplete).toHaveBeenCalledWith('4321');
  },
};

/** Under dir=rtl the page mirrors; the code itself still reads left to right. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { label: 'رمز التأكيد', hint: 'أرسلنا رمزًا من 6 أرقام إلى a***@e***.' },
  play: async ({ args, canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: 'رمز التأكيد' });
    await expect(field.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await userEvent.type(field, '١٢٣٤٥٦');
    await expect(field).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: '12', errorMessage: 'Enter the 6-digit code.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Enter the 6-digit code.');
  },
};
