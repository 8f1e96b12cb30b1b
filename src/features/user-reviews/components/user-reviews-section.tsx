import { useEffect } from 'react';
import { useMovieQuery } from '@/api/use-movie';
import { ErrorState } from '@/components/error-state';
import { pageOf, Pagination } from '@/components/pagination';
import { Section } from '@/components/section';
import { SectionSkeleton } from '@/components/skeleton';
import { userAggregate } from '@/domain/aggregates';
import { queryUserReviews, USER_SORTS } from '@/domain/review-query';
import type { PublishedFigures, UserReview } from '@/domain/schemas';
import { runWhenIdle } from '@/lib/idle';
import { useOwnReviewId } from '@/stores/reader-store';
import { useUserReviews } from '../api/get-user-reviews';
import { useUserReviewParams } from '../hooks/use-user-review-params';
import { RateMovie } from './rate-movie';
import { UserReviewFilterBar } from './user-review-filter-bar';
import { UserReviewList } from './user-review-list';
import { UserScoreDistribution } from './user-score-distribution';
import { UserScoreHeadline } from './user-score-headline';
import { UserScoreHistogram } from './user-score-histogram';

/** 15 reviews a page: with the critics' 36 it keeps the whole page under 1,500 DOM nodes. */
const USER_PAGE_SIZE = 15;

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
        <UserReviewsBody movieId={movieId} reviews={users.data.items} published={movie.data.published.users} />
      )}
    </Section>
  );
}

function UserReviewsBody({
  movieId,
  reviews,
  published,
}: {
  movieId: string;
  reviews: UserReview[];
  published: PublishedFigures['users'];
}) {
  const params = useUserReviewParams();
  const ownId = useOwnReviewId(movieId);
  // Derived from the cached list, so an optimistic change moves the score, histogram and bands together.
  const aggregate = userAggregate(reviews, published);
  // the other sort orders are computed while the reader reads, so switching sort is instant
  useEffect(() => runWhenIdle(USER_SORTS.map((sort) => () => void queryUserReviews(reviews, { sort }))), [reviews]);
  const shown = queryUserReviews(reviews, { band: params.band, score: params.score, sort: params.sort });
  const page = pageOf(shown, params.page, USER_PAGE_SIZE);
  const filtered = params.band !== null || params.score !== null;

  return (
    <div className="space-y-8">
      <div className="grid gap-8 md:grid-cols-2">
        <div className="space-y-6">
          <UserScoreHeadline aggregate={aggregate} />
          <UserScoreDistribution
            aggregate={aggregate}
            published={published}
            active={params.band}
            onSelect={params.setBand}
          />
        </div>
        <UserScoreHistogram bins={aggregate.histogram} active={params.score} onSelect={params.setScore} />
      </div>

      <section aria-labelledby="rate-heading" className="space-y-2">
        <h3 id="rate-heading" className="text-xl font-bold">
          Rate this movie
        </h3>
        <RateMovie movieId={movieId} reviews={reviews} />
      </section>

      <div className="space-y-4">
        <h3 className="text-xl font-bold" id="user-list-heading">
          Reviews <span className="font-normal text-stone-600 tabular-nums dark:text-stone-400">({shown.length})</span>
        </h3>
        <UserReviewFilterBar
          counts={aggregate.distribution}
          total={reviews.length}
          band={params.band}
          score={params.score}
          sort={params.sort}
          onBand={params.setBand}
          onScore={params.setScore}
          onSort={params.setSort}
        />
        <UserReviewList
          movieId={movieId}
          reviews={page.items}
          ownReviewId={ownId}
          filtered={filtered}
          onClearFilter={() => params.setBand(null)}
        />
        <Pagination label="User reviews" page={page.page} pageCount={page.pageCount} onPage={params.setPage} />
      </div>
    </div>
  );
}
