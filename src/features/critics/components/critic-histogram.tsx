import { BandLegend } from '@/components/band-legend';
import { ScoreHistogram } from '@/components/score-histogram';
import { criticBinBand } from '@/domain/critic-filters';
import type { BandCounts } from '@/domain/schemas';
import { criticBinRange } from '@/domain/scores';

const binLabel = (i: number) => criticBinRange(i).join('–');
const tickLabel = (i: number) => String(criticBinRange(i)[0]);

/** The ten-bin critic histogram with its legend and the line that says what a click does. */
export function CriticHistogram({
  bins,
  binBands,
  activeBin,
  onSelectBin,
  binHref,
  table,
}: {
  /** the "Show as table" disclosure: see ScoreHistogram */
  table?: boolean;
  bins: number[];
  /** per bin, its count in each band (from the API), to draw the 60–69 bar split into mixed and positive */
  binBands: readonly BandCounts[];
  activeBin: number | null;
  /** where each bar leads: the list on its range (null: on none); see ScoreHistogram */
  binHref: (i: number | null) => string;
  /** the list page: a bar filters in place */
  onSelectBin?: (i: number | null) => void;
}) {
  return (
    <div className="space-y-2">
      <ScoreHistogram
        label="Critic scores, 0–100"
        scale="critic"
        bins={bins}
        binLabel={binLabel}
        tickLabel={tickLabel}
        binBand={criticBinBand}
        binSplit={(i) => binBands[i] ?? {}}
        activeBin={activeBin}
        onSelectBin={onSelectBin}
        binHref={binHref}
        table={table}
      />
      <BandLegend scale="critic" />
      <p className="text-xs text-stone-600 static:hidden dark:text-stone-400">
        Click a bar to see its reviews (that score range only){onSelectBin ? '; click it again to see all.' : '.'} The
        60–69 bar holds one band edge: 60 is mixed, 61–69 positive.
      </p>
    </div>
  );
}
