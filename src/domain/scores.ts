import type { Band, BandCounts, CriticAggregate } from './schemas';

export const BANDS: readonly Band[] = ['positive', 'mixed', 'negative'];

export type Scale = 'critic' | 'user';

/** Band edges, inclusive, per scale (PRODUCT.md). */
export const BAND_EDGES: Record<Scale, Record<Band, readonly [number, number]>> = {
  critic: { positive: [61, 100], mixed: [40, 60], negative: [0, 39] },
  user: { positive: [7, 10], mixed: [5, 6], negative: [0, 4] },
};

export const BAND_LABEL: Record<Band, string> = {
  positive: 'Positive',
  mixed: 'Mixed',
  negative: 'Negative',
};

export function bandOf(score: number, scale: Scale): Band {
  const edges = BAND_EDGES[scale];
  if (score >= edges.positive[0]) return 'positive';
  if (score >= edges.mixed[0]) return 'mixed';
  return 'negative';
}

export type Verdict =
  'Universal acclaim' | 'Generally favorable' | 'Mixed or average' | 'Generally unfavorable' | 'Overwhelming dislike';

/** Verdict label of a 0–100 score (critics) or a 0–10 score (users). */
export function verdictOf(score: number, scale: Scale): Verdict {
  const s = scale === 'user' ? Math.round(score * 10) : Math.round(score);
  if (s >= 81) return 'Universal acclaim';
  if (s >= 61) return 'Generally favorable';
  if (s >= 40) return 'Mixed or average';
  if (s >= 20) return 'Generally unfavorable';
  return 'Overwhelming dislike';
}

/** The band a headline score is coloured by: same edges as its verdict's favourable / mixed / unfavourable. */
export function headlineBand(score: number, scale: Scale): Band {
  const s = scale === 'user' ? Math.round(score * 10) : Math.round(score);
  if (s >= 61) return 'positive';
  if (s >= 40) return 'mixed';
  return 'negative';
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function countBands(scores: readonly number[], scale: Scale): BandCounts {
  const counts: BandCounts = { positive: 0, mixed: 0, negative: 0 };
  for (const s of scores) counts[bandOf(s, scale)] += 1;
  return counts;
}

/** Ten bins for 0–100: 0–9, 10–19, …, 80–89, 90–100. */
export function criticHistogram(scores: readonly number[]): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bins[Math.min(9, Math.floor(s / 10))]! += 1;
  return bins;
}

export function criticBinRange(bin: number): readonly [number, number] {
  return [bin * 10, bin === 9 ? 100 : bin * 10 + 9];
}

/** Eleven bins for 0–10, one per whole score. */
export function userHistogram(scores: readonly number[]): number[] {
  const bins = Array.from({ length: 11 }, () => 0);
  for (const s of scores) bins[s]! += 1;
  return bins;
}

/** Minimum number of critic reviews before a headline critic score is shown. */
export const MIN_CRITICS_FOR_HEADLINE = 4;

/**
 * The one critic figure a reader sees first: the published score, else (no published one) the plain mean; none
 * below MIN_CRITICS_FOR_HEADLINE reviews. `count` is how many reviews that figure rests on.
 */
export function criticHeadline(
  agg: Pick<CriticAggregate, 'published' | 'count' | 'mean'>,
): { score: number; count: number; published: boolean } | null {
  if (agg.count < MIN_CRITICS_FOR_HEADLINE) return null;
  if (agg.published) return { score: agg.published.score, count: agg.published.count, published: true };
  return agg.mean === null ? null : { score: agg.mean, count: agg.count, published: false };
}

/**
 * Fold ratings readers added into a published aggregate without inventing the
 * individual ratings behind it: (published × n₀ + Σ new) / (n₀ + n).
 */
export function foldRatings(
  published: { score: number; count: number },
  added: readonly number[],
): { score: number | null; count: number } {
  const count = published.count + added.length;
  if (count === 0) return { score: null, count: 0 };
  let sum = published.score * published.count;
  for (const a of added) sum += a;
  return { score: sum / count, count };
}

/**
 * A count as en-US writes it: 1234567 → "1,234,567". Grouped by hand rather than with toLocaleString: the first
 * number format a page asks for loads ICU's number data, measured as 29 ms of the overview's hydration here.
 */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** 6.4 stays 6.4, 6.5666… shows 6.6. */
export function formatUserScore(score: number): string {
  return (Math.round(score * 10) / 10).toFixed(1);
}

export function formatCriticScore(score: number): string {
  return String(Math.round(score));
}
