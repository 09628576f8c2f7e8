/**
 * The flat JSON catalogues (`dist/locales/<tag>.json`) fed through i18next give the text the kit
 * shows: every exception of every operation, every validation message, plural forms, UI text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import { CognitoError, documentedExceptions, toCognitoError, type ErrorField, type ValidationReason } from '../../src/cognito/errors.ts';
import type { Operation } from '../../src/cognito/gateway.ts';
import { ConfirmSignUpForm } from '../../src/components/ConfirmSignUpForm.tsx';
import { attributeLabel, format, formatDuration, messageFor, plural, type Messages } from '../../src/messages/index.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { writeCatalogues } from '../../scripts/localeCatalogues.ts';
import { createFakeGateway } from '../hooks/support.tsx';

const modules = import.meta.glob<{ messages: Messages }>('../../src/locales/*.ts', { eager: true });
const locales = Object.entries(modules).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1, -3), module.messages] as const);

const pairs = (Object.keys(documentedExceptions) as Operation[]).flatMap((operation) =>
  documentedExceptions[operation].map((name) => [operation, name] as const),
);
const fields: ErrorField[] = ['code', 'username', 'attributeName', 'value'];
const reasons: ValidationReason[] = ['required', 'tooLong', 'pattern', 'format'];

let outDir: string;
let written: string[];
const catalogues = new Map<string, Record<string, string>>();

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'cvk-catalogues-'));
  written = await writeCatalogues(outDir);
  for (const file of await readdir(join(outDir, 'locales'))) {
    catalogues.set(file.replace(/\.json$/, ''), JSON.parse(await readFile(join(outDir, 'locales', file), 'utf8')) as Record<string, string>);
  }
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

/** The text without the kit's bidi isolates (U+2066, U+2068, U+2069), which it puts around values in right-to-left text. */
const visible = (text: string) => text.replace(/[\u2066\u2068\u2069]/g, '');

/** i18next as an app would set it up for the kit's catalogue: flat keys, `{name}` placeholders. */
async function i18nextFor(tag: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: tag,
    fallbackLng: false,
    resources: { [tag]: { translation: catalogues.get(tag) ?? {} } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { prefix: '{', suffix: '}', escapeValue: false },
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

const serviceError = (operation: Operation, name: string) =>
  toCognitoError(operation, { name, message: 'raw server text', $fault: 'client', $metadata: { httpStatusCode: 400 } });
const validationError = (field: ErrorField, reason: ValidationReason, length?: number) =>
  new CognitoError({ name: 'ValidationError', operation: 'ConfirmSignUp', kind: 'validation', recovery: 'fixInput', retryable: false, field, reason, length });

it('writes one catalogue per locale module', () => {
  expect(written.sort()).toEqual(locales.map(([tag]) => tag).sort());
  expect(Object.keys(catalogues.get('en') ?? {})).toContain('exceptions.ConfirmSignUp.CodeMismatchException');
});

describe.each(locales)('%s through i18next', (tag, messages) => {
  it('has one key per documented exception of every operation (122)', () => {
    const keys = Object.keys(catalogues.get(tag) ?? {}).filter((key) => key.startsWith('exceptions.'));
    expect(keys).toHaveLength(122);
  });

  it('gives the kit’s text for every exception', async () => {
    const t = (await i18nextFor(tag)).t;
    const attribute = attributeLabel('email', messages);
    for (const [operation, name] of pairs) {
      expect(t(`exceptions.${operation}.${name}`, { attribute }), `${operation} / ${name}`).toBe(
        visible(messageFor(serviceError(operation, name), messages, { attributeName: 'email' }).text),
      );
    }
  });

  it('gives the kit’s validation messages, plural forms included', async () => {
    const t = (await i18nextFor(tag)).t;
    const attribute = attributeLabel('custom:nickname', messages);
    for (const field of fields) {
      for (const reason of reasons) {
        expect(t(`validation.${field}.${reason}`, { attribute }), `${field} / ${reason}`).toBe(
          visible(messageFor(validationError(field, reason), messages, { attributeName: 'custom:nickname' }).text),
        );
      }
    }
    for (const count of [1, 2, 4, 6, 11, 21, 100]) {
      const length = new Intl.NumberFormat(tag).format(count);
      expect(t('validation.code.incomplete', { count, length }), `${count}`).toBe(visible(messageFor(validationError('code', 'incomplete', count), messages).text));
      expect(t('ui.codeHint', { count, length }), `${count}`).toBe(visible(plural(messages.ui.codeHint, count, messages, { length })));
    }
  });

  it('gives the kit’s UI text', async () => {
    const t = (await i18nextFor(tag)).t;
    const vars = { attribute: attributeLabel('phone_number', messages), destination: '+*******0123', time: '0:27', value: 'new@example.com' };
    for (const [key, template] of Object.entries(messages.ui)) {
      if (typeof template === 'string') expect(t(`ui.${key}`, vars), key).toBe(visible(format(template, vars)));
    }
  });
});

it('shows in a form what i18next reads from the catalogue', async () => {
  const { messages: de } = modules['../../src/locales/de.ts'] as { messages: Messages };
  const t = (await i18nextFor('de')).t;
  render(
    <CognitoVerifyProvider gateway={createFakeGateway().gateway} clientId="client" locale="de" messages={de}>
      <ConfirmSignUpForm username="ada" />
    </CognitoVerifyProvider>,
  );
  expect(screen.getByRole('textbox', { name: t('ui.confirmationCodeLabel') })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: t('ui.confirm') })).toBeInTheDocument();
  // The first code has just gone out, so resending waits (30 s, less on a slow machine).
  const waits = Array.from({ length: 31 }, (_, seconds) => t('ui.resendCodeIn', { time: formatDuration(seconds, 'de') }));
  expect(screen.getByRole('button', { name: (name) => waits.includes(name) })).toBeInTheDocument();
  expect(t('ui.confirm')).not.toBe('Confirm');
});
