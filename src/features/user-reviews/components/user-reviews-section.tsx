import { useRef } from 'react';
import { ErrorState } from '@/components/error-state';
import { ResultCount, sortPhrase } from '@/components/result-count';
import { Section } from '@/components/section';
import { PagedListView } from '@/components/paged-list-view';
import { SectionSkeleton } from '@/components/skeleton';
import { USER_SORT_LABEL } from '@/domain/review-query';
import type { Band, UserReview, UserSummary } from '@/domain/schemas';
import { BAND_LABEL } from '@/domain/scores';
import { useListTop } from '@/api/paged-list';
import { isPending } from '@/api/optimistic';
import { AllLink } from '@/components/all-link';
import { LIST_PAGE_GRID, LIST_PAGE_LIST, LIST_PAGE_SUMMARY } from '@/components/list-layout';
import { moviePath } from '@/lib/movie-paths';
import { Link, withSearch, type SearchUpdate } from '@/lib/router';
import { useResultsInView } from '@/lib/results-in-view';
import { useOwnReviewId } from '@/stores/reader-store';
import { USER_PICKS, userPickOptions, useUserList, useUserSummary } from '../api/get-user-reviews';
import { useUserReviewParams } from '../hooks/use-user-review-params';
import { userListParams, userParamsNearby, userParamsUpdate } from '../hooks/user-review-params';
import { RateMovie } from './rate-movie';
import { UserReviewFilterBar } from './user-review-filter-bar';
import { UserReviewCard } from './user-review-card';
import { UserReviewList } from './user-review-list';
import { UserScoreDistribution } from './user-score-distribution';
import { UserScoreHeadline } from './user-score-headline';
import { UserScoreHistogram } from './user-score-histogram';

/** Where the rating form is, on the overview. */
const RATE_ANCHOR = 'rate';

/** The user list's page, opened on the view a bar or band clicked on the overview asks for. */
const listHref = (movieId: string, update: SearchUpdate) => withSearch(moviePath(movieId, 'user-reviews'), update);

/**
 * The users section: its figures (from the API's summary) and its reviews load and fail apart, so a list that cannot
 * load still leaves the score on screen, and the other way round. The overview (`overview`) has the score, its
 * charts (a bar or band opens the list on it), the rating form and the most helpful reviews; the list page has
 * every review, with the filters and sort, a page at a time.
 */
export function UserReviewsSection({ movieId, view }: { movieId: string; view: 'overview' | 'list' }) {
  const summary = useUserSummary(movieId);
  const params = useUserReviewParams();
  const overview = view === 'overview';
  const bandHref = (band: Band) => listHref(movieId, userParamsUpdate({ band }));
  const scoreHref = (score: number | null) => listHref(movieId, userParamsUpdate({ score }));

  return (
    <Section id="users" title="User reviews">
      <div className={overview ? 'space-y-8' : LIST_PAGE_GRID}>
        <div className={overview ? undefined : LIST_PAGE_SUMMARY}>
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
            <div className="grid gap-8 @2xl:grid-cols-2">
              <div className="space-y-6">
                <UserScoreHeadline aggregate={summary.data} />
                <UserScoreDistribution
                  aggregate={summary.data}
                  published={summary.data.published}
                  active={overview ? null : params.band}
                  bandHref={overview ? bandHref : undefined}
                />
              </div>
              <UserScoreHistogram
                bins={summary.data.histogram}
                active={overview ? null : params.score}
                onSelect={overview ? undefined : params.setScore}
                href={overview ? scoreHref : params.scoreHref}
                table={!overview}
              />
            </div>
          )}
        </div>

        {overview ? (
          <>
            <section id={RATE_ANCHOR} aria-labelledby="rate-heading" className="scroll-mt-4 space-y-2 print:hidden">
              <h3 id="rate-heading" className="text-xl font-bold">
                Rate this movie
              </h3>
              <RateMovie movieId={movieId} />
            </section>
            <MostHelpful movieId={movieId} total={summary.data?.reviews ?? null} />
          </>
        ) : (
          <div className={LIST_PAGE_LIST}>
            {/* the list page is for reading: the form stays on the overview, one link away */}
            <p className="print:hidden">
              <Link
                href={`${moviePath(movieId)}#${RATE_ANCHOR}`}
                className="font-semibold text-blue-800 underline dark:text-blue-300"
              >
                Rate this movie or write a review
              </Link>
            </p>
            <UserReviewsList movieId={movieId} params={params} summary={summary.data} />
          </div>
        )}
      </div>
    </Section>
  );
}

/** The overview's picks: the most helpful reviews, and the way to all of them. */
function MostHelpful({ movieId, total }: { movieId: string; total: number | null }) {
  const top = useListTop<UserReview>(userPickOptions(movieId));
  const ownId = useOwnReviewId(movieId);
  // the reader's own review is in their panel above, once saved, not a second time here (while it is being saved it
  // shows here at once, marked as theirs)
  const picks = top.items.filter((r) => r.id !== ownId).slice(0, USER_PICKS);
  return (
    <div className="space-y-4">
      {top.query.isError ? (
        <ErrorState
          title="The most helpful reviews could not be loaded."
          error={top.query.error}
          onRetry={() => void top.query.refetch()}
          retrying={top.query.isFetching}
        />
      ) : (
        picks.length > 0 && (
          <section aria-labelledby="user-picks" className="space-y-3">
            <h3 id="user-picks" className="text-xl font-bold">
              Most helpful reviews
            </h3>
            <ol className="space-y-3">
              {picks.map((r) => (
                <li key={r.id}>
                  <UserReviewCard movieId={movieId} review={r} own={isPending(r)} />
                </li>
              ))}
            </ol>
          </section>
        )
      )}
      {total !== null && total > 0 && (
        <AllLink href={moviePath(movieId, 'user-reviews')}>{`All ${total} user reviews`}</AllLink>
      )}
    </div>
  );
}

/** Every user review, filtered and sorted through the URL, a page at a time. */
function UserReviewsList({
  movieId,
  params,
  summary,
}: {
  movieId: string;
  params: ReturnType<typeof useUserReviewParams>;
  summary: UserSummary | undefined;
}) {
  const listParams = userListParams(params);
  const list = useUserList(movieId, listParams, userParamsNearby(params).map(userListParams));
  const region = useResultsInView<HTMLDivElement>(list, Object.keys(listParams).length > 0);
  const ownId = useOwnReviewId(movieId);
  const all = useRef<HTMLButtonElement>(null);
  const filtered = params.band !== null || params.score !== null;
  const what =
    params.score !== null ? `scored ${params.score}` : params.band ? BAND_LABEL[params.band].toLowerCase() : '';
  const sorted = listParams.sort ? sortPhrase(USER_SORT_LABEL[params.sort]) : '';
  const of = summary ? summary.reviews : null;
  const count = filtered
    ? `${list.total}${of === null ? '' : ` of ${of}`} user reviews: ${what}${sorted}.`
    : `${of === null ? list.total : `All ${of}`} user reviews${sorted}.`;

  return (
    <div ref={region} className="scroll-mt-4 space-y-4">
      {/* the count is the line above the list (a live region), said once */}
      <h3 className="text-xl font-bold" id="user-list-heading">
        Reviews
      </h3>
      {summary && (
        <UserReviewFilterBar
          counts={summary.distribution}
          total={summary.reviews}
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
  );
}
