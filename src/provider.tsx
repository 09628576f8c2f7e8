'use client';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { defined, type ClientMetadata, type CognitoGateway } from './cognito/gateway.ts';
import { createFetchGateway } from './cognito/fetchGateway.ts';
import { resolvePendingStore, type PendingStore } from './cognito/pendingStore.ts';
import type { CooldownOptions } from './machines/cooldown.ts';
import { en, mergeMessages, type MessageOverrides, type Messages } from './messages/index.ts';
import { negotiateMessages, warnUnmatched, type LocaleOption, type MessagesOption } from './messages/negotiate.ts';

/** Everything a hook needs; the provider supplies it, and each hook's options may override it. */
export interface CognitoVerifySettings {
  gateway: CognitoGateway;
  /** The app client's id (ConfirmSignUp, ResendConfirmationCode). */
  clientId?: string;
  /**
   * Returns the signed-in user's access token (for the attribute flows). Called with
   * `forceRefresh: true` once after Cognito rejects a token, before giving up. `signal` aborts
   * when the request that needs the token is cancelled (reset, unmount, new inputs).
   */
  getAccessToken?: (options: { forceRefresh: boolean; signal?: AbortSignal }) => Promise<string>;
  /** Called once when the session cannot be renewed: send the person to sign in. */
  onSessionExpired?: () => void;
  /**
   * For app clients with a secret: returns the SECRET_HASH for a user name. Compute it on your
   * server; a client secret never belongs in a browser.
   */
  secretHash?: (username: string) => string | Promise<string>;
  /** Passed to the pool's Lambda triggers. */
  clientMetadata?: ClientMetadata;
  /** The text the components show. */
  messages: Messages;
  /** Where values waiting for verification are remembered. */
  pendingStore: PendingStore;
  /** Resend cooldown: first wait and longest wait, in seconds. */
  cooldown: CooldownOptions;
  /** Offer "use it anyway" (`ForceAliasCreation`) when a confirmed account already has this email or phone. @default false */
  allowForceAliasCreation: boolean;
  /** The clock, for tests. @default Date.now */
  now: () => number;
}

/** Settings a hook accepts in its options, on top of (or instead of) the provider. */
export type SettingsOverrides = Partial<Omit<CognitoVerifySettings, 'messages'>>;

const CognitoVerifyContext = createContext<Partial<CognitoVerifySettings> | null>(null);

type Transport =
  /**
   * Any gateway: `createSdkGateway(client)` from `cognito-verify-kit/sdk`, `createTestGateway()`
   * from `cognito-verify-kit/testing`, or your own transport. Create it once, outside render.
   */
  | { gateway: CognitoGateway; region?: never; endpoint?: never }
  /** The light path: plain `fetch` to Cognito in this region. */
  | { region: string; gateway?: never; endpoint?: never }
  /** The light path to another endpoint (a local Cognito). */
  | { endpoint: string; gateway?: never; region?: never };

export type CognitoVerifyProviderProps = Transport & {
  clientId?: string;
  getAccessToken?: CognitoVerifySettings['getAccessToken'];
  onSessionExpired?: () => void;
  secretHash?: CognitoVerifySettings['secretHash'];
  clientMetadata?: ClientMetadata;
  /**
   * The locale to show: a BCP 47 tag, or the person's preferences in order (`navigator.languages`).
   * Chooses among `messages` (`pt-BR` → `pt` → … → English) and drives `Intl` and the text direction.
   * @default the first entry of `messages`, else 'en'
   */
  locale?: LocaleOption;
  /**
   * The text: a locale's `messages` (`import { messages } from 'cognito-verify-kit/locales/de'`),
   * partial overrides, or a list of them to choose from by `locale`. An entry belongs to the locale
   * it names (`{ locale: 'de', ui: { … } }` after `de` changes a few German strings; without
   * `locale`, English ones). Pass a stable value (a module constant or a memo). @default English
   */
  messages?: MessagesOption;
  /** `'session'` (default), `'local'`, `'memory'` or your own store. */
  pendingStore?: 'session' | 'local' | 'memory' | PendingStore;
  cooldown?: CooldownOptions;
  allowForceAliasCreation?: boolean;
  now?: () => number;
  children?: ReactNode;
};

function gatewayFor(transport: Transport): CognitoGateway {
  if (transport.gateway) return transport.gateway;
  if (transport.endpoint) return createFetchGateway({ endpoint: transport.endpoint });
  if (transport.region) return createFetchGateway({ region: transport.region });
  throw new Error('CognitoVerifyProvider needs one of gateway, region or endpoint.');
}

/** Puts the Cognito connection and the kit's settings in context for the hooks and forms below. */
export function CognitoVerifyProvider(props: CognitoVerifyProviderProps) {
  const { gateway, region, endpoint, locale, messages, pendingStore, cooldown, children, ...rest } = props;
  const { clientId, getAccessToken, onSessionExpired, secretHash, clientMetadata, allowForceAliasCreation, now } = rest;
  const resolvedGateway = useMemo(
    () => gatewayFor({ gateway, region, endpoint } as Transport),
    [gateway, region, endpoint],
  );
  // Keyed by the tags, not the array: `navigator.languages` or an inline list is a new array each time.
  const localeKey = locale === undefined ? undefined : [locale].flat().join(',');
  const negotiated = useMemo(() => negotiateMessages(localeKey?.split(','), messages), [localeKey, messages]);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') warnUnmatched(negotiated, messages);
  }, [negotiated, messages]);
  const resolvedMessages = negotiated.messages;
  const resolvedStore = useMemo(() => resolvePendingStore(pendingStore), [pendingStore]);
  const baseSeconds = cooldown?.baseSeconds;
  const maxSeconds = cooldown?.maxSeconds;
  const value = useMemo(
    () => ({
      gateway: resolvedGateway,
      clientId,
      getAccessToken,
      onSessionExpired,
      secretHash,
      clientMetadata,
      messages: resolvedMessages,
      pendingStore: resolvedStore,
      cooldown: { baseSeconds, maxSeconds },
      allowForceAliasCreation,
      now,
    }),
    [resolvedGateway, clientId, getAccessToken, onSessionExpired, secretHash, clientMetadata, resolvedMessages, resolvedStore, baseSeconds, maxSeconds, allowForceAliasCreation, now],
  );
  return <CognitoVerifyContext.Provider value={value}>{children}</CognitoVerifyContext.Provider>;
}

const MessagesContext = createContext<Messages | null>(null);

/** The dictionary in effect: the nearest `MessagesScope`, else the provider's (with its overrides), else English. Needs no gateway. */
export function useMessages(): Messages {
  const scoped = useContext(MessagesContext);
  const provided = useContext(CognitoVerifyContext)?.messages;
  return scoped ?? provided ?? en;
}

/**
 * Lays `messages` over the dictionary in effect for everything below it: the forms' `messages`
 * prop, or a custom layout that words one screen differently.
 */
export function MessagesScope({ messages, children }: { messages?: MessageOverrides; children?: ReactNode }) {
  const base = useMessages();
  const merged = useMemo(() => (messages ? mergeMessages(base, messages) : base), [base, messages]);
  return <MessagesContext.Provider value={merged}>{children}</MessagesContext.Provider>;
}

// `now` reads `Date.now` at each call, not at import: a fake clock installed later (a test's
// `vi.useFakeTimers()`) must reach the hooks' cooldown too.
const defaults = { messages: en, cooldown: {}, allowForceAliasCreation: false, now: () => Date.now() };
let defaultStore: PendingStore | undefined;

/**
 * The settings in effect: the provider's, then the given overrides. A gateway must come from
 * one of them.
 */
export function useCognitoVerify(overrides: SettingsOverrides = {}): CognitoVerifySettings {
  const context = useContext(CognitoVerifyContext);
  const merged = { ...defaults, ...defined(context ?? {}), ...defined(overrides) };
  if (!merged.gateway) {
    throw new Error('cognito-verify-kit: wrap the component in <CognitoVerifyProvider> or pass `gateway` in its options.');
  }
  merged.pendingStore ??= defaultStore ??= resolvePendingStore('session');
  return merged as CognitoVerifySettings;
}
