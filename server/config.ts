import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');
const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).optional().default(fallback);

/** The server's environment, checked once at start; a bad value stops it with a message. */
const envSchema = z.object({
  PORT: int(3000),
  HOST: z.string().min(1).optional().default('127.0.0.1'),
  /** postgres://user:pass@host:port/db : PostgreSQL; unset: PGlite in DATA_DIR */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).optional().default('./data'),
  PG_POOL_SIZE: int(10, 1),
  /** the canonical origin in page heads; unset: the origin each request came to */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Origins of pages served elsewhere (a static build with VITE_API_URL pointing here) that may call the API:
   * comma-separated, e.g. https://www.example.com. Credentials included, so the reader cookie goes along; the
   * page and the API must be on one site (same registrable domain), or SameSite=Lax keeps the cookie back.
   */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const o of list) {
        let origin = '';
        try {
          origin = new URL(o).origin;
        } catch {
          /* reported below */
        }
        if (origin !== o) ctx.addIssue({ code: 'custom', message: `"${o}" is not an origin (scheme://host[:port])` });
      }
      return list;
    }),
  /** behind a proxy or load balancer: client address and scheme from X-Forwarded-For / -Proto / -Host */
  TRUST_PROXY: flag,
  /** Secure cookies even when the request does not say it came over HTTPS */
  COOKIE_SECURE: flag,
  /** POST /api/reset forgets every reader's additions: tests and demos only */
  ALLOW_RESET: flag,
  /** writes per minute per reader and per client address */
  RATE_LIMIT_READER: int(30, 1),
  RATE_LIMIT_IP: int(300, 1),
  DIST_DIR: z.string().optional().default('dist'),
  SSR_ENTRY: z.string().optional().default('dist-server/ssr/entry-server.mjs'),
  /** on SIGTERM, how long to keep answering (readiness failing) before closing the listener */
  SHUTDOWN_GRACE_MS: int(2000),
  /** 0: no per-request log lines */
  LOG_REQUESTS: z
    .enum(['0', '1'])
    .optional()
    .transform((v) => v !== '0'),
});

export type ServerConfig = z.output<typeof envSchema>;

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`The server's environment needs fixing:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
