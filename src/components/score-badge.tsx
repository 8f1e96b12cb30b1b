import type { Band } from '@/domain/schemas';
import { BAND_LABEL, bandOf, formatCriticScore, formatUserScore, headlineBand, type Scale } from '@/domain/scores';

export const BAND_CLASSES: Record<Band, string> = {
  positive: 'bg-green-700 text-white',
  mixed: 'bg-amber-400 text-stone-950',
  negative: 'bg-red-700 text-white',
};

const SIZES = {
  sm: 'h-10 w-10 text-base rounded-md',
  md: 'h-12 w-12 text-lg rounded-lg',
  lg: 'h-20 w-20 text-4xl rounded-xl',
} as const;

interface ScoreBadgeProps {
  score: number;
  scale: Scale;
  size?: keyof typeof SIZES;
  /** headline aggregates are coloured by verdict, single reviews by band; both agree on 0–100 edges */
  kind?: 'review' | 'aggregate';
}

/** A score in a coloured square; the band is also said in words for screen readers. */
export function ScoreBadge({ score, scale, size = 'md', kind = 'review' }: ScoreBadgeProps) {
  const band = kind === 'aggregate' ? headlineBand(score, scale) : bandOf(score, scale);
  const shown = scale === 'user' && kind === 'aggregate' ? formatUserScore(score) : formatCriticScore(score);
  const max = scale === 'user' ? 10 : 100;
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center font-bold tabular-nums forced-colors:border-2 forced-colors:border-current ${SIZES[size]} ${BAND_CLASSES[band]}`}
    >
      <span aria-hidden="true">{shown}</span>
      <span className="sr-only">
        {shown} out of {max}, {BAND_LABEL[band].toLowerCase()}
      </span>
    </span>
  );
}
