// Browser tests: get a Chromium, then let vitest build, serve (vite preview) and drive it.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './find-browser.mjs';

let chromium;
try {
  chromium = ensureBrowser();
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}
console.log(`Browser tests use ${chromium}`);
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // The e2e build can inject faults (only when a test asks, via ?faults= / sessionStorage) and gives up on a
  // request sooner, so the fault matrix's latency case is quick. `npm run build` has neither.
  env: {
    VITE_ENABLE_FAULTS: 'true',
    VITE_REQUEST_TIMEOUT_MS: '4000',
    ...process.env,
    CHROMIUM_PATH: chromium,
  },
});
process.exit(r.status ?? 1);
