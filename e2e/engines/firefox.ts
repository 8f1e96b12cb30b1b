// Firefox through puppeteer-core over WebDriver BiDi (no geckodriver): a fresh browser context (its own
// storage) per test, the probe as a BiDi preload script, and the console and JavaScript errors BiDi reports
// (Firefox reports CSP violations there too).
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type BrowserContext, type ElementHandle, type Page } from 'puppeteer-core';
import { BaseDriver, query, SCROLL_INTO_VIEW, type Op, type Wire } from './driver';
import { PROBE_PATH } from './playwright';

const PROBE = readFileSync(PROBE_PATH, 'utf8');
const QUERY = query.toString();
const call = (spec: Wire, op: Op) => `(${QUERY})(${JSON.stringify(spec)}, ${JSON.stringify(op)})`;

export function launchFirefox(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // no telemetry, updates or first-run pages in a closed network
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    },
  });
}

export class FirefoxDriver extends BaseDriver<ElementHandle> {
  readonly engine = 'firefox' as const;

  private constructor(
    baseURL: string,
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {
    super(baseURL);
    page.on('console', (m) => {
      if (m.type() === 'error') this.collected.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.collected.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  }

  static async open(browser: Browser, baseURL: string): Promise<FirefoxDriver> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(PROBE);
    return new FirefoxDriver(baseURL, context, page);
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
  protected async typeInto(el: ElementHandle, value: string) {
    // select what is there, so typing replaces it
    await el.evaluate((e) => (e as HTMLInputElement).select());
    await el.type(value);
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
  async screenshot() {
    return Buffer.from(await this.page.screenshot());
  }
  close() {
    return this.context.close();
  }
}
