import { isApiError } from '@/api/errors';
import { useMovieQuery } from '@/api/use-movie';
import { ErrorState } from '@/components/error-state';
import { SectionBoundary } from '@/components/section-boundary';
import { CriticsSection } from '@/features/critics/components/critics-section';
import { MovieHeader } from '@/features/movie/components/movie-header';
import { MovieHeaderSkeleton } from '@/features/movie/components/movie-header-skeleton';
import { ParentsGuideSection } from '@/features/parents-guide/components/parents-guide-section';
import { UserReviewsSection } from '@/features/user-reviews/components/user-reviews-section';
import { NotFound } from './not-found';

export function MoviePage({ movieId }: { movieId: string }) {
  const movie = useMovieQuery(movieId);

  if (movie.isError && isApiError(movie.error) && movie.error.status === 404) {
    return <NotFound what={`No movie called “${movieId}” here.`} />;
  }

  return (
    <div className="space-y-12">
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
      <nav aria-label="Sections" className="flex flex-wrap gap-2 text-sm">
        {[
          ['#critics', 'Critic reviews'],
          ['#users', 'User reviews'],
          ['#parents', 'Parents guide'],
        ].map(([href, label]) => (
          <a
            key={href}
            href={href}
            className="rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            {label}
          </a>
        ))}
      </nav>
      <SectionBoundary name="critic reviews">
        <CriticsSection movieId={movieId} />
      </SectionBoundary>
      <SectionBoundary name="user reviews">
        <UserReviewsSection movieId={movieId} />
      </SectionBoundary>
      <SectionBoundary name="parents guide">
        <ParentsGuideSection movieId={movieId} />
      </SectionBoundary>
    </div>
  );
}
