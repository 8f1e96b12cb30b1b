import { ScoreHistogram } from '@/components/score-histogram';
import { bandOf } from '@/domain/scores';

interface UserScoreHistogramProps {
  bins: number[];
  active: number | null;
  onSelect: (score: number | null) => void;
  /** the "Show as table" disclosure: see ScoreHistogram */
  table?: boolean;
}

/** One bar per whole score 0–10; a click filters the list to that score. */
export function UserScoreHistogram({ bins, active, onSelect, table }: UserScoreHistogramProps) {
  return (
    <ScoreHistogram
      label="User scores, 0–10"
      scale="user"
      bins={bins}
      binLabel={(i) => String(i)}
      binBand={(i) => bandOf(i, 'user')}
      activeBin={active}
      onSelectBin={onSelect}
      table={table}
    />
  );
}
