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
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(r.status ?? 1);
