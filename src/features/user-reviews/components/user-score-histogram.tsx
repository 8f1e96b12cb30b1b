import { ScoreHistogram } from '@/components/score-histogram';
import { bandOf } from '@/domain/scores';

interface UserScoreHistogramProps {
  bins: number[];
  active: number | null;
  /** a bar toggles the list's filter (the list page) … */
  onSelect?: (score: number | null) => void;
  /** … or is a link to the list on its score (the overview) */
  href?: (score: number) => string;
  /** the "Show as table" disclosure: see ScoreHistogram */
  table?: boolean;
}

/** One bar per whole score 0–10; a click filters the list to that score. */
export function UserScoreHistogram({ bins, active, onSelect, href, table }: UserScoreHistogramProps) {
  return (
    <ScoreHistogram
      label="User scores, 0–10"
      scale="user"
      bins={bins}
      binLabel={(i) => String(i)}
      binBand={(i) => bandOf(i, 'user')}
      activeBin={active}
      onSelectBin={onSelect}
      binHref={href}
      table={table}
    />
  );
}
