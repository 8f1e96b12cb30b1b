// Screenshots of the built page at 360 px and 1280 px, light and dark, for a person to look at.
// Usage: npm run build && node scripts/screenshots.mjs [path] [outDir]   (CHROMIUM_PATH overrides the browser)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureBrowser } from '../e2e/browsers.mjs';
import { CHROMIUM_ARGS, startPreview } from './lib/preview.mjs';

const path = process.argv[2] ?? '/movies/wont-back-down';
const outDir = process.argv[3] ?? 'screenshots/tmp';
const distDir = process.env.E2E_OUT_DIR ?? 'dist';
mkdirSync(outDir, { recursive: true });
const { origin: base, stop } = await startPreview(distDir);
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
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
  stop();
}
