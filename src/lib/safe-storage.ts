import type { StateStorage } from 'zustand/middleware';
import { setAside, type SetAsideKind } from './set-aside';

export interface SafeStorage extends StateStorage<void> {
  getItem: (name: string) => string | null;
  /** false once storage could not be read or written; values then live in memory for this tab */
  readonly durable: boolean;
  /** called whenever `durable` changes (e.g. the first write that hits the quota) */
  subscribe(listener: () => void): () => void;
  /**
   * Keeps `raw` (read from `name`, but unusable) under a dated set-aside key; when even that fails, `name` is
   * never written again in this tab, so the only copy survives.
   */
  setAside(name: string, raw: string, kind: SetAsideKind): void;
  /** Forgets what this tab learnt (values kept in memory, keys not to write, lost durability), as a new tab would. */
  forget(): void;
}

/**
 * The one wrapper over Web Storage (the reader store and the mock API's additions both use it). It never throws
 * at its caller: when storage is unavailable (private mode, blocked) or full, values live on in memory for the
 * session and `durable` turns false. Corrupted JSON is set aside under `<name>:corrupt:<time>` and a newer,
 * unknown version under `<name>:v<n>:<time>` (src/lib/set-aside.ts), never deleted, and the caller starts fresh.
 * `probe` tests a write at once, so a full storage is known before the first real write.
 */
export function safeStorage(getStore: () => Storage, opts: { version: number; probe?: boolean }): SafeStorage {
  const memory = new Map<string, string>();
  /** keys holding data we could not set aside: never overwritten */
  const protectedKeys = new Set<string>();
  const listeners = new Set<() => void>();
  let durable = true;
  const setDurable = (next: boolean) => {
    if (next === durable) return;
    durable = next;
    for (const l of listeners) l();
  };
  const store = (): Storage | null => {
    try {
      return getStore();
    } catch {
      setDurable(false);
      return null;
    }
  };
  const keepAside = (s: Storage | null, name: string, raw: string, kind: SetAsideKind) => {
    if (!s || setAside(s, name, kind, raw) === null) {
      protectedKeys.add(name);
      setDurable(false);
      return;
    }
    // The copy is safe: the key starts afresh (unless another tab has written it meanwhile).
    try {
      if (s.getItem(name) === raw) s.removeItem(name);
    } catch {
      /* it stays; the next write replaces it */
    }
  };
  if (opts.probe) {
    const s = store();
    try {
      s?.setItem('__verdict_probe__', '1');
      s?.removeItem('__verdict_probe__');
    } catch {
      setDurable(false);
    }
  }

  return {
    get durable() {
      return durable;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAside(name, raw, kind) {
      keepAside(store(), name, raw, kind);
    },
    forget() {
      memory.clear();
      protectedKeys.clear();
      setDurable(true);
    },
    getItem(name) {
      if (memory.has(name)) return memory.get(name)!;
      const s = store();
      let raw: string | null;
      try {
        raw = s ? s.getItem(name) : null;
      } catch {
        setDurable(false);
        return null;
      }
      if (raw === null || !s) return raw;
      let version: unknown;
      try {
        version = (JSON.parse(raw) as { version?: unknown } | null)?.version;
      } catch {
        // Corrupted: keep a copy (or, failing that, keep the key as is and work from memory).
        keepAside(s, name, raw, 'corrupt');
        return null;
      }
      if (typeof version === 'number' && version > opts.version) {
        keepAside(s, name, raw, `v${version}`);
        return null;
      }
      return raw;
    },
    setItem(name, value) {
      const s = store();
      if (s && !protectedKeys.has(name)) {
        try {
          s.setItem(name, value);
          memory.delete(name);
          setDurable(true);
          return;
        } catch {
          /* full or unavailable: memory */
        }
      }
      memory.set(name, value);
      setDurable(false);
    },
    removeItem(name) {
      memory.delete(name);
      if (protectedKeys.has(name)) return;
      try {
        store()?.removeItem(name);
      } catch {
        setDurable(false);
      }
    },
  };
}
