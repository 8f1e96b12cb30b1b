import { ScoreHistogram } from '@/components/score-histogram';
import { bandOf } from '@/domain/scores';

interface UserScoreHistogramProps {
  bins: number[];
  active: number | null;
  /** where each bar leads: the list on its score (null: on none); see ScoreHistogram */
  href: (score: number | null) => string;
  /** the list page: a bar filters in place */
  onSelect?: (score: number | null) => void;
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
