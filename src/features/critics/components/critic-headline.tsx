import { ScoreBadge } from '@/components/score-badge';
import type { CriticAggregate } from '@/domain/schemas';
import { formatCriticScore, MIN_CRITICS_FOR_HEADLINE, verdictOf } from '@/domain/scores';

const muted = 'text-sm text-stone-600 dark:text-stone-400';

/** The published (weighted) score as the headline, beside it the plain mean the page computes itself. */
export function CriticHeadline({ agg }: { agg: CriticAggregate }) {
  if (agg.count < MIN_CRITICS_FOR_HEADLINE) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 p-4 dark:border-stone-700">
        <p className="font-semibold">Not enough reviews yet</p>
        <p className={muted}>
          A critic score needs at least {MIN_CRITICS_FOR_HEADLINE} scored reviews; there{' '}
          {agg.count === 1 ? 'is 1' : `are ${agg.count}`} so far.
        </p>
      </div>
    );
  }
  const published = agg.published;
  return (
    <div className="flex flex-col gap-4 @4xl:flex-row @4xl:items-stretch">
      {published && (
        <div className="flex shrink-0 items-center gap-4" data-testid="published-score">
          <ScoreBadge score={published.score} scale="critic" size="lg" kind="aggregate" />
          <div>
            <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
              Published score
            </p>
            <p className="text-lg font-semibold">{verdictOf(published.score, 'critic')}</p>
            <p className={muted}>based on {published.count} critic reviews</p>
            <p className={muted}>{published.source}</p>
          </div>
        </div>
      )}
      {agg.mean !== null && (
        <div
          className="flex shrink-0 items-center gap-3 @4xl:border-l @4xl:border-stone-300 @4xl:pl-4 dark:@4xl:border-stone-700"
          data-testid="computed-score"
        >
          <ScoreBadge score={agg.mean} scale="critic" size="md" kind="aggregate" />
          <div>
            <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
              Plain mean (computed here)
            </p>
            <p className="font-semibold">
              {formatCriticScore(agg.mean)} · {verdictOf(agg.mean, 'critic')}
            </p>
            <p className={muted}>of the {agg.count} scores below, each counted once</p>
          </div>
        </div>
      )}
      {published && agg.mean !== null && (
        <p
          className={`${muted} max-w-md self-start @4xl:self-center @4xl:border-l @4xl:border-stone-300 @4xl:pl-4 dark:@4xl:border-stone-700`}
        >
          Why they differ: the published score is a <em>weighted</em> average whose weights belong to its publisher; the
          plain mean weighs every review equally.
        </p>
      )}
    </div>
  );
}
