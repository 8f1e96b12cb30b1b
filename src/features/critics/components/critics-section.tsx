import { useMovieQuery } from '@/api/use-movie';
import { ErrorState } from '@/components/error-state';
import { ScoreBadge } from '@/components/score-badge';
import { Section } from '@/components/section';
import { SectionSkeleton } from '@/components/skeleton';
import { criticAggregate } from '@/domain/aggregates';
import { formatDate } from '@/domain/dates';
import { queryCritics } from '@/domain/review-query';
import { MIN_CRITICS_FOR_HEADLINE, verdictOf } from '@/domain/scores';
import { useCriticReviews } from '../api/get-critic-reviews';

export function CriticsSection({ movieId }: { movieId: string }) {
  const movie = useMovieQuery(movieId);
  const critics = useCriticReviews(movieId);

  return (
    <Section id="critics" title="Critic reviews">
      {critics.isPending || movie.isPending ? (
        <SectionSkeleton label="critic reviews" />
      ) : critics.isError || movie.isError ? (
        <ErrorState
          title="Critic reviews could not be loaded."
          error={critics.error ?? movie.error}
          onRetry={() => void (critics.isError ? critics.refetch() : movie.refetch())}
          retrying={critics.isFetching || movie.isFetching}
        />
      ) : (
        <CriticsBody reviews={critics.data} published={movie.data.published.critics} />
      )}
    </Section>
  );
}

function CriticsBody({
  reviews,
  published,
}: {
  reviews: Parameters<typeof queryCritics>[0];
  published: Parameters<typeof criticAggregate>[1];
}) {
  const agg = criticAggregate(reviews, published);
  const list = queryCritics(reviews, {});
  return (
    <div className="space-y-6">
      {agg.count >= MIN_CRITICS_FOR_HEADLINE && agg.published ? (
        <div className="flex items-center gap-4">
          <ScoreBadge score={agg.published.score} scale="critic" size="lg" kind="aggregate" />
          <div>
            <p className="text-lg font-semibold">{verdictOf(agg.published.score, 'critic')}</p>
            <p className="text-sm text-stone-600 dark:text-stone-400">based on {agg.published.count} critic reviews</p>
          </div>
        </div>
      ) : (
        <p>Not enough reviews yet.</p>
      )}
      <ol className="space-y-3">
        {list.map((r) => (
          <li key={r.id}>
            <article
              aria-labelledby={`${r.id}-by`}
              className="flex gap-3 rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900"
            >
              {r.score !== null && <ScoreBadge score={r.score} scale="critic" />}
              <div>
                <h3 id={`${r.id}-by`} className="font-semibold">
                  {r.critic}
                  {r.publication && (
                    <span className="font-normal text-stone-600 dark:text-stone-400">, {r.publication}</span>
                  )}
                </h3>
                {r.date && <p className="text-sm text-stone-600 dark:text-stone-400">{formatDate(r.date)}</p>}
                <p className="mt-1">{r.excerpt}</p>
              </div>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
