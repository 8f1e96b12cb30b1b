import { act } from '@testing-library/react';
import { READER_STORE_KEY, READER_STORE_VERSION, readerSnapshot } from '@/stores/reader-store';

type SavedReader = Omit<ReturnType<typeof readerSnapshot>, 'actions'>;

/**
 * Another tab of this reader saves the reader store (what its persist middleware writes: this tab's saved state
 * with `change` applied), and this tab hears of it, as the browser's `storage` event tells it.
 */
export function otherTabSavesReader(change: (saved: SavedReader) => SavedReader): void {
  const { actions: _actions, ...saved } = readerSnapshot();
  act(() => {
    localStorage.setItem(READER_STORE_KEY, JSON.stringify({ version: READER_STORE_VERSION, state: change(saved) }));
    window.dispatchEvent(new StorageEvent('storage', { key: READER_STORE_KEY }));
  });
}
