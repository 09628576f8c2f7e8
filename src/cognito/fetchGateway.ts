import { createWireGateway, type CognitoGateway, type WireResponse } from './gateway.ts';

/** Where the fetch gateway sends requests: a region's Cognito endpoint, or any URL (local Cognito). */
export type FetchGatewayOptions = { region: string } | { endpoint: string };

/** Cognito's error names may carry a namespace (`aws.cognito#Name`) or a URL (`Name:http://…`). */
function exceptionName(raw: string): string {
  return raw.split(':')[0]!.split('#').pop()!;
}

/**
 * A `CognitoGateway` over plain `fetch`, for apps that don't ship the AWS SDK. It speaks the
 * same JSON protocol as the SDK, and a failed request rejects with an `Error` shaped like an
 * SDK service exception (`name`, `message`, `$fault`, `$metadata`), so `toCognitoError`
 * treats both gateways alike. Network errors and aborts reject unchanged.
 *
 * @param fetchImpl the `fetch` to call. @default globalThis.fetch
 */
export function createFetchGateway(
  options: FetchGatewayOptions,
  fetchImpl: typeof fetch = globalThis.fetch,
): CognitoGateway {
  const url = 'endpoint' in options ? options.endpoint : `https://cognito-idp.${options.region}.amazonaws.com/`;
  return createWireGateway(async (operation, request, signal) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(request),
      signal,
    });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) ?? {};
    } catch {
      // An empty body (ConfirmSignUp) or a proxy's HTML error page: nothing to read.
    }
    if (response.ok) return body as WireResponse;

    const type = response.headers.get('x-amzn-errortype') ?? body.__type ?? body.code;
    const message = body.message ?? body.Message;
    const error = new Error(typeof message === 'string' ? message : `HTTP ${response.status}`);
    throw Object.assign(error, {
      name: typeof type === 'string' ? exceptionName(type) : 'Unknown',
      $fault: response.status >= 500 ? 'server' : 'client',
      $metadata: { httpStatusCode: response.status },
    });
  });
}
