import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toCognitoError } from '../src/cognito/errors.ts';
import { CognitoVerifyProvider, ConfirmSignUpForm, messageFor } from '../src/index.ts';
import { createTestGateway, serviceException, TEST_CODE, type TestGateway } from '../src/testing.ts';

function renderConfirm(gateway: TestGateway) {
  render(
    <CognitoVerifyProvider gateway={gateway} clientId="test" pendingStore="memory">
      <ConfirmSignUpForm username="ada" codeJustSent={false} />
    </CognitoVerifyProvider>,
  );
  return screen.getByRole('textbox', { name: 'Confirmation code' });
}

describe('createTestGateway', () => {
  it('confirms with TEST_CODE and refuses any other code', async () => {
    const gateway = createTestGateway();
    await expect(gateway.confirmSignUp({ clientId: 'c', username: 'ada', confirmationCode: '000000' })).rejects.toMatchObject({ name: 'CodeMismatchException' });
    await gateway.confirmSignUp({ clientId: 'c', username: 'ada', confirmationCode: TEST_CODE });
    expect(gateway.calls).toEqual(['ConfirmSignUp', 'ConfirmSignUp']);
  });

  it('fails the next call with a documented exception, as the SDK throws it', async () => {
    const gateway = createTestGateway();
    gateway.failNext('VerifyUserAttribute', 'ExpiredCodeException', { times: 2 });
    const verify = () => gateway.verifyUserAttribute({ accessToken: 't', attributeName: 'email', code: TEST_CODE });
    for (let i = 0; i < 2; i += 1) {
      const error = await verify().catch((e: unknown) => toCognitoError('VerifyUserAttribute', e));
      expect(error).toMatchObject({ name: 'ExpiredCodeException', kind: 'service', recovery: 'resend' });
    }
    await expect(verify()).resolves.toBeUndefined();
  });

  it('refuses an exception the operation does not document', () => {
    const gateway = createTestGateway();
    // @ts-expect-error TooManyFailedAttempts is documented for ConfirmSignUp only
    expect(() => gateway.failNext('GetUser', 'TooManyFailedAttemptsException')).toThrow(/not documented for GetUser/);
  });

  it('fails like fetch does with no network, once or until back online', async () => {
    const gateway = createTestGateway();
    const getUser = () => gateway.getUser({ accessToken: 't' }).catch((e: unknown) => toCognitoError('GetUser', e).kind);
    gateway.failNext('GetUser', 'NetworkError');
    expect(await getUser()).toBe('network');
    gateway.setOffline(true);
    expect(await getUser()).toBe('network');
    gateway.setOffline(false);
    expect(await gateway.getUser({ accessToken: 't' })).toMatchObject({ username: 'ada' });
  });

  it('replies with a scripted result once, then answers as the pool again', async () => {
    const gateway = createTestGateway();
    gateway.replyNext('GetUser', { username: 'grace', attributes: { sub: 's2' } });
    expect(await gateway.getUser({ accessToken: 't' })).toEqual({ username: 'grace', attributes: { sub: 's2' } });
    expect((await gateway.getUser({ accessToken: 't' })).username).toBe('ada');
  });

  it('holds a call until released, and an abort rejects the held call', async () => {
    const gateway = createTestGateway();
    const held = gateway.hold('ResendConfirmationCode');
    let settled = false;
    const call = gateway.resendConfirmationCode({ clientId: 'c', username: 'ada' }).then((result) => ((settled = true), result));
    await held.reached;
    await Promise.resolve();
    expect(settled).toBe(false);
    held.release();
    expect(await call).toEqual({ codeDeliveryDetails: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'a***@e***' } });

    gateway.hold('GetUser');
    const controller = new AbortController();
    const aborted = gateway.getUser({ accessToken: 't' }, controller.signal);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('drives a form: a held confirm shows the busy state, then the scripted exception’s message', async () => {
    const gateway = createTestGateway();
    const held = gateway.hold('ConfirmSignUp');
    gateway.failNext('ConfirmSignUp', 'ExpiredCodeException');
    const field = renderConfirm(gateway);
    await userEvent.type(field, TEST_CODE);
    await held.reached;
    await waitFor(() => expect(field.closest('form')).toHaveAttribute('aria-busy', 'true'));
    held.release();
    const expired = messageFor(toCognitoError('ConfirmSignUp', serviceException('ExpiredCodeException'))).text;
    expect(await screen.findByRole('alert')).toHaveTextContent(expired);
    expect(field.closest('form')).toHaveAttribute('aria-busy', 'false');
    expect(gateway.calls).toEqual(['ConfirmSignUp']);
  });

  // The README's "Testing your app" example, as written there.
  it('tells the person their code has expired', async () => {
    const gateway = createTestGateway();
    gateway.failNext('ConfirmSignUp', 'ExpiredCodeException');
    render(
      <CognitoVerifyProvider gateway={gateway} clientId="test" pendingStore="memory">
        <ConfirmSignUpForm username="ada" />
      </CognitoVerifyProvider>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Confirmation code' }), TEST_CODE);
    expect(await screen.findByRole('alert')).toHaveTextContent('That code has expired.');
    expect(gateway.calls).toEqual(['ConfirmSignUp']);
  });
});
