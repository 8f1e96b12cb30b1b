import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { usesServerApi } from '@/api/transport';
import { READER_ID_PATTERN } from '@/domain/reader-id';
import {
  intBetween,
  isBoolean,
  isObject,
  isString,
  matching,
  nullable,
  oneOf,
  pickValid,
  type Guard,
  type Shape,
} from '@/lib/guards';
import { sameWords } from '@/lib/drafts';
import { safeStorage } from '@/lib/safe-storage';
import { storageEvents, subscribeStorageEvents } from '@/lib/set-aside';
import {
  NO_RECORDS,
  ownerOf,
  ownReviewsOf,
  parseReaderRecords,
  votesOf,
  type ReaderRecords,
} from '@/mock-api/reader-records';
import { STORAGE_KEY } from '@/mock-api/storage-key';

export type Theme = 'system' | 'light' | 'dark';
export type HelpfulVote = 'up' | 'down';

export interface UserReviewDraft {
  score: number | null;
  author: string;
  title: string;
  text: string;
  spoiler: boolean;
  /**
   * Made when these words are first sent, reused by every retry of them (a double click, a reload, another tab
   * sending the very same words) until one succeeds; dropped as soon as the words change, so a key never sends
   * other words than those it was made for.
   */
  idempotencyKey?: string;
}

export interface FamilyReviewDraft {
  role: 'parent' | 'kid' | null;
  author: string;
  age: number | null;
  stars: number | null;
  text: string;
  /** as UserReviewDraft's: made for these words, reused by their retries (even after a reload), dropped when they change */
  idempotencyKey?: string;
}

export const emptyUserDraft = (author = ''): UserReviewDraft => ({
  score: null,
  author,
  title: '',
  text: '',
  spoiler: false,
});
export const emptyFamilyDraft = (): FamilyReviewDraft => ({ role: null, author: '', age: null, stars: null, text: '' });

interface ReaderState {
  readerId: string;
  nickname: string;
  theme: Theme;
  /** movieId → draft */
  userDrafts: Record<string, UserReviewDraft>;
  familyDrafts: Record<string, FamilyReviewDraft>;
  /** movieId → id of the reader's own user review */
  ownReviews: Record<string, string>;
  /** reviewId → the reader's helpful vote */
  votes: Record<string, HelpfulVote>;
  actions: {
    nicknameUsed: (nickname: string) => void;
    themeChosen: (theme: Theme) => void;
    /** the fields given change (over the saved draft, or an empty one) */
    userDraftChanged: (movieId: string, change: Partial<UserReviewDraft>) => void;
    /** a write of `sent` succeeded: the draft goes, unless it holds other words by now (typed while it was saving) */
    userDraftSent: (movieId: string, sent: UserReviewDraft) => void;
    /** the reader gave the draft up (Cancel) */
    userDraftDiscarded: (movieId: string) => void;
    familyDraftChanged: (movieId: string, change: Partial<FamilyReviewDraft>) => void;
    familyDraftSent: (movieId: string, sent: FamilyReviewDraft) => void;
    ownReviewSaved: (movieId: string, reviewId: string) => void;
    ownReviewDeleted: (movieId: string) => void;
    voteCast: (reviewId: string, vote: HelpfulVote | null) => void;
    demoDataReset: () => void;
  };
}

function newReaderId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `reader-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const READER_STORE_KEY = 'verdict:reader';
export const READER_STORE_VERSION = 1;

const initialState = (): PersistedReader => ({
  readerId: newReaderId(),
  nickname: '',
  theme: 'system',
  userDrafts: {},
  familyDrafts: {},
  ownReviews: {},
  votes: {},
});

type PersistedReader = Omit<ReaderState, 'actions'>;

/* ---------- what may come back from storage: checked field by field (src/lib/guards.ts) ---------- */

const userDraftShape: Shape<Required<UserReviewDraft>> = {
  score: nullable(intBetween(0, 10)),
  author: isString,
  title: isString,
  text: isString,
  spoiler: isBoolean,
  idempotencyKey: isString,
};
const familyDraftShape: Shape<Required<FamilyReviewDraft>> = {
  role: nullable(oneOf(['parent', 'kid'])),
  author: isString,
  age: nullable(intBetween(2, 18)),
  stars: nullable(intBetween(1, 5)),
  text: isString,
  idempotencyKey: isString,
};
const readerShape: Shape<Pick<PersistedReader, 'readerId' | 'nickname' | 'theme'>> = {
  readerId: matching(READER_ID_PATTERN),
  nickname: isString,
  theme: oneOf(['system', 'light', 'dark']),
};
const isVote = oneOf(['up', 'down']);

function checkRecord<T>(
  value: unknown,
  path: string,
  rejected: string[],
  entry: (v: unknown, path: string) => T | null,
) {
  const out: Record<string, T> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    rejected.push(path);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    const e = entry(v, `${path}.${k}`);
    if (e !== null) out[k] = e;
  }
  return out;
}

export interface CheckedReader {
  state: PersistedReader;
  /** where the stored value was wrong (e.g. `userDrafts`, `familyDrafts.m1.text`): empty when all was valid */
  rejected: string[];
  /** the stored reader id when it was not one the API accepts (null when it was) */
  brokenReaderId: unknown;
}

/**
 * What is valid in a stored reader is kept, field by field (a draft keeps its other fields when one is wrong);
 * what is not is left out and noted. A broken reader id is replaced by a new one here; `readerFromStorage`
 * tries to find the old one again first.
 */
export function checkReaderState(persisted: unknown): CheckedReader {
  const fresh = initialState();
  if (!isObject(persisted)) return { state: fresh, rejected: ['state'], brokenReaderId: undefined };
  const rejected: string[] = [];
  const top = pickValid(readerShape, persisted, 'state', rejected);
  const draft =
    <T>(shape: Shape<T>, empty: T) =>
    (v: unknown, path: string): T | null => {
      if (!isObject(v)) {
        rejected.push(path);
        return null;
      }
      const fields = pickValid(shape, v, path, rejected);
      return Object.keys(fields).length ? { ...empty, ...fields } : null;
    };
  const entry =
    <T>(guard: Guard<T>) =>
    (v: unknown, path: string): T | null => {
      if (guard(v)) return v;
      rejected.push(path);
      return null;
    };
  const state: PersistedReader = {
    ...fresh,
    ...top,
    userDrafts: checkRecord(
      persisted.userDrafts,
      'userDrafts',
      rejected,
      draft<UserReviewDraft>(userDraftShape, emptyUserDraft()),
    ),
    familyDrafts: checkRecord(
      persisted.familyDrafts,
      'familyDrafts',
      rejected,
      draft<FamilyReviewDraft>(familyDraftShape, emptyFamilyDraft()),
    ),
    ownReviews: checkRecord(persisted.ownReviews, 'ownReviews', rejected, entry(isString)),
    votes: checkRecord(persisted.votes, 'votes', rejected, entry(isVote)),
  };
  return { state, rejected, brokenReaderId: top.readerId === undefined ? persisted.readerId : null };
}

/**
 * Version 0 (the prototype) kept one `drafts` map of user-review drafts and no family drafts, own reviews or
 * votes: its fields are renamed here, checked by `checkReaderState`, and its own reviews found again in the
 * API's stored reviews (`readerFromStorage`). Any other version below 1 is not understood: null (set aside).
 * A newer version never gets here: the storage sets it aside first.
 */
export function migrateReaderState(persisted: unknown, version: number): unknown {
  if (version === 0 && isObject(persisted)) {
    const { drafts, ...rest } = persisted;
    return { ...rest, userDrafts: drafts };
  }
  return version === READER_STORE_VERSION ? persisted : null;
}

/**
 * The embedded API keeps what readers add in this browser; its records say whose each review is and every vote.
 * A real server (VITE_API_URL, or the one that rendered this page) keeps them itself: this browser holds none, so
 * its own reviews and votes are what this store saved, not what an empty local record would say (none).
 */
function apiRecords(): ReaderRecords | null {
  if (usesServerApi()) return null;
  try {
    return parseReaderRecords(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/**
 * The reader as read from storage (`raw`, already migrated to `persisted`): checked field by field; a wrong value
 * is set aside (the whole stored text, under `verdict:reader:invalid:<time>`) and replaced at once, so no later
 * write saves it back; the reader's own reviews and votes are taken from what the API has stored (so neither a
 * migration nor a lost field leaves a review without its owner, nor a vote pressed that the API has not got);
 * a broken reader id is recognised again from those reviews where it can be, else replaced.
 */
function readerFromStorage(persisted: unknown, raw: string): PersistedReader {
  const { state, rejected, brokenReaderId } = checkReaderState(persisted);
  const records = apiRecords();
  if (brokenReaderId !== null) {
    state.readerId = (records && ownerOf(records, Object.values(state.ownReviews))) ?? newReaderId();
  }
  // What another tab saved is as current as the API's records here (it may hold a vote its API is still
  // storing): from there, only what was lost is taken from the records.
  const lost = (field: string) =>
    !fromOtherTab ||
    brokenReaderId !== null ||
    !isObject(persisted) ||
    persisted[field] === undefined ||
    rejected.some((p) => p === field || p.startsWith(`${field}.`));
  if (records) {
    const legacyId = typeof brokenReaderId === 'string' ? brokenReaderId : null;
    if (lost('ownReviews')) state.ownReviews = ownReviewsOf(records, state.readerId, legacyId);
    if (lost('votes')) state.votes = votesOf(records, state.readerId);
  }
  if (rejected.length) readerStorage.setAside(READER_STORE_KEY, raw, 'invalid');
  if (rejected.length || brokenReaderId !== null) {
    readerStorage.setItem(READER_STORE_KEY, JSON.stringify({ state, version: READER_STORE_VERSION }));
  }
  return state;
}

/** The draft with `change` over it. Its idempotency key goes when its words change: that key was made for the old ones. */
function changedDraft<D extends { idempotencyKey?: string }>(saved: D | undefined, empty: D, change: Partial<D>): D {
  const next = { ...empty, ...saved, ...change };
  if (saved && change.idempotencyKey === undefined && !sameWords(saved, next)) delete next.idempotencyKey;
  return next;
}

/**
 * After a write of `sent` succeeded: the draft goes if it still holds those words. Words typed while the request
 * was under way (here, or in another tab) were neither sent nor stored: they stay, as the draft.
 */
function withoutSent<D extends object>(drafts: Record<string, D>, movieId: string, sent: D): Record<string, D> {
  const saved = drafts[movieId];
  if (!saved || !sameWords(saved, sent)) return drafts;
  const { [movieId]: _gone, ...rest } = drafts;
  return rest;
}

const readerStorage = safeStorage(() => localStorage, { version: READER_STORE_VERSION });
/** the text last read from storage, so what cannot be used is set aside exactly as it was */
let lastRead: string | null = null;
/** true while reading what another tab has just saved (rather than loading the page) */
let fromOtherTab = false;

const useReaderStore = create<ReaderState>()(
  persist(
    (set) => ({
      ...initialState(),
      actions: {
        nicknameUsed: (nickname) => set({ nickname }),
        themeChosen: (theme) => set({ theme }),
        userDraftChanged: (movieId, change) =>
          set((s) => ({
            userDrafts: { ...s.userDrafts, [movieId]: changedDraft(s.userDrafts[movieId], emptyUserDraft(), change) },
          })),
        userDraftSent: (movieId, sent) => set((s) => ({ userDrafts: withoutSent(s.userDrafts, movieId, sent) })),
        userDraftDiscarded: (movieId) =>
          set((s) => {
            const { [movieId]: _gone, ...rest } = s.userDrafts;
            return { userDrafts: rest };
          }),
        familyDraftChanged: (movieId, change) =>
          set((s) => ({
            familyDrafts: {
              ...s.familyDrafts,
              [movieId]: changedDraft(s.familyDrafts[movieId], emptyFamilyDraft(), change),
            },
          })),
        familyDraftSent: (movieId, sent) => set((s) => ({ familyDrafts: withoutSent(s.familyDrafts, movieId, sent) })),
        ownReviewSaved: (movieId, reviewId) => set((s) => ({ ownReviews: { ...s.ownReviews, [movieId]: reviewId } })),
        ownReviewDeleted: (movieId) =>
          set((s) => {
            const { [movieId]: _gone, ...rest } = s.ownReviews;
            return { ownReviews: rest };
          }),
        voteCast: (reviewId, vote) =>
          set((s) => {
            const { [reviewId]: _old, ...rest } = s.votes;
            return { votes: vote ? { ...rest, [reviewId]: vote } : rest };
          }),
        // What was added goes; words not sent yet stay (here and in every other tab, which reads this state).
        demoDataReset: () => set({ ownReviews: {}, votes: {} }),
      },
    }),
    {
      name: READER_STORE_KEY,
      version: READER_STORE_VERSION,
      // Never throws at the page: private mode, a full quota or corrupted data leave the reader working from memory.
      storage: createJSONStorage(() => ({
        getItem: (name) => (lastRead = readerStorage.getItem(name)),
        setItem: (name, value) => readerStorage.setItem(name, value),
        removeItem: (name) => readerStorage.removeItem(name),
      })),
      partialize: ({ actions: _actions, ...state }) => state,
      migrate: (persisted, version) => migrateReaderState(persisted, version) as PersistedReader,
      merge: (persisted, current) => {
        const raw = lastRead;
        lastRead = null;
        // nothing stored (or only what the storage itself set aside): the current state stands
        return raw === null ? current : { ...current, ...readerFromStorage(persisted, raw) };
      },
    },
  ),
);

export const useTheme = () => useReaderStore((s) => s.theme);
export const useUserDraft = (movieId: string) => useReaderStore((s) => s.userDrafts[movieId]);
export const useFamilyDraft = (movieId: string) => useReaderStore((s) => s.familyDrafts[movieId]);
export const useOwnReviewId = (movieId: string) => useReaderStore((s) => s.ownReviews[movieId]);
export const useVote = (reviewId: string) => useReaderStore((s) => s.votes[reviewId]);
export const useReaderActions = () => useReaderStore((s) => s.actions);

/**
 * The API's stored additions changed under the reader (set aside as unreadable here, or cleared in another tab):
 * own reviews and votes become what it has now, so no button shows a vote it has not got.
 */
export function reconcileReaderWithApi(records: ReaderRecords | null = apiRecords()): void {
  if (!records) return;
  const { readerId, ownReviews, votes } = useReaderStore.getState();
  const next = { ownReviews: ownReviewsOf(records, readerId), votes: votesOf(records, readerId) };
  if (JSON.stringify(next) !== JSON.stringify({ ownReviews, votes })) useReaderStore.setState(next);
}

let seenStorageEvents = 0;
subscribeStorageEvents(() => {
  const events = storageEvents();
  if (events.length < seenStorageEvents) seenStorageEvents = 0;
  const fresh = events.slice(seenStorageEvents);
  seenStorageEvents = events.length;
  // the API could not read its additions and starts without them
  if (fresh.some((e) => e.type === 'set-aside' && e.key === STORAGE_KEY) && apiRecords()) {
    reconcileReaderWithApi(NO_RECORDS);
  }
});

/** Reads the saved reader again, as a page load does (tests use it for a reload). */
export const rehydrateReaderStore = () => useReaderStore.persist.rehydrate();

/** Another tab changed the saved reader (storage event): read it again, trusting its votes and own reviews. */
export function readerChangedInOtherTab(): Promise<void> {
  fromOtherTab = true;
  try {
    return useReaderStore.persist.rehydrate(); // reads and merges synchronously (Web Storage)
  } finally {
    fromOtherTab = false;
  }
}

/** false when the reader's data cannot be saved in this browser (kept in memory for this tab). */
export const readerStorageDurable = () => readerStorage.durable;
/** Called when that changes, e.g. on the first draft write that hits the quota (for useSyncExternalStore). */
export const subscribeReaderStorage = (listener: () => void) => readerStorage.subscribe(listener);

/** Who the reader is and which reviews are theirs: the in-process API gives them reviews stored without a valid owner. */
export const readerClaims = () => {
  const { readerId, ownReviews } = useReaderStore.getState();
  return { readerId, ownReviews };
};

/** Non-React access for mutation callbacks. */
export const readerSnapshot = () => useReaderStore.getState();

/** Tests start from a clean reader, in what is to the store a new tab. */
export function resetReaderStore(): void {
  readerStorage.forget();
  useReaderStore.setState({ ...initialState() });
}
