import { useId } from 'react';
import type { Band } from '@/domain/schemas';
import { BAND_LABEL, type Scale } from '@/domain/scores';
import { Link } from '@/lib/router';
import { useRovingFocus } from '@/lib/use-roving-focus';
import { BAND_BG, FORCED_FILL, FORCED_FILL_SELECTED } from './band-colors';

interface ScoreHistogramProps {
  /** accessible name of the chart, also its visible caption: "Critic scores, 0–100" */
  label: string;
  scale: Scale;
  /** count per bin, left to right (critics: 10 bins from `criticHistogram`; users: 11 from `userHistogram`) */
  bins: number[];
  /** a bin's range in words: "50–59" */
  binLabel: (i: number) => string;
  /** the band a bin belongs to, for its colour and its text */
  binBand: (i: number) => Band;
  /** the bin the list is filtered to, or null */
  activeBin: number | null;
  /**
   * the address that shows bin `i` (null: no bin). Every bar is a link to it (the active bar's link clears the
   * bin), so bars work without JavaScript and open in a new tab; the overview's lead to the list page.
   */
  binHref: (i: number | null) => string;
  /** the list page: a plain click filters in place instead of following the link (null: the active bar again) */
  onSelectBin?: (i: number | null) => void;
  /** short text under a bar; defaults to `binLabel(i)` (critics pass "0", "10", … to fit 360 px) */
  tickLabel?: (i: number) => string;
  /**
   * how a bin's count splits across bands, for a bin that straddles a band edge (critics' 60–69: 60 is
   * mixed, 61–69 positive); such a bar is drawn stacked and its name and table row say the split
   */
  binSplit?: (i: number) => Partial<Record<Band, number>>;
  /**
   * the "Show as table" disclosure (default on): the list pages have it; the overview, where a bar leads to the
   * list page, leaves it out to stay small (each bar still names its range, count and band)
   */
  table?: boolean;
}

/**
 * A bar chart of scores. Every bar is a link (named "50–59: 10 reviews, mixed"; the active one `aria-current`)
 * showing its count above it and its range below; bars are coloured by band. With `onSelectBin`, a plain click
 * calls `onSelectBin(i)`, or `onSelectBin(null)` on the active bar, and the page filters in place; without
 * JavaScript, or opened in a new tab, the link leads to the same view.
 * A "Show as table" disclosure holds the same figures as a table (the text equivalent).
 * Generic over the scale: pass 10 bins for critics or 11 for users.
 */
export function ScoreHistogram({
  label,
  scale,
  bins,
  binLabel,
  binBand,
  activeBin,
  onSelectBin,
  binHref,
  tickLabel = binLabel,
  binSplit,
  table = true,
}: ScoreHistogramProps) {
  const id = useId();
  // one Tab stop for the whole chart: the pressed bar, else the one last moved to
  const { onKeyDown, itemProps } = useRovingFocus(bins.length, activeBin);
  const max = Math.max(1, ...bins);
  const unit = scale === 'critic' ? 'critic' : 'user';
  const noun = (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'}`;
  /** the bands of a bar, low band first, when it holds more than one */
  const parts = (i: number): [Band, number][] => {
    const split = binSplit?.(i);
    if (!split) return [];
    const order: Band[] = ['negative', 'mixed', 'positive'];
    const out = order.flatMap((b): [Band, number][] => ((split[b] ?? 0) > 0 ? [[b, split[b]!]] : []));
    return out.length > 1 ? out : [];
  };
  const bandText = (i: number) => {
    const p = parts(i);
    return p.length ? p.map(([b, n]) => `${n} ${BAND_LABEL[b].toLowerCase()}`).join(', ') : BAND_LABEL[binBand(i)];
  };
  return (
    <figure aria-labelledby={`${id}-cap`} className="m-0 space-y-2" data-scale={scale}>
      <figcaption id={`${id}-cap`} className="text-sm font-semibold">
        {label}
      </figcaption>
      <div
        role="group"
        aria-labelledby={`${id}-cap`}
        aria-describedby={`${id}-keys`}
        onKeyDown={onKeyDown}
        className="flex items-end gap-1 sm:gap-1.5"
      >
        <span id={`${id}-keys`} hidden>
          Arrow keys move between bars; Enter shows that range.
        </span>
        {bins.map((count, i) => {
          const band = binBand(i);
          const active = activeBin === i;
          const dim = activeBin !== null && !active;
          const bar = {
            ...itemProps(i),
            title: `${binLabel(i)}: ${noun(count)}`,
            className: `group flex min-w-0 flex-1 flex-col items-center rounded-md px-0.5 pt-1 pb-0.5 hover:bg-stone-200 dark:hover:bg-stone-800 ${
              active ? 'bg-stone-200 ring-2 ring-stone-900 dark:bg-stone-800 dark:ring-stone-100' : ''
            }`,
          };
          const content = (
            <>
              <span className="sr-only">{`${binLabel(i)}: ${noun(count)}, ${bandText(i).toLowerCase()}`}</span>
              <span aria-hidden="true" className="text-xs font-semibold tabular-nums">
                {count}
              </span>
              <span
                aria-hidden="true"
                className="flex h-28 w-full items-end border-b border-stone-400 dark:border-stone-600"
              >
                <span
                  data-testid={`${unit}-bar-${i}`}
                  className={`flex w-full flex-col-reverse overflow-hidden rounded-t-sm ${
                    count === 0 ? '' : `${BAND_BG[band]} ${active ? FORCED_FILL_SELECTED : FORCED_FILL}`
                  } ${dim ? 'opacity-30' : ''}`}
                  style={{ height: count === 0 ? 0 : `${(count / max) * 100}%` }}
                >
                  {parts(i).map(([b, n]) => (
                    <span
                      key={b}
                      data-band={b}
                      className={`block w-full ${BAND_BG[b]} ${active ? FORCED_FILL_SELECTED : FORCED_FILL} forced-colors:border-t forced-colors:border-[Canvas]`}
                      style={{ height: `${(n / count) * 100}%` }}
                    />
                  ))}
                </span>
              </span>
              <span
                aria-hidden="true"
                className="mt-1 text-[10px] leading-tight text-stone-700 tabular-nums sm:text-xs dark:text-stone-300"
              >
                {tickLabel(i)}
              </span>
            </>
          );
          const target = active ? null : i;
          return (
            <Link
              key={i}
              href={binHref(target)}
              aria-current={active ? 'true' : undefined}
              onFollow={onSelectBin && (() => onSelectBin(target))}
              {...bar}
            >
              {content}
            </Link>
          );
        })}
      </div>
      {table && (
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-700 underline-offset-2 hover:underline dark:text-stone-300">
            Show as table
          </summary>
          <table className="mt-2 w-full max-w-sm border-collapse text-left">
            <caption className="sr-only">{label}</caption>
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Scores
                </th>
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Band
                </th>
                <th scope="col" className="py-1 text-right font-semibold">
                  Reviews
                </th>
              </tr>
            </thead>
            <tbody>
              {bins.map((count, i) => (
                <tr key={i} className="border-b border-stone-200 dark:border-stone-800">
                  <th scope="row" className="py-1 pr-4 font-normal tabular-nums">
                    {binLabel(i)}
                  </th>
                  <td className="py-1 pr-4">{bandText(i)}</td>
                  <td className="py-1 text-right tabular-nums">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
