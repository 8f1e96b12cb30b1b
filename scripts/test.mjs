// `npm test`: every check, and how long each took.
//   1. typecheck, lint and budget side by side (each mostly uses one core: together they take the longest one's time)
//   2. unit
//   3. server (it builds dist-server/ and the seeded PGlite template)
//   4. e2e:server and e2e side by side. e2e:server: two readers in Chromium against `npm start` (it reuses the server
//      stage's build and database template; its own are two server starts and a small client build, which mostly
//      keep one core busy). e2e: every other browser test (it installs missing browser engines first; BROWSERS
//      chooses fewer); it starts with a build and one core idle too. One after the other they took 30 s + 190–300 s.
// Output of side-by-side stages is shown when each ends; the others stream. Stops after the first group with a
// failure (--keep-going runs the rest), then prints each stage's wall time and the browser tests per project,
// and exits 1 if any stage failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const GROUPS = [['typecheck', 'lint', 'budget'], ['test:unit'], ['test:server'], ['test:e2e:server', 'test:e2e']];
const E2E_REPORT = 'test-results/e2e-report.json';
const keepGoing = process.argv.includes('--keep-going');

function runStage(script, buffered) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn('npm', ['run', '-s', script], {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    let out = '';
    if (buffered) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    child.on('close', (code, signal) => {
      const result = { script, ok: code === 0, seconds: (Date.now() - t0) / 1000, code: code ?? signal };
      if (buffered) {
        console.log(`\n── ${script} (${result.seconds.toFixed(1)} s, ${result.ok ? 'ok' : 'FAILED'}) ──`);
        process.stdout.write(out.endsWith('\n') || !out ? out : `${out}\n`);
      }
      resolve(result);
    });
  });
}

/** Passed/failed/flaky/skipped browser tests per Playwright project, from the JSON reporter's file. */
function e2eCounts() {
  if (!existsSync(E2E_REPORT)) return [];
  const report = JSON.parse(readFileSync(E2E_REPORT, 'utf8'));
  const perProject = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) {
        const row = perProject.get(t.projectName) ?? { passed: 0, failed: 0, flaky: 0, skipped: 0 };
        const status =
          t.status === 'expected'
            ? 'passed'
            : t.status === 'flaky'
              ? 'flaky'
              : t.status === 'skipped'
                ? 'skipped'
                : 'failed';
        row[status] += 1;
        perProject.set(t.projectName, row);
      }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of report.suites ?? []) walk(s);
  return [...perProject.entries()];
}

const start = Date.now();
const results = [];
rmSync(E2E_REPORT, { force: true });
for (const group of GROUPS) {
  const buffered = group.length > 1;
  if (buffered) console.log(`\n▶ ${group.join(', ')} (side by side)`);
  else console.log(`\n▶ ${group[0]}`);
  // Side by side, both browser stages would install what is missing at once (two apt-gets fight over dpkg's lock):
  // the engines are found or installed first, once.
  if (group.includes('test:e2e') && spawnSync('node', ['e2e/browsers.mjs', '--install'], { stdio: 'inherit' }).status) {
    results.push(...group.map((script) => ({ script, ok: false, seconds: 0, code: 'no browsers' })));
    break;
  }
  results.push(...(await Promise.all(group.map((s) => runStage(s, buffered)))));
  if (!keepGoing && results.some((r) => !r.ok)) break;
}

const total = (Date.now() - start) / 1000;
const ran = new Set(results.map((r) => r.script));
const width = Math.max(...GROUPS.flat().map((s) => s.length));
console.log('\nStage times (wall clock)');
for (const [i, group] of GROUPS.entries()) {
  for (const script of group) {
    const r = results.find((x) => x.script === script);
    const status = r ? (r.ok ? 'ok' : `FAILED (${r.code})`) : 'not run';
    const time = r ? `${r.seconds.toFixed(1)} s` : '';
    console.log(`  ${String(i + 1)}. ${script.padEnd(width)} ${time.padStart(9)}  ${status}`);
  }
}
console.log(`  ${'total'.padEnd(width + 3)} ${`${total.toFixed(1)} s`.padStart(9)}  (${(total / 60).toFixed(1)} min)`);
if (ran.has('test:e2e')) {
  const counts = e2eCounts();
  if (counts.length) {
    console.log('\nBrowser tests per project');
    for (const [project, c] of counts) {
      const extra = ['failed', 'flaky', 'skipped']
        .filter((k) => c[k])
        .map((k) => `${c[k]} ${k}`)
        .join(', ');
      console.log(`  ${project.padEnd(18)} ${String(c.passed).padStart(3)} passed${extra ? `, ${extra}` : ''}`);
    }
  }
}
process.exit(results.every((r) => r.ok) && results.length === GROUPS.flat().length ? 0 : 1);
