import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearPending,
  createMemoryStore,
  createStorageStore,
  readPending,
  resolvePendingStore,
  savePending,
  type PendingEntry,
  type PendingStore,
} from '../../src/cognito/pendingStore.ts';

const key = 'cognito-verify-kit:pending';
const sub = '5f1c0a3e-0000-4000-8000-000000000001';
const otherSub = '5f1c0a3e-0000-4000-8000-000000000002';

const email: PendingEntry = {
  attributeName: 'email',
  value: 'new@example.com',
  delivery: { attributeName: 'email', deliveryMedium: 'EMAIL', destination: 'n***@e***' },
  savedAt: 1_760_000_000_000,
};
const phone: PendingEntry = { attributeName: 'phone_number', value: '+447700900123', savedAt: 1_760_000_100_000 };

/** A fresh copy of the module, so its shared built-in stores start empty. */
async function freshModule() {
  vi.resetModules();
  return import('../../src/cognito/pendingStore.ts');
}

/** A Storage whose methods throw, like Safari's private mode or a full quota. */
function throwingStorage(failing: 'getItem' | 'setItem'): Storage {
  const storage = new Map<string, string>();
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    get length() {
      return storage.size;
    },
    clear: () => storage.clear(),
    key: (i) => [...storage.keys()][i] ?? null,
    getItem: failing === 'getItem' ? fail : (k) => storage.get(k) ?? null,
    setItem: failing === 'setItem' ? fail : (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  };
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the default (sessionStorage) store', () => {
  it('round-trips an entry through sessionStorage', () => {
    const store = resolvePendingStore(undefined);
    savePending(store, sub, email);
    expect(readPending(store, sub, 'email')).toStrictEqual(email);
    expect(JSON.parse(sessionStorage.getItem(key)!)).toStrictEqual({ [sub]: [email] });
  });

  it('is the same store every time, so every hook sees the same entries', () => {
    savePending(resolvePendingStore('session'), sub, email);
    expect(readPending(resolvePendingStore(), sub, 'email')).toStrictEqual(email);
  });

  it('keys entries by sub: two users never see each other’s values', () => {
    const store = resolvePendingStore('session');
    savePending(store, sub, email);
    savePending(store, otherSub, { ...email, value: 'theirs@example.com' });
    expect(readPending(store, sub, 'email')?.value).toBe('new@example.com');
    expect(readPending(store, otherSub, 'email')?.value).toBe('theirs@example.com');
    expect(readPending(store, 'someone-else', 'email')).toBeUndefined();
  });

  it('replaces the entry for the same attribute and keeps the others', () => {
    const store = resolvePendingStore('session');
    savePending(store, sub, email);
    savePending(store, sub, phone);
    savePending(store, sub, { ...email, value: 'newer@example.com', savedAt: email.savedAt + 1 });
    expect(store.read(sub).map((e) => [e.attributeName, e.value])).toEqual([
      ['phone_number', '+447700900123'],
      ['email', 'newer@example.com'],
    ]);
  });

  it('clears one attribute, and removes the key once nothing is pending', () => {
    const store = resolvePendingStore('session');
    savePending(store, sub, email);
    savePending(store, sub, phone);
    clearPending(store, sub, 'email');
    expect(readPending(store, sub, 'email')).toBeUndefined();
    expect(readPending(store, sub, 'phone_number')).toStrictEqual(phone);
    clearPending(store, sub, 'phone_number');
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it("'local' keeps entries in localStorage", () => {
    savePending(resolvePendingStore('local'), sub, email);
    expect(JSON.parse(localStorage.getItem(key)!)).toStrictEqual({ [sub]: [email] });
    expect(sessionStorage.getItem(key)).toBeNull();
  });
});

describe('what is stored', () => {
  const leaky = {
    ...email,
    code: '123456',
    accessToken: 'eyJ.secret',
    delivery: { ...email.delivery, code: '123456' },
  } as PendingEntry;

  it('writes only attributeName, value, delivery and savedAt, never codes or tokens', () => {
    savePending(resolvePendingStore('session'), sub, leaky);
    const raw = sessionStorage.getItem(key)!;
    expect(raw).not.toMatch(/123456|secret|code"|accessToken/);
    const [entry] = JSON.parse(raw)[sub];
    expect(Object.keys(entry).sort()).toEqual(['attributeName', 'delivery', 'savedAt', 'value']);
    expect(Object.keys(entry.delivery).sort()).toEqual(['attributeName', 'deliveryMedium', 'destination']);
  });

  it('strips the same fields even when the store is written directly', () => {
    createStorageStore(() => sessionStorage).write(sub, [leaky]);
    expect(JSON.parse(sessionStorage.getItem(key)!)).toStrictEqual({ [sub]: [email] });
  });

  it('hands a custom store only the four fields', () => {
    const write = vi.fn<PendingStore['write']>();
    savePending({ read: () => [], write }, sub, leaky);
    expect(write).toHaveBeenCalledWith(sub, [email]);
  });

  it('uses the given storage key', () => {
    savePending(createStorageStore(() => sessionStorage, 'my-app:pending'), sub, email);
    expect(sessionStorage.getItem('my-app:pending')).not.toBeNull();
    expect(sessionStorage.getItem(key)).toBeNull();
  });
});

describe('damaged or foreign data', () => {
  it.each(['{not json', '[1,2]', 'null', '"text"', '42', JSON.stringify({ [sub]: 'nope' })])(
    'reads %j as nothing pending, then saves over it',
    (raw) => {
      sessionStorage.setItem(key, raw);
      const store = createStorageStore(() => sessionStorage);
      expect(store.read(sub)).toEqual([]);
      savePending(store, sub, email);
      expect(readPending(store, sub, 'email')).toStrictEqual(email);
    },
  );

  it('drops ill-shaped entries and keeps the well-formed ones', () => {
    sessionStorage.setItem(
      key,
      JSON.stringify({
        [sub]: [
          email,
          { attributeName: 'email' },
          { attributeName: 7, value: 'x', savedAt: 1 },
          { attributeName: 'email', value: 'x', savedAt: 'yesterday' },
          { ...phone, delivery: { deliveryMedium: 'PIGEON' } },
          'email',
          null,
        ],
      }),
    );
    expect(createStorageStore(() => sessionStorage).read(sub)).toStrictEqual([email]);
  });

  it('cleans other users’ entries too when it writes', () => {
    sessionStorage.setItem(key, JSON.stringify({ [otherSub]: [phone, { junk: true }], stray: 'value' }));
    savePending(createStorageStore(() => sessionStorage), sub, email);
    expect(JSON.parse(sessionStorage.getItem(key)!)).toStrictEqual({ [otherSub]: [phone], [sub]: [email] });
  });
});

describe('storage that fails', () => {
  it.each(['getItem', 'setItem'] as const)('carries on in memory when %s throws', (failing) => {
    const store = createStorageStore(() => throwingStorage(failing));
    expect(() => savePending(store, sub, email)).not.toThrow();
    expect(readPending(store, sub, 'email')).toStrictEqual(email);
    clearPending(store, sub, 'email');
    expect(readPending(store, sub, 'email')).toBeUndefined();
  });

  it('keeps what was saved before setItem started failing', () => {
    const area = throwingStorage('setItem');
    const store = createStorageStore(() => area);
    savePending(store, sub, email);
    savePending(store, sub, phone);
    expect(store.read(sub)).toStrictEqual([email, phone]);
  });

  it('carries on in memory when reading window.sessionStorage itself throws', async () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const { resolvePendingStore: resolve, savePending: save, readPending: read } = await freshModule();
    const store = resolve('session');
    expect(() => save(store, sub, email)).not.toThrow();
    expect(read(store, sub, 'email')).toStrictEqual(email);
  });

  it('works without window (server rendering), in memory', async () => {
    vi.stubGlobal('window', undefined);
    const { resolvePendingStore: resolve, savePending: save, readPending: read } = await freshModule();
    const store = resolve();
    save(store, sub, email);
    expect(read(store, sub, 'email')).toStrictEqual(email);
    vi.unstubAllGlobals();
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('storage that is simply absent reads as nothing pending', () => {
    const store = createStorageStore(() => undefined);
    expect(store.read(sub)).toEqual([]);
    savePending(store, sub, email);
    expect(readPending(store, sub, 'email')).toStrictEqual(email);
  });
});

describe('custom and memory stores', () => {
  it('uses an app’s own store as given', () => {
    const entries = new Map<string, PendingEntry[]>();
    const custom: PendingStore = {
      read: (s) => entries.get(s) ?? [],
      write: (s, e) => void entries.set(s, e),
    };
    expect(resolvePendingStore(custom)).toBe(custom);
    savePending(custom, sub, email);
    expect(entries.get(sub)).toStrictEqual([email]);
    expect(readPending(custom, sub, 'email')).toStrictEqual(email);
  });

  it('survives a custom store that throws or returns junk', () => {
    const broken: PendingStore = {
      read: () => {
        throw new Error('backend down');
      },
      write: () => {
        throw new Error('backend down');
      },
    };
    expect(readPending(broken, sub, 'email')).toBeUndefined();
    expect(() => savePending(broken, sub, email)).not.toThrow();
    expect(() => clearPending(broken, sub, 'email')).not.toThrow();
    const junk = { read: () => [{ nope: 1 }] as unknown as PendingEntry[], write: () => {} };
    expect(readPending(junk, sub, 'email')).toBeUndefined();
  });

  it('a memory store round-trips, by sub, and touches no Web Storage', () => {
    const store = createMemoryStore();
    savePending(store, sub, email);
    expect(readPending(store, sub, 'email')).toStrictEqual(email);
    expect(store.read(otherSub)).toEqual([]);
    expect(createMemoryStore().read(sub)).toEqual([]);
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it("'memory' resolves to one shared memory store", () => {
    savePending(resolvePendingStore('memory'), sub, email);
    expect(readPending(resolvePendingStore('memory'), sub, 'email')).toStrictEqual(email);
    expect(sessionStorage.length).toBe(0);
  });

  it('returns copies, so changing what was read changes nothing stored', () => {
    const store = createMemoryStore();
    savePending(store, sub, email);
    store.read(sub)[0]!.value = 'tampered';
    expect(readPending(store, sub, 'email')?.value).toBe('new@example.com');
  });
});
