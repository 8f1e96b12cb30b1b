import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeStorage } from '@/lib/safe-storage';

export type Theme = 'system' | 'light' | 'dark';
export type HelpfulVote = 'up' | 'down';

export interface UserReviewDraft {
  score: number | null;
  author: string;
  title: string;
  text: string;
  spoiler: boolean;
  /** set on the first submit of this draft and reused by every retry until it succeeds */
  idempotencyKey?: string;
}

export interface FamilyReviewDraft {
  role: 'parent' | 'kid' | null;
  author: string;
  age: number | null;
  stars: number | null;
  text: string;
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
    userDraftChanged: (movieId: string, draft: UserReviewDraft) => void;
    userDraftSubmitted: (movieId: string) => void;
    familyDraftChanged: (movieId: string, draft: FamilyReviewDraft) => void;
    familyDraftSubmitted: (movieId: string) => void;
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

const initialState = () => ({
  readerId: newReaderId(),
  nickname: '',
  theme: 'system' as Theme,
  userDrafts: {},
  familyDrafts: {},
  ownReviews: {},
  votes: {},
});

type PersistedReader = ReturnType<typeof initialState>;

/**
 * Version 0 (the prototype) kept one `drafts` map of user-review drafts and no family drafts, own reviews or
 * votes. Anything else that is not version 1 starts fresh rather than crash the page (a newer version never
 * gets here: the storage sets it aside first).
 */
export function migrateReaderState(persisted: unknown, version: number): PersistedReader {
  const fresh = initialState();
  if (typeof persisted !== 'object' || persisted === null) return fresh;
  const p = persisted as Record<string, unknown>;
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const obj = <T>(v: unknown): Record<string, T> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, T>) : {};
  if (version === 0) {
    return {
      ...fresh,
      readerId: str(p.readerId, fresh.readerId),
      nickname: str(p.nickname, ''),
      theme: p.theme === 'light' || p.theme === 'dark' ? p.theme : 'system',
      userDrafts: obj<UserReviewDraft>(p.drafts),
    };
  }
  if (version === READER_STORE_VERSION) return persisted as PersistedReader;
  return fresh;
}

const readerStorage = safeStorage(() => localStorage, { version: READER_STORE_VERSION });

const useReaderStore = create<ReaderState>()(
  persist(
    (set) => ({
      ...initialState(),
      actions: {
        nicknameUsed: (nickname) => set({ nickname }),
        themeChosen: (theme) => set({ theme }),
        userDraftChanged: (movieId, draft) =>
          set((s) => ({ userDrafts: { ...s.userDrafts, [movieId]: { ...s.userDrafts[movieId], ...draft } } })),
        userDraftSubmitted: (movieId) =>
          set((s) => {
            const { [movieId]: _gone, ...rest } = s.userDrafts;
            return { userDrafts: rest };
          }),
        familyDraftChanged: (movieId, draft) => set((s) => ({ familyDrafts: { ...s.familyDrafts, [movieId]: draft } })),
        familyDraftSubmitted: (movieId) =>
          set((s) => {
            const { [movieId]: _gone, ...rest } = s.familyDrafts;
            return { familyDrafts: rest };
          }),
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
        demoDataReset: () =>
          set((s) => ({ ownReviews: {}, votes: {}, userDrafts: {}, familyDrafts: {}, theme: s.theme })),
      },
    }),
    {
      name: READER_STORE_KEY,
      version: READER_STORE_VERSION,
      // Never throws at the page: private mode, a full quota or corrupted data leave the reader working from memory.
      storage: createJSONStorage(() => readerStorage),
      partialize: ({ actions: _actions, ...state }) => state,
      migrate: (persisted, version) => migrateReaderState(persisted, version),
      merge: (persisted, current) => ({ ...current, ...(persisted as object) }),
    },
  ),
);

export const useReaderId = () => useReaderStore((s) => s.readerId);
export const useNickname = () => useReaderStore((s) => s.nickname);
export const useTheme = () => useReaderStore((s) => s.theme);
export const useUserDraft = (movieId: string) => useReaderStore((s) => s.userDrafts[movieId]);
export const useFamilyDraft = (movieId: string) => useReaderStore((s) => s.familyDrafts[movieId]);
export const useOwnReviewId = (movieId: string) => useReaderStore((s) => s.ownReviews[movieId]);
export const useVote = (reviewId: string) => useReaderStore((s) => s.votes[reviewId]);
export const useReaderActions = () => useReaderStore((s) => s.actions);

/** Another tab changed the saved reader (storage event): read it again. */
export const rehydrateReaderStore = () => useReaderStore.persist.rehydrate();

/** false when the reader's data cannot be saved in this browser (kept in memory for this tab). */
export const readerStorageDurable = () => readerStorage.durable;
/** Called when that changes, e.g. on the first draft write that hits the quota (for useSyncExternalStore). */
export const subscribeReaderStorage = (listener: () => void) => readerStorage.subscribe(listener);

/** Non-React access for mutation callbacks. */
export const readerSnapshot = () => useReaderStore.getState();

/** Tests start from a clean reader. */
export function resetReaderStore(): void {
  useReaderStore.setState({ ...initialState() });
}
