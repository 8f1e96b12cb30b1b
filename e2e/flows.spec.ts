// The three things readers come for (PRODUCT.md: read, rate, filter), written once against the driver in
// e2e/engines/driver.ts and run in Chromium (Playwright), Firefox (puppeteer-core over WebDriver BiDi) and WebKit
// (selenium-webdriver, WebKitWebDriver): the `chromium`, `firefox` and `webkit` projects. Each flow ends with no
// console error, uncaught error, failed resource or CSP violation; the canary shows the harness would see them.
import { readFileSync } from 'node:fs';
import { role, testId, text, type Driver } from './engines/driver';
import { expect, FAST, test } from './fixtures';
import { CRITIC_REVIEWS, MOVIE } from './page';

const critics = role('region', 'Critic reviews');
const users = role('region', 'User reviews');
const guide = role('region', 'Parents guide');
const criticCards = role('article', undefined, role('list', 'Critic reviews list', critics));
/** The line above the critic list that says how many reviews it holds ("8 of 34 critic reviews: negative."). */
const criticCount = text(/^(All 34|\d+ of 34) critic reviews\b/, critics);
const userScore = testId('user-score', users);
/** The first screen's three verdicts (src/app/verdict-strip.tsx), each a link named by its whole verdict. */
const glance = role('region', 'At a glance');
const param = async (d: Driver, key: string) => new URL(await d.url()).searchParams.get(key);
const poll = <T>(read: () => Promise<T>) => expect.poll(read, FAST);

/** The longest critic excerpt in the seed: clamped to three lines at 1280 px until "Read more". */
const LONG = (() => {
  const seed = JSON.parse(readFileSync('src/mock-api/seed/seed.json', 'utf8')) as {
    movies: { critics: { critic: string; publication: string | null; excerpt: string }[] }[];
  };
  const [longest] = [...seed.movies[0]!.critics].sort((a, b) => b.excerpt.length - a.excerpt.length);
  return longest!;
})();

test.describe('a reader', () => {
  test('reads: critic score 42, user score 6.4 from 14, OK for kids 9+, and a long review in full', async ({
    driver: d,
  }) => {
    await d.goto(MOVIE);
    const published = await d.text(testId('published-score', critics));
    expect(published).toMatch(/^42 42 out of 100\b/);
    expect(published).toContain('Metascore, published by Metacritic');
    expect(await d.text(userScore)).toMatch(/^6\.4 6\.4 out of 10\b/);
    expect(await d.text(userScore)).toContain('based on 14 ratings');
    expect(await d.text(role('heading', 'OK for kids 9+', guide))).toBe('OK for kids 9+');

    // every review is one link away from the overview, on the list's own page
    await d.click(role('link', 'All 34 critic reviews', critics));
    await poll(() => d.count(criticCards)).toBe(20);
    expect(new URL(await d.url()).pathname).toBe(CRITIC_REVIEWS);
    const card = role('article', [LONG.critic, LONG.publication].filter(Boolean).join(', '), critics);
    const excerpt = text(LONG.excerpt, card);
    expect(await d.clipped(excerpt), 'the excerpt is clamped before "Read more"').toBe(true);
    await d.click(role('button', 'Read more', card));
    await poll(() => d.count(role('button', 'Show less', card))).toBe(1);
    expect(await d.clipped(excerpt), 'the whole excerpt shows after "Read more"').toBe(false);
    expect(await d.text(excerpt)).toBe(LONG.excerpt.replace(/\s+/g, ' ').trim());
    expect(await d.errors()).toEqual([]);
  });

  test('rates 10 with a review: 6.6 from 15, the review listed, and both still there after a reload', async ({
    driver: d,
  }) => {
    const nickname = `Reader in ${d.engine}`;
    const review =
      'A moving, well acted drama about two mothers who take on a failing school and the union that runs it. Worth it.';
    const form = role('form', 'Rate this movie', users);
    const mine = role('article', `Review by ${nickname}`, users);
    await d.goto(MOVIE);
    await poll(() => d.text(userScore)).toContain('based on 14 ratings');
    await d.click(role('radio', /^10,/, form));
    await d.fill(role('textbox', 'Nickname', form), nickname);
    await d.fill(role('textbox', /^Your review/, form), review);
    await d.click(role('button', 'Submit rating', form));

    await poll(() => d.text(userScore)).toContain('based on 15 ratings');
    expect(await d.text(userScore)).toMatch(/^6\.6 /);
    // the verdict on the first screen reads the same summary, so it moved with it
    expect(await d.count(role('link', 'Users: 6.6 out of 10, Generally favorable, 15 ratings', glance))).toBe(1);
    await poll(() => d.count(mine)).toBe(1);
    expect(await d.text(mine)).toContain(review);
    await poll(() => d.count(text('Thank you. Your rating of 10 out of 10 was added.', users))).toBe(1);
    expect(await d.count(role('heading', 'Your rating: 10 out of 10', users))).toBe(1);

    // listed with everyone's, and still there after a reload
    await d.click(role('link', 'All 14 user reviews', users));
    await poll(() => d.count(mine)).toBe(1);
    expect(await d.text(mine)).toContain(review);
    await d.reload();
    await poll(() => d.count(mine)).toBe(1);
    expect(await d.text(mine)).toContain(review);
    expect(await d.text(userScore)).toMatch(/^6\.6 .*based on 15 ratings/);
    await d.back();
    await poll(() => d.count(role('heading', 'Your rating: 10 out of 10', users))).toBe(1);
    expect(await d.text(userScore)).toMatch(/^6\.6 .*based on 15 ratings/);
    expect(await d.errors()).toEqual([]);
  });

  test('filters critics by a band and a histogram bar; the URL follows and Back restores each step, to the overview', async ({
    driver: d,
  }) => {
    // a band on the overview opens the list page on it
    await d.goto(MOVIE);
    await d.click(role('link', /^Negative\b/, role('list', 'Score distribution', critics)));
    await poll(() => d.text(criticCount)).toBe('8 of 34 critic reviews: negative.');
    await poll(() => d.count(criticCards)).toBe(8);
    expect(new URL(await d.url()).pathname).toBe(CRITIC_REVIEWS);
    expect(await param(d, 'band')).toBe('negative');

    await d.click(role('link', '20–29: 3 reviews, negative', role('group', 'Critic scores, 0–100', critics)));
    await poll(() => d.text(criticCount)).toMatch(/^3 of 34 critic reviews: scores 20–29\b/);
    await poll(() => d.count(criticCards)).toBe(3);
    expect(await param(d, 'bin')).toBe('2');

    await d.back();
    await poll(() => d.text(criticCount)).toBe('8 of 34 critic reviews: negative.');
    await poll(() => d.count(criticCards)).toBe(8);
    expect([await param(d, 'band'), await param(d, 'bin')]).toEqual(['negative', null]);
    await d.back();
    await poll(() => d.count(glance)).toBe(1);
    expect(new URL(await d.url()).pathname).toBe(MOVIE);
    expect(await d.errors()).toEqual([]);
  });
});

test('the harness sees a console error, an uncaught error and a CSP violation (the canary page)', async ({
  driver: d,
}) => {
  await d.goto('/__e2e__/canary.html');
  const seen = async () => {
    const errors = await d.errors();
    return {
      console: errors.some((e) => e.includes('canary: a console error')),
      uncaught: errors.some((e) => e.includes('canary: an uncaught error')),
      csp: errors.some((e) => /^csp: script-src/.test(e)),
    };
  };
  await poll(seen).toEqual({ console: true, uncaught: true, csp: true });
});
