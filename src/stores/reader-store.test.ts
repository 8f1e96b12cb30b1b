import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAsideCopies } from '@/lib/set-aside';
import {
  migrateReaderState,
  READER_STORE_KEY,
  READER_STORE_VERSION,
  readerSnapshot,
  readerStorageDurable,
  rehydrateReaderStore,
  resetReaderStore,
} from './reader-store';

/** What was set aside for `key`, oldest first: each copy's kind and text. */
const copiesOf = (key: string) =>
  setAsideCopies(localStorage, key).map((c) => ({ kind: c.kind, raw: localStorage.getItem(c.copyKey) }));

const draft = { score: 7, author: 'Old', title: 'T', text: 'Kept from the prototype.', spoiler: false };
const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
const insecure = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

beforeEach(() => {
  resetReaderStore();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('reader store persistence', () => {
  it('saves under a versioned envelope and reads it back', async () => {
    readerSnapshot().actions.nicknameUsed('Ann');
    const saved = JSON.parse(localStorage.getItem(READER_STORE_KEY)!) as { version: number; state: object };
    expect(saved.version).toBe(READER_STORE_VERSION);
    expect(saved.state).toMatchObject({ nickname: 'Ann' });
    const raw = localStorage.getItem(READER_STORE_KEY)!;
    resetReaderStore(); // (which saves the fresh state)
    expect(readerSnapshot().nickname).toBe('');
    localStorage.setItem(READER_STORE_KEY, raw);
    await rehydrateReaderStore();
    expect(readerSnapshot().nickname).toBe('Ann');
  });

  it('migrates version 0 (one `drafts` map) to version 1 on rehydrate and saves the result', async () => {
    localStorage.setItem(
      READER_STORE_KEY,
      JSON.stringify({
        version: 0,
        state: { readerId: 'reader-old-0001', nickname: 'Old', theme: 'dark', drafts: { m1: draft } },
      }),
    );
    await rehydrateReaderStore();
    const s = readerSnapshot();
    expect(s.readerId).toBe('reader-old-0001');
    expect(s.theme).toBe('dark');
    expect(s.userDrafts).toEqual({ m1: draft });
    expect(s.familyDrafts).toEqual({});
    expect(s.votes).toEqual({});
    expect(JSON.parse(localStorage.getItem(READER_STORE_KEY)!)).toMatchObject({ version: 1 });
  });

  it('sets corrupted JSON aside and starts fresh', async () => {
    localStorage.setItem(READER_STORE_KEY, '{"state": {"nickn');
    await rehydrateReaderStore();
    expect(readerSnapshot().nickname).toBe('');
    expect(copiesOf(READER_STORE_KEY)).toEqual([{ kind: 'corrupt', raw: '{"state": {"nickn' }]);
    readerSnapshot().actions.nicknameUsed('Fresh');
    expect(JSON.parse(localStorage.getItem(READER_STORE_KEY)!)).toMatchObject({ state: { nickname: 'Fresh' } });
  });

  it('keeps every set-aside copy: a second corruption does not replace the first', async () => {
    localStorage.setItem(READER_STORE_KEY, '{"first');
    await rehydrateReaderStore();
    readerSnapshot().actions.nicknameUsed('Between');
    localStorage.setItem(READER_STORE_KEY, '{"second');
    await rehydrateReaderStore();
    const copies = Object.keys(localStorage)
      .filter((k) => k.startsWith(`${READER_STORE_KEY}:corrupt`))
      .map((k) => localStorage.getItem(k));
    expect(copies.sort()).toEqual(['{"first', '{"second']);
  });

  it('sets a newer, unknown version aside (never deletes it) and starts fresh', async () => {
    const future = JSON.stringify({ version: 9, state: { whatever: true } });
    localStorage.setItem(READER_STORE_KEY, future);
    await rehydrateReaderStore();
    expect(readerSnapshot().nickname).toBe('');
    readerSnapshot().actions.nicknameUsed('Now');
    expect(copiesOf(READER_STORE_KEY)).toEqual([{ kind: 'v9', raw: future }]);
  });

  it('keeps working from memory when every write hits the quota', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quotaExceeded);
    const { actions } = readerSnapshot();
    expect(() => {
      actions.nicknameUsed('Quota');
      actions.voteCast('r-1', 'up');
    }).not.toThrow();
    expect(readerSnapshot().nickname).toBe('Quota');
    expect(readerSnapshot().votes).toEqual({ 'r-1': 'up' });
    expect(readerStorageDurable()).toBe(false);
  });

  it('starts and works when storage cannot be touched at all (private mode)', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(insecure);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(insecure);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(insecure);
    await expect(rehydrateReaderStore()).resolves.toBeUndefined();
    readerSnapshot().actions.userDraftChanged('m1', draft);
    expect(readerSnapshot().userDrafts.m1).toMatchObject(draft);
    // Rehydrating reads the in-memory copy, so the draft survives it.
    await rehydrateReaderStore();
    expect(readerSnapshot().userDrafts.m1).toMatchObject(draft);
    expect(readerStorageDurable()).toBe(false);
  });
});

describe('migrateReaderState', () => {
  it('starts fresh from anything it does not understand', () => {
    expect(migrateReaderState(null, 0).nickname).toBe('');
    expect(migrateReaderState('nope', 0).userDrafts).toEqual({});
    expect(migrateReaderState({ nickname: 'X' }, 5).nickname).toBe('');
    const v0 = migrateReaderState({ readerId: 42, theme: 'sepia', drafts: [1] }, 0);
    expect(v0.readerId).toMatch(/^reader-/);
    expect(v0.theme).toBe('system');
    expect(v0.userDrafts).toEqual({});
  });
});
