import { familyRoleSchema, isoDate } from './input-schemas';
import { CRITIC_SORTS, LIST_LIMIT, MAX_SEARCH_LENGTH, USER_SORTS } from './list-params';
import { z } from './zod';

/** The API contract. Every response the client reads is parsed with these; the mock API validates with them too. */

// what readers send, and the shapes it shares with what the API answers
export * from './input-schemas';

export const bandSchema = z.enum(['positive', 'mixed', 'negative']);
export type Band = z.infer<typeof bandSchema>;

export const seedSourceSchema = z.enum(['seed-000', 'seed-001', 'seed-003', 'reader']);

export const movieSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  mpaa: z.object({ rating: z.string(), reason: z.string() }),
  synopsis: z.string(),
  availability: z.array(z.object({ format: z.string(), status: z.string() })),
});
export type Movie = z.infer<typeof movieSchema>;

export const criticReviewSchema = z.object({
  id: z.string(),
  critic: z.string(),
  publication: z.string().nullable(),
  date: isoDate.nullable(),
  score: z.number().int().min(0).max(100).nullable(),
  headline: z.string().nullable(),
  excerpt: z.string(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  featured: z.boolean(),
  sources: z.array(seedSourceSchema),
});
export type CriticReview = z.infer<typeof criticReviewSchema>;

export const helpfulSchema = z.object({
  up: z.number().int().min(0),
  down: z.number().int().min(0),
});

export const userReviewSchema = z.object({
  id: z.string(),
  movieId: z.string(),
  author: z.string().nullable(),
  date: isoDate.nullable(),
  score: z.number().int().min(0).max(10).nullable(),
  title: z.string().nullable(),
  text: z.string(),
  isExcerpt: z.boolean(),
  spoiler: z.boolean(),
  helpful: helpfulSchema,
  source: seedSourceSchema,
  updatedAt: z.iso.datetime().nullable(),
  /** bumped by every edit; a PUT or DELETE sends it back in If-Match, and a stale one is refused (412) */
  version: z.number().int().min(1),
});
export type UserReview = z.infer<typeof userReviewSchema>;

export const CONTENT_KEYS = [
  'messages',
  'roleModels',
  'violence',
  'sex',
  'language',
  'consumerism',
  'drinkingDrugsSmoking',
] as const;

export const contentRatingSchema = z.object({
  key: z.enum(CONTENT_KEYS),
  label: z.string(),
  group: z.enum(['good', 'watch']),
  rating: z.number().int().min(0).max(5),
  explanation: z.string(),
});
export type ContentRating = z.infer<typeof contentRatingSchema>;

export const parentGuideSchema = z.object({
  movieId: z.string(),
  age: z.number().int().min(2).max(18),
  verdict: z.string(),
  summary: z.string(),
  parentsNeedToKnow: z.string(),
  talkAbout: z.array(z.string()),
  content: z.array(contentRatingSchema),
  source: z.string(),
});
export type ParentGuide = z.infer<typeof parentGuideSchema>;

export const familyReviewSchema = z.object({
  id: z.string(),
  movieId: z.string(),
  role: familyRoleSchema,
  author: z.string().nullable(),
  age: z.number().int().min(2).max(18),
  stars: z.number().int().min(1).max(5),
  text: z.string(),
  createdAt: z.iso.datetime(),
});
export type FamilyReview = z.infer<typeof familyReviewSchema>;

/* ---------- aggregates ---------- */

export const bandCountsSchema = z.object({
  positive: z.number().int().min(0),
  mixed: z.number().int().min(0),
  negative: z.number().int().min(0),
});
export type BandCounts = z.infer<typeof bandCountsSchema>;

export const publishedScoreSchema = z.object({
  score: z.number(),
  count: z.number().int().min(0),
  /** where the figure was published (e.g. "Metascore, seed 003") */
  source: z.string(),
});
export type PublishedScore = z.infer<typeof publishedScoreSchema>;

export const criticAggregateSchema = z.object({
  published: publishedScoreSchema.nullable(),
  count: z.number().int().min(0),
  mean: z.number().nullable(),
  distribution: bandCountsSchema,
  histogram: z.array(z.number().int().min(0)).length(10),
});
export type CriticAggregate = z.infer<typeof criticAggregateSchema>;

export const userAggregateSchema = z.object({
  published: publishedScoreSchema,
  /** the published aggregate with every rating readers added folded in */
  score: z.number().nullable(),
  count: z.number().int().min(0),
  /** how many individual reviews are listed, with or without a score */
  reviews: z.number().int().min(0),
  /** bands and histogram of the individual reviews that carry a score */
  scoredReviews: z.number().int().min(0),
  distribution: bandCountsSchema,
  histogram: z.array(z.number().int().min(0)).length(11),
});
export type UserAggregate = z.infer<typeof userAggregateSchema>;

export const familyAggregateSchema = z.object({
  count: z.number().int().min(0),
  medianAge: z.number().int().nullable(),
  /** ages 2..18, index 0 = age 2 */
  ages: z.array(z.number().int().min(0)).length(17),
});
export type FamilyAggregate = z.infer<typeof familyAggregateSchema>;

/** The parents' and kids' own age verdicts. */
export const familySummarySchema = z.object({
  parents: familyAggregateSchema,
  kids: familyAggregateSchema,
});
export type FamilySummary = z.infer<typeof familySummarySchema>;

/** The critics section's figures over every critic review, and the featured (unscored) review shown apart. */
export const criticSummarySchema = criticAggregateSchema.extend({
  /** per histogram bin, its count in each band (only 60–69 holds two: 60 is mixed, 61–69 positive) */
  histogramBands: z.array(bandCountsSchema).length(10),
  featured: criticReviewSchema.nullable(),
});
export type CriticSummary = z.infer<typeof criticSummarySchema>;

/** What the seed publishes for a movie besides the reviews themselves. */
export const publishedFiguresSchema = z.object({
  critics: publishedScoreSchema,
  users: publishedScoreSchema.extend({
    /** the source's own distribution of its user reviews with text (seed 003: positive 2 and negative 1 of 6) */
    distribution: z.object({ positive: z.number().int(), negative: z.number().int(), of: z.number().int() }),
  }),
});
export type PublishedFigures = z.infer<typeof publishedFiguresSchema>;

export const userSummarySchema = userAggregateSchema.extend({ published: publishedFiguresSchema.shape.users });
export type UserSummary = z.infer<typeof userSummarySchema>;

export const movieResponseSchema = z.object({ movie: movieSchema });
export type MovieResponse = z.infer<typeof movieResponseSchema>;

/** One page of a list: `total` counts every review that matches, `nextCursor` is null on the last page. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int().min(0) });

export const criticPageSchema = pageSchema(criticReviewSchema);
export const userReviewPageSchema = pageSchema(userReviewSchema);
export const familyReviewPageSchema = pageSchema(familyReviewSchema);
export type Page<T> = { items: T[]; nextCursor: string | null; total: number };

/* ---------- list queries (the query string of each list route) ---------- */

export { CRITIC_SORTS, USER_SORTS, LIST_LIMIT, MAX_SEARCH_LENGTH } from './list-params';
export type { CriticSort, UserSort } from './list-params';

const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const limitParam = intParam(1, LIST_LIMIT.max).optional().default(LIST_LIMIT.default);
const cursorParam = z.string().max(512).optional();

export const criticQuerySchema = z.strictObject({
  band: bandSchema.optional(),
  /** a histogram bin, 0 (0–9) … 9 (90–100) */
  bin: intParam(0, 9).optional(),
  sort: z.enum(CRITIC_SORTS).optional().default('score-desc'),
  q: z.string().max(MAX_SEARCH_LENGTH).optional(),
  limit: limitParam,
  cursor: cursorParam,
});
export type CriticQuery = z.output<typeof criticQuerySchema>;

export const userQuerySchema = z.strictObject({
  band: bandSchema.optional(),
  /** a single score 0–10 (a histogram bar) */
  score: intParam(0, 10).optional(),
  sort: z.enum(USER_SORTS).optional().default('newest'),
  limit: limitParam,
  cursor: cursorParam,
});
export type UserQuery = z.output<typeof userQuerySchema>;

export const familyQuerySchema = z.strictObject({
  role: familyRoleSchema.optional(),
  limit: limitParam,
  cursor: cursorParam,
});
export type FamilyQuery = z.output<typeof familyQuerySchema>;

/* ---------- write answers: the review and the section's new figures, so nothing is refetched to show them ---------- */

export const userReviewWriteSchema = z.object({ review: userReviewSchema, summary: userSummarySchema });
export type UserReviewWrite = z.infer<typeof userReviewWriteSchema>;
export const userReviewDeleteSchema = z.object({ summary: userSummarySchema });
export const voteResultSchema = z.object({ review: userReviewSchema });
export const familyReviewWriteSchema = z.object({ review: familyReviewSchema, summary: familySummarySchema });
export type FamilyReviewWrite = z.infer<typeof familyReviewWriteSchema>;

/* ---------- errors ---------- */

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** GET /api/health: `durable` is false when what readers add cannot be kept (storage unavailable or full). */
export const healthSchema = z.object({ ok: z.boolean(), durable: z.boolean() });
export type Health = z.infer<typeof healthSchema>;
