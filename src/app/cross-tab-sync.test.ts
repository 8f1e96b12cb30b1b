import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { queryKeys } from '@/api/query-keys';
import { createApi } from '@/mock-api/app';
import { STORAGE_KEY, webStorage } from '@/mock-api/storage';
import { READER_STORE_KEY, readerSnapshot, resetReaderStore } from '@/stores/reader-store';
import { startCrossTabSync } from './cross-tab-sync';

const MOVIE = '/api/movies/wont-back-down';
const post = (reader: string, body: unknown, path = `${MOVIE}/user-reviews`) =>
  [
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-reader-id': reader },
      body: JSON.stringify(body),
    },
  ] as const;
const review = (author: string) => ({ score: 6, author, title: '', text: '', spoiler: false });

let stop = () => {};
afterEach(() => {
  stop();
  resetReaderStore();
});

describe('cross-tab sync', () => {
  it("refetches the movie's queries when another tab writes the mock database", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(queryKeys.users('wont-back-down'), { items: [], total: 0 });
    stop = startCrossTabSync(queryClient);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(queryClient.getQueryState(queryKeys.users('wont-back-down'))?.isInvalidated).toBe(false);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(queryClient.getQueryState(queryKeys.users('wont-back-down'))?.isInvalidated).toBe(true);
  });

  it('drops the votes and own reviews the API no longer has when another tab resets it', () => {
    stop = startCrossTabSync(new QueryClient());
    const { actions } = readerSnapshot();
    actions.voteCast('u-000-01', 'up');
    actions.ownReviewSaved('wont-back-down', 'r-gone');
    localStorage.removeItem(STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
    expect(readerSnapshot().votes).toEqual({});
    expect(readerSnapshot().ownReviews).toEqual({});
  });

  it('shows a vote another tab has just cast, before that tab’s API has stored it', async () => {
    stop = startCrossTabSync(new QueryClient());
    const state = { ...readerSnapshot(), actions: undefined, votes: { 'u-000-01': 'up' } };
    localStorage.setItem(READER_STORE_KEY, JSON.stringify({ version: 1, state }));
    window.dispatchEvent(new StorageEvent('storage', { key: READER_STORE_KEY }));
    await expect.poll(() => readerSnapshot().votes).toEqual({ 'u-000-01': 'up' });
  });

  it('reads the reader store again when another tab saves it', async () => {
    stop = startCrossTabSync(new QueryClient());
    const other = JSON.stringify({ version: 1, state: { ...readerSnapshot(), actions: undefined, nickname: 'Tab B' } });
    localStorage.setItem(READER_STORE_KEY, other);
    window.dispatchEvent(new StorageEvent('storage', { key: READER_STORE_KEY }));
    await expect.poll(() => readerSnapshot().nickname).toBe('Tab B');
  });
});

describe('two tabs over one storage', () => {
  it('keep each other’s additions: interleaved writes from two API instances all survive', async () => {
    const tabA = createApi({ storage: webStorage(localStorage) });
    const tabB = createApi({ storage: webStorage(localStorage) });
    const family = { role: 'kid', age: 12, stars: 5, text: 'Loved the ending a lot.' };
    expect((await tabA.request(...post('reader-tab-a-0001', review('Tab A')))).status).toBe(201);
    expect((await tabB.request(...post('reader-tab-b-0001', review('Tab B')))).status).toBe(201);
    expect((await tabA.request(...post('reader-tab-a-0001', family, `${MOVIE}/family-reviews`))).status).toBe(201);
    expect((await tabB.request(...post('reader-tab-b-0001', family, `${MOVIE}/family-reviews`))).status).toBe(201);
    for (const tab of [tabA, tabB]) {
      const users = (await (await tab.request(`${MOVIE}/user-reviews`)).json()) as { items: { author: string }[] };
      expect(users.items.map((r) => r.author)).toEqual(expect.arrayContaining(['Tab A', 'Tab B']));
      const fam = (await (await tab.request(`${MOVIE}/family-reviews`)).json()) as { items: { text: string }[] };
      expect(fam.items.filter((r) => r.text === family.text)).toHaveLength(2);
    }
    // Each reader still has exactly one review, and a second tab cannot add a duplicate for the same reader.
    expect((await tabB.request(...post('reader-tab-a-0001', review('Tab A again')))).status).toBe(409);
  });
});
