import { existsSync, readFileSync } from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { seed } from '@/mock-api/seed';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { LATEST_VERSION, migrate, schemaVersion } from './db/migrate';
import { createServerApp } from './http/server-app';
import { BARE_TEMPLATE, loadRenderer } from './render/page-renderer';
import { SqlReviewStore, loadSeed } from './store/sql-store';

const log = (entry: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })}\n`);

/**
 * The Verdict server: one Node process that serves the client build, renders each page from current data and
 * answers the API, on PGlite (DATA_DIR) or PostgreSQL (DATABASE_URL). Configuration: server/config.ts.
 */
async function main() {
  // React (loaded with the page renderer below) runs its development build unless told otherwise: several times
  // slower to render and full of checks meant for a developer's console
  process.env.NODE_ENV ??= 'production';
  const config = readConfig(process.env);
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.PG_POOL_SIZE,
  });
  const applied = await migrate(db);
  const seeded = await loadSeed(db, seed);
  log({ msg: 'database', database: db.description, migrationsApplied: applied, seedLoaded: seeded });
  const store = new SqlReviewStore(db);

  const templatePath = join(config.DIST_DIR, 'index.html');
  const hasClient = existsSync(templatePath);
  const renderer = await loadRenderer(config.SSR_ENTRY);
  if (!hasClient) log({ level: 'warn', msg: `no client build at ${templatePath}: pages are served without the app` });
  if (renderer.kind === 'fallback')
    log({ level: 'warn', msg: `no renderPage in ${config.SSR_ENTRY}: pages are the server's plain fallback` });

  const app = createServerApp({
    store,
    ready: async () => {
      const version = await schemaVersion(db);
      return { ready: version >= LATEST_VERSION, database: db.kind, schema: version };
    },
    renderer,
    template: hasClient ? readFileSync(templatePath, 'utf8') : BARE_TEMPLATE,
    distDir: hasClient ? config.DIST_DIR : null,
    siteUrl: config.SITE_URL,
    corsOrigins: config.CORS_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    cookieSecure: config.COOKIE_SECURE,
    allowReset: config.ALLOW_RESET,
    rateLimit: { readerPerMinute: config.RATE_LIMIT_READER, ipPerMinute: config.RATE_LIMIT_IP },
    log: config.LOG_REQUESTS ? log : undefined,
  });

  const purge = setInterval(() => void store.purgeExpiredKeys().catch(() => {}), 3_600_000);
  purge.unref();
  void store.purgeExpiredKeys();

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const url = `http://${host}:${info.port}`;
    log({ msg: 'listening', url, port: info.port, database: db.kind, renderer: renderer.kind });
    process.stdout.write(`Verdict is serving ${url}/movies/wont-back-down\n`);
  });

  // longer than a load balancer's idle timeout (60 s on the common ones), so it never reuses a closed connection
  Object.assign(server, { keepAliveTimeout: 65_000, headersTimeout: 66_000 });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Ctrl-C in a terminal stops at once; SIGTERM (an orchestrator) gets the grace period
    const grace = signal === 'SIGINT' ? 0 : config.SHUTDOWN_GRACE_MS;
    log({ msg: 'stopping', signal, graceMs: grace });
    app.drain();
    // First a grace period: /api/ready says 503 so a load balancer sends no more, every answer closes its
    // connection, and connections already queued to us are still accepted and answered. Then no new connections
    // (net.Server's close: http.Server's would also drop connections whose request is not read yet); busy ones
    // end after their answer, idle keep-alive ones are closed.
    let idle: NodeJS.Timeout | undefined;
    setTimeout(() => {
      net.Server.prototype.close.call(server, () => {
        clearInterval(idle);
        void db.close().then(
          () => {
            log({ msg: 'stopped' });
            process.exit(0);
          },
          () => process.exit(1),
        );
      });
      idle = setInterval(() => (server as http.Server).closeIdleConnections(), 200);
    }, grace);
    setTimeout(() => {
      log({ level: 'error', msg: 'requests still open 10 s after the grace period; exiting' });
      process.exit(1);
    }, grace + 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
