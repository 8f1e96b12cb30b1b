/** The lists' sorts and limits, without zod: the page imports these for its controls at first paint. */
export const CRITIC_SORTS = ['score-desc', 'score-asc', 'newest', 'oldest', 'publication'] as const;
export type CriticSort = (typeof CRITIC_SORTS)[number];
export const USER_SORTS = ['newest', 'highest', 'lowest', 'helpful'] as const;
export type UserSort = (typeof USER_SORTS)[number];

export const LIST_LIMIT = { default: 20, max: 100 } as const;
export const MAX_SEARCH_LENGTH = 200;
