// Finds a Chromium for the browser tests, or gets one, or says plainly what to do.
// Order: $CHROMIUM_PATH → Debian's /usr/bin/chromium → Playwright's own download → apt-get (as root) → npx playwright install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
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

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function playwrightPath() {
  try {
    const p = require('playwright-core').chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function found() {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new Error(`CHROMIUM_PATH is set to ${env}, but there is no file there. Fix the path or unset it.`);
  }
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? playwrightPath();
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

export function ensureBrowser() {
  let path = found();
  if (path) return path;
  console.log('No Chromium found for the browser tests; getting one.');
  let hasApt = false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    /* not Debian-like */
  }
  if (hasApt && isRoot()) {
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'])
    ) {
      path = found();
      if (path) return path;
    }
  } else if (process.platform !== 'linux' || !hasApt) {
    if (run('npx', ['--no-install', 'playwright-core', 'install', 'chromium'])) {
      path = found();
      if (path) return path;
    }
  }
  const hint = [
    'The browser tests need Chromium and none could be found or installed.',
    'Do one of these, then run the tests again:',
    '  - on Debian/Ubuntu: sudo apt-get install -y chromium',
    "  - anywhere Playwright's download works: npx playwright-core install chromium",
    '  - or point at a Chromium/Chrome you have: CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n');
  const err = new Error(hint);
  err.friendly = true;
  throw err;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureBrowser());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
