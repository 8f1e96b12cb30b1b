import { createApi } from '@/mock-api/app';
import { memoryStorage } from '@/mock-api/storage';
import { defineContractSuite } from './contract-suite';

// The in-process mock: the Hono app on a memory store over the seed, called without a network.
let api = createApi({ storage: memoryStorage() });

defineContractSuite('in-process mock', () => ({
  request: (path, init = {}, reader) => {
    const headers = new Headers(init.headers);
    if (reader) headers.set('x-reader-id', `reader-${reader}`);
    return Promise.resolve(api.request(path, { ...init, headers }));
  },
  reset: async () => {
    api = createApi({ storage: memoryStorage() });
  },
}));
