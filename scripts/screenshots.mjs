// Screenshots of the built page at 360 px and 1280 px, light and dark, for a person to look at.
// Usage: npm run build && node scripts/screenshots.mjs [path] [outDir]   (CHROMIUM_PATH overrides the browser)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureBrowser } from '../e2e/find-browser.mjs';

const path = process.argv[2] ?? '/movies/wont-back-down';
const outDir = process.argv[3] ?? 'screenshots/tmp';
const distDir = process.env.E2E_OUT_DIR ?? 'dist';
const port = 4300 + Math.floor(Math.random() * 600);
mkdirSync(outDir, { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--outDir', distDir, '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* starting */
  }
  await new Promise((r) => setTimeout(r, 150));
}
const browser = await chromium.launch({
  executablePath: ensureBrowser(),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const width of [360, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(base + path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const file = `${outDir}/${width}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid, 'SIGTERM');
}
