import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { apiRequest } from '@/api/client';
import { queryKeys } from '@/api/query-keys';
import type { FamilyReview, FamilyReviewParsed } from '@/domain/schemas';

interface FamilyList {
  items: FamilyReview[];
  total: number;
}

const OPTIMISTIC_PREFIX = 'optimistic-';
/** A fresh key per draft submission (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const isOptimisticReview = (r: FamilyReview): boolean => r.id.startsWith(OPTIMISTIC_PREFIX);

export const postFamilyReview = (movieId: string, input: FamilyReviewParsed, idempotencyKey: string) =>
  apiRequest(`/api/movies/${encodeURIComponent(movieId)}/family-reviews`, {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: (c) => c.familyReviewSchema,
  });

interface Variables {
  input: FamilyReviewParsed;
  idempotencyKey: string;
}

/**
 * Adds a parent or kid review. It shows in the cached list (and so in the aggregates) at once, is taken
 * out again if the server says no, and the list is refetched either way. One Idempotency-Key per draft:
 * a retry after a failure reuses it, so a request that did reach the server is not stored twice.
 */
export function useCreateFamilyReview(movieId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.family(movieId);
  const idempotencyKey = useRef<string | null>(null);

  const mutation = useMutation({
    mutationFn: ({ input, idempotencyKey }: Variables) => postFamilyReview(movieId, input, idempotencyKey),
    onMutate: async ({ input, idempotencyKey }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<FamilyList>(key);
      const optimistic: FamilyReview = {
        id: `${OPTIMISTIC_PREFIX}${idempotencyKey}`,
        movieId,
        role: input.role,
        author: input.author || null,
        age: input.age,
        stars: input.stars,
        text: input.text,
        createdAt: new Date().toISOString(),
      };
      if (previous) {
        queryClient.setQueryData<FamilyList>(key, {
          items: [optimistic, ...previous.items.filter((r) => r.id !== optimistic.id)],
          total: previous.total + 1,
        });
      }
      return { previous, optimisticId: optimistic.id };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData<FamilyList>(key, context.previous);
    },
    onSuccess: (saved, _vars, context) => {
      idempotencyKey.current = null;
      queryClient.setQueryData<FamilyList>(key, (list) =>
        list
          ? {
              items: list.items.some((r) => r.id === saved.id)
                ? list.items.filter((r) => r.id !== context.optimisticId)
                : list.items.map((r) => (r.id === context.optimisticId ? saved : r)),
              total: list.items.some((r) => r.id === saved.id) ? list.total - 1 : list.total,
            }
          : list,
      );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: queryKeys.movie(movieId), exact: true }),
      ]),
  });

  return {
    ...mutation,
    /** Submits the draft; the same Idempotency-Key is used until one submission succeeds. */
    submit: (input: FamilyReviewParsed, options?: Parameters<typeof mutation.mutate>[1]) => {
      idempotencyKey.current ??= newIdempotencyKey();
      mutation.mutate({ input, idempotencyKey: idempotencyKey.current }, options);
    },
  };
}
