import { lazy, Suspense } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import { useMovieQuery } from '@/api/use-movie';
import { ErrorState } from '@/components/error-state';
import { AllLink } from '@/components/all-link';
import { Section } from '@/components/section';
import type { FamilySummary } from '@/domain/schemas';
import { moviePath } from '@/lib/movie-paths';
import { SectionSkeleton, Skeleton } from '@/components/skeleton';
import { useFamilySummary, useParentGuide } from '../api/get-parent-guide';
import { AgeVerdict } from './age-verdict';
import { ContentGrid } from './content-grid';
import { FamilyReviewFormPlaceholder } from './family-review-form-placeholder';
import { FamilyReviewList } from './family-review-list';
import { FORM_ANCHOR } from './family-say';
import { FamilySaySummary } from './family-say-summary';
import { TalkAboutList } from './talk-about-list';

// react-hook-form and the form stay out of the first paint's JavaScript.
const FamilyReviewForm = lazy(() => import('./family-review-form').then((m) => ({ default: m.FamilyReviewForm })));

/**
 * The parents' guide. The overview (`overview`) has the age verdict, the content grid and what parents and kids say;
 * the guide's own page has all of it, the talk-about points, the family form and every family review.
 */
export function ParentsGuideSection({ movieId, view }: { movieId: string; view: 'overview' | 'list' }) {
  const guide = useParentGuide(movieId);
  const family = useFamilySummary(movieId);
  const movie = useMovieQuery(movieId);
  const isClient = useHydrated();
  const overview = view === 'overview';
  const familyCount = family.data ? family.data.parents.count + family.data.kids.count : null;

  return (
    <Section id="parents" title="Parents guide">
      {guide.isPending ? (
        <SectionSkeleton label="the parents guide" rows={2} />
      ) : guide.isError ? (
        <ErrorState
          title="The parents guide could not be loaded."
          error={guide.error}
          onRetry={() => void guide.refetch()}
          retrying={guide.isFetching}
        />
      ) : (
        <div className="space-y-8">
          <AgeVerdict guide={guide.data} mpaa={movie.data?.movie.mpaa ?? null} />
          {!overview && <TalkAboutList guide={guide.data} />}
          <ContentGrid content={guide.data.content} whole={!overview} />
        </div>
      )}
      <div className="mt-10 space-y-8">
        {family.isPending ? (
          <div role="status" className="space-y-3">
            <span className="sr-only">Loading what parents and kids say…</span>
            <Skeleton className="h-8 w-64" />
            <div className="grid gap-4 md:grid-cols-2">
              <Skeleton className="h-44" />
              <Skeleton className="h-44" />
            </div>
          </div>
        ) : family.isError ? (
          <ErrorState
            title="What parents and kids say could not be loaded."
            error={family.error}
            onRetry={() => void family.refetch()}
            retrying={family.isFetching}
          />
        ) : (
          <FamilySaySummary movieId={movieId} summary={family.data} />
        )}
        {overview ? (
          <AllLink href={moviePath(movieId, 'parents-guide')}>
            {familyCount
              ? `The whole guide, with what to talk about and all ${familyCount} reviews from parents and kids`
              : 'The whole guide, with what to talk about'}
          </AllLink>
        ) : (
          <FamilyPart movieId={movieId} summary={family.data} isClient={isClient} />
        )}
      </div>
    </Section>
  );
}

/**
 * The guide page's own part: every review from parents and kids, then the family form (the list first, so its
 * first review is a few Tab stops from the top; "Add a … review" and "Write the first one" link to the form).
 */
function FamilyPart({
  movieId,
  summary,
  isClient,
}: {
  movieId: string;
  summary: FamilySummary | undefined;
  isClient: boolean;
}) {
  return (
    <>
      <FamilyReviewList movieId={movieId} summary={summary} />
      <div id={FORM_ANCHOR} tabIndex={-1} className="scroll-mt-4 focus:outline-none print:hidden">
        {/* The form reads the reader's saved draft, so it is rendered in the browser only. */}
        {isClient ? (
          <Suspense fallback={<FamilyReviewFormPlaceholder />}>
            <FamilyReviewForm movieId={movieId} />
          </Suspense>
        ) : (
          <FamilyReviewFormPlaceholder />
        )}
      </div>
    </>
  );
}
