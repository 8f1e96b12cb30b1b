import { z } from '@/domain/zod';
import { isReaderId } from '@/domain/reader-id';
import { familyReviewSchema, userReviewSchema } from '@/domain/schemas';
import { safeStorage } from '@/lib/safe-storage';
import { STORAGE_KEY } from './storage-key';

/** What readers add on top of the seed. The seed itself is never written. */
export const additionsSchema = z.object({
  version: z.literal(1),
  users: z.array(
    // reviews stored before edits were versioned are at version 1
    userReviewSchema.extend({ ownerId: z.string(), version: z.number().int().min(1).default(1) }),
  ),
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

export function memoryStorage(initial: Additions | null = null, opts: { durable?: boolean } = {}): StorageAdapter {
  let data = initial ? structuredClone(initial) : null;
  return {
    durable: opts.durable ?? true,
    read: () => (data ? structuredClone(data) : null),
    write: (a) => {
      data = structuredClone(a);
    },
    clear: () => {
      data = null;
    },
  };
}

export { STORAGE_KEY };
export const ADDITIONS_VERSION = 1;

/**
 * The additions format before `version: 1` (the prototype): user reviews were called `reviews`, there were no
 * helpful votes, and the version field was 0 or missing.
 */
const additionsV0Schema = z.object({
  version: z.literal(0).optional(),
  reviews: z.array(z.record(z.string(), z.unknown())),
  family: z.array(z.unknown()).optional(),
  idempotency: z.record(z.string(), z.string()).optional(),
});

/** Each step takes the raw data of version n and returns version n + 1. */
export const ADDITIONS_MIGRATIONS: Record<number, (raw: unknown) => unknown> = {
  0: (raw) => {
    const v0 = additionsV0Schema.parse(raw);
    return {
      version: 1,
      users: v0.reviews.map((r: Record<string, unknown>) => ({
        helpful: { up: 0, down: 0 },
        updatedAt: null,
        source: 'reader',
        // the prototype did not always note who wrote a review: '' is no reader (`adoptClaimed` below)
        ownerId: '',
        ...r,
      })),
      votes: {},
      family: v0.family ?? [],
      idempotency: v0.idempotency ?? {},
    };
  },
};

export type MigrationResult =
  | { ok: true; data: Additions; migratedFrom: number | null }
  | { ok: false; reason: 'corrupt' }
  | { ok: false; reason: 'future'; version: number };

/** Brings stored data of any known version to the current one; says why when it cannot. */
export function migrateAdditions(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'corrupt' };
  const v = (raw as { version?: unknown }).version ?? 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, reason: 'corrupt' };
  if (v > ADDITIONS_VERSION) return { ok: false, reason: 'future', version: v };
  let data: unknown = raw;
  try {
    for (let n = v; n < ADDITIONS_VERSION; n++) data = ADDITIONS_MIGRATIONS[n]!(data);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const parsed = additionsSchema.safeParse(data);
  return parsed.success
    ? { ok: true, data: parsed.data, migratedFrom: v === ADDITIONS_VERSION ? null : v }
    : { ok: false, reason: 'corrupt' };
}

/** Who this browser's reader is, and which review they hold as their own per movie (from the reader store). */
export interface ReaderClaims {
  readerId: string;
  /** movieId → reviewId */
  ownReviews: Readonly<Record<string, string>>;
}

/**
 * A review stored with no valid reader id (a v0 review without an owner, or an id the API could never have
 * accepted from anyone) belongs to the reader whose store lists it as their own: in this browser only they can
 * have written it. A review with a valid owner id is never given to anyone else.
 */
export function adoptClaimed(a: Additions, { readerId, ownReviews }: ReaderClaims): Additions {
  if (!isReaderId(readerId)) return a;
  for (const r of a.users) {
    if (ownReviews[r.movieId] === r.id && !isReaderId(r.ownerId)) r.ownerId = readerId;
  }
  return a;
}

/**
 * Browser storage under a versioned key, read on every request (so two tabs see each other's additions),
 * through the app's one storage wrapper (src/lib/safe-storage.ts). Older versions are migrated; corrupted or
 * wrongly shaped data is set aside under `<key>:corrupt:<time>` or `<key>:invalid:<time>`, and a newer, unknown
 * version under `<key>:v<n>:<time>` (src/lib/set-aside.ts), never overwritten in place. When storage is
 * unavailable or full, additions live on in memory for the session and `durable` turns false.
 */
export function webStorage(
  store: Storage,
  key = STORAGE_KEY,
  opts: { claims?: () => ReaderClaims } = {},
): StorageAdapter {
  const storage = safeStorage(() => store, { version: ADDITIONS_VERSION, probe: true });
  return {
    get durable() {
      return storage.durable;
    },
    read() {
      const raw = storage.getItem(key);
      if (raw === null) return null;
      const result = migrateAdditions(JSON.parse(raw));
      if (result.ok) return opts.claims ? adoptClaimed(result.data, opts.claims()) : result.data;
      storage.setAside(key, raw, result.reason === 'future' ? `v${result.version}` : 'invalid');
      return null;
    },
    write(a) {
      storage.setItem(key, JSON.stringify(a));
    },
    clear() {
      storage.removeItem(key);
    },
  };
}

/** For when `localStorage` itself cannot be reached: additions kept for this tab only. */
export const sessionOnlyStorage = (): StorageAdapter => memoryStorage(null, { durable: false });
