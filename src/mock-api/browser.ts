import { createApi, type MockApi } from './app';
import { memoryStorage, webStorage, type StorageAdapter } from './storage';

let api: MockApi | null = null;
let adapter: StorageAdapter | null = null;

function pickStorage(): StorageAdapter {
  try {
    const probe = '__verdict_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return webStorage(localStorage);
  } catch {
    return memoryStorage();
  }
}

/** The mock API served in-process in the browser, keeping reader additions in localStorage. */
export function browserApi(): MockApi {
  if (!api) {
    adapter = pickStorage();
    api = createApi({ storage: adapter });
  }
  return api;
}
