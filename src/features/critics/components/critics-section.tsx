import { useEffect, useMemo } from 'react';
import { useMovieQuery } from '@/api/use-movie';
import { BandDistribution } from '@/components/band-distribution';
import { BandFilter } from '@/components/band-filter';
import { ErrorState } from '@/components/error-state';
import { pageOf } from '@/components/pagination';
import { Section } from '@/components/section';
import { SectionSkeleton } from '@/components/skeleton';
import { criticAggregate } from '@/domain/aggregates';
import { CRITIC_SORTS, queryCritics, searchTerms } from '@/domain/review-query';
import type { CriticReview, PublishedScore } from '@/domain/schemas';
import { BAND_LABEL, criticBinRange } from '@/domain/scores';
import { runWhenIdle } from '@/lib/idle';
import { useCriticReviews } from '../api/get-critic-reviews';
import { useCriticFilters } from '../hooks/use-critic-filters';
import { CriticHeadline } from './critic-headline';
import { CriticHistogram } from './critic-histogram';
import { CriticList } from './critic-list';
import { CriticSearchBox } from './critic-search-box';
import { CriticSortSelect } from './critic-sort-select';
import { FeaturedReview } from './featured-review';

/** All 34 seed reviews fit one page; long lists are paged so the page stays under 1,500 DOM nodes. */
const CRITIC_PAGE_SIZE = 36;

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

export function CriticsBody({ reviews, published }: { reviews: CriticReview[]; published: PublishedScore | null }) {
  const { filters, update, clear } = useCriticFilters();
  const agg = criticAggregate(reviews, published);
  // derived once per fetched list, not on every filter change
  const featured = useMemo(() => reviews.filter((r) => r.featured), [reviews]);
  const scores = useMemo(() => reviews.flatMap((r) => (r.score === null ? [] : [r.score])), [reviews]);
  const list = queryCritics(reviews, filters);
  // the other sort orders are computed while the reader reads, so switching sort is instant
  useEffect(() => runWhenIdle(CRITIC_SORTS.map((sort) => () => void queryCritics(reviews, { sort }))), [reviews]);
  const shown = pageOf(list, filters.page, CRITIC_PAGE_SIZE);
  const terms = useMemo(() => searchTerms(filters.q), [filters.q]);
  const filtered = filters.band !== null || filters.bin !== null || filters.q.trim() !== '';

  const what = [
    filters.bin !== null
      ? `scores ${criticBinRange(filters.bin).join('–')}${filters.band ? ` (${BAND_LABEL[filters.band].toLowerCase()})` : ''}`
      : filters.band
        ? BAND_LABEL[filters.band].toLowerCase()
        : null,
    filters.q.trim() ? `matching “${filters.q.trim()}”` : null,
  ].filter(Boolean);

  return (
    <div className="space-y-8">
      <CriticHeadline agg={agg} />

      {agg.count > 0 && (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-2">
            <h3 className="text-sm font-semibold">Distribution</h3>
            <BandDistribution
              scale="critic"
              counts={agg.distribution}
              active={filters.band}
              onSelect={(band) => update({ band })}
            />
          </div>
          <CriticHistogram
            bins={agg.histogram}
            scores={scores}
            activeBin={filters.bin}
            onSelectBin={(bin) => update({ bin })}
          />
        </div>
      )}

      {featured.map((r) => (
        <FeaturedReview key={r.id} review={r} />
      ))}

      <div className="space-y-4">
        <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
          <BandFilter
            counts={agg.distribution}
            active={filters.band}
            onSelect={(band) => update({ band })}
            allPressed={filters.band === null && filters.bin === null}
            label="Filter critic reviews by score band"
          />
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
            <CriticSearchBox value={filters.q} onSearch={(q) => update({ q }, { replace: true })} />
            <CriticSortSelect value={filters.sort} onChange={(sort) => update({ sort })} />
          </div>
        </div>
        <p aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
          Showing {list.length} of {agg.count} critic reviews{what.length ? `: ${what.join(', ')}` : ''}
          {shown.pageCount > 1 ? ` (page ${shown.page} of ${shown.pageCount})` : ''}.
        </p>
        <CriticList
          reviews={shown.items}
          terms={terms}
          page={shown.page}
          pageCount={shown.pageCount}
          onPage={(page) => update({ page })}
          onClear={clear}
          filtered={filtered}
        />
      </div>
    </div>
  );
}
