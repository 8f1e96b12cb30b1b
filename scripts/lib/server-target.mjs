// Shared by the server benchmark and the load test: a database with the million-review synthetic movie in it
// (PGlite in .bench/pglite, kept between runs; or PostgreSQL: DATABASE_URL, else a throwaway cluster), the built
// server started on it as a process, and a keep-alive HTTP client.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { startPostgres } from './postgres.mjs';

export async function ensureServerBuilt() {
  if (existsSync('dist-server/main.mjs') && existsSync('dist-server/seed-synthetic.mjs')) return;
  const { buildServer } = await import('../build-server.mjs');
  await buildServer({ quiet: true });
}

/** { env, label, stop() } for `kind`: 'pglite' or 'postgres'. */
export async function benchDatabase(kind) {
  if (kind === 'pglite') {
    const dir = process.env.BENCH_DATA_DIR ?? '.bench/pglite';
    return { env: { DATA_DIR: dir }, label: `PGlite (${dir})`, stop: async () => {} };
  }
  if (kind !== 'postgres') throw new Error(`--db is pglite or postgres, not ${kind}`);
  // a database given is used as it is (the synthetic movie is loaded into it once)
  if (process.env.DATABASE_URL) {
    return {
      env: { DATABASE_URL: process.env.DATABASE_URL },
      label: 'PostgreSQL (DATABASE_URL)',
      stop: async () => {},
    };
  }
  const pg = await startPostgres();
  const url = await pg.createDatabase('verdict_bench');
  return { env: { DATABASE_URL: url }, label: 'PostgreSQL', stop: () => pg.stop() };
}

/** Loads the synthetic movie into the database unless it is there (a child process, so its memory goes after). */
export function ensureSynthetic(env) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['scripts/seed-synthetic.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error('loading the synthetic movie failed');
  return Date.now() - started;
}

/** The built server on a free port: { origin, stop() → exit code, child }. */
export async function startServerProcess(env) {
  const child = spawn(process.execPath, ['dist-server/main.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_REQUESTS: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((r) => child.once('exit', (code) => r(code)));
  const origin = await new Promise((ok, fail) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d.toString();
      const m = /"msg":"listening","url":"([^"]+)"/.exec(buf);
      if (m) ok(m[1]);
    });
    exited.then((code) => fail(new Error(`server exited (${code}) before listening`)));
  });
  return {
    origin,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A keep-alive HTTP client with up to `connections` sockets: request(path, init) → { status, headers, body }. */
export function httpClient(origin, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const u = new URL(origin);
  const request = (path, { method = 'GET', headers = {}, body } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: u.hostname, port: u.port, path, method, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      if (body !== undefined) req.end(body);
      else req.end();
    });
  return { request, close: () => agent.destroy() };
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))];
export const ms = (x) => `${x.toFixed(1)} ms`;
