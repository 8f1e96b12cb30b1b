/**
 * Every cached query's key. A section's keys share a prefix (`['movies', id, 'user-reviews']`), so a write can
 * touch every cached page of a list at once; each filter, sort and search is its own query under it.
 */
export const queryKeys = {
  all: ['movies'] as const,
  health: ['health'] as const,
  movie: (id: string) => ['movies', id] as const,
  criticSummary: (id: string) => ['movies', id, 'critic-summary'] as const,
  critics: (id: string) => ['movies', id, 'critic-reviews'] as const,
  criticList: (id: string, params: Record<string, string>) => ['movies', id, 'critic-reviews', params] as const,
  userSummary: (id: string) => ['movies', id, 'user-summary'] as const,
  users: (id: string) => ['movies', id, 'user-reviews'] as const,
  userList: (id: string, params: Record<string, string>) => ['movies', id, 'user-reviews', params] as const,
  userReview: (id: string, reviewId: string) => ['movies', id, 'user-review', reviewId] as const,
  parentGuide: (id: string) => ['movies', id, 'parent-guide'] as const,
  familySummary: (id: string) => ['movies', id, 'family-summary'] as const,
  family: (id: string) => ['movies', id, 'family-reviews'] as const,
  familyList: (id: string, params: Record<string, string>) => ['movies', id, 'family-reviews', params] as const,
};
