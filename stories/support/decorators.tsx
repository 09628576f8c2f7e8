import { useState, type ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';
import type { CooldownOptions } from '../../src/machines/cooldown.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { createTestGateway, type TestGateway, type TestGatewayOptions } from '../../src/testing.ts';
import { useStoryLocale } from './storyLocales.tsx';

export interface ScriptedSetup extends TestGatewayOptions {
  /** Offer "use it anyway" on an alias conflict. @default false */
  allowForceAliasCreation?: boolean;
  cooldown?: CooldownOptions;
  /** Prepares the gateway before the story renders, e.g. `(g) => g.failNext('GetUser', 'InternalErrorException')`. */
  script?: (gateway: TestGateway) => void;
}

const getAccessToken = async () => 'story-access-token';

function ScriptedProvider({ setup, gateway, children }: { setup: ScriptedSetup; gateway?: TestGateway; children: ReactNode }) {
  const [ownGateway] = useState(() => gateway ?? prepare(setup));
  const storyLocale = useStoryLocale();
  return (
    <CognitoVerifyProvider
      {...storyLocale}
      gateway={ownGateway}
      clientId="storyclient1"
      getAccessToken={getAccessToken}
      pendingStore="memory"
      cooldown={setup.cooldown}
      allowForceAliasCreation={setup.allowForceAliasCreation ?? false}
    >
      {children}
    </CognitoVerifyProvider>
  );
}

function prepare(setup: ScriptedSetup): TestGateway {
  const gateway = createTestGateway(setup);
  setup.script?.(gateway);
  return gateway;
}

type Context = { loaded: Record<string, unknown>; parameters: { scripted?: ScriptedSetup } };

/**
 * Wraps a story in `CognitoVerifyProvider` over a scripted gateway. The story's own setup goes in
 * `parameters.scripted` and is laid over `setup`; with `scriptedLoader` the gateway is made before
 * rendering, so `play` can reach it with `gatewayOf(context)`.
 */
export function withScriptedProvider(setup: ScriptedSetup = {}): Decorator {
  return (Story, context) => {
    const { loaded, parameters } = context as Context;
    return (
      <ScriptedProvider setup={{ ...setup, ...parameters.scripted }} gateway={loaded.gateway as TestGateway | undefined}>
        <Story />
      </ScriptedProvider>
    );
  };
}

/** Makes the story's gateway from `parameters.scripted` before it renders. */
export function scriptedLoader({ parameters }: Pick<Context, 'parameters'>) {
  return { gateway: prepare(parameters.scripted ?? {}) };
}

/** The gateway `scriptedLoader` made for this story, e.g. to go back online in `play`. */
export function gatewayOf(context: { loaded: Record<string, unknown> }): TestGateway {
  return context.loaded.gateway as TestGateway;
}
