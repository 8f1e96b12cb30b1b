import { wilsonLowerBound } from './helpful';
import type { CriticSort, UserSort } from './list-params';
import type { CriticReview, FamilyReview, UserReview } from './schemas';

/**
 * The order of every list, as data: a sort is a tuple of keys, the last always the review's id, so the order
 * is total and a cursor (the last item's key) resumes exactly after it, whatever was added, edited or deleted
 * in between. Keys are never null (a missing value gets a sentinel that sorts it last), so the same tuple
 * compares the same way in JavaScript and in SQL (row comparison on columns that hold these keys).
 */
export type SortKey = readonly (number | string)[];
export type Direction = 1 | -1;

export interface SortSpec<T> {
  /** one direction per key part; the last part is the id */
  directions: readonly Direction[];
  key: (item: T) => SortKey;
}

/** Lower-cased, accents removed: "Exposé" and "expose" compare (and match) the same. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded, empty ones dropped. */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * `foldText` of a part of each review, worked out once per review object: a search or a page scans every review
 * of a movie on each request (10,000 critics in the benchmark movie).
 */
function foldedOnce<R extends object>(part: (r: R) => string): (r: R) => string {
  const folded = new WeakMap<R, string>();
  return (r) => {
    let text = folded.get(r);
    if (text === undefined) folded.set(r, (text = foldText(part(r))));
    return text;
  };
}

/** What a critic search looks in: critic, publication and excerpt, folded. */
export const criticSearchText = foldedOnce<CriticReview>((r) => `${r.critic}\n${r.publication ?? ''}\n${r.excerpt}`);

export const matchesTerms = (folded: string, terms: readonly string[]): boolean =>
  terms.every((t) => folded.includes(t));

const LAST = '\uffff';
/** The date a user review sorts by: an edit counts as the review's date. */
export const userSortDate = (r: Pick<UserReview, 'date' | 'updatedAt'>): string =>
  r.updatedAt?.slice(0, 10) ?? r.date ?? '';

/** A critic's name folded for ordering. */
const criticName = foldedOnce<CriticReview>((r) => r.critic);

export const CRITIC_ORDER: Record<CriticSort, SortSpec<CriticReview>> = {
  'score-desc': { directions: [-1, 1, 1], key: (r) => [r.score ?? -1, criticName(r), r.id] },
  'score-asc': { directions: [1, 1, 1], key: (r) => [r.score ?? 101, criticName(r), r.id] },
  newest: { directions: [-1, 1, 1], key: (r) => [r.date ?? '', criticName(r), r.id] },
  oldest: { directions: [1, 1, 1], key: (r) => [r.date ?? LAST, criticName(r), r.id] },
  publication: {
    directions: [1, 1, 1],
    key: (r) => [r.publication === null ? LAST : foldText(r.publication), criticName(r), r.id],
  },
};

export const USER_ORDER: Record<UserSort, SortSpec<UserReview>> = {
  newest: { directions: [-1, -1], key: (r) => [userSortDate(r), r.id] },
  highest: { directions: [-1, -1, -1], key: (r) => [r.score ?? -1, userSortDate(r), r.id] },
  lowest: { directions: [1, -1, -1], key: (r) => [r.score ?? 11, userSortDate(r), r.id] },
  // Wilson lower bound first (95 of 100 above 2 of 2), then more helpful votes
  helpful: {
    directions: [-1, -1, 1],
    key: (r) => [wilsonLowerBound(r.helpful.up, r.helpful.down), r.helpful.up, r.id],
  },
};

export const FAMILY_ORDER: SortSpec<FamilyReview> = {
  directions: [-1, -1],
  key: (r) => [r.createdAt, r.id],
};

/** Compares two keys under a spec's directions: negative when `a` comes first. */
export function compareKeys(a: SortKey, b: SortKey, directions: readonly Direction[]): number {
  for (let i = 0; i < directions.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return (x < y ? -1 : 1) * directions[i]!;
  }
  return 0;
}

/* ---------- cursors: opaque to clients, the last item's key inside ---------- */

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The cursor names the sort it belongs to, so a cursor from another sort or list is refused, not misread. */
export function encodeCursor(sort: string, key: SortKey): string {
  return toBase64Url(JSON.stringify([sort, ...key]));
}

/** The key inside a cursor, or null when the cursor is not one of ours for this sort and spec. */
export function decodeCursor(cursor: string, sort: string, spec: { directions: readonly Direction[] }): SortKey | null {
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(cursor));
    if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== spec.directions.length + 1) return null;
    const key = parsed.slice(1) as unknown[];
    if (!key.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)))) return null;
    return key as SortKey;
  } catch {
    return null;
  }
}

/**
 * One page of an already sorted array, after `cursor` (binary search on the key), at most `limit` long.
 * `sorted` must be in the order `spec` defines.
 */
export function pageAfter<T>(
  sorted: readonly T[],
  spec: SortSpec<T>,
  sortName: string,
  limit: number,
  after: SortKey | null,
): { items: T[]; nextCursor: string | null } {
  let start = 0;
  if (after) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeys(spec.key(sorted[mid]!), after, spec.directions) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const items = sorted.slice(start, start + limit);
  const last = items.at(-1);
  const nextCursor =
    start + limit < sorted.length && last !== undefined ? encodeCursor(sortName, spec.key(last)) : null;
  return { items, nextCursor };
}

/** Sorts a copy by a spec (keys computed once per item). */
export function sortBy<T>(items: readonly T[], spec: SortSpec<T>): T[] {
  const decorated = items.map((item) => ({ item, k: spec.key(item) }));
  decorated.sort((a, b) => compareKeys(a.k, b.k, spec.directions));
  return decorated.map((d) => d.item);
}

/** Where `item` belongs among `items` (already in spec order): the index to insert it at. */
export function insertionIndex<T>(items: readonly T[], item: T, spec: SortSpec<T>): number {
  const k = spec.key(item);
  const i = items.findIndex((x) => compareKeys(k, spec.key(x), spec.directions) < 0);
  return i === -1 ? items.length : i;
}
