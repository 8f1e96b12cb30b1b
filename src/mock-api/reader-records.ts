import * as z from 'zod/mini';
import { isReaderId } from '@/domain/reader-id';

/**
 * What the reader store needs to know of the reader additions the in-process API keeps in this browser: whose
 * each review is, and every reader's helpful votes. Read leniently (zod/mini: it loads with the first paint)
 * from both stored formats, v0 (`reviews`, no votes) and v1 (`users`); anything else means the API holds nothing
 * (it sets such data aside and starts empty).
 */
export interface ReaderRecords {
  reviews: { id: string; movieId: string; ownerId: string | null }[];
  /** reviewId → readerId → vote */
  votes: Record<string, Record<string, 'up' | 'down'>>;
}

const reviewRef = z.object({ id: z.string(), movieId: z.string(), ownerId: z.optional(z.string()) });
const vote = z.enum(['up', 'down']);
const votesOfReview = z.record(z.string(), vote);
const stored = z.object({
  version: z.optional(z.number()),
  users: z.optional(z.array(z.unknown())),
  reviews: z.optional(z.array(z.unknown())),
  votes: z.optional(z.record(z.string(), z.unknown())),
});

export const NO_RECORDS: ReaderRecords = { reviews: [], votes: {} };

export function parseReaderRecords(raw: string | null): ReaderRecords {
  if (raw === null) return NO_RECORDS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return NO_RECORDS;
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) return NO_RECORDS;
  const { version = 0, users, reviews, votes } = parsed.data;
  const list = version === 0 ? reviews : version === 1 ? users : undefined;
  if (!list) return NO_RECORDS;
  const out: ReaderRecords = { reviews: [], votes: {} };
  for (const r of list) {
    const ref = reviewRef.safeParse(r);
    if (ref.success)
      out.reviews.push({ id: ref.data.id, movieId: ref.data.movieId, ownerId: ref.data.ownerId ?? null });
  }
  for (const [rid, v] of Object.entries(version === 1 ? (votes ?? {}) : {})) {
    const ok = votesOfReview.safeParse(v);
    if (ok.success) out.votes[rid] = ok.data;
  }
  return out;
}

/**
 * The one valid owner id of these reviews, if they all have the same: how a reader whose stored id broke is
 * recognised again from the reviews the reader store lists as theirs.
 */
export function ownerOf(records: ReaderRecords, reviewIds: readonly string[]): string | null {
  const owners = new Set(records.reviews.filter((r) => reviewIds.includes(r.id)).map((r) => r.ownerId));
  const [only] = owners;
  return owners.size === 1 && isReaderId(only) ? only : null;
}

/**
 * movieId → the reader's review: the ones stored with this reader's id, plus, where no valid id was stored with
 * a review (a v0 review without one, or `legacyId`, an id the API could never have accepted from anyone), the
 * ones this browser's reader wrote: in this browser, only they could have. The newest wins.
 */
export function ownReviewsOf(
  records: ReaderRecords,
  readerId: string,
  legacyId: string | null = null,
): Record<string, string> {
  const own: Record<string, string> = {};
  for (const r of records.reviews) {
    const unowned = r.ownerId === null || r.ownerId === '';
    if (r.ownerId === readerId || unowned || (legacyId !== null && r.ownerId === legacyId && !isReaderId(legacyId)))
      own[r.movieId] = r.id;
  }
  return own;
}

/** reviewId → this reader's vote, as the API has it. */
export function votesOf(records: ReaderRecords, readerId: string): Record<string, 'up' | 'down'> {
  const out: Record<string, 'up' | 'down'> = {};
  for (const [rid, byReader] of Object.entries(records.votes)) {
    const v = byReader[readerId];
    if (v) out[rid] = v;
  }
  return out;
}
