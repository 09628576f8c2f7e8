import { Readable } from 'node:stream';
import type { ReactNode } from 'react';
import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { HttpResponse, type HttpRequest } from '@smithy/core/transport';
import { CognitoVerifyProvider, useCognitoVerify, useMessages, type CognitoVerifyProviderProps } from '../src/provider.tsx';
import { useConfirmSignUp } from '../src/hooks/useConfirmSignUp.ts';
import { en } from '../src/messages/index.ts';
import { createSdkGateway } from '../src/sdk.ts';

/** A real SDK client answering every request with `status` and `body`, recording the targets. */
function cannedClient(status: number, body: object) {
  const targets: string[] = [];
  const requestHandler = {
    async handle(request: HttpRequest) {
      targets.push(String(request.headers['x-amz-target']));
      const headers = { 'content-type': 'application/x-amz-json-1.1' };
      return { response: new HttpResponse({ statusCode: status, headers, body: Readable.from([Buffer.from(JSON.stringify(body))]) }) };
    },
  };
  return { client: new CognitoIdentityProviderClient({ region: 'us-east-1', maxAttempts: 1, requestHandler }), targets };
}

function wrapper(props: Omit<CognitoVerifyProviderProps, 'children'>) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <CognitoVerifyProvider {...(props as CognitoVerifyProviderProps)} clientId="client1" pendingStore="memory">
        {children}
      </CognitoVerifyProvider>
    );
  };
}

async function confirm(props: Omit<CognitoVerifyProviderProps, 'children'>) {
  const { result } = renderHook(() => useConfirmSignUp({ username: 'ada', codeJustSent: false }), { wrapper: wrapper(props) });
  await act(() => result.current.submit({ code: '123456' }));
  return result.current;
}

describe('CognitoVerifyProvider', () => {
  it('sends through an SDK client wrapped by `createSdkGateway`', async () => {
    const { client, targets } = cannedClient(200, {});
    const flow = await confirm({ gateway: createSdkGateway(client) });
    expect(flow.status).toBe('confirmed');
    expect(targets).toEqual(['AWSCognitoIdentityProviderService.ConfirmSignUp']);
  });

  it('maps SDK exceptions through `createSdkGateway` like any gateway', async () => {
    const { client } = cannedClient(400, { __type: 'CodeMismatchException', message: 'raw' });
    const flow = await confirm({ gateway: createSdkGateway(client) });
    expect(flow.error).toMatchObject({ name: 'CodeMismatchException', kind: 'service', recovery: 'retype' });
  });

  it('sends over fetch to `endpoint`', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const flow = await confirm({ endpoint: 'http://127.0.0.1:9229' });
      expect(flow.status).toBe('confirmed');
      expect(fetchMock).toHaveBeenCalledWith('http://127.0.0.1:9229', expect.objectContaining({ method: 'POST' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('builds the regional Cognito URL from `region`', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      await confirm({ region: 'eu-west-1' });
      expect(fetchMock.mock.calls[0]?.[0]).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says what is missing when a hook has no gateway', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useCognitoVerify())).toThrow(/CognitoVerifyProvider/);
    vi.restoreAllMocks();
  });

  it('merges message overrides and keeps the rest of the dictionary', () => {
    function Probe() {
      const messages = useMessages();
      return <p>{`${messages.ui.confirm} / ${messages.ui.resendCode}`}</p>;
    }
    render(
      <CognitoVerifyProvider region="eu-west-1" messages={{ ui: { confirm: 'Bevestigen' } }}>
        <Probe />
      </CognitoVerifyProvider>,
    );
    expect(screen.getByText(`Bevestigen / ${en.ui.resendCode}`)).toBeInTheDocument();
  });

  it('gives the English dictionary without a provider', () => {
    const { result } = renderHook(() => useMessages());
    expect(result.current).toBe(en);
  });
});
