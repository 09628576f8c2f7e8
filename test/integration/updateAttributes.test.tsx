// @vitest-environment jsdom
// The hooks need a DOM (renderHook); the local Cognito still runs in this process.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VerifyUserAttributeCommand } from '@aws-sdk/client-cognito-identity-provider';
import { createMemoryStore, type PendingStore } from '../../src/cognito/pendingStore.ts';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { presetNames, presets } from '../../scripts/localCognito.ts';
import { kit, subOf, tokenSource, transportsFor, setupLocalCognito, type Server, type Transport } from './support.tsx';

// Every preset that keeps a changed email pending until verified
// (AttributesRequireVerificationBeforeUpdate ['email']); unverifiedValue.test.tsx runs the others.
const keepOriginal = presetNames.filter((name) => presets[name].attributesRequireVerificationBeforeUpdate.includes('email'));

describe.each(keepOriginal)('pool %s', (preset) => {
  const { server, code, messagesTo, confirmedUser, getUser } = setupLocalCognito({ pool: preset });

  async function mountLoaded(
    srv: Server,
    transport: Transport,
    accessToken: string,
    store: PendingStore = createMemoryStore(),
  ) {
    const env = kit(srv, { transport, store, getAccessToken: tokenSource(accessToken) });
    const onSaved = vi.fn();
    const onVerified = vi.fn();
    const hook = renderHook(() => useUpdateAttributes({ attributeName: 'email', onSaved, onVerified }), {
      wrapper: env.wrapper,
    });
    await waitFor(() => expect(hook.result.current.status).not.toBe('loading'));
    return { ...env, ...hook, onSaved, onVerified };
  }

  const masked = (email: string) => `${email[0]}***@e***`;

  describe.each(transportsFor(preset))('useUpdateAttributes against the local Cognito, verification before update (%s gateway)', (transport) => {
    /** A fresh user, loaded, who has saved a new email: the change is pending. */
    async function pendingChange(store?: PendingStore) {
      const user = await confirmedUser('mover');
      const newEmail = `new.${user.email}`;
      const env = await mountLoaded(server, transport, user.accessToken, store);
      expect(env.result.current).toMatchObject({ status: 'editing', currentValue: user.email, verified: true, error: null });

      await act(() => env.result.current.save(newEmail));
      expect(env.result.current.error).toBeNull();
      expect(env.result.current.status).toBe('awaitingCode');
      return { ...env, user, newEmail };
    }

    it('keeps a new email pending (old one active, remembered in the store), then verifies it with the emailed code', async () => {
      const { result, store, onSaved, onVerified, user, newEmail } = await pendingChange();
      expect(result.current).toMatchObject({
        currentValue: user.email,
        pendingValue: newEmail,
        verified: true,
        awaitsCode: true,
        canSubmit: true,
        delivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: masked(newEmail) },
      });
      expect(onSaved).toHaveBeenCalledExactlyOnceWith({ value: newEmail, needsCode: true });
      // Cognito still has the old address, and says nothing of the new one; the kit remembers it.
      expect(await getUser(user.accessToken)).toMatchObject({ email: user.email, email_verified: 'true' });
      const sub = subOf(user.accessToken);
      expect(store.read(sub)).toEqual([
        expect.objectContaining({ attributeName: 'email', value: newEmail, delivery: expect.objectContaining({ destination: masked(newEmail) }) }),
      ]);
      const sent = await messagesTo(newEmail, 'UpdateUserAttributes');
      expect(sent).toHaveLength(1);

      act(() => result.current.setCode('000000'));
      await act(() => result.current.submit());
      expect(result.current.status).toBe('awaitingCode');
      expect(result.current.error).toMatchObject({ name: 'CodeMismatchException', recovery: 'retype' });
      expect(result.current.code).toBe('000000');

      await act(() => result.current.submit({ code: sent[0]!.code }));
      expect(result.current.error).toBeNull();
      expect(result.current).toMatchObject({ status: 'verified', currentValue: newEmail, pendingValue: null, verified: true });
      expect(onVerified).toHaveBeenCalledExactlyOnceWith(newEmail);
      expect(await getUser(user.accessToken)).toMatchObject({ email: newEmail, email_verified: 'true' });
      expect(store.read(sub)).toEqual([]);
    });

    it('resends for a pending value by submitting it again: a new code to the new address, which verifies it', async () => {
      const { result, user, newEmail, store } = await pendingChange();
      const first = await code(newEmail, 'UpdateUserAttributes');
      expect(result.current.canResend).toBe(true);

      await act(() => result.current.resend());
      expect(result.current.error).toBeNull();
      expect(result.current.status).toBe('awaitingCode');
      expect(result.current.delivery?.destination).toBe(masked(newEmail));
      const sent = await messagesTo(newEmail, 'UpdateUserAttributes');
      expect(sent).toHaveLength(2);
      // Nothing went to the old address, and the active value did not change.
      expect(await messagesTo(user.email, 'UpdateUserAttributes')).toEqual([]);
      expect(await getUser(user.accessToken)).toMatchObject({ email: user.email });
      expect(store.read(subOf(user.accessToken))).toEqual([expect.objectContaining({ value: newEmail })]);
      const second = sent[1]!.code;

      if (first !== second) {
        await act(() => result.current.submit({ code: first }));
        expect(result.current.error?.name).toBe('CodeMismatchException');
        expect(result.current.status).toBe('awaitingCode');
      }
      await act(() => result.current.submit({ code: second }));
      expect(result.current.status).toBe('verified');
      expect(await getUser(user.accessToken)).toMatchObject({ email: newEmail, email_verified: 'true' });
    });

    it('finds the pending value again after a remount (same store), and verifies it from there', async () => {
      const store = createMemoryStore();
      const first = await pendingChange(store);
      first.unmount();

      const again = await mountLoaded(server, transport, first.user.accessToken, store);
      expect(again.result.current).toMatchObject({
        status: 'awaitingCode',
        currentValue: first.user.email,
        pendingValue: first.newEmail,
        delivery: expect.objectContaining({ destination: masked(first.newEmail) }),
      });
      const sent = await code(first.newEmail, 'UpdateUserAttributes');
      await act(() => again.result.current.submit({ code: sent }));
      expect(again.result.current.status).toBe('verified');
      expect(store.read(subOf(first.user.accessToken))).toEqual([]);
    });

    it('forgets a remembered value that Cognito shows applied (verified elsewhere) on the next load', async () => {
      const store = createMemoryStore();
      const first = await pendingChange(store);
      first.unmount();
      // Verified elsewhere (another device): the kit's store still remembers the value.
      await server.client.send(
        new VerifyUserAttributeCommand({
          AccessToken: first.user.accessToken,
          AttributeName: 'email',
          Code: await code(first.newEmail, 'UpdateUserAttributes'),
        }),
      );

      const again = await mountLoaded(server, transport, first.user.accessToken, store);
      expect(again.result.current).toMatchObject({ status: 'editing', currentValue: first.newEmail, pendingValue: null, verified: true });
      expect(store.read(subOf(first.user.accessToken))).toEqual([]);
    });

    it('saves an attribute that needs no code at once (status saved, nothing remembered)', async () => {
      const user = await confirmedUser('namer');
      const env = kit(server, { transport, getAccessToken: tokenSource(user.accessToken) });
      const { result } = renderHook(() => useUpdateAttributes({ attributeName: 'name' }), { wrapper: env.wrapper });
      await waitFor(() => expect(result.current.status).toBe('editing'));
      await act(() => result.current.save('Ada Lovelace'));
      expect(result.current).toMatchObject({ status: 'saved', currentValue: 'Ada Lovelace', pendingValue: null, error: null });
      expect(await getUser(user.accessToken)).toMatchObject({ name: 'Ada Lovelace' });
      expect(env.store.read(subOf(user.accessToken))).toEqual([]);
    });
  });

  // Where the pool keeps phone changes pending too (the phone preset): by SMS, beside the email.
  if (presets[preset].attributesRequireVerificationBeforeUpdate.includes('phone_number')) {
    it('keeps a new phone number pending with its own SMS code; verifying it leaves a pending email pending', async () => {
      const user = await confirmedUser('rephone');
      const newPhone = '+15555551234';
      const newEmail = `new.${user.email}`;
      const store = createMemoryStore();
      const env = kit(server, { store, getAccessToken: tokenSource(user.accessToken) });
      const phone = renderHook(() => useUpdateAttributes({ attributeName: 'phone_number' }), { wrapper: env.wrapper });
      const email = renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
      await waitFor(() => expect(phone.result.current.status).toBe('editing'));
      await waitFor(() => expect(email.result.current.status).toBe('editing'));

      await act(() => email.result.current.save(newEmail));
      await act(() => phone.result.current.save(newPhone));
      expect(phone.result.current).toMatchObject({
        status: 'awaitingCode',
        pendingValue: newPhone,
        delivery: { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******1234' },
      });
      const [sms] = await messagesTo(newPhone, 'UpdateUserAttributes');
      expect(sms).toMatchObject({ medium: 'SMS' });

      await act(() => phone.result.current.submit({ code: sms!.code }));
      expect(phone.result.current).toMatchObject({ status: 'verified', currentValue: newPhone });
      // The email is still pending: its own value, its own code.
      expect(await getUser(user.accessToken)).toMatchObject({ phone_number: newPhone, phone_number_verified: 'true', email: user.email });
      expect(email.result.current).toMatchObject({ status: 'awaitingCode', pendingValue: newEmail });
      const emailCode = await code(newEmail, 'UpdateUserAttributes');
      await act(() => email.result.current.submit({ code: emailCode }));
      expect(email.result.current.status).toBe('verified');
      expect(await getUser(user.accessToken)).toMatchObject({ email: newEmail, phone_number: newPhone });
    });
  }
});
