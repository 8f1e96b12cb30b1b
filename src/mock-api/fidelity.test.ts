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
const MOVIE = '/api/movies/wont-back-down';
const get = async <T>(path: string, schema: { parse: (v: unknown) => T }): Promise<T> => {
  const res = await api.request(path);
  expect(res.status).toBe(200);
  return schema.parse(await res.json());
};

describe('seed fidelity through the API', () => {
  it('movie facts: title, year, PG for thematic elements and language, synopsis, DVD and Blu-ray', async () => {
    const { movie } = await get(MOVIE, movieResponseSchema);
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

  it('critics: 34 scored, 8/18/8 by band, plain mean 48, published 42 from 34, Dave White featured apart', async () => {
    const s = await get(`${MOVIE}/critic-summary`, criticSummarySchema);
    expect(s.count).toBe(34);
    expect(s.distribution).toEqual({ positive: 8, mixed: 18, negative: 8 });
    expect(Math.round(s.mean!)).toBe(48);
    expect(s.published).toMatchObject({ score: 42, count: 34 });
    expect(s.histogram.reduce((a, b) => a + b)).toBe(34);
    expect(s.histogramBands.map((b) => b.positive + b.mixed + b.negative)).toEqual(s.histogram);
    expect(s.featured).toMatchObject({ critic: 'Dave White', headline: 'Union Thug Life', score: null });
  });

  it('critic reviews: 34 with critic, date and full excerpt; merged sources; unknown publication left empty', async () => {
    const { items, total, nextCursor } = await get(`${MOVIE}/critic-reviews?limit=100`, criticPageSchema);
    expect(total).toBe(34);
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(34);
    expect(items.every((r) => r.score !== null && r.date && r.excerpt.length > 40 && !r.featured)).toBe(true);
    const gleiberman = items.find((r) => r.critic === 'Owen Gleiberman')!;
    expect(gleiberman).toMatchObject({ score: 83, date: '2012-09-26', publication: 'Entertainment Weekly' });
    // seeds 000, 001 and 003 show this review; the longest text (003's) wins
    expect(gleiberman.excerpt).toMatch(/It makes a genuine drama out of impossible issues\.$/);
    expect(gleiberman.sources).toEqual(['seed-000', 'seed-001', 'seed-003']);
    expect(items.find((r) => r.critic === 'Ken McIntyre')!.publication).toBeNull();
    expect(new Set(items.map((r) => r.id)).size).toBe(34);
  });

  it('users: 6.4 from 14 published, 13 reviews, seed-000 texts marked as excerpts', async () => {
    const s = await get(`${MOVIE}/user-summary`, userSummarySchema);
    expect(s.score).toBe(6.4);
    expect(s.count).toBe(14);
    expect(s.reviews).toBe(13);
    expect(s.published.distribution).toEqual({ positive: 2, negative: 1, of: 6 });
    expect(s.distribution).toEqual({ positive: 1, mixed: 2, negative: 0 });
    const { items, total } = await get(`${MOVIE}/user-reviews?limit=100`, userReviewPageSchema);
    expect(total).toBe(13);
    const s000 = items.filter((r) => r.source === 'seed-000');
    expect(s000).toHaveLength(10);
    expect(s000.every((r) => r.isExcerpt && r.score === null)).toBe(true);
    expect(items.filter((r) => r.source === 'seed-003').map((r) => [r.date, r.score])).toEqual([
      ['2014-11-13', 5],
      ['2012-10-01', 5],
      ['2012-09-28', 9],
    ]);
  });

  it('parent guide: age 9+, grid 3/4/0/2/2/1/3, three talking points', async () => {
    const guide = await get(`${MOVIE}/parent-guide`, parentGuideSchema);
    expect(guide.age).toBe(9);
    expect(guide.verdict).toBe('OK for kids 9+');
    expect(guide.summary).toBe("Inspiring tale of a mom's quest to better her kid's school.");
    expect(guide.content.map((c) => c.rating)).toEqual([3, 4, 0, 2, 2, 1, 3]);
    expect(guide.content.map((c) => c.group)).toEqual(['good', 'good', 'watch', 'watch', 'watch', 'watch', 'watch']);
    expect(guide.talkAbout).toHaveLength(3);
    expect(guide.parentsNeedToKnow).toMatch(/^Parents need to know that Won't Back Down/);
  });
});
