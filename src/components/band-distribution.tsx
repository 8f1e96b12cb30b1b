import type { Band, BandCounts } from '@/domain/schemas';
import { BAND_LABEL, BANDS, type Scale } from '@/domain/scores';
import { BAND_BG, FORCED_FILL, FORCED_FILL_SELECTED } from './band-colors';
import { Link } from '@/lib/router';
import { bandRangeText } from './band-legend';

interface BandDistributionProps {
  scale: Scale;
  counts: BandCounts;
  /** the band the list is filtered to, or null */
  active: Band | null;
  /**
   * a band's control was clicked: the band, or null when the active one is clicked again. Without it the bands are
   * figures only (a list page, whose filter bar holds the same choice as one Tab stop).
   */
  onSelect?: (band: Band | null) => void;
  /** instead of `onSelect`: each band is a link to this address (the overview's bands open the list page) */
  bandHref?: (band: Band) => string;
  /** what the proportions are of; defaults to the sum of the counts */
  total?: number;
}

/**
 * How many reviews fall in each band: a proportional bar (decorative: the numbers are in the text)
 * and, below it, one toggle button per band ("Positive 8 · 24%", `aria-pressed`) that filters the
 * list, or (`bandHref`, on the overview) one link per band to the list filtered to it. Works for both scales; the band's edges are shown under its name.
 */
export function BandDistribution({ scale, counts, active, onSelect, bandHref, total }: BandDistributionProps) {
  const sum = total ?? counts.positive + counts.mixed + counts.negative;
  const pct = (n: number) => (sum === 0 ? 0 : Math.round((n / sum) * 100));
  const item = 'flex w-full flex-col items-start rounded-lg border px-2 py-1.5 text-left text-sm sm:px-3';
  const figures = (b: Band) => (
    <>
      <span className="flex items-center gap-1.5 font-semibold">
        <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${BAND_BG[b]} ${FORCED_FILL}`} />
        {BAND_LABEL[b]}
      </span>{' '}
      <span className="tabular-nums">
        <span className="text-lg font-bold">{counts[b]}</span>
        <span className="sr-only"> {counts[b] === 1 ? 'review' : 'reviews'},</span>
        <span className="text-stone-600 dark:text-stone-400"> {pct(counts[b])}%</span>
      </span>{' '}
      <span className="text-xs text-stone-600 tabular-nums dark:text-stone-400">
        <span className="sr-only">scores </span>
        {bandRangeText(scale, b)}
      </span>
    </>
  );
  return (
    <div className="space-y-2">
      <div
        aria-hidden="true"
        className="flex h-3 w-full overflow-hidden rounded-full bg-stone-200 forced-colors:border forced-colors:border-[CanvasText] dark:bg-stone-800"
      >
        {BANDS.map((b) =>
          counts[b] > 0 ? (
            <div
              key={b}
              data-band={b}
              className={`${BAND_BG[b]} ${active === b ? FORCED_FILL_SELECTED : FORCED_FILL} h-full border-r-2 border-stone-50 last:border-r-0 forced-colors:border-[Canvas] dark:border-stone-950 ${
                active && active !== b ? 'opacity-30' : ''
              }`}
              style={{ width: `${(counts[b] / Math.max(1, sum)) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <ul aria-label="Score distribution" className="grid grid-cols-3 gap-2">
        {BANDS.map((b) => (
          <li key={b}>
            {bandHref ? (
              <Link
                href={bandHref(b)}
                className={`${item} border-stone-200 hover:bg-stone-100 dark:border-stone-800 dark:hover:bg-stone-800`}
              >
                {figures(b)}
              </Link>
            ) : onSelect ? (
              <button
                type="button"
                aria-pressed={active === b}
                onClick={() => onSelect(active === b ? null : b)}
                className={`${item} ${
                  active === b
                    ? 'border-stone-900 bg-stone-100 dark:border-stone-100 dark:bg-stone-800'
                    : 'border-stone-200 hover:bg-stone-100 dark:border-stone-800 dark:hover:bg-stone-800'
                }`}
              >
                {figures(b)}
              </button>
            ) : (
              <div className={`${item} border-stone-200 dark:border-stone-800`}>{figures(b)}</div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
