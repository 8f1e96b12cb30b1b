import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { configureClient } from '@/api/client';
import { isApiError } from '@/api/errors';
import { movieQueryOptions } from '@/api/movie';
import { createQueryClient } from '@/api/query-client';
import { App } from '@/app/app';
import { AppProviders } from '@/app/providers';
import { matchRoute } from '@/app/routes';
import { jsonForScript, pageHead } from '@/app/seo';
import { criticListParams, parseCriticFilters } from '@/domain/critic-filters';
import { parseFamilyRole } from '@/domain/family';
import {
  criticListOptions,
  criticPickOptions,
  criticSummaryQueryOptions,
} from '@/features/critics/api/get-critic-reviews';
import {
  familyListOptions,
  familyListParams,
  familySummaryQueryOptions,
  parentGuideQueryOptions,
} from '@/features/parents-guide/api/get-parent-guide';
import {
  userListOptions,
  userPickOptions,
  userSummaryQueryOptions,
} from '@/features/user-reviews/api/get-user-reviews';
import { parseUserReviewParams, userListParams } from '@/features/user-reviews/hooks/user-review-params';
import type { MovieView } from '@/lib/movie-paths';
import { ServerUrlContext } from '@/lib/router';
import { seed } from '@/mock-api/seed';

export interface RenderedPage {
  status: number;
  html: string;
  head: string;
  /** the react-query state the page was rendered with: the first page of each list and the summaries */
  state: { url: string; queries: DehydratedState };
}

/** What a movie page needs for the view in its URL: the summaries, and the overview's picks or the list's first page. */
async function prefetchMoviePage(queryClient: QueryClient, movieId: string, view: MovieView, search: URLSearchParams) {
  const role = parseFamilyRole(search.get('role'));
  const lists: Record<MovieView, () => Promise<unknown>[]> = {
    overview: () => [
      ...criticPickOptions(movieId).map((o) => queryClient.fetchInfiniteQuery(o)),
      queryClient.fetchInfiniteQuery(userPickOptions(movieId)),
    ],
    'critic-reviews': () => [
      queryClient.fetchInfiniteQuery(criticListOptions(movieId, criticListParams(parseCriticFilters(search)))),
    ],
    'user-reviews': () => [
      queryClient.fetchInfiniteQuery(userListOptions(movieId, userListParams(parseUserReviewParams(search)))),
    ],
    'parents-guide': () => [queryClient.fetchInfiniteQuery(familyListOptions(movieId, familyListParams(role)))],
  };
  await Promise.all([
    queryClient.fetchQuery(movieQueryOptions(movieId)),
    queryClient.fetchQuery(criticSummaryQueryOptions(movieId)),
    queryClient.fetchQuery(userSummaryQueryOptions(movieId)),
    queryClient.fetchQuery(parentGuideQueryOptions(movieId)),
    queryClient.fetchQuery(familySummaryQueryOptions(movieId)),
    ...lists[view](),
  ]);
}

/**
 * Renders a page through the HTTP API (whatever answers `fetch`: the in-process mock at build time, the
 * server's own API per request) with the query options the browser uses, and returns its HTML, <head> tags,
 * status, and the state the client hydrates from.
 */
export async function renderPage(
  url: string,
  opts: { fetch: (req: Request) => Promise<Response> | Response; siteUrl: string },
): Promise<RenderedPage> {
  configureClient({ transport: opts.fetch, baseUrl: 'http://localhost' });
  const queryClient = createQueryClient({ retry: false });
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const route = matchRoute(pathname);
  let status = 200;
  let head = '<title>Page not found · Verdict</title>';
  if (route.name === 'movie') {
    try {
      await prefetchMoviePage(queryClient, route.movieId, route.view, searchParams);
      const id = route.movieId;
      // the structured data's reviews: the critic list's first page, or the overview's picks
      const critics = queryClient.getQueryData(
        (route.view === 'overview' ? criticPickOptions(id)[0] : criticListOptions(id, {})).queryKey,
      );
      head = pageHead({
        siteUrl: opts.siteUrl,
        path: pathname,
        view: route.view,
        movie: queryClient.getQueryData(movieQueryOptions(id).queryKey)!.movie,
        criticSummary: queryClient.getQueryData(criticSummaryQueryOptions(id).queryKey)!,
        userSummary: queryClient.getQueryData(userSummaryQueryOptions(id).queryKey)!,
        critics: critics?.pages[0]?.items ?? [],
        guide: queryClient.getQueryData(parentGuideQueryOptions(id).queryKey)!,
      });
    } catch (e) {
      if (!(isApiError(e) && e.status === 404)) throw e;
      status = 404;
      queryClient.clear();
    }
  } else if (route.name !== 'home') {
    status = 404;
  }
  const { prelude } = await prerender(
    <ServerUrlContext value={pathname + (searchParams.size ? `?${searchParams}` : '')}>
      <AppProviders client={queryClient}>
        <App notFound={status === 404} />
      </AppProviders>
    </ServerUrlContext>,
  );
  const html = await new Response(prelude).text();
  return { status, html, head, state: { url: pathname, queries: dehydrate(queryClient) } };
}

/**
 * The page in the app's HTML template. The state goes either in a preloaded sidecar file (`stateUrl`: the
 * static build, so the HTML stays small) or inline in a JSON data block (per-request rendering; a data block
 * never runs, so the Content-Security-Policy allows it).
 */
export function fillTemplate(
  template: string,
  page: RenderedPage,
  where: { stateUrl: string } | { inlineState: true },
) {
  if (!/<title>[\s\S]*?<\/title>/.test(template)) throw new Error('template: index.html needs a <title> to replace');
  const stateTags =
    'stateUrl' in where
      ? [
          `<meta name="verdict-state" content="${where.stateUrl}" />`,
          `<link rel="preload" href="${where.stateUrl}" as="fetch" crossorigin="anonymous" />`,
        ].join('\n    ')
      : `<script type="application/json" id="verdict-state">${jsonForScript(page.state)}</script>`;
  const html = template
    .replace(/<meta\s+name="description"[^>]*>\s*/, '')
    .replace(/<title>[\s\S]*?<\/title>/, `${page.head}\n    ${stateTags}`)
    .replace('<div id="root"></div>', `<div id="root">${page.html}</div>`);
  if (html === template || !html.includes('verdict-state')) throw new Error('template: markers not found');
  return html;
}

export { createApi } from '@/mock-api/app';
export { openApiDocument } from '@/domain/openapi';

/** The seed the build prerenders from; benchmark builds add the synthetic movie. */
export async function seedForBuild(opts: { withSynthetic: boolean }) {
  return opts.withSynthetic ? (await import('@/mock-api/synthetic')).withSyntheticMovie(seed) : seed;
}
