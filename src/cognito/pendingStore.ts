import * as z from 'zod/mini';
import type { CodeDeliveryDetails } from './gateway.ts';

/**
 * A value submitted with `UpdateUserAttributes` that Cognito keeps pending until it is
 * verified. Cognito reports it nowhere, so the kit remembers it. Never holds codes or tokens.
 */
export interface PendingEntry {
  attributeName: string;
  /** The new value, as submitted. */
  value: string;
  /** Where Cognito sent the code for it. */
  delivery?: CodeDeliveryDetails;
  /** When it was submitted, in epoch milliseconds. */
  savedAt: number;
}

/** Where pending values are kept, by the user's `sub`. An app may pass its own. */
export interface PendingStore {
  read(sub: string): PendingEntry[];
  write(sub: string, entries: PendingEntry[]): void;
}

// z.object drops unknown keys, so parsing also guarantees only these fields are written.
const entrySchema = z.object({
  attributeName: z.string(),
  value: z.string(),
  delivery: z.optional(
    z.object({
      attributeName: z.optional(z.string()),
      deliveryMedium: z.optional(z.enum(['EMAIL', 'SMS'])),
      destination: z.optional(z.string()),
    }),
  ),
  savedAt: z.number(),
});

/** The well-formed entries in `value`, copied; anything else is dropped. */
function validEntries(value: unknown): PendingEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const result = entrySchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

/** Pending values held in memory: they last until the page is reloaded. */
export function createMemoryStore(): PendingStore {
  const entriesBySub = new Map<string, PendingEntry[]>();
  return {
    read: (sub) => validEntries(entriesBySub.get(sub)),
    write(sub, entries) {
      const valid = validEntries(entries);
      if (valid.length > 0) entriesBySub.set(sub, valid);
      else entriesBySub.delete(sub);
    },
  };
}

function parseObject(raw: string | null): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * Pending values in a Web Storage area, under one `key` holding entries by `sub`. When the
 * storage is missing (server rendering) or throws (private browsing, quota, blocked cookies),
 * it carries on in memory: losing a reminder must never break the flow.
 *
 * @param storage returns the storage area; called on every access, never at import.
 * @param key the storage key. @default 'cognito-verify-kit:pending'
 */
export function createStorageStore(
  storage: () => Storage | undefined,
  key = 'cognito-verify-kit:pending',
): PendingStore {
  // Every write also lands here, so nothing is lost if the storage fails later.
  const memory = createMemoryStore();
  let failed = false;

  function attempt<T>(action: (area: Storage) => T): T | undefined {
    if (failed) return undefined;
    try {
      const area = storage();
      return area ? action(area) : undefined;
    } catch {
      failed = true;
      return undefined;
    }
  }

  return {
    read(sub) {
      return attempt((area) => validEntries(parseObject(area.getItem(key))[sub])) ?? memory.read(sub);
    },
    write(sub, entries) {
      memory.write(sub, entries);
      attempt((area) => {
        const bySub: Record<string, PendingEntry[]> = {};
        for (const [otherSub, value] of Object.entries(parseObject(area.getItem(key)))) {
          const valid = validEntries(value);
          if (valid.length > 0) bySub[otherSub] = valid;
        }
        const valid = validEntries(entries);
        if (valid.length > 0) bySub[sub] = valid;
        else delete bySub[sub];
        if (Object.keys(bySub).length > 0) area.setItem(key, JSON.stringify(bySub));
        else area.removeItem(key);
      });
    },
  };
}

/** `window[name]` in a browser, `undefined` on a server. Reading it may throw; the caller catches. */
function webStorage(name: 'sessionStorage' | 'localStorage'): () => Storage | undefined {
  return () => (typeof window === 'undefined' ? undefined : window[name]);
}

const builtInStores = new Map<string, PendingStore>();

/**
 * The store for a `pendingStore` option: `'session'` (sessionStorage), `'local'`
 * (localStorage), `'memory'`, or the app's own. Built-in stores are shared per page, so
 * every hook sees the same entries.
 *
 * @default 'session'
 */
export function resolvePendingStore(option: 'session' | 'local' | 'memory' | PendingStore = 'session'): PendingStore {
  if (typeof option !== 'string') return option;
  let store = builtInStores.get(option);
  if (!store) {
    store =
      option === 'memory'
        ? createMemoryStore()
        : createStorageStore(webStorage(option === 'local' ? 'localStorage' : 'sessionStorage'));
    builtInStores.set(option, store);
  }
  return store;
}

// An app's own store may throw or return anything; these helpers keep the flow going regardless.
function safeRead(store: PendingStore, sub: string): PendingEntry[] {
  try {
    return validEntries(store.read(sub));
  } catch {
    return [];
  }
}

function safeWrite(store: PendingStore, sub: string, entries: PendingEntry[]): void {
  try {
    store.write(sub, entries);
  } catch {
    // Forgetting a pending value only costs the banner; the change itself is in Cognito.
  }
}

/** The pending value remembered for `attributeName`, if any. */
export function readPending(store: PendingStore, sub: string, attributeName: string): PendingEntry | undefined {
  return safeRead(store, sub).find((entry) => entry.attributeName === attributeName);
}

/** Remembers `entry`, replacing any earlier one for the same attribute. */
export function savePending(store: PendingStore, sub: string, entry: PendingEntry): void {
  const others = safeRead(store, sub).filter((e) => e.attributeName !== entry.attributeName);
  safeWrite(store, sub, [...others, ...validEntries([entry])]);
}

/** Forgets the pending value for `attributeName`. */
export function clearPending(store: PendingStore, sub: string, attributeName: string): void {
  safeWrite(
    store,
    sub,
    safeRead(store, sub).filter((e) => e.attributeName !== attributeName),
  );
}
