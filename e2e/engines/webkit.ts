// WebKit (WebKitGTK) through selenium-webdriver and WebKitWebDriver, on an X display (Xvfb when DISPLAY is
// unset). WebKitWebDriver starts webkit-host.py, a WebKitGTK browser that adds the probe to every page (see that
// file for why not MiniBrowser). A fresh session per test is a fresh browser process with an in-memory profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Builder, WebElement, type WebDriver } from 'selenium-webdriver';
import { BaseDriver, query, SCROLL_INTO_VIEW, type Op, type Wire } from './driver';
import { freePort } from '../../scripts/lib/preview.mjs';
import { PROBE_PATH } from './playwright';

const HOST_PATH = fileURLToPath(new URL('./webkit-host.py', import.meta.url));
const QUERY = query.toString();
const SCROLL = SCROLL_INTO_VIEW.toString();

function stop(proc: ChildProcess | undefined, group: boolean): Promise<void> {
  if (!proc?.pid || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(group ? -proc.pid! : proc.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, 3000);
    proc.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(group ? -proc.pid! : proc.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** Starts Xvfb on a display number it picks itself (-displayfd), so parallel workers never collide. */
function startXvfb(xvfb: string): Promise<{ display: string; proc: ChildProcess }> {
  const proc = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, proc });
    });
    proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display: ${err.trim()}`)));
    proc.once('error', reject);
  });
}

export interface WebKitService {
  newSession(): Promise<WebDriver>;
  stop(): Promise<void>;
}

export async function startWebKit(opts: {
  driverPath: string;
  python: string;
  xvfb: string | null;
}): Promise<WebKitService> {
  let xvfb: ChildProcess | undefined;
  let display = process.env.DISPLAY;
  if (!display) {
    if (!opts.xvfb) throw new Error('WebKit needs an X display: set DISPLAY or install Xvfb (XVFB_PATH).');
    ({ display, proc: xvfb } = await startXvfb(opts.xvfb));
  }
  const port = await freePort();
  const driver = spawn(opts.driverPath, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, VERDICT_PROBE_SCRIPT: PROBE_PATH },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group: stopping it stops the browsers it started too
  });
  let log = '';
  driver.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > until || driver.exitCode !== null) {
      await stop(driver, true);
      await stop(xvfb, false);
      throw new Error(`WebKitWebDriver did not start on ${url}: ${log.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // should the worker end without its fixtures' teardown, take the driver, its browsers and Xvfb with it
  const onExit = () => {
    for (const [proc, group] of [
      [driver, true],
      [xvfb, false],
    ] as const) {
      try {
        if (proc?.pid && proc.exitCode === null) process.kill(group ? -proc.pid : proc.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  process.once('exit', onExit);
  return {
    async newSession() {
      const session = await new Builder()
        .usingServer(url)
        .withCapabilities({
          browserName: 'VerdictWebKit', // the name webkit-host.py gives itself
          'webkitgtk:browserOptions': { binary: opts.python, args: [HOST_PATH] },
        })
        .build();
      await session.manage().window().setRect({ width: 1280, height: 900 });
      return session;
    },
    async stop() {
      process.off('exit', onExit);
      await stop(driver, true);
      await stop(xvfb, false);
    },
  };
}

export class WebKitDriver extends BaseDriver<WebElement> {
  readonly engine = 'webkit' as const;

  private constructor(
    baseURL: string,
    private readonly session: WebDriver,
  ) {
    super(baseURL);
  }

  static async open(service: WebKitService, baseURL: string): Promise<WebKitDriver> {
    return new WebKitDriver(baseURL, await service.newSession());
  }

  protected async run(spec: Wire, op: Op) {
    const r: unknown = await this.session.executeScript(`return (${QUERY})(arguments[0], arguments[1])`, spec, op);
    return r instanceof WebElement ? { element: r } : { value: r };
  }
  protected async scrollIntoView(el: WebElement) {
    await this.session.executeScript(`return (${SCROLL})(arguments[0])`, el);
  }
  protected clickElement(el: WebElement) {
    return el.click();
  }
  protected async typeInto(el: WebElement, value: string) {
    await el.clear();
    await el.sendKeys(value);
  }
  protected navigate(url: string) {
    return this.session.get(url);
  }
  protected doReload() {
    return this.session.navigate().refresh();
  }
  protected doBack() {
    return this.session.navigate().back();
  }
  protected evaluate<T>(expression: string): Promise<T> {
    return this.session.executeScript(`return ${expression}`);
  }
  url() {
    return this.session.getCurrentUrl();
  }
  async screenshot() {
    // the viewport only: WebKitGTK draws screenshots taller than ~16,000 px black
    return Buffer.from(await this.session.takeScreenshot(), 'base64');
  }
  close() {
    return this.session.quit();
  }
}
