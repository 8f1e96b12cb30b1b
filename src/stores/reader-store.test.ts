import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAsideCopies, storageEvents } from '@/lib/set-aside';
import { STORAGE_KEY, webStorage } from '@/mock-api/storage';
import {
  checkReaderState,
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

const READER = 'reader-kept-000001';
const MOVIE = 'wont-back-down';
/** A reader review as the mock API stores it (v1 additions). */
const stored = (id: string, ownerId: string | undefined, movieId = MOVIE) => ({
  id,
  movieId,
  author: 'Me',
  date: '2024-05-01',
  score: 8,
  title: null,
  text: '',
  isExcerpt: false,
  spoiler: false,
  helpful: { up: 0, down: 0 },
  source: 'reader',
  updatedAt: null,
  ...(ownerId === undefined ? {} : { ownerId }),
});
const storeAdditions = (users: object[], votes: Record<string, Record<string, 'up' | 'down'>> = {}) =>
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, users, votes, family: [], idempotency: {} }));
const storeReader = (state: object, version = READER_STORE_VERSION) =>
  localStorage.setItem(READER_STORE_KEY, JSON.stringify({ version, state }));
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

describe('a well-formed but wrongly shaped stored reader (issue 15, item 5)', () => {
  const valid = {
    readerId: READER,
    nickname: 'Kept',
    theme: 'dark',
    userDrafts: { [MOVIE]: draft },
    familyDrafts: {},
    ownReviews: { [MOVIE]: 'r-mine' },
    votes: { 'u-000-01': 'up' },
  };
  beforeEach(() => storeAdditions([stored('r-mine', READER)], { 'u-000-01': { [READER]: 'up' } }));

  for (const field of ['userDrafts', 'familyDrafts', 'ownReviews', 'votes'] as const) {
    it(`keeps everything else when ${field} is null, sets the stored value aside and says so`, async () => {
      storeReader({ ...valid, [field]: null });
      const raw = localStorage.getItem(READER_STORE_KEY);
      await rehydrateReaderStore();
      const s = readerSnapshot();
      expect(s[field]).toEqual(
        field === 'ownReviews' ? { [MOVIE]: 'r-mine' } : field === 'votes' ? { 'u-000-01': 'up' } : {},
      );
      expect(
        () => s.userDrafts[MOVIE] && s.familyDrafts[MOVIE] && s.ownReviews[MOVIE] && s.votes['u-000-01'],
      ).not.toThrow();
      expect(s).toMatchObject({ readerId: READER, nickname: 'Kept', theme: 'dark' });
      if (field !== 'userDrafts') expect(s.userDrafts[MOVIE]).toEqual(draft);
      expect(copiesOf(READER_STORE_KEY)).toEqual([{ kind: 'invalid', raw }]);
      expect(storageEvents()).toEqual([expect.objectContaining({ type: 'set-aside', key: READER_STORE_KEY })]);
      // the next write cannot save the bad value back: it was replaced at once, and the copy stays
      readerSnapshot().actions.themeChosen('light');
      expect(JSON.parse(localStorage.getItem(READER_STORE_KEY)!).state[field]).not.toBeNull();
      expect(copiesOf(READER_STORE_KEY)).toEqual([{ kind: 'invalid', raw }]);
    });
  }

  it('checks a draft field by field: a number for its text drops the text, not the draft', async () => {
    const family = { role: 'parent', author: 'Pat', age: 9, stars: 4, text: 'Fine for nine-year-olds.' };
    storeReader({
      ...valid,
      userDrafts: { [MOVIE]: { ...draft, text: 42 }, other: 'not a draft' },
      familyDrafts: { [MOVIE]: { ...family, stars: 'five', age: 40 } },
      votes: { 'u-000-01': 'up', 'u-000-02': 'sideways' },
    });
    await rehydrateReaderStore();
    const s = readerSnapshot();
    expect(s.userDrafts).toEqual({ [MOVIE]: { ...draft, text: '' } });
    expect(s.familyDrafts).toEqual({ [MOVIE]: { ...family, stars: null, age: null } });
    expect(s.votes).toEqual({ 'u-000-01': 'up' });
    expect(copiesOf(READER_STORE_KEY)).toHaveLength(1);
  });

  it('finds the reader id again from the reviews the store says are theirs when the id itself is broken', async () => {
    storeReader({ ...valid, readerId: 42 });
    await rehydrateReaderStore();
    expect(readerSnapshot().readerId).toBe(READER);
    expect(readerSnapshot().ownReviews).toEqual({ [MOVIE]: 'r-mine' });
    expect(copiesOf(READER_STORE_KEY)).toHaveLength(1);
  });

  it('keeps the reviews of an id the API would refuse: a new id, and those reviews still listed as theirs', async () => {
    storeAdditions([stored('r-legacy', 'bad id!'), stored('r-else', 'reader-someone-else', 'other-movie')]);
    storeReader({ ...valid, readerId: 'bad id!', ownReviews: null });
    await rehydrateReaderStore();
    expect(readerSnapshot().readerId).toMatch(/^reader-[0-9a-f]{24}$/);
    expect(readerSnapshot().ownReviews).toEqual({ [MOVIE]: 'r-legacy' });
  });

  it('makes a new, valid reader id when the old one cannot be found again', async () => {
    for (const readerId of [null, 'bad id!', 'short', 'x'.repeat(65)]) {
      storeReader({ ...valid, readerId, ownReviews: {} });
      await rehydrateReaderStore();
      expect(readerSnapshot().readerId).toMatch(/^[\w-]{8,64}$/);
      expect(readerSnapshot().nickname).toBe('Kept');
    }
  });
});

describe('a reader of the v0 format who had reviewed (issue 15, item 6)', () => {
  const v0Review = (id: string, ownerId?: string, movieId = MOVIE) => {
    const { helpful: _h, updatedAt: _u, source: _s, ...r } = stored(id, ownerId, movieId);
    return r;
  };
  const storeV0 = (reviews: object[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify({ reviews }));

  it('keeps their review theirs: own reviews come from the reviews stored with their id', async () => {
    storeV0([v0Review('r-old', READER), v0Review('r-other', 'reader-someone-else', 'other-movie')]);
    storeReader({ readerId: READER, nickname: 'Old', drafts: {} }, 0);
    await rehydrateReaderStore();
    expect(readerSnapshot().ownReviews).toEqual({ [MOVIE]: 'r-old' });
    expect(JSON.parse(localStorage.getItem(READER_STORE_KEY)!).state.ownReviews).toEqual({ [MOVIE]: 'r-old' });
  });

  it('counts a v0 review stored without an owner as this browser’s reader’s', async () => {
    storeV0([v0Review('r-orphan')]);
    storeReader({ readerId: READER, nickname: 'Old', drafts: {} }, 0);
    await rehydrateReaderStore();
    expect(readerSnapshot().ownReviews).toEqual({ [MOVIE]: 'r-orphan' });
  });
});

describe('a helpful vote the API no longer has (issue 15, item 9)', () => {
  const withVote = { readerId: READER, nickname: '', theme: 'system', votes: { 'u-000-01': 'up', 'u-000-02': 'down' } };

  it('is not shown as cast after a reload: the reader store takes the votes the API has stored', async () => {
    storeAdditions([], { 'u-000-02': { [READER]: 'down', 'reader-someone-else': 'up' } });
    storeReader(withVote);
    await rehydrateReaderStore();
    expect(readerSnapshot().votes).toEqual({ 'u-000-02': 'down' });
  });

  it('is dropped as soon as the API sets its stored additions aside', async () => {
    storeAdditions([], { 'u-000-01': { [READER]: 'up' }, 'u-000-02': { [READER]: 'down' } });
    storeReader(withVote);
    await rehydrateReaderStore();
    expect(readerSnapshot().votes).toEqual(withVote.votes);
    localStorage.setItem(STORAGE_KEY, '{"version": 1, "users": [{"id": "r-');
    expect(webStorage(localStorage).read()).toBeNull();
    expect(readerSnapshot().votes).toEqual({});
  });
});

describe('a reader on a page the server rendered (issue 14, item 6)', () => {
  // the server's page carries its state inline; the server, not this browser, keeps what readers add
  afterEach(() => document.getElementById('verdict-state')?.remove());

  it('keeps their own reviews and votes after a reload: no local API records to take them from', async () => {
    const inline = document.createElement('script');
    inline.id = 'verdict-state';
    inline.type = 'application/json';
    document.body.append(inline);
    const mine = { readerId: READER, nickname: 'Ann', theme: 'system', ownReviews: { [MOVIE]: 'r-server-1' } };
    storeReader({ ...mine, votes: { 'u-000-01': 'up' } });
    await rehydrateReaderStore();
    expect(readerSnapshot().ownReviews).toEqual({ [MOVIE]: 'r-server-1' });
    expect(readerSnapshot().votes).toEqual({ 'u-000-01': 'up' });
  });
});

describe('migrateReaderState and checkReaderState', () => {
  it('start fresh from anything they do not understand, which is set aside', async () => {
    expect(migrateReaderState({ nickname: 'X' }, -1)).toBeNull();
    expect(checkReaderState(null)).toMatchObject({ rejected: ['state'], state: { nickname: '', userDrafts: {} } });
    expect(checkReaderState('nope').rejected).toEqual(['state']);
    const v0 = checkReaderState(migrateReaderState({ readerId: 42, theme: 'sepia', drafts: [1] }, 0));
    expect(v0.state.readerId).toMatch(/^reader-/);
    expect(v0.state.theme).toBe('system');
    expect(v0.state.userDrafts).toEqual({});
    expect(v0.rejected.sort()).toEqual(['state.readerId', 'state.theme', 'userDrafts']);
    storeReader({ readerId: 42, theme: 'sepia', drafts: [1] }, 0);
    const raw = localStorage.getItem(READER_STORE_KEY);
    await rehydrateReaderStore();
    expect(readerSnapshot()).toMatchObject({ theme: 'system', userDrafts: {} });
    expect(copiesOf(READER_STORE_KEY)).toEqual([{ kind: 'invalid', raw }]);
  });
});

describe('a draft sent while the reader kept typing (issue 15, item 2)', () => {
  const sent = { score: 8, author: 'Ann', title: '', text: 'The words that left with the request.', spoiler: false };
  const more = `${sent.text} And what was typed while it was saving.`;

  it('is cleared after the write only if it still holds the words that were sent', () => {
    const { actions } = readerSnapshot();
    actions.userDraftChanged(MOVIE, { ...sent, idempotencyKey: 'k-1' });
    actions.userDraftChanged(MOVIE, { text: more });
    actions.userDraftSent(MOVIE, sent);
    expect(readerSnapshot().userDrafts[MOVIE]).toEqual({ ...sent, text: more });
    actions.userDraftSent(MOVIE, { ...sent, text: more });
    expect(readerSnapshot().userDrafts[MOVIE]).toBeUndefined();
  });

  it('is cleared after the write only if it still holds the words that were sent (family review)', () => {
    const family = { role: 'parent' as const, author: '', age: 12, stars: 4, text: sent.text };
    const { actions } = readerSnapshot();
    actions.familyDraftChanged(MOVIE, { ...family, idempotencyKey: 'f-1' });
    actions.familyDraftChanged(MOVIE, { age: 13 });
    actions.familyDraftSent(MOVIE, family);
    expect(readerSnapshot().familyDrafts[MOVIE]).toEqual({ ...family, age: 13 });
    actions.familyDraftSent(MOVIE, { ...family, age: 13 });
    expect(readerSnapshot().familyDrafts[MOVIE]).toBeUndefined();
  });
});

describe('a draft’s idempotency key belongs to the words it was made for (issue 15, item 3)', () => {
  it('is dropped when the words change, so a key never sends other words than those it was made for', () => {
    const { actions } = readerSnapshot();
    actions.userDraftChanged(MOVIE, { ...draft, idempotencyKey: 'k-tab-a' });
    actions.userDraftChanged(MOVIE, { score: draft.score });
    expect(readerSnapshot().userDrafts[MOVIE]?.idempotencyKey).toBe('k-tab-a');
    actions.userDraftChanged(MOVIE, { text: 'What tab B wrote instead.' });
    expect(readerSnapshot().userDrafts[MOVIE]).toEqual({ ...draft, text: 'What tab B wrote instead.' });
    actions.familyDraftChanged(MOVIE, {
      role: 'kid',
      author: '',
      age: 9,
      stars: 5,
      text: 'x'.repeat(20),
      idempotencyKey: 'f',
    });
    actions.familyDraftChanged(MOVIE, { stars: 4 });
    expect(readerSnapshot().familyDrafts[MOVIE]?.idempotencyKey).toBeUndefined();
  });
});
