import { ScoreBadge } from '@/components/score-badge';
import type { UserAggregate } from '@/domain/schemas';
import { formatUserScore, verdictOf } from '@/domain/scores';

export const ratings = (n: number) => `${n} ${n === 1 ? 'rating' : 'ratings'}`;

/** The user score: the published aggregate with every rating added here folded in. */
export function UserScoreHeadline({ aggregate }: { aggregate: UserAggregate }) {
  const { score, count, published } = aggregate;
  const added = count - published.count;
  return (
    <div className="flex items-center gap-4" data-testid="user-score">
      {score === null ? (
        <p>No ratings yet. Be the first to rate this movie.</p>
      ) : (
        <>
          <ScoreBadge score={score} scale="user" size="lg" kind="aggregate" />
          <div>
            <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
              User score
            </p>
            <p className="text-lg font-semibold">{verdictOf(score, 'user')}</p>
            <p className="text-sm text-stone-600 dark:text-stone-400">based on {ratings(count)}</p>
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {published.source}
              {added > 0 && (
                <>
                  : {formatUserScore(published.score)} from {ratings(published.count)};{' '}
                  {added === 1 ? 'one rating' : `${added} ratings`} added here {added === 1 ? 'is' : 'are'} folded in.
                </>
              )}
            </p>
          </div>
        </>
      )}
    </div>
  );
}
