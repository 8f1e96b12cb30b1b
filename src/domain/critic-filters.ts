import { CRITIC_SORTS, isBand, type CriticSort } from './review-query';
import type { Band } from './schemas';
import { bandOf, criticBinRange } from './scores';

/** The critic list's state as the URL holds it: `band`, `bin`, `sort`, `q`, `page`. */
export interface CriticFilters {
  band: Band | null;
  /**
   * a histogram bin 0–9; when set it wins over `band`, and `band` is the bin's band, or null for the
   * one bin that straddles an edge (60–69: 60 is mixed, 61–69 positive)
   */
  bin: number | null;
  sort: CriticSort;
  q: string;
  page: number;
}

export const DEFAULT_CRITIC_SORT: CriticSort = 'score-desc';

/** The bands a critic histogram bin's scores can fall in: one, or two for 60–69 (60 mixed, 61–69 positive). */
export function criticBinBands(bin: number): Band[] {
  const [lo, hi] = criticBinRange(bin);
  const a = bandOf(lo, 'critic');
  const b = bandOf(hi, 'critic');
  return a === b ? [a] : [a, b];
}

/** The band a bin's bar is coloured by: the band of most of its range (60–69 → positive). */
export function criticBinBand(bin: number): Band {
  return bandOf(criticBinRange(bin)[1], 'critic');
}

/** Per bin, how many scores fall in each band (only the 60–69 bin can hold two). */
export function criticBinSplit(scores: readonly number[], bin: number): Partial<Record<Band, number>> {
  const [lo, hi] = criticBinRange(bin);
  const out: Partial<Record<Band, number>> = {};
  for (const s of scores) {
    if (s < lo || s > hi) continue;
    const band = bandOf(s, 'critic');
    out[band] = (out[band] ?? 0) + 1;
  }
  return out;
}

/** Reads the URL; anything invalid falls back to its default and never throws. */
export function parseCriticFilters(params: URLSearchParams): CriticFilters {
  const rawBin = params.get('bin');
  const bin = rawBin !== null && /^\d$/.test(rawBin) ? Number(rawBin) : null;
  const rawBand = params.get('band');
  const binBands = bin === null ? [] : criticBinBands(bin);
  const band = bin !== null ? (binBands.length === 1 ? binBands[0]! : null) : isBand(rawBand) ? rawBand : null;
  const rawSort = params.get('sort');
  const sort = (CRITIC_SORTS as readonly string[]).includes(rawSort ?? '')
    ? (rawSort as CriticSort)
    : DEFAULT_CRITIC_SORT;
  const rawPage = params.get('page');
  const page = rawPage !== null && /^\d{1,6}$/.test(rawPage) && Number(rawPage) >= 1 ? Number(rawPage) : 1;
  return { band, bin, sort, q: params.get('q') ?? '', page };
}

/** The URL changes for a new state; a default value removes its param, and page resets unless it is what changed. */
export function criticFiltersUpdate(change: Partial<CriticFilters>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if ('bin' in change) {
    out.bin = change.bin === null || change.bin === undefined ? null : String(change.bin);
    out.band = null;
  }
  if ('band' in change) {
    out.band = change.band ?? null;
    out.bin = null;
  }
  if ('sort' in change) out.sort = change.sort && change.sort !== DEFAULT_CRITIC_SORT ? change.sort : null;
  if ('q' in change) out.q = change.q && change.q.trim() !== '' ? change.q : null;
  if ('page' in change) out.page = change.page && change.page > 1 ? String(change.page) : null;
  else out.page = null;
  return out;
}
