import { useMemo, useRef } from 'react';
import { BandDistribution } from '@/components/band-distribution';
import { BandFilter } from '@/components/band-filter';
import { ErrorState } from '@/components/error-state';
import { ResultCount, sortPhrase } from '@/components/result-count';
import { Section } from '@/components/section';
import { PagedListView } from '@/components/paged-list-view';
import { SectionSkeleton } from '@/components/skeleton';
import { AllLink } from '@/components/all-link';
import { useListTop } from '@/api/paged-list';
import { LIST_PAGE_GRID, LIST_PAGE_LIST, LIST_PAGE_SUMMARY } from '@/components/list-layout';
import { moviePath } from '@/lib/movie-paths';
import {
  criticFiltersNearby,
  criticFiltersUpdate,
  criticListParams,
  type CriticFilters,
} from '@/domain/critic-filters';
import { CRITIC_SORT_LABEL } from '@/domain/review-query';
import { searchTerms } from '@/domain/review-order';
import type { Band, CriticReview, CriticSummary } from '@/domain/schemas';
import { BAND_LABEL, criticBinRange } from '@/domain/scores';
import { useResultsInView } from '@/lib/results-in-view';
import { withSearch } from '@/lib/router';
import { criticPickOptions, useCriticList, useCriticSummary } from '../api/get-critic-reviews';
import { useCriticFilters } from '../hooks/use-critic-filters';
import { CriticCard } from './critic-card';
import { CriticHeadline } from './critic-headline';
import { CriticHistogram } from './critic-histogram';
import { CriticList } from './critic-list';
import { CriticSearchBox } from './critic-search-box';
import { CriticSortSelect } from './critic-sort-select';
import { FeaturedReview } from './featured-review';

/**
 * The critics section: figures from the API's summary, and either the overview's chosen reviews (`overview`) or the
 * whole list a page at a time, on its own page. Each loads and fails on its own, so a list that cannot load leaves
 * the score on screen.
 */
export function CriticsSection({ movieId, view }: { movieId: string; view: 'overview' | 'list' }) {
  const summary = useCriticSummary(movieId);
  return (
    <Section id="critics" title="Critic reviews">
      {summary.isPending ? (
        <SectionSkeleton label="critic reviews" />
      ) : summary.isError ? (
        <ErrorState
          title="Critic scores could not be loaded."
          error={summary.error}
          onRetry={() => void summary.refetch()}
          retrying={summary.isFetching}
        />
      ) : view === 'overview' ? (
        <CriticsOverview movieId={movieId} summary={summary.data} />
      ) : (
        <CriticsBody movieId={movieId} summary={summary.data} />
      )}
    </Section>
  );
}

/** The critic list's page, opened on the view a filter change asks for (a bar or band clicked on the overview). */
const listHref = (movieId: string, change: Partial<CriticFilters>) =>
  withSearch(moviePath(movieId, 'critic-reviews'), criticFiltersUpdate(change));

/**
 * The overview: the score, its charts (a bar or band opens the list on that range), the featured review, the
 * highest and lowest scored, and the way to all of them.
 */
function CriticsOverview({ movieId, summary }: { movieId: string; summary: CriticSummary }) {
  const [highest, lowest] = criticPickOptions(movieId);
  const top = useListTop<CriticReview>(highest);
  const bottom = useListTop<CriticReview>(lowest);
  const picks = [...top.items, ...bottom.items.filter((r) => !top.items.some((t) => t.id === r.id))];
  return (
    <div className="space-y-8">
      <CriticFigures
        summary={summary}
        band={null}
        bin={null}
        bandHref={(band) => listHref(movieId, { band })}
        binHref={(bin) => listHref(movieId, { bin })}
        table={false}
      />
      {top.query.isError || bottom.query.isError ? (
        <ErrorState
          title="The highest and lowest scored reviews could not be loaded."
          error={top.query.error ?? bottom.query.error}
          onRetry={() => {
            if (top.query.isError) void top.query.refetch();
            if (bottom.query.isError) void bottom.query.refetch();
          }}
          retrying={top.query.isFetching || bottom.query.isFetching}
        />
      ) : (
        picks.length > 0 && (
          <section aria-labelledby="critic-picks" className="space-y-3">
            <h3 id="critic-picks" className="text-xl font-bold">
              Highest and lowest scored
            </h3>
            <ul className="grid gap-3 @4xl:grid-cols-2">
              {picks.map((r) => (
                <li key={r.id}>
                  <CriticCard review={r} terms={NO_TERMS} />
                </li>
              ))}
            </ul>
          </section>
        )
      )}
      <AllLink href={moviePath(movieId, 'critic-reviews')}>{`All ${summary.count} critic reviews`}</AllLink>
    </div>
  );
}

const NO_TERMS: readonly string[] = [];

/**
 * The score, its distribution and histogram, and the featured review: the same on the overview (where a band or bar
 * opens the list page on it) and the list page (where a bar filters in place). `onBand` makes the bands controls.
 */
function CriticFigures({
  summary,
  band,
  bin,
  onBand,
  onBin,
  bandHref,
  binHref,
  table,
}: {
  summary: CriticSummary;
  band: Band | null;
  bin: number | null;
  /** the list page: a band or bar filters in place (without `onBand` the bands are figures only) … */
  onBand?: (band: Band | null) => void;
  onBin?: (bin: number | null) => void;
  /** … the overview: each is a link to the list page on it */
  bandHref?: (band: Band) => string;
  binHref: (bin: number | null) => string;
  table?: boolean;
}) {
  return (
    <>
      <CriticHeadline agg={summary} />
      {summary.count > 0 && (
        <div className="grid gap-6 @4xl:grid-cols-2">
          <div className="space-y-2">
            <h3 className="text-sm font-semibold">Distribution</h3>
            <BandDistribution
              scale="critic"
              counts={summary.distribution}
              active={band}
              onSelect={onBand}
              bandHref={bandHref}
            />
          </div>
          <CriticHistogram
            bins={summary.histogram}
            binBands={summary.histogramBands}
            activeBin={bin}
            onSelectBin={onBin}
            binHref={binHref}
            table={table}
          />
        </div>
      )}
      {summary.featured && <FeaturedReview review={summary.featured} />}
    </>
  );
}

export function CriticsBody({ movieId, summary }: { movieId: string; summary: CriticSummary }) {
  const { filters, update, href, clear } = useCriticFilters();
  const all = useRef<HTMLButtonElement>(null);
  // the empty state's "Clear filters" goes with the empty state: focus moves to "All", which is now pressed
  const clearFilters = () => {
    clear();
    all.current?.focus();
  };
  const params = criticListParams(filters);
  const list = useCriticList(movieId, params, criticFiltersNearby(filters).map(criticListParams));
  const region = useResultsInView<HTMLDivElement>(list, Object.keys(params).length > 0);
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
  const sorted = params.sort ? sortPhrase(CRITIC_SORT_LABEL[filters.sort]) : '';
  const count = filtered
    ? `${list.total} of ${summary.count} critic reviews: ${what.join(', ')}${sorted}.`
    : `All ${summary.count} critic reviews${sorted}.`;

  return (
    <div className={LIST_PAGE_GRID}>
      {/* the distribution is figures only here: the filter bar beside it holds the same choice, as one Tab stop */}
      <div className={LIST_PAGE_SUMMARY}>
        <CriticFigures
          summary={summary}
          band={filters.band}
          bin={filters.bin}
          onBin={(bin) => update({ bin })}
          binHref={(bin) => href({ bin })}
        />
      </div>

      <div ref={region} className={`scroll-mt-4 ${LIST_PAGE_LIST}`}>
        <div className="flex flex-col gap-3 static:hidden @4xl:flex-row @4xl:items-center @4xl:justify-between">
          <BandFilter
            counts={summary.distribution}
            active={filters.band}
            onSelect={(band) => update({ band })}
            allPressed={filters.band === null && filters.bin === null}
            allRef={all}
            label="Filter critic reviews by score band"
          />
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
            <CriticSearchBox value={filters.q} onSearch={(q, how) => update({ q }, how)} />
            <CriticSortSelect value={filters.sort} onChange={(sort) => update({ sort })} />
          </div>
        </div>
        <PagedListView list={list} what="critic reviews" skeletonRows={2}>
          <ResultCount text={count} updating={list.updating} className="mb-4" />
          <CriticList reviews={list.items} terms={terms} onClear={clearFilters} filtered={filtered} />
        </PagedListView>
      </div>
    </div>
  );
}
