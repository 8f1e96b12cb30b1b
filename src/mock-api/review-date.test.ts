import { describe, expect, it } from 'vitest';
import { createApi } from './app';

/** 21:30 on May 1 in Los Angeles, already May 2 in UTC. */
const EVENING_IN_LA = new Date('2024-05-02T04:30:00Z');

const post = (body: object) =>
  createApi({ now: () => EVENING_IN_LA }).request('/api/movies/wont-back-down/user-reviews', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-reader-id': 'reader-date-000001' },
    body: JSON.stringify({ score: 7, author: 'Angeleno', ...body }),
  });

describe('a review’s date (issue 15, item 9)', () => {
  it('is the reader’s own calendar date, as the client sends it', async () => {
    const res = await post({ date: '2024-05-01' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { review: { date: string } }).review.date).toBe('2024-05-01');
  });

  it('falls back to the UTC date when none is sent, or one more than a day from it', async () => {
    expect(((await (await post({})).json()) as { review: { date: string } }).review.date).toBe('2024-05-02');
    expect(((await (await post({ date: '1999-01-01' })).json()) as { review: { date: string } }).review.date).toBe(
      '2024-05-02',
    );
    expect((await post({ date: 'yesterday' })).status).toBe(422);
  });
});
