// axe-core for the state matrix (e2e/a11y-states.spec.ts), the one spec that runs it.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules among those whose answer depends on colours: all that can change when only the colour scheme does. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe (WCAG 2.x A/AA and best practice; `colours`: only its COLOUR_RULES) on the whole page: one line per
 * violated rule, [] when clean.
 * axe is injected once per document and then reused (injecting it on every call, as @axe-core/playwright does,
 * costs ~2 s each, too slow for a many-state run); the rules and the report are the same.
 */
export async function axeViolations(page: Page, rules: 'all' | 'colours' = 'all'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const only =
    rules === 'all' ? { type: 'tag' as const, values: AXE_TAGS } : { type: 'rule' as const, values: COLOUR_RULES };
  const violations = await page.evaluate(async (runOnly) => {
    const w = window as unknown as { axe: typeof axe };
    const results = await w.axe.run(document, {
      runOnly,
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, only);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(' | ')}`);
}
