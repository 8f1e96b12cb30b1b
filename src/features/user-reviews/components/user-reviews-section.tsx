import { useMovieQuery } from '@/api/use-movie';
import { ErrorState } from '@/components/error-state';
import { ScoreBadge } from '@/components/score-badge';
import { Section } from '@/components/section';
import { SectionSkeleton } from '@/components/skeleton';
import { userAggregate } from '@/domain/aggregates';
import { formatDate } from '@/domain/dates';
import { queryUserReviews } from '@/domain/review-query';
import { verdictOf } from '@/domain/scores';
import { useUserReviews } from '../api/get-user-reviews';

export function UserReviewsSection({ movieId }: { movieId: string }) {
  const movie = useMovieQuery(movieId);
  const users = useUserReviews(movieId);
  return (
    <Section id="users" title="User reviews">
      {users.isPending || movie.isPending ? (
        <SectionSkeleton label="user reviews" />
      ) : users.isError || movie.isError ? (
        <ErrorState
          title="User reviews could not be loaded."
          error={users.error ?? movie.error}
          onRetry={() => void (users.isError ? users.refetch() : movie.refetch())}
          retrying={users.isFetching || movie.isFetching}
        />
      ) : (
        (() => {
          const agg = userAggregate(users.data.items, movie.data.published.users);
          return (
            <div className="space-y-6">
              {agg.score !== null && (
                <div className="flex items-center gap-4">
                  <ScoreBadge score={agg.score} scale="user" size="lg" kind="aggregate" />
                  <div>
                    <p className="text-lg font-semibold">{verdictOf(agg.score, 'user')}</p>
                    <p className="text-sm text-stone-600 dark:text-stone-400">based on {agg.count} ratings</p>
                  </div>
                </div>
              )}
              <ol className="space-y-3">
                {queryUserReviews(users.data.items, {}).map((r) => (
                  <li key={r.id}>
                    <article className="flex gap-3 rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900">
                      {r.score !== null && <ScoreBadge score={r.score} scale="user" />}
                      <div className="min-w-0">
                        {r.title && <h3 className="font-semibold">{r.title}</h3>}
                        <p className="text-sm text-stone-600 dark:text-stone-400">
                          {r.author ?? 'Anonymous'}
                          {r.date && <> · {formatDate(r.date)}</>}
                          {r.isExcerpt && <> · excerpt</>}
                        </p>
                        {r.text && <p className="mt-1 whitespace-pre-line break-words">{r.text}</p>}
                      </div>
                    </article>
                  </li>
                ))}
              </ol>
            </div>
          );
        })()
      )}
    </Section>
  );
}
