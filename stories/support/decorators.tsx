import { useState, type ReactNode } from 'react';
import type { Decorator, Loader } from '@storybook/react-vite';
import type { CooldownOptions } from '../../src/machines/cooldown.ts';
import { CognitoVerifyProvider } from '../../src/provider.tsx';
import { createScriptedGateway, type ScriptedGateway, type ScriptedGatewayOptions } from './scriptedGateway.ts';

export interface ScriptedSetup extends ScriptedGatewayOptions {
  /** Offer "use it anyway" on an alias conflict. @default false */
  allowForceAliasCreation?: boolean;
  cooldown?: CooldownOptions;
  /** Prepares the gateway before the story renders, e.g. `(g) => g.failNext('GetUser', 'InternalErrorException')`. */
  script?: (gateway: ScriptedGateway) => void;
}

const getAccessToken = async () => 'story-access-token';

function ScriptedProvider({ setup, gateway, children }: { setup: ScriptedSetup; gateway?: ScriptedGateway; children: ReactNode }) {
  const [ownGateway] = useState(() => gateway ?? prepare(setup));
  return (
    <CognitoVerifyProvider
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

function prepare(setup: ScriptedSetup): ScriptedGateway {
  const gateway = createScriptedGateway(setup);
  setup.script?.(gateway);
  return gateway;
}

/**
 * Wraps a story in `CognitoVerifyProvider` over a scripted gateway. With `scriptedLoader`, the
 * gateway is made before rendering and `play` reaches it as `loaded.gateway`.
 */
export function withScriptedProvider(setup: ScriptedSetup = {}): Decorator {
  return (Story, { loaded }) => (
    <ScriptedProvider setup={setup} gateway={(loaded as { gateway?: ScriptedGateway }).gateway}>
      <Story />
    </ScriptedProvider>
  );
}

/** Makes the story's gateway before it renders, so `play` can change it (`loaded.gateway.setOffline(false)`). */
export function scriptedLoader(setup: ScriptedSetup = {}): Loader {
  return () => ({ gateway: prepare(setup) });
}

/** The loader and decorator for one story's scripted Cognito. */
export function scripted(setup: ScriptedSetup = {}) {
  return { loaders: [scriptedLoader(setup)], decorators: [withScriptedProvider(setup)] };
}

/** The gateway `scripted` made for this story. */
export function gatewayOf(context: { loaded: Record<string, unknown> }): ScriptedGateway {
  return context.loaded.gateway as ScriptedGateway;
}
