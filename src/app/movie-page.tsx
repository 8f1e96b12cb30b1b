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
import { NotFound } from './not-found';
import { VerdictStrip } from './verdict-strip';

export function MoviePage({ movieId }: { movieId: string }) {
  const movie = useMovieQuery(movieId);

  if (movie.isError && isApiError(movie.error) && movie.error.status === 404) {
    return <NotFound what={`No movie called “${movieId}” here.`} />;
  }

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
