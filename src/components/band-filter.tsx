import type { Ref } from 'react';
import { useRovingFocus } from '@/lib/use-roving-focus';
import type { Band, BandCounts } from '@/domain/schemas';
import { BAND_LABEL, BANDS } from '@/domain/scores';
import { BAND_BG, FORCED_FILL } from './band-colors';

interface BandFilterProps {
  /** counts of the whole set (not of the filtered list), one per band */
  counts: BandCounts;
  /** the band shown, or null for all */
  active: Band | null;
  onSelect: (band: Band | null) => void;
  /** count shown on "All"; defaults to the sum of the band counts */
  total?: number;
  /** accessible name of the group, e.g. "Filter critic reviews by score band" */
  label?: string;
  /** whether "All" is pressed; defaults to `active === null` (pass false while another filter, e.g. a histogram bin, narrows the list) */
  allPressed?: boolean;
  /** the "All" button, for a "clear filters" elsewhere to hand focus to once it is gone */
  allRef?: Ref<HTMLButtonElement>;
}

/**
 * All / Positive / Mixed / Negative toggle buttons (`aria-pressed`), each with its count. Clicking a
 * band calls `onSelect(band)`; clicking "All" or the active band again calls `onSelect(null)`.
 * One Tab stop (the pressed button), arrow keys between them. Scale-agnostic: the caller passes counts for its own scale.
 */
export function BandFilter({
  counts,
  active,
  onSelect,
  total,
  label = 'Filter by score band',
  allPressed = active === null,
  allRef,
}: BandFilterProps) {
  const all = total ?? counts.positive + counts.mixed + counts.negative;
  const { onKeyDown, itemProps } = useRovingFocus(
    1 + BANDS.length,
    allPressed ? 0 : active ? 1 + BANDS.indexOf(active) : null,
  );
  const base =
    'inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2';
  const off =
    'border-stone-300 bg-white text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800';
  const on = 'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-950';
  return (
    <div role="group" aria-label={label} onKeyDown={onKeyDown} className="flex flex-wrap gap-2">
      <button
        {...itemProps(0)}
        ref={allRef}
        type="button"
        aria-pressed={allPressed}
        onClick={() => onSelect(null)}
        className={`${base} ${allPressed ? on : off}`}
      >
        All <span className="tabular-nums">{all}</span>
      </button>
      {BANDS.map((b, i) => (
        <button
          key={b}
          {...itemProps(1 + i)}
          type="button"
          aria-pressed={active === b}
          onClick={() => onSelect(active === b ? null : b)}
          className={`${base} ${active === b ? on : off}`}
        >
          <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${BAND_BG[b]} ${FORCED_FILL}`} />
          {BAND_LABEL[b]} <span className="tabular-nums">{counts[b]}</span>
        </button>
      ))}
    </div>
  );
}
