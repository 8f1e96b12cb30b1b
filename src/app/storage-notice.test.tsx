import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiRequest } from '@/api/client';
import { SET_ASIDE_CAP, setAside } from '@/lib/set-aside';
import { STORAGE_KEY } from '@/mock-api/storage-key';
import { readerSnapshot } from '@/stores/reader-store';
import { memoryStorage, webStorage } from '@/mock-api/storage';
import { renderApp } from '@/testing/render-app';
import { STORAGE_NOTICE_TEXT, StorageNotice } from './storage-notice';

/** localStorage-like storage that can be made full. */
function fillableStorage() {
  const map = new Map<string, string>();
  const state = { full: false };
  const store = {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  } satisfies Storage;
  return { store, state };
}

const review = { score: 9, author: 'Noticer', title: '', text: '', spoiler: false };

describe('StorageNotice', () => {
  it('says nothing while storage keeps what readers add, and asks the API nothing before a write', async () => {
    const { queryClient } = renderApp(<StorageNotice />, { api: { storage: memoryStorage() } });
    await new Promise((r) => setTimeout(r, 50));
    expect(queryClient.getQueryData(['health'])).toBeUndefined();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('tells the reader their additions will not be kept when storage is unavailable (private mode)', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    renderApp(<StorageNotice />, { api: { storage: memoryStorage(null, { durable: false }) } });
    expect(await screen.findByRole('status')).toHaveTextContent(STORAGE_NOTICE_TEXT);
  });

  it('says nothing about this browser’s storage on a page the server rendered: the server keeps what readers add', async () => {
    const state = document.createElement('script');
    state.id = 'verdict-state'; // how a page knows the server rendered it (src/api/transport.ts)
    document.body.append(state);
    try {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      renderApp(<StorageNotice />, { api: { storage: memoryStorage(null, { durable: false }) } });
      await new Promise((r) => setTimeout(r, 50));
      expect(screen.queryByText(STORAGE_NOTICE_TEXT)).toBeNull();
    } finally {
      state.remove();
    }
  });

  it('appears after a submission finds storage full', async () => {
    const { store, state } = fillableStorage();
    const { queryClient } = renderApp(<StorageNotice />, { api: { storage: webStorage(store) } });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    state.full = true;
    await queryClient
      .getMutationCache()
      .build(queryClient, {
        mutationFn: () =>
          apiRequest('/api/movies/wont-back-down/user-reviews', {
            method: 'POST',
            body: review,
            headers: { 'x-reader-id': 'reader-notice-01' },
            schema: (c) => c.userReviewWriteSchema,
          }),
      })
      .execute(undefined);
    expect(await screen.findByRole('status')).toHaveTextContent(STORAGE_NOTICE_TEXT);
  });

  it('says where unreadable data was set aside, and when the oldest copy had to go to make room', async () => {
    renderApp(<StorageNotice />, { api: { storage: memoryStorage() } });
    act(() => void setAside(localStorage, STORAGE_KEY, 'corrupt', '{first', new Date('2025-01-01T10:00:00Z')));
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(/ratings and reviews added in this browser could not be read/);
    expect(notice).toHaveTextContent(`${STORAGE_KEY}:corrupt:2025-01-01T10:00:00.000Z`);
    expect(notice).not.toHaveTextContent(/removed/);
    act(() => {
      for (let i = 2; i <= SET_ASIDE_CAP + 1; i++) setAside(localStorage, STORAGE_KEY, 'corrupt', `{copy ${i}`);
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      `This browser keeps the last ${SET_ASIDE_CAP} copies; the oldest, set aside`,
    );
  });

  it('appears as soon as a draft cannot be saved while typing, before any submit, and goes once it can', async () => {
    renderApp(<StorageNotice />, { api: { storage: memoryStorage() } });
    await act(async () => {}); // the notice's own probe of storage has run, and found it writable
    const draft = { score: null, author: 'Typist', title: '', text: 'x'.repeat(1_000), spoiler: false };
    act(() => readerSnapshot().actions.userDraftChanged('wont-back-down', draft));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    act(() => readerSnapshot().actions.userDraftChanged('wont-back-down', { ...draft, text: 'x'.repeat(2_749) }));
    expect(await screen.findByRole('status')).toHaveTextContent(STORAGE_NOTICE_TEXT);
    setItem.mockRestore();
    act(() => readerSnapshot().actions.userDraftChanged('wont-back-down', { ...draft, text: 'x'.repeat(2_750) }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
