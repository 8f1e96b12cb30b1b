import { z } from 'zod';
import { familyReviewSchema, userReviewSchema } from '@/domain/schemas';

/** What readers add on top of the seed. The seed itself is never written. */
export const additionsSchema = z.object({
  version: z.literal(1),
  users: z.array(userReviewSchema.extend({ ownerId: z.string() })),
  /** reviewId → readerId → vote */
  votes: z.record(z.string(), z.record(z.string(), z.enum(['up', 'down']))),
  family: z.array(familyReviewSchema),
  /** idempotency key → id of the review it created */
  idempotency: z.record(z.string(), z.string()),
});
export type Additions = z.infer<typeof additionsSchema>;
export type StoredUserReview = Additions['users'][number];

export const emptyAdditions = (): Additions => ({ version: 1, users: [], votes: {}, family: [], idempotency: {} });

export interface StorageAdapter {
  /** null when nothing is stored yet */
  read(): Additions | null;
  write(additions: Additions): void;
  clear(): void;
  /** false when writes are not kept (storage unavailable or full) */
  readonly durable: boolean;
}

export function memoryStorage(initial: Additions | null = null): StorageAdapter {
  let data = initial ? structuredClone(initial) : null;
  return {
    durable: true,
    read: () => (data ? structuredClone(data) : null),
    write: (a) => {
      data = structuredClone(a);
    },
    clear: () => {
      data = null;
    },
  };
}

export const STORAGE_KEY = 'verdict:mock-db:v1';

/** Browser storage under a versioned key. Unreadable data is set aside, never thrown at the page. */
export function webStorage(store: Storage, key = STORAGE_KEY): StorageAdapter {
  let durable = true;
  return {
    get durable() {
      return durable;
    },
    read() {
      let raw: string | null;
      try {
        raw = store.getItem(key);
      } catch {
        durable = false;
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed = additionsSchema.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data;
      } catch {
        /* corrupted JSON: fall through */
      }
      try {
        store.setItem(`${key}:corrupt`, raw);
      } catch {
        /* nothing more to save */
      }
      return null;
    },
    write(a) {
      try {
        store.setItem(key, JSON.stringify(a));
        durable = true;
      } catch {
        durable = false;
      }
    },
    clear() {
      try {
        store.removeItem(key);
      } catch {
        durable = false;
      }
    },
  };
}
