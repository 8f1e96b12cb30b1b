import { z } from '@/domain/zod';
import {
  criticReviewSchema,
  familyReviewSchema,
  movieSchema,
  parentGuideSchema,
  publishedFiguresSchema,
  userReviewSchema,
} from '@/domain/schemas';
import raw from './seed.json';

export const seedMovieSchema = z.object({
  movie: movieSchema,
  published: publishedFiguresSchema,
  critics: z.array(criticReviewSchema),
  /** the seed's reviews were never edited: version 1 */
  users: z.array(userReviewSchema.extend({ version: z.number().int().min(1).default(1) })),
  parentGuide: parentGuideSchema,
  family: z.array(familyReviewSchema),
});
export type SeedMovie = z.infer<typeof seedMovieSchema>;
export const seedSchema = z.object({ version: z.literal(1), movies: z.array(seedMovieSchema) });
export type Seed = z.infer<typeof seedSchema>;

/** The seed is parsed with the contract once, so a transcription slip fails loudly in tests. */
export const seed: Seed = seedSchema.parse(raw);
