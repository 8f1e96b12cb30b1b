import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from '@/mock-api/seed';
import { CRITIC_ORDER, USER_ORDER, decodeCursor, sortBy, type SortKey, type SortSpec } from './review-order';
import { criticMatcher, userMatcher } from './review-query';
import { filteredPage, scanPage } from './review-views';
import type { Page } from './schemas';

interface Item {
  id: string;
  score: number;
}
const SPEC: SortSpec<Item> = { directions: [-1, 1], key: (r) => [r.score, r.id] };

/** Every page of a view, following the cursors from the first. */
function walk<T>(page: (after: SortKey | null) => Page<T>, spec: SortSpec<T>, sortName: string): Page<T>[] {
  const pages = [page(null)];
  for (let cursor = pages[0]!.nextCursor; cursor !== null; cursor = pages.at(-1)!.nextCursor) {
    pages.push(page(decodeCursor(cursor, sortName, spec)));
    if (pages.length > 1000) throw new Error('paging does not end');
  }
  return pages;
}

describe('a page found in one pass (scanPage), without sorting the list', () => {
  it('is the page, total and cursor of the sorted list, on every page of every view', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), score: fc.integer({ min: 0, max: 5 }) }),
          {
            selector: (r) => r.id,
            maxLength: 60,
          },
        ),
        fc.integer({ min: 1, max: 7 }),
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        (items, limit, only) => {
          const matches = only === null ? null : (r: Item) => r.score !== only;
          const sorted = sortBy(items, SPEC);
          const filter = matches && { key: String(only), matches };
          const scanned = walk((after) => scanPage(items, SPEC, 's', matches, limit, after), SPEC, 's');
          const paged = walk((after) => filteredPage(sorted, SPEC, 's', filter, limit, after), SPEC, 's');
          expect(scanned).toEqual(paged);
        },
      ),
    );
  });

  it('pages the seed movie’s critics and users as the sorted lists do, in every sort', () => {
    const movie = seed.movies[0]!;
    for (const [sort, spec] of Object.entries(CRITIC_ORDER)) {
      for (const band of [null, 'positive', 'mixed', 'negative'] as const) {
        const matches = criticMatcher({ band });
        const sorted = sortBy(movie.critics.filter(matches), spec);
        expect(walk((after) => scanPage(movie.critics, spec, sort, matches, 20, after), spec, sort)).toEqual(
          walk((after) => filteredPage(sorted, spec, sort, null, 20, after), spec, sort),
        );
      }
    }
    for (const [sort, spec] of Object.entries(USER_ORDER)) {
      const matches = userMatcher({ band: 'negative' });
      const sorted = sortBy(movie.users, spec);
      const filter = { key: 'negative', matches };
      expect(walk((after) => scanPage(movie.users, spec, sort, matches, 3, after), spec, sort)).toEqual(
        walk((after) => filteredPage(sorted, spec, sort, filter, 3, after), spec, sort),
      );
    }
  });
});
