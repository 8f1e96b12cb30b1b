import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, localIsoDate, readerDate } from './dates';

const TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = TZ;
});

/** 21:30 on May 1 in Los Angeles, already May 2 in UTC. */
const EVENING_IN_LA = new Date('2024-05-02T04:30:00Z');

describe('the reader’s own calendar date (issue 15, item 9)', () => {
  it('is the date where the reader is, not in UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(localIsoDate(EVENING_IN_LA)).toBe('2024-05-01');
    process.env.TZ = 'Asia/Tokyo';
    expect(localIsoDate(new Date('2024-05-01T20:00:00Z'))).toBe('2024-05-02');
  });

  it('is accepted within a day of the server’s UTC date (time zones run from UTC−12 to UTC+14), else the UTC date', () => {
    expect(readerDate('2024-05-01', EVENING_IN_LA)).toBe('2024-05-01');
    expect(readerDate('2024-05-03', EVENING_IN_LA)).toBe('2024-05-03');
    expect(readerDate('2024-05-02', EVENING_IN_LA)).toBe('2024-05-02');
    expect(readerDate('2024-04-30', EVENING_IN_LA)).toBe('2024-05-02');
    expect(readerDate('2024-05-04', EVENING_IN_LA)).toBe('2024-05-02');
    expect(readerDate(undefined, EVENING_IN_LA)).toBe('2024-05-02');
  });

  it('is shown as the calendar date it is, wherever the page is read', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatDate('2024-05-01')).toBe('May 1, 2024');
  });

  it('reads as the en-US medium date every day of the year', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    for (let t = Date.UTC(2012, 0, 1); t < Date.UTC(2013, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString();
      expect(formatDate(iso.slice(0, 10))).toBe(intl.format(t));
    }
  });
});
