import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { createQueryClient } from './query-client';

const fail = (error: Error, meta?: { explains?: readonly number[] }) => {
  const reported: string[] = [];
  const client = createQueryClient({ onError: (m) => reported.push(m), retry: false });
  const run = client
    .getMutationCache()
    .build(client, {
      mutationFn: () => Promise.reject(error),
      meta,
    })
    .execute(undefined)
    .catch(() => {});
  return run.then(() => reported);
};

describe('the global error report of mutations', () => {
  it('reports a failed write in a toast', async () => {
    expect(await fail(new ApiError('http', 'The service is briefly unavailable.', 503))).toEqual([
      'The service is briefly unavailable.',
    ]);
  });

  it('leaves out a refusal the page explains beside the form (issue 15, item 4)', async () => {
    const changed = new ApiError('http', 'This review was changed or deleted elsewhere.', 412);
    expect(await fail(changed, { explains: [404, 412] })).toEqual([]);
    expect(await fail(new ApiError('http', 'Down.', 503), { explains: [404, 412] })).toEqual(['Down.']);
  });
});
