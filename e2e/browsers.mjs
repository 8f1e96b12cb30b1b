// The browser engines the tests drive: which ones (BROWSERS), where they are (env vars, then the usual
// places), and, from `node e2e/browsers.mjs --install` (the first half of `npm run test:e2e`), getting the
// missing ones with apt-get where we can (root on Debian/Ubuntu). Where we cannot, it stops with a message
// that says what to install; choosing fewer engines (BROWSERS=chromium) is the only way to run without one.
//
//   chromium  Playwright drives it: CHROMIUM_PATH, else Debian's headless shell /usr/bin/chromium-headless-shell
//             (what Playwright itself runs for headless Chromium: a page load costs it 1.1 CPU-seconds against 2.9
//             for the full browser in --headless, measured here), else the full Chromium, said so. The scripts
//             (audit, bench, screenshots) measure what a reader's browser does: the full Chromium, always.
//   firefox   puppeteer-core over WebDriver BiDi: FIREFOX_PATH, else /usr/bin/firefox-esr or /usr/bin/firefox
//   webkit    selenium-webdriver through WebKitWebDriver (WEBKIT_DRIVER_PATH, else /usr/bin/WebKitWebDriver),
//             which starts e2e/engines/webkit-host.py (WebKitGTK through PyGObject: WEBKIT_PYTHON, else
//             /usr/bin/python3) on an X display: DISPLAY, else an Xvfb the tests start (XVFB_PATH, else /usr/bin/Xvfb)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Flags that work on these machines (no sandbox as root, no background network in a closed network). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The engines to test: BROWSERS (a comma list of chromium, firefox, webkit), all three by default. */
export function chosenEngines(value = process.env.BROWSERS) {
  if (!value || !value.trim()) return [...ENGINES];
  const list = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const unknown = list.filter((e) => !ENGINES.includes(e));
  if (unknown.length || !list.length)
    throw friendly(`BROWSERS=${value}: use a comma list of ${ENGINES.join(', ')} (e.g. BROWSERS=chromium,webkit).`);
  return ENGINES.filter((e) => list.includes(e));
}

function friendly(message) {
  const err = new Error(message);
  err.friendly = true;
  return err;
}

/** The path an env var names (which must exist), else the first of `paths` that exists, else null. */
function pick(envName, paths) {
  const env = process.env[envName];
  if (env) {
    if (existsSync(env)) return env;
    throw friendly(`${envName} is set to ${env}, but there is no file there. Fix the path or unset it.`);
  }
  return paths.find((p) => existsSync(p)) ?? null;
}

function playwrightChromium() {
  try {
    const p = require('playwright-core').chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const FULL_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const chromiumPath = () => pick('CHROMIUM_PATH', FULL_CHROMIUM) ?? playwrightChromium();
const headlessShellPath = () => pick('CHROMIUM_PATH', ['/usr/bin/chromium-headless-shell']);

const firefoxPath = () =>
  pick('FIREFOX_PATH', [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);

const webkitDriverPath = () =>
  pick('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver']);

/** A Python that can load WebKitGTK 4.1 through GObject introspection (what webkit-host.py needs). */
function webkitPython() {
  const python = pick('WEBKIT_PYTHON', ['/usr/bin/python3']);
  if (!python) return null;
  const r = spawnSync(
    python,
    ['-c', "import gi; gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1')"],
    { stdio: 'ignore' },
  );
  return r.status === 0 ? python : null;
}

/** Xvfb, when WebKit needs a display and there is none. */
const xvfbPath = () => (process.env.DISPLAY ? 'DISPLAY' : pick('XVFB_PATH', ['/usr/bin/Xvfb']));

/**
 * What each engine needs: a finder, the Debian packages that provide it, and what to tell a person; `fallback` finds
 * a slower stand-in used, and said, when the first choice is missing and cannot be installed.
 */
const NEEDS = {
  chromium: [
    {
      what: 'Chromium headless shell',
      find: headlessShellPath,
      fallback: chromiumPath,
      apt: ['chromium-headless-shell'],
      env: 'CHROMIUM_PATH',
    },
  ],
  firefox: [{ what: 'Firefox', find: firefoxPath, apt: ['firefox-esr'], env: 'FIREFOX_PATH' }],
  webkit: [
    { what: 'WebKitWebDriver', find: webkitDriverPath, apt: ['webkit2gtk-driver'], env: 'WEBKIT_DRIVER_PATH' },
    {
      what: 'Python 3 with WebKitGTK 4.1 bindings',
      find: webkitPython,
      apt: ['python3-gi', 'gir1.2-webkit2-4.1'],
      env: 'WEBKIT_PYTHON',
    },
    { what: 'Xvfb (or a DISPLAY)', find: xvfbPath, apt: ['xvfb'], env: 'XVFB_PATH' },
  ],
};

/**
 * Where each chosen engine's pieces are, without installing anything; `missing` lists what is not there, and
 * `standIns` what is missing but has a stand-in (used, unless `fallbacks` is false).
 */
export function findBrowsers(engines = chosenEngines(), { fallbacks = true, needs = NEEDS } = {}) {
  const found = {};
  const missing = [];
  const standIns = [];
  for (const engine of engines) {
    for (const need of needs[engine]) {
      const first = need.find();
      const path = first ?? (fallbacks ? (need.fallback?.() ?? null) : null);
      if (path && !first) standIns.push({ engine, ...need, path });
      if (path) found[need.env] = path;
      else missing.push({ engine, ...need });
    }
  }
  return {
    engines,
    missing,
    standIns,
    chromium: found.CHROMIUM_PATH ?? null,
    firefox: found.FIREFOX_PATH ?? null,
    webkitDriver: found.WEBKIT_DRIVER_PATH ?? null,
    webkitPython: found.WEBKIT_PYTHON ?? null,
    xvfb: found.XVFB_PATH && found.XVFB_PATH !== 'DISPLAY' ? found.XVFB_PATH : null,
  };
}

function hasApt() {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

function missingMessage(missing, engines) {
  const packages = [...new Set(missing.flatMap((m) => m.apt))];
  const others = ENGINES.filter((e) => engines.includes(e) && !missing.some((m) => m.engine === e));
  return [
    `The browser tests need these and could not find or install them: ${missing.map((m) => `${m.what} (${m.engine})`).join(', ')}.`,
    'Do one of these, then run the tests again:',
    `  - on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    `  - or point at what you have: ${missing.map((m) => `${m.env}=/path`).join(' ')} npm test`,
    ...(missing.some((m) => m.engine === 'chromium')
      ? ["  - Chromium, where Playwright's download works: npx playwright-core install chromium"]
      : []),
    others.length
      ? `  - or test fewer engines, on purpose: BROWSERS=${others.join(',')} npm test`
      : '  - or test fewer engines, on purpose: BROWSERS=chromium (a comma list of chromium, firefox, webkit)',
  ].join('\n');
}

/**
 * Finds every piece the chosen engines need; installs what is missing with apt-get when root on a Debian-like
 * system (and, for Chromium only, Playwright's download elsewhere); then takes a stand-in for what is still missing
 * and has one (saying so), and throws a friendly error listing what to install for the rest. Never skips an engine
 * by itself.
 */
export function ensureBrowsers(engines = chosenEngines(), needs = NEEDS) {
  const find = (fallbacks) => findBrowsers(engines, { fallbacks, needs });
  const first = find(false);
  if (!first.missing.length) return first;
  console.log(`Missing for the browser tests: ${first.missing.map((m) => `${m.what} (${m.engine})`).join(', ')}.`);
  if (hasApt() && isRoot()) {
    const packages = [...new Set(first.missing.flatMap((m) => m.apt))];
    if (run('apt-get', ['update', '-qq']))
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } else if (!hasApt() && first.missing.some((m) => m.engine === 'chromium')) {
    run('npx', ['--no-install', 'playwright-core', 'install', 'chromium']);
  }
  const result = find(true);
  if (result.missing.length) throw friendly(missingMessage(result.missing, engines));
  for (const s of result.standIns)
    console.log(
      `No ${s.what}: using ${s.path} instead (slower). To get it: apt-get install ${s.apt.join(' ')}, or ${s.env}=/path.`,
    );
  return result;
}

/** The full Chromium, as a reader runs it: for the scripts that measure (audit, bench, screenshots). */
const SCRIPT_NEEDS = { chromium: [{ what: 'Chromium', find: chromiumPath, apt: ['chromium'], env: 'CHROMIUM_PATH' }] };

/** Chromium only (the scripts: audit, bench, screenshots), installed the same way when missing. */
export function ensureBrowser() {
  return ensureBrowsers(['chromium'], SCRIPT_NEEDS).chromium;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const engines = chosenEngines();
    const r = process.argv.includes('--install') ? ensureBrowsers(engines) : findBrowsers(engines);
    if (r.missing.length) throw friendly(missingMessage(r.missing, engines));
    const skipped = ENGINES.filter((e) => !engines.includes(e));
    console.log(
      `Browser tests: ${engines.join(', ')}${skipped.length ? ` (BROWSERS leaves out ${skipped.join(', ')})` : ''}`,
    );
    if (r.chromium) console.log(`  chromium  ${r.chromium}`);
    if (r.firefox) console.log(`  firefox   ${r.firefox}`);
    if (r.webkitDriver)
      console.log(
        `  webkit    ${r.webkitDriver} + ${r.webkitPython} e2e/engines/webkit-host.py on ${process.env.DISPLAY ? `DISPLAY=${process.env.DISPLAY}` : r.xvfb}`,
      );
  } catch (e) {
    console.error(`\n${e.message}\n`);
    process.exit(1);
  }
}
