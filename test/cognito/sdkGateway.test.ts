import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientConfig,
} from '@aws-sdk/client-cognito-identity-provider';
import { HttpResponse, type HttpRequest } from '@smithy/core/transport';
import { createSdkGateway } from '../../src/cognito/sdkGateway.ts';
import { toCognitoError } from '../../src/cognito/errors.ts';
import type { CognitoGateway } from '../../src/cognito/gateway.ts';
import { describeGatewayContract, json, type CannedReply, type SentRequest } from './gatewayContract.ts';

const credentials = { accessKeyId: 'x', secretAccessKey: 'y' };

function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : new TextDecoder().decode(body as Uint8Array);
}

/**
 * A real SDK client whose request handler answers with `reply` instead of the network. Like the
 * SDK's own handlers, it rejects with an AbortError once the signal aborts.
 */
function cannedClient(reply: CannedReply, config: CognitoIdentityProviderClientConfig = { credentials }) {
  const requests: HttpRequest[] = [];
  const sent: SentRequest[] = [];
  const requestHandler = {
    handle(request: HttpRequest, { abortSignal }: { abortSignal?: AbortSignal } = {}) {
      requests.push(request);
      sent.push({
        url: `${request.protocol}//${request.hostname}${request.path}`,
        target: String(request.headers['x-amz-target']),
        body: JSON.parse(bodyText(request.body)),
      });
      return new Promise<{ response: HttpResponse }>((resolve, reject) => {
        const abort = () => reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }));
        if (abortSignal?.aborted) return abort();
        abortSignal?.addEventListener('abort', abort, { once: true });
        if ('networkError' in reply) return reject(reply.networkError);
        if ('hang' in reply) return;
        const headers = { 'content-type': 'application/x-amz-json-1.1', ...reply.headers };
        const body = Readable.from([Buffer.from(reply.body ?? '')]);
        resolve({ response: new HttpResponse({ statusCode: reply.status, headers, body }) });
      });
    },
  };
  // One attempt: the SDK would otherwise retry throttling and 5xx answers with backoff.
  const client = new CognitoIdentityProviderClient({ region: 'us-east-1', maxAttempts: 1, requestHandler, ...config });
  return { client, requests, sent };
}

describeGatewayContract('SDK gateway', (reply) => {
  const { client, sent } = cannedClient(reply);
  return { gateway: createSdkGateway(client), sent };
});

const everyOperation: [string, (g: CognitoGateway) => Promise<unknown>][] = [
  ['ConfirmSignUp', (g) => g.confirmSignUp({ clientId: 'c', username: 'u', confirmationCode: '1' })],
  ['ResendConfirmationCode', (g) => g.resendConfirmationCode({ clientId: 'c', username: 'u' })],
  ['UpdateUserAttributes', (g) => g.updateUserAttributes({ accessToken: 't', userAttributes: [{ name: 'email', value: 'e@x.io' }] })],
  ['GetUserAttributeVerificationCode', (g) => g.getUserAttributeVerificationCode({ accessToken: 't', attributeName: 'email' })],
  ['VerifyUserAttribute', (g) => g.verifyUserAttribute({ accessToken: 't', attributeName: 'email', code: '1' })],
  ['GetUser', (g) => g.getUser({ accessToken: 't' })],
];

describe('createSdkGateway', () => {
  it('sends to the regional Cognito endpoint', async () => {
    const { client, requests } = cannedClient(json(200, {}));
    await createSdkGateway(client).getUser({ accessToken: 't' });
    expect(requests[0]).toMatchObject({ method: 'POST', protocol: 'https:', hostname: 'cognito-idp.us-east-1.amazonaws.com' });
    expect(requests[0]!.headers['content-type']).toBe('application/x-amz-json-1.1');
  });

  // Cognito authorises these six by the access token in the body, or not at all: the SDK
  // models them with the `smithy.api#noAuth` scheme, so it never resolves AWS credentials.
  it.each(everyOperation)('%s is sent unsigned by a client with no credentials', async (_operation, call) => {
    const { client, requests } = cannedClient(json(200, {}), {});
    await call(createSdkGateway(client));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers).not.toHaveProperty('authorization');
    expect(requests[0]!.headers).not.toHaveProperty('x-amz-date');
  });

  it.each(everyOperation)('%s stays unsigned even when credentials are configured', async (_operation, call) => {
    const { client, requests } = cannedClient(json(200, {}), { credentials });
    await call(createSdkGateway(client));
    expect(requests[0]!.headers).not.toHaveProperty('authorization');
  });

  it('passes the signal to the request handler, so an abort reaches the transport', async () => {
    const { client } = cannedClient({ hang: true });
    const controller = new AbortController();
    const pending = createSdkGateway(client).confirmSignUp({ clientId: 'c', username: 'u', confirmationCode: '1' }, controller.signal);
    controller.abort();
    const error = await pending.then(() => expect.fail('should reject'), (e: unknown) => e);
    expect(toCognitoError('ConfirmSignUp', error)).toMatchObject({ kind: 'aborted', name: 'AbortError' });
  });

  it("rejects with the SDK's own service exception", async () => {
    const { client } = cannedClient(json(400, { __type: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' }));
    const error = await createSdkGateway(client)
      .verifyUserAttribute({ accessToken: 't', attributeName: 'email', code: '1' })
      .then(() => expect.fail('should reject'), (e: unknown) => e);
    const { CodeMismatchException } = await import('@aws-sdk/client-cognito-identity-provider');
    expect(error).toBeInstanceOf(CodeMismatchException);
  });

  it('classifies a fetch TypeError rethrown by the SDK (with retry $metadata) as a network error', async () => {
    const { client } = cannedClient({ networkError: new TypeError('Failed to fetch') });
    const error = await createSdkGateway(client).getUser({ accessToken: 't' }).then(
      () => expect.fail('should reject'),
      (e: unknown) => e,
    );
    expect(error).toHaveProperty('$metadata.attempts', 1);
    expect(toCognitoError('GetUser', error)).toMatchObject({ name: 'NetworkError', kind: 'network' });
  });
});
