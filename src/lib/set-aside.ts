/**
 * Data the app cannot use (corrupted JSON, a wrongly shaped value, a newer version) is never deleted silently:
 * each time, a copy goes to its own key, `<key>:<kind>:<ISO time>`, beside the original. At most SET_ASIDE_CAP
 * copies are kept per key; past that the oldest is removed, and the reader is told (storage notices below).
 * The reader store's storage and the mock API's storage both set aside through `setAside`; the app's storage
 * notice lists what happened. No zod here: this is part of the first paint.
 */

export const SET_ASIDE_CAP = 5;

/** corrupt: not JSON; invalid: JSON of the wrong shape; v<n>: written by a newer version of the app */
export type SetAsideKind = 'corrupt' | 'invalid' | `v${number}`;

export interface SetAsideCopy {
  /** where the copy is */
  copyKey: string;
  kind: SetAsideKind;
  /** when it was set aside (ISO), '' for a copy from before copies were dated */
  at: string;
}

export type StorageNoticeEvent =
  ({ type: 'set-aside'; key: string } & SetAsideCopy) | ({ type: 'dropped'; key: string } & SetAsideCopy);

/* ---------- what happened, for the storage notice ---------- */

/**
 * Nothing reported: one array, which is also what the server renders with, so hydration finds the same snapshot
 * (an equal but other array would make React re-render the notice synchronously right after hydrating it).
 */
export const NO_STORAGE_EVENTS: readonly StorageNoticeEvent[] = [];
let events = NO_STORAGE_EVENTS;
const listeners = new Set<() => void>();

export function reportStorageEvent(event: StorageNoticeEvent): void {
  if (events.some((e) => e.type === event.type && e.copyKey === event.copyKey)) return;
  events = [...events, event];
  for (const l of listeners) l();
}

/** For useSyncExternalStore: what was set aside or dropped in this tab's session. */
export const storageEvents = (): readonly StorageNoticeEvent[] => events;
export function subscribeStorageEvents(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
/** Tests start with nothing reported. */
export function clearStorageEvents(): void {
  events = NO_STORAGE_EVENTS;
  for (const l of listeners) l();
}

/* ---------- the copies ---------- */

const COPY = /^(corrupt|invalid|v\d+)(?::(.+))?$/;

/** The copies set aside for `key`, oldest first (undated copies from before count as the oldest). */
export function setAsideCopies(store: Storage, key: string): SetAsideCopy[] {
  const copies: SetAsideCopy[] = [];
  const prefix = `${key}:`;
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (!k?.startsWith(prefix)) continue;
    const m = COPY.exec(k.slice(prefix.length));
    if (m) copies.push({ copyKey: k, kind: m[1] as SetAsideKind, at: m[2] ?? '' });
  }
  return copies.sort((a, b) => (a.at === b.at ? a.copyKey.localeCompare(b.copyKey) : a.at < b.at ? -1 : 1));
}

/**
 * Keeps `raw` under a new dated key beside `key` (or finds the copy already made of the same text) and reports
 * it. Returns the copy's key, or null when it could not be written (storage full or blocked): the caller must
 * then leave `key` as it is, since it holds the only copy. Past the cap, the oldest copies go, each reported.
 */
export function setAside(
  store: Storage,
  key: string,
  kind: SetAsideKind,
  raw: string,
  now: Date = new Date(),
): string | null {
  let copies: SetAsideCopy[];
  try {
    copies = setAsideCopies(store, key);
    const same = copies.find((c) => store.getItem(c.copyKey) === raw);
    if (same) {
      reportStorageEvent({ type: 'set-aside', key, ...same });
      return same.copyKey;
    }
  } catch {
    return null;
  }
  // Copies sort by their time; two in the same millisecond (of any kind) by a counter after it, past the highest
  // counter of that millisecond (not the first one free: the oldest, dropped below, may have freed a lower one).
  const at = now.toISOString();
  const counters = copies
    .filter((c) => c.at === at || c.at.startsWith(`${at}-`))
    .map((c) => (c.at === at ? 0 : Number(c.at.slice(at.length + 1)) || 0));
  const n = counters.length ? Math.max(...counters) + 1 : 0;
  const stamp = n === 0 ? at : `${at}-${String(n).padStart(3, '0')}`;
  const copyKey = `${key}:${kind}:${stamp}`;
  try {
    store.setItem(copyKey, raw);
  } catch {
    return null;
  }
  const copy: SetAsideCopy = { copyKey, kind, at: stamp };
  reportStorageEvent({ type: 'set-aside', key, ...copy });
  // The new copy is safely written before any old one goes.
  for (const old of copies.slice(0, Math.max(0, copies.length + 1 - SET_ASIDE_CAP))) {
    try {
      store.removeItem(old.copyKey);
      reportStorageEvent({ type: 'dropped', key, ...old });
    } catch {
      /* kept: over the cap is better than lost */
    }
  }
  return copyKey;
}
