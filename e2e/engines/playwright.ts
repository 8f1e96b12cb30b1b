// Chromium through Playwright: a context of the worker's Chromium (so Playwright Test's project options,
// baseURL and trace apply to it), the probe as an init script, and Playwright's own console and page errors.
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, ElementHandle, Page } from '@playwright/test';
import { BaseDriver, query, SCROLL_INTO_VIEW, type Op, type Wire } from './driver';

export const PROBE_PATH = fileURLToPath(new URL('./probe.js', import.meta.url));
const QUERY = query.toString();
const call = (spec: Wire, op: Op) => `(${QUERY})(${JSON.stringify(spec)}, ${JSON.stringify(op)})`;

export class PlaywrightDriver extends BaseDriver<ElementHandle> {
  readonly engine = 'chromium' as const;

  private constructor(
    baseURL: string,
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {
    super(baseURL);
    page.on('console', (m) => {
      if (m.type() === 'error') this.collected.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.collected.push(`pageerror: ${e.message}`));
  }

  static async open(browser: Browser, baseURL: string): Promise<PlaywrightDriver> {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ path: PROBE_PATH });
    return new PlaywrightDriver(baseURL, context, await context.newPage());
  }

  protected async run(spec: Wire, op: Op) {
    const handle = await this.page.evaluateHandle(call(spec, op));
    const element = handle.asElement();
    if (element) return { element: element as ElementHandle };
    const value: unknown = await handle.jsonValue();
    await handle.dispose();
    return { value };
  }
  protected scrollIntoView(el: ElementHandle) {
    return el.evaluate(SCROLL_INTO_VIEW);
  }
  protected clickElement(el: ElementHandle) {
    return el.click();
  }
  protected typeInto(el: ElementHandle, value: string) {
    return el.fill(value);
  }
  protected async navigate(url: string) {
    await this.page.goto(url);
  }
  protected async doReload() {
    await this.page.reload();
  }
  protected async doBack() {
    await this.page.goBack();
  }
  protected evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  async url() {
    return this.page.url();
  }
  screenshot() {
    return this.page.screenshot();
  }
  close() {
    return this.context.close();
  }
}
