import { BandDistribution } from '@/components/band-distribution';
import { BandLegend } from '@/components/band-legend';
import type { Band, PublishedFigures, UserAggregate } from '@/domain/schemas';

interface UserScoreDistributionProps {
  aggregate: UserAggregate;
  published: PublishedFigures['users'];
  active: Band | null;
  /** each band a link to the list on it (the overview); without it, figures only (see BandDistribution) */
  bandHref?: (band: Band) => string;
}

/** Positive / mixed / negative of the reviews that carry a score, beside the source's own published figure. */
export function UserScoreDistribution({ aggregate, published, active, bandHref }: UserScoreDistributionProps) {
  const { distribution: d } = published;
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold">
        Reviews with a score: <span className="tabular-nums">{aggregate.scoredReviews}</span>
      </h3>
      <BandDistribution scale="user" counts={aggregate.distribution} active={active} bandHref={bandHref} />
      <BandLegend scale="user" />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        <span className="font-semibold text-stone-800 dark:text-stone-200">
          Of the user reviews with text, as published with the user score:
        </span>{' '}
        Positive: {d.positive} out of {d.of}, Negative: {d.negative} out of {d.of}.
      </p>
    </div>
  );
}
