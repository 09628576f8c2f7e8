import { render, screen } from '@testing-library/react';
import { ConfirmSignUpForm } from '../../src/components/ConfirmSignUpForm.tsx';
import { en, formatDuration, kitDirection, textDirection, type Messages } from '../../src/messages/index.ts';
import { negotiateMessages } from '../../src/messages/negotiate.ts';
import { CognitoVerifyProvider, useMessages } from '../../src/provider.tsx';
import { messages as de } from '../../src/locales/de.ts';
import { messages as fa } from '../../src/locales/fa.ts';
import { messages as ptBR } from '../../src/locales/pt-BR.ts';
import { messages as ptPT } from '../../src/locales/pt-PT.ts';
import { createFakeGateway } from '../hooks/support.tsx';

const chosen = (...args: Parameters<typeof negotiateMessages>) => negotiateMessages(...args).messages;

describe('negotiateMessages', () => {
  const all = [de, ptBR, ptPT, fa];

  it.each<[string | readonly string[] | undefined, Messages | readonly Messages[] | undefined, Messages, string]>([
    ['de', de, de, 'de'],
    ['de-CH', all, de, 'de-CH'],
    [['fr-FR', 'pt-BR', 'de'], all, ptBR, 'pt-BR'],
    // No pt-BR: another Portuguese before English.
    ['pt-BR', [de, ptPT], ptPT, 'pt-BR'],
    // "pt" alone is Brazilian in CLDR's likely subtags.
    ['pt', all, ptBR, 'pt'],
    ['PT-pt', all, ptPT, 'pt-PT'],
    [['ja', 'fa-IR'], all, fa, 'fa-IR'],
    [undefined, [fa, de], fa, 'fa'],
    [undefined, undefined, en, 'en'],
    ['en-GB', all, en, 'en-GB'],
    ['ja', all, en, 'en'],
  ])('%j among the given messages → %s', (locale, messages, dictionary, tag) => {
    const result = chosen(locale, messages);
    expect({ ...result, locale: tag }).toEqual({ ...dictionary, locale: tag });
    expect(result.locale).toBe(tag);
  });

  it('names the requested locales it had no messages for', () => {
    expect(negotiateMessages(['ja', 'zh-TW', 'de'], [de]).unmatched).toEqual(['ja', 'zh-TW']);
    expect(negotiateMessages('not a tag!', [de]).unmatched).toEqual(['not a tag!']);
    expect(negotiateMessages(['de', 'ja'], [de]).unmatched).toEqual([]);
  });

  it('lays overrides over their own locale and falls back to English key by key', () => {
    const result = chosen('de', [de, { locale: 'de', ui: { confirm: 'Jetzt bestätigen' } }, { ui: { save: 'Keep' } }]);
    expect(result.ui.confirm).toBe('Jetzt bestätigen');
    expect(result.ui.verify).toBe(de.ui.verify);
    expect(chosen('en', [de, { ui: { save: 'Keep' } }]).ui.save).toBe('Keep');
    const partial = chosen('de', { locale: 'de', ui: { confirm: 'Bestätigen' } });
    expect(partial.ui.confirm).toBe('Bestätigen');
    expect(partial.ui.verify).toBe(en.ui.verify);
  });
});

describe('CognitoVerifyProvider locale', () => {
  function Probe() {
    const messages = useMessages();
    return <p>{`${messages.locale}: ${messages.ui.confirm}`}</p>;
  }

  it('takes a preference list like navigator.languages', () => {
    render(
      <CognitoVerifyProvider region="eu-west-1" locale={['fr-CA', 'pt-PT', 'en']} messages={[de, ptPT]}>
        <Probe />
      </CognitoVerifyProvider>,
    );
    expect(screen.getByText(`pt-PT: ${ptPT.ui.confirm}`)).toBeInTheDocument();
  });

  it('logs one developer line for a locale it has no messages for, and shows English', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { rerender } = render(
        <CognitoVerifyProvider region="eu-west-1" locale="ko">
          <Probe />
        </CognitoVerifyProvider>,
      );
      rerender(
        <CognitoVerifyProvider region="eu-west-1" locale={['ko']}>
          <Probe />
        </CognitoVerifyProvider>,
      );
      expect(screen.getByText(`en: ${en.ui.confirm}`)).toBeInTheDocument();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/no messages for "ko" \(have en\); showing "en".*cognito-verify-kit\/locales\/<tag>/);
    } finally {
      warn.mockRestore();
    }
  });

  it('puts dir="rtl" on a form in a right-to-left locale, and no dir otherwise', () => {
    const { rerender } = render(
      <CognitoVerifyProvider gateway={createFakeGateway().gateway} clientId="c" locale="fa" messages={fa}>
        <ConfirmSignUpForm username="ada" />
      </CognitoVerifyProvider>,
    );
    expect(screen.getByRole('button', { name: fa.ui.confirm }).closest('form')).toHaveAttribute('dir', 'rtl');
    rerender(
      <CognitoVerifyProvider gateway={createFakeGateway().gateway} clientId="c" locale="de" messages={de}>
        <ConfirmSignUpForm username="ada" />
      </CognitoVerifyProvider>,
    );
    expect(screen.getByRole('button', { name: de.ui.confirm }).closest('form')).not.toHaveAttribute('dir');
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['az-Arab', 'rtl'],
    ['en', 'ltr'],
    ['az', 'ltr'],
    ['zh-TW', 'ltr'],
    ['not a tag!', 'ltr'],
  ])('%s → %s', (tag, direction) => {
    expect(textDirection(tag)).toBe(direction);
    expect(kitDirection({ locale: tag })).toBe(direction === 'rtl' ? 'rtl' : undefined);
  });
});

// Node 20 has no Intl.DurationFormat: this is the NumberFormat reading (Chromium's DurationFormat is checked in test/e2e/rtl.test.ts).
describe('formatDuration in a locale', () => {
  it.each([
    ['en', 27, '0:27'],
    ['de', 65, '1:05'],
    ['fi', 65, '1.05'],
    ['fa', 27, '۰:۲۷'],
    ['bn', 3725, '১:০২:০৫'],
    ['ar-EG', 27, '٠:٢٧'],
    ['hi', 600, '10:00'],
  ])('%s: %d s → %s', (locale, seconds, text) => {
    expect(formatDuration(seconds, locale)).toBe(text);
  });
});
