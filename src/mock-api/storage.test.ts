import { newUserReview } from '@/domain/new-review';
// @vitest-environment jsdom
// (Web Storage itself is under test: its keys, quota and errors)
import { describe, expect, it } from 'vitest';
import { SET_ASIDE_CAP, setAsideCopies, storageEvents } from '@/lib/set-aside';
import {
  ADDITIONS_VERSION,
  emptyAdditions,
  migrateAdditions,
  sessionOnlyStorage,
  STORAGE_KEY,
  webStorage,
} from './storage';

/** What was set aside for `key`, oldest first: each copy's kind and text. */
const copiesOf = (store: Storage, key = STORAGE_KEY) =>
  setAsideCopies(store, key).map((c) => ({ kind: c.kind, raw: store.getItem(c.copyKey) }));

describe('webStorage', () => {
  it('round-trips additions under a versioned key', () => {
    const s = webStorage(localStorage);
    expect(s.read()).toBeNull();
    const a = emptyAdditions();
    a.idempotency.k = 'r1';
    s.write(a);
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"version":1');
    expect(s.read()).toEqual(a);
    s.clear();
    expect(s.read()).toBeNull();
  });

  it('sets corrupted or unknown-version data aside instead of throwing', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    expect(webStorage(localStorage).read()).toBeNull();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 99 }));
    expect(webStorage(localStorage).read()).toBeNull();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, users: 'wrong' }));
    expect(webStorage(localStorage).read()).toBeNull();
    expect(copiesOf(localStorage)).toEqual([
      { kind: 'corrupt', raw: '{not json' },
      { kind: 'v99', raw: '{"version":99}' },
      { kind: 'invalid', raw: '{"version":1,"users":"wrong"}' },
    ]);
  });

  it('keeps every set-aside copy: a second corruption does not replace the first', () => {
    const s = webStorage(localStorage);
    localStorage.setItem(STORAGE_KEY, '{first');
    expect(s.read()).toBeNull();
    s.write(emptyAdditions());
    localStorage.setItem(STORAGE_KEY, '{second');
    expect(s.read()).toBeNull();
    const copies = Object.keys(localStorage)
      .filter((k) => k.startsWith(`${STORAGE_KEY}:corrupt`))
      .map((k) => localStorage.getItem(k));
    expect(copies.sort()).toEqual(['{first', '{second']);
  });

  it('reads the same corrupted data on every request but keeps one copy of it', () => {
    const s = webStorage(localStorage);
    localStorage.setItem(STORAGE_KEY, '{again');
    for (let i = 0; i < 3; i++) expect(s.read()).toBeNull();
    expect(copiesOf(localStorage)).toEqual([{ kind: 'corrupt', raw: '{again' }]);
  });

  it(`keeps the newest ${SET_ASIDE_CAP} copies and tells the reader about each older one it removes`, () => {
    const s = webStorage(localStorage);
    for (let i = 1; i <= SET_ASIDE_CAP + 2; i++) {
      localStorage.setItem(STORAGE_KEY, `{corruption ${i}`);
      expect(s.read()).toBeNull();
    }
    expect(copiesOf(localStorage).map((c) => c.raw)).toEqual([
      '{corruption 3',
      '{corruption 4',
      '{corruption 5',
      '{corruption 6',
      '{corruption 7',
    ]);
    expect(storageEvents().filter((e) => e.type === 'dropped')).toHaveLength(2);
  });
});

/** A Storage over a Map whose reads and writes can be made to throw, as in private mode or when full. */
function fakeStorage() {
  const map = new Map<string, string>();
  const state = { failGet: false, failSet: false };
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const store: Storage = {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem(k) {
      if (state.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
      return map.get(k) ?? null;
    },
    setItem(k, v) {
      if (state.failSet) throw quota();
      map.set(k, String(v));
    },
    removeItem(k) {
      if (state.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
      map.delete(k);
    },
    clear: () => map.clear(),
  };
  return { store, map, state };
}

const review = (id: string) => ({
  ...newUserReview(
    id,
    'wont-back-down',
    { author: 'Tester', score: 7, title: '', text: '', spoiler: false },
    '2024-05-01',
  ),
  ownerId: 'reader-1',
});

describe('webStorage under storage faults', () => {
  it('keeps additions in memory when a write hits the quota, and says they are not durable', () => {
    const { store, state } = fakeStorage();
    const s = webStorage(store);
    expect(s.durable).toBe(true);
    const a = emptyAdditions();
    a.users.push(review('r-1'));
    s.write(a);
    state.failSet = true;
    a.users.push(review('r-2'));
    s.write(a);
    expect(s.durable).toBe(false);
    expect(s.read()?.users.map((r) => r.id)).toEqual(['r-1', 'r-2']);
    // Space again: the next write lands in storage and the adapter is durable once more.
    state.failSet = false;
    a.users.push(review('r-3'));
    s.write(a);
    expect(s.durable).toBe(true);
    expect(webStorage(store).read()?.users).toHaveLength(3);
  });

  it('works from memory when storage cannot be read or written at all (private mode)', () => {
    const { store, state } = fakeStorage();
    state.failGet = true;
    state.failSet = true;
    const s = webStorage(store);
    expect(s.durable).toBe(false);
    expect(s.read()).toBeNull();
    const a = emptyAdditions();
    a.users.push(review('r-1'));
    s.write(a);
    expect(s.read()?.users.map((r) => r.id)).toEqual(['r-1']);
    expect(() => s.clear()).not.toThrow();
    expect(s.read()).toBeNull();
  });

  it('reports a full storage as not durable before the first write', () => {
    const { store, state } = fakeStorage();
    state.failSet = true;
    expect(webStorage(store).durable).toBe(false);
  });

  it('sets a newer, unknown version aside under its own key and does not delete it', () => {
    const { store, map } = fakeStorage();
    const future = JSON.stringify({ version: 7, everything: 'different' });
    map.set(STORAGE_KEY, future);
    const s = webStorage(store);
    expect(s.read()).toBeNull();
    expect(copiesOf(store)).toEqual([{ kind: 'v7', raw: future }]);
    s.write(emptyAdditions());
    expect(copiesOf(store)).toEqual([{ kind: 'v7', raw: future }]);
  });

  it('does not overwrite data it could not set aside', () => {
    const { store, map, state } = fakeStorage();
    map.set(STORAGE_KEY, '{broken');
    state.failSet = true;
    const s = webStorage(store);
    expect(s.read()).toBeNull();
    state.failSet = false;
    const a = emptyAdditions();
    a.users.push(review('r-1'));
    s.write(a);
    expect(map.get(STORAGE_KEY)).toBe('{broken');
    expect(s.durable).toBe(false);
    expect(s.read()?.users).toHaveLength(1);
  });
});

describe('migrateAdditions', () => {
  it('migrates the v0 prototype format (reviews, no votes, no version) to v1', () => {
    const { helpful: _h, updatedAt: _u, source: _s, version: _v, ...v0Review } = review('r-old');
    for (const v0 of [
      { reviews: [v0Review] },
      { version: 0, reviews: [v0Review], family: [], idempotency: { k: 'r-old' } },
    ]) {
      const result = migrateAdditions(v0);
      expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
      if (!result.ok) continue;
      expect(result.data.version).toBe(ADDITIONS_VERSION);
      expect(result.data.votes).toEqual({});
      expect(result.data.users).toEqual([review('r-old')]);
    }
  });

  it('reads v0 data through webStorage and writes it back as v1', () => {
    const { helpful: _h, updatedAt: _u, source: _s, version: _v, ...v0Review } = review('r-old');
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ reviews: [v0Review] }));
    const s = webStorage(localStorage);
    const a = s.read();
    expect(a?.users.map((r) => r.id)).toEqual(['r-old']);
    s.write(a!);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toMatchObject({ version: 1, votes: {} });
  });

  it('passes current data through and rejects what no migration can fix', () => {
    expect(migrateAdditions(emptyAdditions())).toEqual({ ok: true, data: emptyAdditions(), migratedFrom: null });
    expect(migrateAdditions({ version: 2 })).toEqual({ ok: false, reason: 'future', version: 2 });
    expect(migrateAdditions({ version: 0, reviews: 'nope' })).toEqual({ ok: false, reason: 'corrupt' });
    expect(migrateAdditions({ version: 1, users: [] })).toEqual({ ok: false, reason: 'corrupt' });
    expect(migrateAdditions([1, 2])).toEqual({ ok: false, reason: 'corrupt' });
    expect(migrateAdditions({ version: 'one' })).toEqual({ ok: false, reason: 'corrupt' });
  });
});

describe('ownership across the v0 → v1 migration (issue 15, items 5 and 6)', () => {
  const { helpful: _h, updatedAt: _u, source: _s, ownerId: _o, ...unowned } = review('r-orphan');
  const claims = (ownReviews: Record<string, string>) => () => ({ readerId: 'reader-now-000001', ownReviews });

  it('migrates a v0 review stored without an owner instead of setting every review aside', () => {
    const result = migrateAdditions({ reviews: [unowned] });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.data.users.map((r) => r.id)).toEqual(['r-orphan']);
  });

  it('gives a review with no valid owner id to the reader whose store lists it as theirs, and no other', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        reviews: [
          unowned,
          { ...review('r-legacy'), movieId: 'other-movie', ownerId: 'bad id!' },
          { ...review('r-taken'), movieId: 'third' },
        ],
      }),
    );
    const mine = { 'wont-back-down': 'r-orphan', 'other-movie': 'r-legacy', third: 'r-taken' };
    const owners = webStorage(localStorage, STORAGE_KEY, { claims: claims(mine) })
      .read()
      ?.users.map((r) => [r.id, r.ownerId]);
    expect(owners).toEqual([
      ['r-orphan', 'reader-now-000001'],
      ['r-legacy', 'reader-now-000001'],
      ['r-taken', 'reader-1'],
    ]);
    expect(
      webStorage(localStorage, STORAGE_KEY, { claims: claims({}) })
        .read()
        ?.users.map((r) => r.ownerId),
    ).toEqual(['', 'bad id!', 'reader-1']);
  });
});

describe('memory adapters', () => {
  it('sessionOnlyStorage keeps additions for the session and is not durable', () => {
    const s = sessionOnlyStorage();
    expect(s.durable).toBe(false);
    s.write(emptyAdditions());
    expect(s.read()).toEqual(emptyAdditions());
  });
});
