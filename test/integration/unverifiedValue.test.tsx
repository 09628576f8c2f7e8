// @vitest-environment jsdom
// The hooks need a DOM (renderHook); the local Cognito still runs in this process.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUpdateAttributes } from '../../src/hooks/useUpdateAttributes.ts';
import { presetNames, presets } from '../../scripts/localCognito.ts';
import { deliveryTo, kit, subOf, tokenSource, transports, setupLocalCognito } from './support.tsx';

// Every preset without "keep original value" for email: a new email applies at once, unverified.
const appliesAtOnce = presetNames.filter((name) => !presets[name].attributesRequireVerificationBeforeUpdate.includes('email'));

describe.each(appliesAtOnce)('pool %s', (preset) => {
  const { server, messagesTo, confirmedUser, getUser } = setupLocalCognito({ pool: preset });

  describe.each(transports)('useUpdateAttributes on a pool that applies changes at once (%s gateway)', (transport) => {
    it('shows the new email as unverified, resends with GetUserAttributeVerificationCode, verifies with the new code', async () => {
      const user = await confirmedUser('direct');
      const newEmail = `new.${user.email}`;
      const env = kit(server, { transport, getAccessToken: tokenSource(user.accessToken) });
      const { result } = renderHook(() => useUpdateAttributes({ attributeName: 'email' }), { wrapper: env.wrapper });
      await waitFor(() => expect(result.current.status).toBe('editing'));

      await act(() => result.current.save(newEmail));
      expect(result.current.error).toBeNull();
      expect(result.current).toMatchObject({ status: 'unverified', currentValue: newEmail, pendingValue: null, verified: false, awaitsCode: true });
      expect(await getUser(user.accessToken)).toMatchObject({ email: newEmail, email_verified: 'false' });
      // Nothing is pending, so nothing is remembered.
      expect(env.store.read(subOf(user.accessToken))).toEqual([]);
      const [first] = await messagesTo(newEmail, 'UpdateUserAttributes');
      expect(first).toBeDefined();

      await act(() => result.current.resend());
      expect(result.current.error).toBeNull();
      expect(result.current.status).toBe('unverified');
      expect(result.current.delivery).toEqual(deliveryTo(newEmail));
      const resent = await messagesTo(newEmail, 'GetUserAttributeVerificationCode');
      expect(resent).toHaveLength(1);
      // The update was not submitted again.
      expect(await messagesTo(newEmail, 'UpdateUserAttributes')).toHaveLength(1);

      if (first!.code !== resent[0]!.code) {
        await act(() => result.current.submit({ code: first!.code }));
        expect(result.current.error?.name).toBe('CodeMismatchException');
        expect(result.current.status).toBe('unverified');
      }
      await act(() => result.current.submit({ code: resent[0]!.code }));
      expect(result.current).toMatchObject({ status: 'verified', currentValue: newEmail, verified: true, error: null });
      expect(await getUser(user.accessToken)).toMatchObject({ email: newEmail, email_verified: 'true' });
    });
  });
});
