import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type Theme = 'system' | 'light' | 'dark';
export type HelpfulVote = 'up' | 'down';

export interface UserReviewDraft {
  score: number | null;
  author: string;
  title: string;
  text: string;
  spoiler: boolean;
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

const useReaderStore = create<ReaderState>()(
  persist(
    (set) => ({
      ...initialState(),
      actions: {
        nicknameUsed: (nickname) => set({ nickname }),
        themeChosen: (theme) => set({ theme }),
        userDraftChanged: (movieId, draft) => set((s) => ({ userDrafts: { ...s.userDrafts, [movieId]: draft } })),
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
      storage: createJSONStorage(() => localStorage),
      partialize: ({ actions: _actions, ...state }) => state,
      migrate: (persisted, version) => {
        // Version 0 never shipped; anything unknown starts fresh rather than crash the page.
        if (version !== READER_STORE_VERSION || typeof persisted !== 'object' || persisted === null)
          return initialState();
        return persisted as ReturnType<typeof initialState>;
      },
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

/** Non-React access for mutation callbacks. */
export const readerSnapshot = () => useReaderStore.getState();

/** Tests start from a clean reader. */
export function resetReaderStore(): void {
  useReaderStore.setState({ ...initialState() });
}
