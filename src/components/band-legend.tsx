import type { Band } from '@/domain/schemas';
import { BAND_EDGES, BAND_LABEL, BANDS, type Scale } from '@/domain/scores';
import { BAND_BG, FORCED_FILL } from './band-colors';

/** "61–100" for critics, "7–10" for users. */
export function bandRangeText(scale: Scale, band: Band): string {
  const [lo, hi] = BAND_EDGES[scale][band];
  return `${lo}–${hi}`;
}

/**
 * The band edges of a scale, each with its colour and its name in words ("Positive 61–100"), as
 * PRODUCT.md asks next to every chart. Works for both scales: `<BandLegend scale="user" />`.
 */
export function BandLegend({ scale, className = '' }: { scale: Scale; className?: string }) {
  return (
    <ul
      aria-label={`Score bands, ${scale === 'critic' ? '0–100' : '0–10'}`}
      className={`flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 dark:text-stone-300 ${className}`}
    >
      {BANDS.map((b) => (
        <li key={b} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${BAND_BG[b]} ${FORCED_FILL}`} />
          <span>
            {BAND_LABEL[b]} <span className="tabular-nums">{bandRangeText(scale, b)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
