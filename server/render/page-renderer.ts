import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  criticSummarySchema,
  movieResponseSchema,
  parentGuideSchema,
  userReviewPageSchema,
  userSummarySchema,
} from '@/domain/schemas';
import { formatCriticScore, formatUserScore } from '@/domain/scores';

/**
 * What the server needs from the app's server entry (src/entry-server.tsx, built for Node):
 * `renderPage(url, { fetch, siteUrl })` renders a page through the same HTTP API the browser uses, and
 * `fillTemplate(template, page, { inlineState })` puts it into the built index.html. Until that entry exports
 * them, the server renders a plain page from the same API itself (the fallback below), so everything else
 * about the server can run and be tested.
 */
export interface RenderedPage {
  status: number;
  html: string;
  head: string;
  state: unknown;
}

export interface RenderOptions {
  fetch: (req: Request) => Promise<Response>;
  siteUrl: string;
}

export interface PageRenderer {
  /** 'app': the app's own server entry; 'fallback': the server's plain pages */
  readonly kind: 'app' | 'fallback';
  renderPage(url: string, opts: RenderOptions): Promise<RenderedPage>;
  fillTemplate(template: string, page: RenderedPage, opts: { inlineState: boolean }): string;
}

interface EntryModule {
  renderPage?: unknown;
  fillTemplate?: unknown;
}

/** The app's server entry when it is built and has the two functions; the fallback otherwise. */
export async function loadRenderer(entryPath: string | null): Promise<PageRenderer> {
  if (entryPath && existsSync(entryPath)) {
    const mod = (await import(pathToFileURL(resolve(entryPath)).href)) as EntryModule;
    if (typeof mod.renderPage === 'function' && typeof mod.fillTemplate === 'function') {
      return {
        kind: 'app',
        renderPage: mod.renderPage as PageRenderer['renderPage'],
        fillTemplate: mod.fillTemplate as PageRenderer['fillTemplate'],
      };
    }
  }
  return fallbackRenderer;
}

/** The template when there is no client build: enough for the fallback pages. */
export const BARE_TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Verdict</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** JSON in a `<script type="application/json">` data block: nothing inside can end the element. */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const notFound = (what: string): RenderedPage => ({
  status: 404,
  head: '<title>Not found · Verdict</title>',
  html: `<main><h1>Not found</h1><p>${esc(what)}</p><p><a href="/">Back to the first page</a></p></main>`,
  state: null,
});

const DEFAULT_MOVIE = 'wont-back-down';

/**
 * Plain server pages from the API, current data, no client state: a movie's three verdicts and its newest user
 * reviews, `/` pointing to the first movie, and a 404 page for anything else.
 */
export const fallbackRenderer: PageRenderer = {
  kind: 'fallback',
  async renderPage(url, { fetch }) {
    const path = new URL(url, 'http://x').pathname;
    if (path === '/' || path === '/index.html') {
      return {
        status: 200,
        head: '<title>Verdict: critic, user and parent reviews in one place</title>',
        html: `<main><h1>Verdict</h1><p><a href="/movies/${DEFAULT_MOVIE}">Won't Back Down (2012)</a></p></main>`,
        state: null,
      };
    }
    const m = /^\/movies\/([^/]+)(?:\/(critic-reviews|user-reviews|parents-guide))?\/?$/.exec(path);
    let id: string;
    try {
      id = m ? decodeURIComponent(m[1]!) : '';
    } catch {
      id = '';
    }
    if (!id) return notFound('There is no page at this address.');
    const api = (p: string) =>
      fetch(new Request(`http://localhost/api/movies/${encodeURIComponent(id)}${p}`)).then(async (r) => {
        if (!r.ok) throw Object.assign(new Error(`${p}: ${r.status}`), { status: r.status });
        return r.json() as Promise<unknown>;
      });
    let data;
    try {
      const [movie, critics, users, guide, reviews] = await Promise.all([
        api(''),
        api('/critic-summary'),
        api('/user-summary'),
        api('/parent-guide'),
        api('/user-reviews?limit=10'),
      ]);
      data = {
        movie: movieResponseSchema.parse(movie).movie,
        critics: criticSummarySchema.parse(critics),
        users: userSummarySchema.parse(users),
        guide: parentGuideSchema.parse(guide),
        reviews: userReviewPageSchema.parse(reviews),
      };
    } catch (e) {
      if ((e as { status?: number }).status === 404) return notFound('We have no movie at this address.');
      throw e;
    }
    const { movie, critics, users, guide, reviews } = data;
    const critic = critics.published
      ? `Metascore ${formatCriticScore(critics.published.score)}, published by Metacritic, from ${critics.published.count} critics`
      : 'Not enough critic reviews yet';
    const mean =
      critics.mean === null ? '' : `; the plain mean of ${critics.count} scores is ${Math.round(critics.mean)}`;
    const user =
      users.score === null
        ? 'No user ratings yet'
        : `User score ${formatUserScore(users.score)} from ${users.count} ratings`;
    const items = reviews.items
      .map(
        (r) =>
          `<article><h3>${esc(r.title ?? r.author ?? 'A reader')}</h3><p>${r.score === null ? '' : `${r.score}/10 · `}${esc(r.author ?? '')}</p>${r.spoiler ? '' : `<p>${esc(r.text)}</p>`}</article>`,
      )
      .join('');
    return {
      status: 200,
      head: `<title>${esc(`${movie.title} (${movie.year}) · Verdict`)}</title>\n    <meta name="description" content="${esc(movie.synopsis)}" />`,
      html: `<main><h1>${esc(movie.title)} <small>(${movie.year})</small></h1><p>${esc(movie.synopsis)}</p>
<section id="critics"><h2>Critics</h2><p>${esc(critic + mean)}.</p></section>
<section id="users"><h2>Users</h2><p data-testid="user-score">${esc(user)}.</p>${items}</section>
<section id="parents"><h2>Parents</h2><p>${esc(guide.verdict)}: ${esc(guide.summary)}</p></section></main>`,
      state: null,
    };
  },
  fillTemplate(template, page, { inlineState }) {
    let html = template
      .replace(/<meta\s+name="description"[^>]*>\s*/, '')
      .replace(/<title>[\s\S]*?<\/title>/, page.head)
      .replace(/<div id="root"><\/div>/, `<div id="root">${page.html}</div>`);
    if (inlineState && page.state !== null && page.state !== undefined) {
      html = html.replace(
        '</body>',
        `<script type="application/json" id="verdict-state">${jsonForScript(page.state)}</script>\n  </body>`,
      );
    }
    return html;
  },
};
