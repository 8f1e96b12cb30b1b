import { isReaderId } from '@/domain/reader-id';
import { isObject, isString, oneOf } from '@/lib/guards';

/**
 * What the reader store needs to know of the reader additions the in-process API keeps in this browser: whose
 * each review is, and every reader's helpful votes. Read leniently (and without zod: this runs at first paint)
 * from both stored formats, v0 (`reviews`, no votes) and v1 (`users`); anything else means the API holds nothing
 * (it sets such data aside and starts empty).
 */
export interface ReaderRecords {
  reviews: { id: string; movieId: string; ownerId: string | null }[];
  /** reviewId → readerId → vote */
  votes: Record<string, Record<string, 'up' | 'down'>>;
}

export const NO_RECORDS: ReaderRecords = { reviews: [], votes: {} };
const isVote = oneOf(['up', 'down']);

export function parseReaderRecords(raw: string | null): ReaderRecords {
  if (raw === null) return NO_RECORDS;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return NO_RECORDS;
  }
  if (!isObject(json)) return NO_RECORDS;
  const version = json.version ?? 0;
  const list = version === 0 ? json.reviews : version === 1 ? json.users : undefined;
  if (!Array.isArray(list)) return NO_RECORDS;
  const out: ReaderRecords = { reviews: [], votes: {} };
  for (const r of list as unknown[]) {
    if (!isObject(r) || !isString(r.id) || !isString(r.movieId)) continue;
    out.reviews.push({ id: r.id, movieId: r.movieId, ownerId: isString(r.ownerId) ? r.ownerId : null });
  }
  if (version === 1 && isObject(json.votes)) {
    for (const [rid, byReader] of Object.entries(json.votes)) {
      if (!isObject(byReader)) continue;
      const votes = Object.entries(byReader).filter((e): e is [string, 'up' | 'down'] => isVote(e[1]));
      out.votes[rid] = Object.fromEntries(votes);
    }
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
