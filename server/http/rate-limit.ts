/**
 * Token buckets: `perMinute` writes a minute on average, up to `burst` at once. One bucket per key (a reader, an
 * address); a request takes a token from each of its buckets or from none. In memory, per process: behind a load
 * balancer each process counts what reaches it (see the README's Deploying section).
 */
export interface RateLimiter {
  /** null when allowed (tokens taken), else the seconds until it would be */
  take(keys: readonly { key: string; perMinute: number; burst: number }[]): number | null;
}

export function rateLimiter(now: () => number = () => Date.now(), maxKeys = 100_000): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (key: string, perMinute: number, burst: number, t: number) => {
    const b = buckets.get(key);
    if (!b) return burst;
    return Math.min(burst, b.tokens + ((t - b.at) / 60_000) * perMinute);
  };
  return {
    take(keys) {
      const t = now();
      let wait = 0;
      for (const { key, perMinute, burst } of keys) {
        const tokens = level(key, perMinute, burst, t);
        if (tokens < 1) wait = Math.max(wait, ((1 - tokens) / perMinute) * 60);
      }
      if (wait > 0) return Math.max(1, Math.ceil(wait));
      if (buckets.size > maxKeys) {
        // forget full buckets (they would start full anyway), oldest first
        for (const [k, b] of buckets) if (t - b.at > 60_000) buckets.delete(k);
        if (buckets.size > maxKeys) buckets.clear();
      }
      for (const { key, perMinute, burst } of keys) {
        buckets.set(key, { tokens: level(key, perMinute, burst, t) - 1, at: t });
      }
      return null;
    },
  };
}
