// A PostgreSQL for tests, load and benchmarks. DATABASE_URL: that server (a database of ours is created in it
// and dropped after). Otherwise a throwaway cluster: Debian's binaries (installed with apt-get where we are root
// and they are missing), initdb into a temporary directory as an unprivileged user, on a free port, stopped and
// removed afterwards. Where none can be had it throws a message that says what to do. POSTGRES=skip opts out
// (the caller must say so loudly).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './preview.mjs';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

function install() {
  console.log('No PostgreSQL binaries found for the tests; installing Debian’s postgresql with apt-get.');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return run(['update']) && run(['install', '-y', '--no-install-recommends', 'postgresql']);
}

export const POSTGRES_HELP =
  'The server tests need PostgreSQL. Install it (Debian/Ubuntu: `sudo apt-get install postgresql`; macOS: ' +
  '`brew install postgresql`), or set DATABASE_URL=postgres://user:pass@host:port/db to a server where that user ' +
  'may create databases, or set POSTGRES=skip to run without the PostgreSQL tests.';

function unprivilegedUser() {
  for (const user of ['postgres', 'nobody']) {
    if (spawnSync('id', ['-u', user], { stdio: 'ignore' }).status === 0) return user;
  }
  throw new Error('No unprivileged user (postgres or nobody) to run initdb as.');
}

/** A running throwaway cluster: { url, stop() }. */
async function throwawayCluster() {
  let bin = findBin();
  if (!bin && isRoot() && install()) bin = findBin();
  if (!bin) throw new Error(POSTGRES_HELP);
  const dir = mkdtempSync(join(tmpdir(), 'verdict-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asUser = isRoot() ? ['runuser', '-u', unprivilegedUser(), '--'] : [];
  if (isRoot()) {
    chmodSync(dir, 0o777);
  }
  const run = (cmd, args) => {
    const [c, ...rest] = [...asUser, join(bin, cmd), ...args];
    execFileSync(c, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c shared_buffers=256MB`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A PostgreSQL server to create databases in: { url, stop(), createDatabase(name) → url, dropDatabase(name) }.
 * `durable`: keep fsync on (the kill -9 test does not need it: the OS keeps what a killed process wrote).
 */
export async function startPostgres() {
  const given = process.env.DATABASE_URL;
  const server = given ? { url: given, stop: () => {} } : await throwawayCluster();
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const urlOf = (name) => {
    const u = new URL(server.url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const created = [];
  return {
    url: server.url,
    async createDatabase(name) {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
      created.push(name);
      return urlOf(name);
    },
    async dropDatabase(name) {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    async stop() {
      if (given)
        for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      server.stop();
    },
  };
}
