import { expect, it, vi } from 'vitest';
import { faultPlanSource } from './browser';

it('takes ?faults= from the URL the page was loaded with, though a link has changed the address since', () => {
  // the page was loaded with a fault plan; a link followed before the API's chunk loaded dropped it from the address
  vi.stubGlobal('window', { location: { search: '' } });
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
    { name: 'http://localhost/?faults=movie:http503' } as PerformanceEntry,
  ]);
  const plan = faultPlanSource();
  expect(plan()).toEqual({ movie: { kind: 'http503' } });
  expect(sessionStorage.getItem('verdict:faults')).toBe('movie:http503');
});
