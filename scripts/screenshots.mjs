// Screenshots of the built pages (the overview and the three full lists) at 360, 768, 1280 and 1920 px, light, dark
// and forced colours, for a person to look at.
// Usage: npm run build && node scripts/screenshots.mjs [path] [outDir]   (CHROMIUM_PATH overrides the browser;
// FULL=1 takes whole pages; WIDTHS=360,1280 and MODES=light,dark,forced choose fewer)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureBrowser } from '../e2e/browsers.mjs';
import { CHROMIUM_ARGS, startPreview } from './lib/preview.mjs';

const MOVIE = '/movies/wont-back-down';
const paths = process.argv[2]
  ? [process.argv[2]]
  : [MOVIE, `${MOVIE}/critic-reviews`, `${MOVIE}/user-reviews`, `${MOVIE}/parents-guide`];
const widths = (process.env.WIDTHS ?? '360,768,1280,1920').split(',').map(Number);
const modes = (process.env.MODES ?? 'light,dark,forced').split(',');
const outDir = process.argv[3] ?? 'screenshots/tmp';
const distDir = process.env.E2E_OUT_DIR ?? 'dist';
mkdirSync(outDir, { recursive: true });
const { origin: base, stop } = await startPreview(distDir);
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
try {
  for (const path of paths)
    for (const width of widths) {
      for (const mode of modes) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: mode === 'dark' ? 'dark' : 'light',
          forcedColors: mode === 'forced' ? 'active' : 'none',
        });
        const page = await context.newPage();
        await page.goto(base + path);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const name = path === MOVIE ? 'overview' : path.split('/').pop();
        const file = `${outDir}/${name}-${width}-${mode}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
        await context.close();
      }
    }
} finally {
  await browser.close();
  stop();
}
