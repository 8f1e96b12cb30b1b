// The browser tests' web server (Playwright's webServer): builds the app once with faults enabled and a short
// request time-out (VITE_ENABLE_FAULTS, VITE_REQUEST_TIMEOUT_MS, set in playwright.config.ts), adds the error
// canary page, and serves the build with `vite preview` on VERDICT_E2E_PORT until Playwright stops it.
// E2E_SKIP_BUILD=1 serves the build already in E2E_OUT_DIR (default dist-e2e) as it is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';

const outDir = process.env.E2E_OUT_DIR ?? 'dist-e2e';
const port = Number(process.env.VERDICT_E2E_PORT);
if (!port) throw new Error('VERDICT_E2E_PORT is not set (playwright.config.ts sets it)');

if (!process.env.E2E_SKIP_BUILD) {
  const t0 = Date.now();
  const r = spawnSync('node', ['scripts/build.mjs', '--outDir', outDir], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`e2e build in ${outDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

// The canary: a page under the app's own CSP that logs a console error, throws, and tries an inline script.
// e2e/flows.spec.ts opens it in every engine to show that the harness sees each of these (so a clean page
// means something). It lives only in the test build.
const csp = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'));
if (!csp) throw new Error(`no Content-Security-Policy meta tag in ${outDir}/index.html`);
mkdirSync(join(outDir, '__e2e__'), { recursive: true });
writeFileSync(
  join(outDir, '__e2e__', 'canary.html'),
  `<!doctype html>\n<html lang="en">\n  <head>\n    ${csp[0]}\n    <title>Error canary</title>\n    <script src="/__e2e__/canary.js"></script>\n  </head>\n  <body><p>canary</p></body>\n</html>\n`,
);
writeFileSync(
  join(outDir, '__e2e__', 'canary.js'),
  [
    "console.error('canary: a console error');",
    "setTimeout(() => { throw new Error('canary: an uncaught error'); }, 0);",
    "const inline = document.createElement('script');",
    "inline.textContent = 'window.canaryInlineRan = true';",
    'document.head.append(inline);',
  ].join('\n'),
);

const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port, strictPort: true, host: '127.0.0.1' },
});
console.log(`e2e server: ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`}`);
const close = () => {
  setTimeout(() => process.exit(0), 2000).unref(); // open keep-alive connections must not keep it running
  void server.close().finally(() => process.exit(0));
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
// Playwright stops this server when the run ends; should the runner be gone without doing so, stop anyway.
const runner = Number(process.env.VERDICT_E2E_RUNNER_PID);
if (runner) {
  setInterval(() => {
    try {
      process.kill(runner, 0);
    } catch {
      close();
    }
  }, 1000).unref();
}
