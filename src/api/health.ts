import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiRequest } from './client';
import { queryKeys } from './query-keys';
import { usesServerApi } from './transport';

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => apiRequest('/api/health', { schema: (c) => c.healthSchema, signal }),
    staleTime: Infinity,
    retry: false,
  });

/** Can this browser write localStorage at all? (Blocked in some private modes.) */
function localStorageWritable(): boolean {
  try {
    const key = '__verdict_probe__';
    window.localStorage.setItem(key, '1');
    window.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether what the reader adds is kept by this browser: false when storage is unavailable or full. At start a
 * local probe answers (no request, so a prerendered page loads nothing more); after every mutation settles the
 * in-process API is asked, since a write is when storage turns out to be full. Against a real server
 * (VITE_API_URL, or the one that rendered this page) the server keeps what readers add, so the question does not
 * arise. Unknown counts as durable.
 */
export function useStorageDurable(): boolean {
  const queryClient = useQueryClient();
  const [mutated, setMutated] = useState(false);
  const inProcess = !usesServerApi();
  // probed once after mount (the prerendered HTML assumes storage works, so hydration matches)
  const [writable, setWritable] = useState(true);
  useEffect(() => {
    let live = true;
    void Promise.resolve().then(() => live && setWritable(localStorageWritable()));
    return () => {
      live = false;
    };
  }, []);
  const health = useQuery({ ...healthQueryOptions(), enabled: inProcess && mutated });
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        const { type } = event.action;
        if (type === 'success' || type === 'error') {
          setMutated(true);
          void queryClient.invalidateQueries({ queryKey: queryKeys.health });
        }
      }),
    [queryClient],
  );
  if (!inProcess) return true;
  return writable && (health.data?.durable ?? true);
}
