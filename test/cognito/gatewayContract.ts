import { describe, expect, it } from 'vitest';
import { documentedExceptions, toCognitoError } from '../../src/cognito/errors.ts';
import type { CognitoGateway, Operation } from '../../src/cognito/gateway.ts';

/** What the fake server does with the next request. */
export type CannedReply =
  | { status: number; body?: string; headers?: Record<string, string> }
  /** The connection fails before any response, as fetch does when offline. */
  | { networkError: Error }
  /** No response until the request is aborted. */
  | { hang: true };

/** One request as it reached the wire. */
export interface SentRequest {
  url: string;
  /** The `X-Amz-Target` header. */
  target: string;
  /** The parsed JSON body. */
  body: unknown;
}

/** Builds a gateway whose transport answers every request with `reply` and records what it sent. */
export type GatewayFactory = (reply: CannedReply) => { gateway: CognitoGateway; sent: SentRequest[] };

export const json = (status: number, value: unknown, headers?: Record<string, string>): CannedReply => ({
  status,
  body: JSON.stringify(value),
  headers,
});

const token = 'eyJ.access.token';

/** A call per operation, with the request body Cognito must receive. */
const calls: Record<Operation, { call: (g: CognitoGateway, signal?: AbortSignal) => Promise<unknown>; body: unknown }> = {
  ConfirmSignUp: {
    call: (g, signal) => g.confirmSignUp({ clientId: 'client1', username: 'ana', confirmationCode: '123456' }, signal),
    body: { ClientId: 'client1', Username: 'ana', ConfirmationCode: '123456' },
  },
  ResendConfirmationCode: {
    call: (g, signal) => g.resendConfirmationCode({ clientId: 'client1', username: 'ana' }, signal),
    body: { ClientId: 'client1', Username: 'ana' },
  },
  UpdateUserAttributes: {
    call: (g, signal) =>
      g.updateUserAttributes({ accessToken: token, userAttributes: [{ name: 'email', value: 'new@example.com' }] }, signal),
    body: { AccessToken: token, UserAttributes: [{ Name: 'email', Value: 'new@example.com' }] },
  },
  GetUserAttributeVerificationCode: {
    call: (g, signal) => g.getUserAttributeVerificationCode({ accessToken: token, attributeName: 'email' }, signal),
    body: { AccessToken: token, AttributeName: 'email' },
  },
  VerifyUserAttribute: {
    call: (g, signal) => g.verifyUserAttribute({ accessToken: token, attributeName: 'email', code: '654321' }, signal),
    body: { AccessToken: token, AttributeName: 'email', Code: '654321' },
  },
  GetUser: {
    call: (g, signal) => g.getUser({ accessToken: token }, signal),
    body: { AccessToken: token },
  },
  ForgotPassword: {
    call: (g, signal) => g.forgotPassword({ clientId: 'client1', username: 'ana', secretHash: 'aGFzaA==' }, signal),
    body: { ClientId: 'client1', Username: 'ana', SecretHash: 'aGFzaA==' },
  },
  ConfirmForgotPassword: {
    call: (g, signal) =>
      g.confirmForgotPassword(
        { clientId: 'client1', username: 'ana', confirmationCode: '123456', password: 'New pass 1!', clientMetadata: { app: 'x' } },
        signal,
      ),
    body: { ClientId: 'client1', Username: 'ana', ClientMetadata: { app: 'x' }, ConfirmationCode: '123456', Password: 'New pass 1!' },
  },
};

const operations = Object.keys(calls) as Operation[];
const emailDelivery = { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'n***@e***' };

async function failureOf(operation: Operation, factory: GatewayFactory, reply: CannedReply, signal?: AbortSignal) {
  const { gateway } = factory(reply);
  const error = await calls[operation].call(gateway, signal).then(
    () => expect.fail(`${operation} should have rejected`),
    (e: unknown) => e,
  );
  return { raw: error, normalised: toCognitoError(operation, error) };
}

/**
 * Registers the behaviour every `CognitoGateway` transport must share: the same requests on the
 * wire, the same results, and errors that `toCognitoError` reads the same way.
 */
export function describeGatewayContract(name: string, factory: GatewayFactory): void {
  describe(`${name}: gateway contract`, () => {
    describe('requests and results', () => {
      it.each(operations)('%s sends its target and PascalCase body', async (operation) => {
        const { gateway, sent } = factory(json(200, {}));
        await calls[operation].call(gateway);
        expect(sent).toHaveLength(1);
        expect(sent[0]!.target).toBe(`AWSCognitoIdentityProviderService.${operation}`);
        expect(sent[0]!.body).toStrictEqual(calls[operation].body);
      });

      it('sends the optional ConfirmSignUp fields it is given', async () => {
        const { gateway, sent } = factory(json(200, {}));
        await gateway.confirmSignUp({
          clientId: 'client1',
          username: 'ana',
          confirmationCode: '123456',
          secretHash: 'aGFzaA==',
          forceAliasCreation: true,
          clientMetadata: { source: 'signup' },
        });
        expect(sent[0]!.body).toStrictEqual({
          ClientId: 'client1',
          Username: 'ana',
          ConfirmationCode: '123456',
          SecretHash: 'aGFzaA==',
          ForceAliasCreation: true,
          ClientMetadata: { source: 'signup' },
        });
      });

      it('leaves out optional fields passed as undefined', async () => {
        const { gateway, sent } = factory(json(200, {}));
        await gateway.resendConfirmationCode({ clientId: 'c', username: 'u', secretHash: undefined, clientMetadata: undefined });
        expect(Object.keys(sent[0]!.body as object)).toEqual(['ClientId', 'Username']);
      });

      it('ConfirmSignUp and VerifyUserAttribute resolve with nothing', async () => {
        expect(await factory(json(200, {})).gateway.confirmSignUp(
          { clientId: 'c', username: 'u', confirmationCode: '1' },
        )).toBeUndefined();
        expect(await calls.VerifyUserAttribute.call(factory(json(200, {})).gateway)).toBeUndefined();
        expect(await calls.ConfirmForgotPassword.call(factory(json(200, {})).gateway)).toBeUndefined();
      });

      it.each(['ResendConfirmationCode', 'GetUserAttributeVerificationCode', 'ForgotPassword'] as const)(
        '%s maps the delivery details',
        async (operation) => {
          const { gateway } = factory(json(200, { CodeDeliveryDetails: emailDelivery }));
          expect(await calls[operation].call(gateway)).toStrictEqual({
            codeDeliveryDetails: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'n***@e***' },
          });
        },
      );

      it('GetUserAttributeVerificationCode without delivery details resolves to {}', async () => {
        expect(await calls.GetUserAttributeVerificationCode.call(factory(json(200, {})).gateway)).toStrictEqual({});
      });

      it('UpdateUserAttributes maps each delivery, and none to an empty list', async () => {
        const sms = { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0123' };
        const pending = factory(json(200, { CodeDeliveryDetailsList: [emailDelivery, sms] }));
        expect(await calls.UpdateUserAttributes.call(pending.gateway)).toStrictEqual({
          codeDeliveryDetailsList: [
            { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'n***@e***' },
            { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******0123' },
          ],
        });
        expect(await calls.UpdateUserAttributes.call(factory(json(200, {})).gateway)).toStrictEqual({
          codeDeliveryDetailsList: [],
        });
      });

      it('GetUser maps attributes to a record by name', async () => {
        const { gateway } = factory(
          json(200, {
            Username: 'ana',
            UserAttributes: [
              { Name: 'sub', Value: '7d1c-42' },
              { Name: 'email', Value: 'old@example.com' },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        );
        expect(await gateway.getUser({ accessToken: token })).toStrictEqual({
          username: 'ana',
          attributes: { sub: '7d1c-42', email: 'old@example.com', email_verified: 'true' },
        });
      });
    });

    describe('errors', () => {
      const pairs = operations.flatMap((operation) =>
        documentedExceptions[operation].map((exception) => [operation, exception] as const),
      );

      it.each(pairs)('%s %s becomes that documented service error', async (operation, exception) => {
        const status = exception === 'InternalErrorException' ? 500 : 400;
        const { raw, normalised } = await failureOf(
          operation,
          factory,
          json(status, { __type: exception, message: `canned ${exception}` }),
        );
        expect(raw).toMatchObject({ name: exception, $fault: status === 500 ? 'server' : 'client' });
        expect(normalised).toMatchObject({ name: exception, kind: 'service', operation, serverMessage: `canned ${exception}` });
        expect(normalised.documented).toBe(true);
      });

      it.each([
        ['a namespaced __type', json(400, { __type: 'com.amazonaws.cognito.identityprovider#ExpiredCodeException', message: 'm' })],
        ['the x-amzn-errortype header', json(400, { message: 'm' }, {
          'x-amzn-errortype': 'ExpiredCodeException:http://internal.amazon.com/coral/com.amazonaws.cognito.identityprovider/',
        })],
      ])('reads the exception name from %s', async (_how, reply) => {
        const { normalised } = await failureOf('VerifyUserAttribute', factory, reply);
        expect(normalised).toMatchObject({ name: 'ExpiredCodeException', kind: 'service', recovery: 'resend' });
      });

      it('names an exception nobody documents UnknownError (its name kept in serviceName)', async () => {
        const { normalised } = await failureOf('GetUser', factory, json(400, { __type: 'BrandNewException', message: 'm' }));
        expect(normalised).toMatchObject({ name: 'UnknownError', serviceName: 'BrandNewException', kind: 'service', recovery: 'retry' });
        expect(normalised.documented).toBe(false);
      });

      it('treats an unnamed error response as unknown, not as a Cognito exception', async () => {
        const { normalised } = await failureOf('GetUser', factory, { status: 502, body: '<html>Bad gateway</html>' });
        expect(normalised).toMatchObject({ name: 'UnknownError', kind: 'unknown' });
      });

      it('NotAuthorized keeps the server message that tells "already confirmed" apart', async () => {
        const message = 'User cannot be confirmed. Current status is CONFIRMED';
        const { normalised } = await failureOf('ConfirmSignUp', factory, json(400, { __type: 'NotAuthorizedException', message }));
        expect(normalised.serverMessage).toBe(message);
      });

      it('a network failure is a NetworkError, never a service error', async () => {
        const { normalised } = await failureOf('ConfirmSignUp', factory, { networkError: new TypeError('Failed to fetch') });
        expect(normalised).toMatchObject({ name: 'NetworkError', kind: 'network', retryable: true });
      });
    });

    describe('abort', () => {
      it('rejects as aborted when the signal is already aborted', async () => {
        const { normalised } = await failureOf('ConfirmSignUp', factory, json(200, {}), AbortSignal.abort());
        expect(normalised).toMatchObject({ name: 'AbortError', kind: 'aborted', recovery: 'none' });
      });

      it('rejects as aborted when the signal aborts while the request is in flight', async () => {
        const controller = new AbortController();
        const pending = failureOf('VerifyUserAttribute', factory, { hang: true }, controller.signal);
        setTimeout(() => controller.abort(), 5);
        expect((await pending).normalised).toMatchObject({ name: 'AbortError', kind: 'aborted' });
      });
    });
  });
}
