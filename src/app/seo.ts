import type { MovieView } from '@/lib/movie-paths';
import type { CriticReview, CriticSummary, Movie, ParentGuide, UserSummary } from '@/domain/schemas';
import { formatCriticScore, formatUserScore } from '@/domain/scores';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** JSON inside <script type="application/ld+json">: no way to close the element from inside the data. */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const VIEW_TITLE: Record<MovieView, string> = {
  overview: 'critic, user and parent reviews',
  'critic-reviews': 'all critic reviews',
  'user-reviews': 'all user reviews',
  'parents-guide': 'parents’ guide and family reviews',
};

/** The page's title, in the <head> of a prerendered page and in `document.title` after a move in the app. */
export const pageTitle = (movie: Pick<Movie, 'title' | 'year'>, view: MovieView) =>
  `${movie.title} (${movie.year}): ${VIEW_TITLE[view]} · Verdict`;

interface HeadInput {
  siteUrl: string;
  path: string;
  view: MovieView;
  movie: Movie;
  criticSummary: CriticSummary;
  userSummary: UserSummary;
  /** the first page of critic reviews, highest scored first */
  critics: readonly CriticReview[];
  guide: ParentGuide;
}

/** Title, description, canonical, OpenGraph, Twitter card and schema.org JSON-LD for a movie page. */
export function pageHead({
  siteUrl,
  path,
  view,
  movie,
  criticSummary,
  userSummary: user,
  critics,
  guide,
}: HeadInput): string {
  const url = `${siteUrl.replace(/\/$/, '')}${path}`;
  const critic = criticSummary.published;
  const title = pageTitle(movie, view);
  const parts = [
    critic ? `Critics: ${formatCriticScore(critic.score)}/100 from ${critic.count} reviews` : null,
    user.score !== null ? `users: ${formatUserScore(user.score)}/10 from ${user.count} ratings` : null,
    `parents: ${guide.verdict}`,
  ].filter(Boolean);
  const description = `${movie.synopsis} ${parts.join('; ')}.`;

  const scored = critics.filter((r) => r.score !== null);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: movie.title,
    url,
    datePublished: String(movie.year),
    description: movie.synopsis,
    contentRating: `MPAA ${movie.mpaa.rating}`,
    ...(critic
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: critic.score,
            bestRating: 100,
            worstRating: 0,
            ratingCount: critic.count,
            reviewCount: critic.count,
          },
        }
      : {}),
    review: scored.slice(0, 10).map((r) => ({
      '@type': 'Review',
      author: { '@type': 'Person', name: r.critic },
      ...(r.publication ? { publisher: { '@type': 'Organization', name: r.publication } } : {}),
      ...(r.date ? { datePublished: r.date } : {}),
      reviewBody: r.excerpt,
      reviewRating: { '@type': 'Rating', ratingValue: r.score, bestRating: 100, worstRating: 0 },
    })),
  };

  return [
    `<title>${esc(title)}</title>`,
    `<meta name="description" content="${esc(description)}" />`,
    `<link rel="canonical" href="${esc(url)}" />`,
    `<meta property="og:type" content="video.movie" />`,
    `<meta property="og:site_name" content="Verdict" />`,
    `<meta property="og:title" content="${esc(`${movie.title} (${movie.year})`)}" />`,
    `<meta property="og:description" content="${esc(description)}" />`,
    `<meta property="og:url" content="${esc(url)}" />`,
    `<meta property="og:image" content="${esc(`${siteUrl.replace(/\/$/, '')}/og-image.png`)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${esc(`${movie.title} (${movie.year})`)}" />`,
    `<meta name="twitter:description" content="${esc(description)}" />`,
    `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
  ].join('\n    ');
}
