export const queryKeys = {
  all: ['movies'] as const,
  health: ['health'] as const,
  movie: (id: string) => ['movies', id] as const,
  critics: (id: string) => ['movies', id, 'critic-reviews'] as const,
  users: (id: string) => ['movies', id, 'user-reviews'] as const,
  parentGuide: (id: string) => ['movies', id, 'parent-guide'] as const,
  family: (id: string) => ['movies', id, 'family-reviews'] as const,
};
