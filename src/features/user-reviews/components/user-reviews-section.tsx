import { useRef } from 'react';
import { ErrorState } from '@/components/error-state';
import { ResultCount, sortPhrase } from '@/components/result-count';
import { Section } from '@/components/section';
import { PagedListView } from '@/components/paged-list-view';
import { SectionSkeleton } from '@/components/skeleton';
import { USER_SORT_LABEL } from '@/domain/review-query';
import { BAND_LABEL } from '@/domain/scores';
import { useResultsInView } from '@/lib/results-in-view';
import { useOwnReviewId } from '@/stores/reader-store';
import { useUserList, useUserSummary } from '../api/get-user-reviews';
import { useUserReviewParams } from '../hooks/use-user-review-params';
import { userListParams } from '../hooks/user-review-params';
import { RateMovie } from './rate-movie';
import { UserReviewFilterBar } from './user-review-filter-bar';
import { UserReviewList } from './user-review-list';
import { UserScoreDistribution } from './user-score-distribution';
import { UserScoreHeadline } from './user-score-headline';
import { UserScoreHistogram } from './user-score-histogram';

/**
 * The users section: its figures (from the API's summary) and its list (a page at a time) load and fail
 * apart, so a list that cannot load still leaves the score on screen, and the other way round.
 */
export function UserReviewsSection({ movieId }: { movieId: string }) {
  const summary = useUserSummary(movieId);
  const params = useUserReviewParams();
  const listParams = userListParams(params);
  const list = useUserList(movieId, listParams);
  const region = useResultsInView<HTMLDivElement>(list, Object.keys(listParams).length > 0);
  const ownId = useOwnReviewId(movieId);
  const all = useRef<HTMLButtonElement>(null);
  const filtered = params.band !== null || params.score !== null;
  const what =
    params.score !== null ? `scored ${params.score}` : params.band ? BAND_LABEL[params.band].toLowerCase() : '';
  const sorted = listParams.sort ? sortPhrase(USER_SORT_LABEL[params.sort]) : '';
  const of = summary.data ? summary.data.reviews : null;
  const count = filtered
    ? `${list.total}${of === null ? '' : ` of ${of}`} user reviews: ${what}${sorted}.`
    : `${of === null ? list.total : `All ${of}`} user reviews${sorted}.`;

  return (
    <Section id="users" title="User reviews">
      <div className="space-y-8">
        {summary.isPending ? (
          <SectionSkeleton label="the user score" rows={1} />
        ) : summary.isError ? (
          <ErrorState
            title="The user score could not be loaded."
            error={summary.error}
            onRetry={() => void summary.refetch()}
            retrying={summary.isFetching}
          />
        ) : (
          <div className="grid gap-8 md:grid-cols-2">
            <div className="space-y-6">
              <UserScoreHeadline aggregate={summary.data} />
              <UserScoreDistribution
                aggregate={summary.data}
                published={summary.data.published}
                active={params.band}
                onSelect={params.setBand}
              />
            </div>
            <UserScoreHistogram bins={summary.data.histogram} active={params.score} onSelect={params.setScore} />
          </div>
        )}

        <section aria-labelledby="rate-heading" className="space-y-2">
          <h3 id="rate-heading" className="text-xl font-bold">
            Rate this movie
          </h3>
          <RateMovie movieId={movieId} />
        </section>

        <div ref={region} className="scroll-mt-4 space-y-4">
          <h3 className="text-xl font-bold" id="user-list-heading">
            Reviews{' '}
            {list.query.isSuccess && (
              <span className="font-normal text-stone-600 tabular-nums dark:text-stone-400">({list.total})</span>
            )}
          </h3>
          {summary.isSuccess && (
            <UserReviewFilterBar
              counts={summary.data.distribution}
              total={summary.data.reviews}
              band={params.band}
              score={params.score}
              sort={params.sort}
              onBand={params.setBand}
              onScore={params.setScore}
              onSort={params.setSort}
              allRef={all}
            />
          )}
          <PagedListView list={list} what="user reviews">
            <ResultCount text={count} updating={list.updating} className="mb-4" />
            <UserReviewList
              movieId={movieId}
              reviews={list.items}
              ownReviewId={ownId}
              filtered={filtered}
              onClearFilter={() => {
                params.setBand(null);
                // the empty state's button goes with it: focus moves to "All", which is now pressed
                all.current?.focus();
              }}
            />
          </PagedListView>
        </div>
      </div>
    </Section>
  );
}
