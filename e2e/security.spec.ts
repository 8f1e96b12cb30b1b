import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Opens a page with a `securitypolicyviolation` listener in place before any of its scripts run. */
async function openWatched(path: string) {
  const context = await newContext(browser());
  const page = await context.newPage();
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
  return { page, context, console };
}

async function loaded(page: Page) {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain("Won't Back Down");
  for (const name of ['Critic reviews', 'User reviews', 'Parents guide']) {
    const region = page.getByRole('region', { name });
    await expect
      .poll(() =>
        region
          .getByRole('status')
          .filter({ hasText: /loading/i })
          .count(),
      )
      .toBe(0);
  }
}

describe('security in Chromium', () => {
  for (const path of ['/movies/wont-back-down', '/']) {
    it(`${path}: the page declares a strict CSP and loads with no violation`, async () => {
      const { page, context, console } = await openWatched(path);
      await loaded(page);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      expect(console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
      // No inline script that would run: only data blocks (JSON, JSON-LD) may sit in the page without a src.
      const inline = await page.$$eval('script:not([src])', (els) =>
        els
          .filter((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''))
          .map((s) => s.outerHTML.slice(0, 120)),
      );
      expect(inline).toEqual([]);
      // Only http(s) addresses (or same-page and relative ones) are links.
      const hrefs = await page.$$eval('a[href]', (els) => els.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => !/^(https?:\/\/|\/(?!\/)|#|\?)/i.test(h))).toEqual([]);
      await context.close();
    });
  }

  it('no source file uses dangerouslySetInnerHTML, eval or new Function', () => {
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
});
