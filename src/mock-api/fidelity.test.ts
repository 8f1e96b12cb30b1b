import { describe, expect, it } from 'vitest';
import {
  criticPageSchema,
  criticSummarySchema,
  movieResponseSchema,
  parentGuideSchema,
  userReviewPageSchema,
  userSummarySchema,
} from '@/domain/schemas';
import { createApi } from './app';

/** The seed figures, checked through the HTTP API as the page reads them, not by reading the JSON. */
const api = createApi();
const get = async <T>(path: string, schema: { parse: (v: unknown) => T }): Promise<T> => {
  const res = await api.request(path);
  expect(res.status).toBe(200);
  return schema.parse(await res.json());
};

describe('seed fidelity through the API', () => {
  it('movie facts: title, year, PG for thematic elements and language, synopsis, DVD and Blu-ray', async () => {
    const { movie } = await get('/api/movies/wont-back-down', movieResponseSchema);
    expect(movie.title).toBe("Won't Back Down");
    expect(movie.year).toBe(2012);
    expect(movie.mpaa).toEqual({ rating: 'PG', reason: 'for thematic elements and language' });
    expect(movie.synopsis).toBe(
      "Two women will stop at nothing to transform their children's failing inner-city school.",
    );
    expect(movie.availability).toEqual([
      { format: 'DVD', status: 'Now' },
      { format: 'Blu-ray', status: 'Now' },
    ]);
  });

  it('critics: 34 scored, 8/18/8 by band, plain mean 48, published 42 from 34', async () => {
    const critics = await get('/api/movies/wont-back-down/critic-summary', criticSummarySchema);
    expect(critics.count).toBe(34);
    expect(critics.distribution).toEqual({ positive: 8, mixed: 18, negative: 8 });
    expect(Math.round(critics.mean!)).toBe(48);
    expect(critics.published).toMatchObject({ score: 42, count: 34 });
    expect(critics.histogram.reduce((a, b) => a + b)).toBe(34);
  });

  it('critic reviews: 34 with critic, date and full excerpt, plus Dave White featured with no score', async () => {
    // the lists hold the scored reviews; the featured one comes with the summary
    const listed = (await get('/api/movies/wont-back-down/critic-reviews?limit=100', criticPageSchema)).items;
    const { featured: shown } = await get('/api/movies/wont-back-down/critic-summary', criticSummarySchema);
    const items = [...listed, shown!];
    const scored = items.filter((r) => r.score !== null);
    expect(scored).toHaveLength(34);
    expect(scored.every((r) => r.date && r.excerpt.length > 40)).toBe(true);
    const featured = items.filter((r) => r.featured);
    expect(featured).toEqual([
      expect.objectContaining({ critic: 'Dave White', headline: 'Union Thug Life', score: null }),
    ]);
    const gleiberman = items.find((r) => r.critic === 'Owen Gleiberman')!;
    expect(gleiberman).toMatchObject({ score: 83, date: '2012-09-26', publication: 'Entertainment Weekly' });
    // seeds 000, 001 and 003 show this review; the longest text (003's) wins
    expect(gleiberman.excerpt).toMatch(/It makes a genuine drama out of impossible issues\.$/);
    expect(gleiberman.sources).toEqual(['seed-000', 'seed-001', 'seed-003']);
    expect(items.find((r) => r.critic === 'Ken McIntyre')!.publication).toBeNull();
    expect(new Set(items.map((r) => r.id)).size).toBe(items.length);
  });

  it('users: 6.4 from 14 published, 13 reviews, seed-000 texts marked as excerpts', async () => {
    const users = await get('/api/movies/wont-back-down/user-summary', userSummarySchema);
    expect(users.score).toBe(6.4);
    expect(users.count).toBe(14);
    expect(users.published).toMatchObject({ score: 6.4, count: 14 });
    const { items } = await get('/api/movies/wont-back-down/user-reviews', userReviewPageSchema);
    expect(items).toHaveLength(13);
    const s000 = items.filter((r) => r.source === 'seed-000');
    expect(s000).toHaveLength(10);
    expect(s000.every((r) => r.isExcerpt && r.score === null)).toBe(true);
    expect(items.filter((r) => r.source === 'seed-003').map((r) => [r.date, r.score])).toEqual(
      [
        ['2012-10-01', 5],
        ['2012-09-28', 9],
        ['2014-11-13', 5],
      ].sort((a, b) => String(b[0]).localeCompare(String(a[0]))),
    );
    expect(users.distribution).toEqual({ positive: 1, mixed: 2, negative: 0 });
  });

  it('parent guide: age 9+, grid 3/4/0/2/2/1/3, three talking points', async () => {
    const guide = await get('/api/movies/wont-back-down/parent-guide', parentGuideSchema);
    expect(guide.age).toBe(9);
    expect(guide.verdict).toBe('OK for kids 9+');
    expect(guide.summary).toBe("Inspiring tale of a mom's quest to better her kid's school.");
    expect(guide.content.map((c) => c.rating)).toEqual([3, 4, 0, 2, 2, 1, 3]);
    expect(guide.content.map((c) => c.group)).toEqual(['good', 'good', 'watch', 'watch', 'watch', 'watch', 'watch']);
    expect(guide.talkAbout).toHaveLength(3);
    expect(guide.parentsNeedToKnow).toMatch(/^Parents need to know that Won't Back Down/);
  });
});
