// Shared by the scripts: a free port, `vite preview` of a build, and Chromium's launch flags.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export { CHROMIUM_ARGS } from '../../e2e/browsers.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Serves `outDir` with `vite preview` and resolves once it answers; `stop()` ends it. */
export async function startPreview(outDir, port) {
  const p = port ?? (await freePort());
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(p), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const origin = `http://127.0.0.1:${p}`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  stop();
  throw new Error(`vite preview did not answer at ${origin}`);
}
