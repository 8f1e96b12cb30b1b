import { useEffect, type ReactNode } from 'react';
import { isApiError } from '@/api/errors';
import { useMovieQuery } from '@/api/use-movie';
import { ErrorState } from '@/components/error-state';
import { SectionBoundary } from '@/components/section-boundary';
import { Skeleton } from '@/components/skeleton';
import { CriticsSection } from '@/features/critics/components/critics-section';
import { MovieHeader } from '@/features/movie/components/movie-header';
import { MovieHeaderSkeleton } from '@/features/movie/components/movie-header-skeleton';
import { MovieSynopsis } from '@/features/movie/components/movie-synopsis';
import { ParentsGuideSection } from '@/features/parents-guide/components/parents-guide-section';
import { UserReviewsSection } from '@/features/user-reviews/components/user-reviews-section';
import { moviePath, type ListView, type MovieView } from '@/lib/movie-paths';
import { Link } from '@/lib/router';
import { NotFound } from './not-found';
import { pageTitle } from './seo';
import { VerdictStrip } from './verdict-strip';

/** A movie's page: its overview, or one of its full lists (critic reviews, user reviews, the parents' guide). */
export function MoviePage({ movieId, view }: { movieId: string; view: MovieView }) {
  const movie = useMovieQuery(movieId);
  const title = movie.data && pageTitle(movie.data.movie, view);
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (movie.isError && isApiError(movie.error) && movie.error.status === 404) {
    return <NotFound what={`No movie called “${movieId}” here.`} />;
  }
  if (view !== 'overview') return <ListPage movieId={movieId} view={view} />;

  return (
    <div className="space-y-12">
      {/* the first screen: title, year and rating, then the three verdicts (each a link to its section) */}
      <div className="space-y-5">
        {movie.isPending ? (
          <MovieHeaderSkeleton />
        ) : movie.isError ? (
          <ErrorState
            title="The movie could not be loaded."
            error={movie.error}
            onRetry={() => void movie.refetch()}
            retrying={movie.isFetching}
          />
        ) : (
          <MovieHeader movie={movie.data.movie} />
        )}
        <SectionBoundary name="verdicts">
          <VerdictStrip movieId={movieId} />
        </SectionBoundary>
        {movie.isSuccess ? (
          <MovieSynopsis movie={movie.data.movie} />
        ) : movie.isPending ? (
          <Skeleton className="h-14 w-full max-w-3xl" />
        ) : null}
      </div>
      <SectionBoundary name="critic reviews">
        <CriticsSection movieId={movieId} view="overview" />
      </SectionBoundary>
      <SectionBoundary name="user reviews">
        <UserReviewsSection movieId={movieId} view="overview" />
      </SectionBoundary>
      <SectionBoundary name="parents guide">
        <ParentsGuideSection movieId={movieId} view="overview" />
      </SectionBoundary>
    </div>
  );
}

const SECTION: Record<ListView, { name: string; render: (movieId: string) => ReactNode }> = {
  'critic-reviews': {
    name: 'critic reviews',
    render: (id) => <CriticsSection movieId={id} view="list" />,
  },
  'user-reviews': { name: 'user reviews', render: (id) => <UserReviewsSection movieId={id} view="list" /> },
  'parents-guide': { name: 'parents guide', render: (id) => <ParentsGuideSection movieId={id} view="list" /> },
};

/** A full list: the way back to the movie (its title), then the section, whose heading is the page's. */
function ListPage({ movieId, view }: { movieId: string; view: ListView }) {
  const movie = useMovieQuery(movieId);
  const section = SECTION[view];
  return (
    <div className="space-y-4">
      {/* the page's heading, for the outline and for focus after a followed link; the section's says it on screen */}
      <h1 tabIndex={-1} className="sr-only">
        {movie.data ? `${movie.data.movie.title} (${movie.data.movie.year}): ${section.name}` : section.name}
      </h1>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={moviePath(movieId)} className="font-semibold text-blue-800 underline dark:text-blue-300">
          <span aria-hidden="true">← </span>
          {movie.data ? `${movie.data.movie.title} (${movie.data.movie.year})` : 'Back to the movie'}
        </Link>
      </nav>
      <SectionBoundary name={section.name}>{section.render(movieId)}</SectionBoundary>
    </div>
  );
}
