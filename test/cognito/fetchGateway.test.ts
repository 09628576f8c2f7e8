import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchGateway, type FetchGatewayOptions } from '../../src/cognito/fetchGateway.ts';
import { toCognitoError } from '../../src/cognito/errors.ts';
import { describeGatewayContract, json, type CannedReply, type SentRequest } from './gatewayContract.ts';

/** A `fetch` that answers with `reply` the way the browser's would, recording each call. */
function cannedFetch(reply: CannedReply, sent: SentRequest[] = []) {
  return vi.fn<typeof fetch>(async (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ url: String(input), target: headers.get('x-amz-target') ?? '', body: JSON.parse(String(init?.body)) });
    const signal = init?.signal;
    if (signal?.aborted) throw signal.reason;
    if ('networkError' in reply) throw reply.networkError;
    if ('hang' in reply) {
      return new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
    }
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  });
}

describeGatewayContract('fetch gateway', (reply) => {
  const sent: SentRequest[] = [];
  return { gateway: createFetchGateway({ region: 'us-east-1' }, cannedFetch(reply, sent)), sent };
});

describe('createFetchGateway', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  async function send(options: FetchGatewayOptions, reply = json(200, {})) {
    const fetchImpl = cannedFetch(reply);
    const signal = new AbortController().signal;
    await createFetchGateway(options, fetchImpl).getUser({ accessToken: 't' }, signal);
    const [url, init] = fetchImpl.mock.calls[0]!;
    return { url, init: init!, signal };
  }

  it("posts to the region's Cognito endpoint", async () => {
    expect((await send({ region: 'eu-west-2' })).url).toBe('https://cognito-idp.eu-west-2.amazonaws.com/');
  });

  it('posts to a given endpoint as is', async () => {
    expect((await send({ endpoint: 'http://127.0.0.1:9229/' })).url).toBe('http://127.0.0.1:9229/');
  });

  it("sends the JSON protocol's method, headers and the caller's signal", async () => {
    const { init, signal } = await send({ region: 'us-east-1' });
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.GetUser',
    });
    expect(init.signal).toBe(signal);
  });

  it('uses the global fetch by default', async () => {
    const fetchImpl = cannedFetch(json(200, { Username: 'ana', UserAttributes: [] }));
    vi.stubGlobal('fetch', fetchImpl);
    expect(await createFetchGateway({ region: 'us-east-1' }).getUser({ accessToken: 't' })).toEqual({
      username: 'ana',
      attributes: {},
    });
    expect(fetchImpl).toHaveBeenCalledOnce();
  });

  async function rejection(reply: CannedReply) {
    return createFetchGateway({ region: 'us-east-1' }, cannedFetch(reply)).getUser({ accessToken: 't' }).then(
      () => expect.fail('should reject'),
      (e: unknown) => e as Error & Record<string, unknown>,
    );
  }

  it('throws an Error shaped like an SDK service exception', async () => {
    const error = await rejection(json(400, { __type: 'NotAuthorizedException', message: 'Access Token has expired' }));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('NotAuthorizedException');
    expect(error.message).toBe('Access Token has expired');
    expect(error.$fault).toBe('client');
    expect(error.$metadata).toEqual({ httpStatusCode: 400 });
  });

  it('marks 5xx responses as server faults', async () => {
    const error = await rejection(json(500, { __type: 'InternalErrorException', message: 'oops' }));
    expect(error).toMatchObject({ $fault: 'server', $metadata: { httpStatusCode: 500 } });
  });

  it.each([
    ['aws.cognito#CodeMismatchException', {}],
    ['com.amazonaws.cognito.identityprovider#CodeMismatchException', {}],
    ['CodeMismatchException', { 'x-amzn-errortype': 'CodeMismatchException:http://internal.amazon.com/coral/' }],
  ])('reads the name from __type %j and headers %j', async (type, headers) => {
    expect((await rejection(json(400, { __type: type }, headers))).name).toBe('CodeMismatchException');
  });

  it('prefers the x-amzn-errortype header over the body', async () => {
    const error = await rejection(json(400, { __type: 'Other#WrongException' }, { 'x-amzn-errortype': 'UserNotFoundException' }));
    expect(error.name).toBe('UserNotFoundException');
  });

  it('reads a capitalised Message too', async () => {
    expect((await rejection(json(400, { __type: 'LimitExceededException', Message: 'Slow down' }))).message).toBe('Slow down');
  });

  it('names an error response without a type "Unknown", with the status as message', async () => {
    const error = await rejection({ status: 503, body: '' });
    expect(error).toMatchObject({ name: 'Unknown', message: 'HTTP 503', $fault: 'server' });
    expect(toCognitoError('GetUser', error).kind).toBe('unknown');
  });

  it('lets network errors and aborts through unchanged', async () => {
    const offline = new TypeError('Failed to fetch');
    expect(await rejection({ networkError: offline })).toBe(offline);

    const controller = new AbortController();
    controller.abort();
    const fetchImpl = cannedFetch(json(200, {}));
    await expect(
      createFetchGateway({ region: 'us-east-1' }, fetchImpl).getUser({ accessToken: 't' }, controller.signal),
    ).rejects.toBe(controller.signal.reason);
  });
});
