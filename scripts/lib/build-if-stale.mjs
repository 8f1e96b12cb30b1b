// Builds what is missing or older than its sources: the client into dist/, the server into dist-server/.
// Used by `npm start` and by the benchmark against the server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}
const stale = (target, sources) => !existsSync(target) || Math.max(...sources.map(newest)) > statSync(target).mtimeMs;

export async function buildIfStale() {
  const COMMON = ['src', 'package-lock.json', 'vite.config.ts'];
  if (stale('dist/index.html', [...COMMON, 'public', 'index.html', 'tailwind.config.js'])) {
    console.log('Building the client (dist/)…');
    // a production build whatever the caller's NODE_ENV (Playwright's runner has Vite's 'development' once the
    // server tests' config has loaded a module through Vite)
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0)
      console.warn('\nThe client did not build (above). The server starts without it: plain pages.\n');
  }
  if (stale('dist-server/main.mjs', [...COMMON, 'server'])) {
    console.log('Building the server (dist-server/)…');
    const { buildServer } = await import('../build-server.mjs');
    await buildServer();
  }
}
