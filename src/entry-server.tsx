import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { configureClient } from '@/api/client';
import { movieQueryOptions } from '@/api/movie';
import { createQueryClient } from '@/api/query-client';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { pageHead } from '@/app/seo';
import { criticReviewsQueryOptions } from '@/features/critics/api/get-critic-reviews';
import { familyReviewsQueryOptions, parentGuideQueryOptions } from '@/features/parents-guide/api/get-parent-guide';
import { userReviewsQueryOptions } from '@/features/user-reviews/api/get-user-reviews';
import { ServerUrlContext } from '@/lib/router';
import { createApi } from '@/mock-api/app';
import { seed } from '@/mock-api/seed';

export interface PrerenderedPage {
  html: string;
  head: string;
  state: { url: string; queries: DehydratedState };
}

/**
 * Renders a movie page at build time from the seed data, through the same HTTP API and query options the
 * browser uses, and returns its HTML, its <head> tags and the react-query state the client hydrates from.
 */
export async function renderMoviePage(
  movieId: string,
  siteUrl: string,
  opts: { withSynthetic?: boolean } = {},
): Promise<PrerenderedPage> {
  // benchmark builds only: the synthetic movie is prerendered like any other movie page
  const seedData = opts.withSynthetic ? (await import('@/mock-api/synthetic')).withSyntheticMovie(seed) : seed;
  const api = createApi({ seed: seedData });
  configureClient({ transport: (req) => api.fetch(req), baseUrl: 'http://localhost' });
  const queryClient = createQueryClient({ retry: false });
  await Promise.all([
    queryClient.fetchQuery(movieQueryOptions(movieId)),
    queryClient.fetchQuery(criticReviewsQueryOptions(movieId)),
    queryClient.fetchQuery(userReviewsQueryOptions(movieId)),
    queryClient.fetchQuery(parentGuideQueryOptions(movieId)),
    queryClient.fetchQuery(familyReviewsQueryOptions(movieId)),
  ]);
  const url = `/movies/${encodeURIComponent(movieId)}`;
  const { prelude } = await prerender(
    <ServerUrlContext value={url}>
      <AppProviders client={queryClient}>
        <App />
      </AppProviders>
    </ServerUrlContext>,
  );
  const html = await new Response(prelude).text();
  const movie = queryClient.getQueryData(movieQueryOptions(movieId).queryKey)!;
  const critics = queryClient.getQueryData(criticReviewsQueryOptions(movieId).queryKey)!;
  const guide = queryClient.getQueryData(parentGuideQueryOptions(movieId).queryKey)!;
  return {
    html,
    head: pageHead({ siteUrl, path: url, movie, critics: critics.items, guide }),
    state: { url, queries: dehydrate(queryClient) },
  };
}
