// The Content-Security-Policy (index.html): strict, and the page breaks none of it. (Untrusted text rendered as
// inert text, and only safe links: e2e/xss.spec.ts.)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Opens a page with a `securitypolicyviolation` listener in place before any of its scripts run. */
async function openWatched(page: Page, path: string) {
  const console: string[] = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      ),
    );
  });
  await page.goto(path);
  return console;
}

async function loaded(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Won't Back Down");
  for (const name of ['Critic reviews', 'User reviews', 'Parents guide']) {
    const region = page.getByRole('region', { name });
    await expect(region.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0);
  }
}

for (const path of ['/movies/wont-back-down', '/']) {
  test(`${path}: the page declares a strict CSP and loads with no violation`, async ({ page }) => {
    const console = await openWatched(page, path);
    await loaded(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // scripts from the page's origin, and inline only the ones listed by their hash
    expect(csp).toMatch(/script-src 'self'( 'sha256-[\w+/]+=*')*(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    // Besides data blocks (JSON, JSON-LD), the one inline script is the theme's (src/theme-script.js), allowed by
    // its hash and by nothing broader.
    const inline = await page.$$eval('script:not([src])', (els: HTMLScriptElement[]) =>
      els.filter((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? '')).map((s) => s.text),
    );
    expect(inline).toEqual([readFileSync('src/theme-script.js', 'utf8')]);
    const hashes = [...csp!.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
    expect(hashes).toEqual([createHash('sha256').update(inline[0]!).digest('base64')]);
  });
}

test('no source file uses dangerouslySetInnerHTML, eval or new Function', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f)) files.push(p);
    }
  };
  walk('src');
  const offenders = files.filter((f) =>
    /dangerouslySetInnerHTML|\beval\(|new Function\(/.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
});
