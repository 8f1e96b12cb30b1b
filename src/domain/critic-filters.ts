import { CRITIC_SORTS, isBand, type CriticSort } from './review-query';
import type { Band } from './schemas';
import { BANDS, bandOf, criticBinRange } from './scores';

/** The critic list's state as the URL holds it: `band`, `bin`, `sort`, `q`. */
export interface CriticFilters {
  band: Band | null;
  /**
   * a histogram bin 0–9; when set it wins over `band`, and `band` is the bin's band, or null for the
   * one bin that straddles an edge (60–69: 60 is mixed, 61–69 positive)
   */
  bin: number | null;
  sort: CriticSort;
  q: string;
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
  return { band, bin, sort, q: params.get('q') ?? '' };
}

/** The URL changes for a new state; a default value removes its param. */
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
  return out;
}

/** The API's query for this view: the bin wins over the band; defaults left out, so equal views share a cache entry. */
export function criticListParams(f: CriticFilters): Partial<Record<'band' | 'bin' | 'sort' | 'q', string>> {
  const out: Partial<Record<'band' | 'bin' | 'sort' | 'q', string>> = {};
  if (f.bin !== null) out.bin = String(f.bin);
  else if (f.band) out.band = f.band;
  if (f.sort !== DEFAULT_CRITIC_SORT) out.sort = f.sort;
  const q = f.q.trim();
  if (q) out.q = q;
  return out;
}

/** The views one click away, to fetch ahead: each band (a bin cleared, as a band click clears it) and each sort. */
export function criticFiltersNearby(f: CriticFilters): CriticFilters[] {
  return [
    ...[null, ...BANDS].map((band) => ({ ...f, band, bin: null })),
    ...CRITIC_SORTS.map((sort) => ({ ...f, sort })),
  ];
}
