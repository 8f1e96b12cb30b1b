import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/api/query-keys';
import { STORAGE_KEY } from '@/mock-api/storage-key';
import { READER_STORE_KEY, readerChangedInOtherTab, reconcileReaderWithApi } from '@/stores/reader-store';

/**
 * Another tab wrote the mock database or the reader store (the `storage` event fires only in the other tabs):
 * refetch the movie's data, or read the reader again. Returns the unsubscribe function; mounted once, in AppProviders.
 */
export function startCrossTabSync(queryClient: QueryClient, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    // key === null: the other tab cleared storage altogether.
    if (event.key === STORAGE_KEY || event.key === null) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.health });
      // reset (or set aside) there: the reader's votes and own reviews are gone from the API here too
      if (event.newValue === null) reconcileReaderWithApi();
    }
    if (event.key === READER_STORE_KEY || event.key === null) void readerChangedInOtherTab();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
