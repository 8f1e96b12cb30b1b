import type { StateStorage } from 'zustand/middleware';

export interface SafeStorage extends StateStorage {
  /** false once storage could not be read or written; values then live in memory for this tab */
  readonly durable: boolean;
}

/**
 * A zustand StateStorage over Web Storage that never throws at the store: when storage is unavailable (private
 * mode, blocked) or full, values live on in memory for the session. Corrupted JSON is set aside under
 * `<name>:corrupt` and a newer, unknown version under `<name>:v<n>`, never deleted, and the store starts fresh.
 */
export function safeStorage(getStore: () => Storage, opts: { version: number }): SafeStorage {
  const memory = new Map<string, string>();
  /** keys holding data we could not set aside: never overwritten */
  const protectedKeys = new Set<string>();
  let durable = true;
  const store = (): Storage | null => {
    try {
      return getStore();
    } catch {
      durable = false;
      return null;
    }
  };
  const setAside = (s: Storage, name: string, raw: string) => {
    try {
      s.setItem(name, raw);
      return true;
    } catch {
      return false;
    }
  };

  return {
    get durable() {
      return durable;
    },
    getItem(name) {
      if (memory.has(name)) return memory.get(name)!;
      const s = store();
      let raw: string | null;
      try {
        raw = s ? s.getItem(name) : null;
      } catch {
        durable = false;
        return null;
      }
      if (raw === null || !s) return raw;
      let version: unknown;
      try {
        version = (JSON.parse(raw) as { version?: unknown } | null)?.version;
      } catch {
        // Corrupted: keep a copy (or, failing that, keep the key as is and work from memory).
        if (!setAside(s, `${name}:corrupt`, raw)) protectedKeys.add(name);
        return null;
      }
      if (typeof version === 'number' && version > opts.version) {
        if (!setAside(s, `${name}:v${version}`, raw)) protectedKeys.add(name);
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
          durable = true;
          return;
        } catch {
          /* full or unavailable: memory */
        }
      }
      memory.set(name, value);
      durable = false;
    },
    removeItem(name) {
      memory.delete(name);
      if (protectedKeys.has(name)) return;
      try {
        store()?.removeItem(name);
      } catch {
        durable = false;
      }
    },
  };
}
