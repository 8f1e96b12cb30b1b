// The production dependency audit: `npm audit --omit=dev`, and what can still be checked when the
// registry refuses the advisory endpoint (some mirrors and proxies answer its POST with 405).
// Exit 0: audited, no known vulnerability. 1: vulnerabilities found. 2: no audit result (see why).
// Usage: npm run audit:deps   (REGISTRY overrides https://registry.npmjs.org)
import { spawnSync } from 'node:child_process';

const npm = (args) => spawnSync('npm', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const audit = npm(['audit', '--omit=dev', '--json']);
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = { message: (audit.stderr || audit.stdout).trim().split('\n').pop() };
}

const counts = report.metadata?.vulnerabilities;
if (counts) {
  const total = counts.total ?? 0;
  const deps = report.metadata.dependencies?.prod ?? '?';
  console.log(`npm audit --omit=dev: ${total} known vulnerabilities in ${deps} production packages`);
  for (const [severity, n] of Object.entries(counts)) if (severity !== 'total' && n) console.log(`  ${severity}: ${n}`);
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    console.log(`  ${name} (${v.severity}): ${v.range}${v.fixAvailable ? ', fix available' : ''}`);
  process.exit(total === 0 ? 0 : 1);
}

console.log(`npm audit --omit=dev gave no result: ${report.message ?? 'unknown error'}`);
console.log('Without advisories, this checks what the registry still answers: deprecation and the latest version.\n');

// Every production package once, from the installed tree.
const tree = JSON.parse(npm(['ls', '--omit=dev', '--all', '--json']).stdout || '{}');
const installed = new Map();
(function walk(node) {
  for (const [name, dep] of Object.entries(node.dependencies ?? {})) {
    if (!dep.version || dep.missing) continue; // an unmet optional peer, not installed
    if (!installed.has(`${name}@${dep.version}`))
      installed.set(`${name}@${dep.version}`, { name, version: dep.version });
    walk(dep);
  }
})(tree);

const registry = (process.env.REGISTRY ?? 'https://registry.npmjs.org').replace(/\/$/, '');
let problems = 0;
for (const { name, version } of [...installed.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  let line = `  ${name}@${version}`;
  try {
    const res = await fetch(`${registry}/${name.replace('/', '%2f')}`, {
      headers: { accept: 'application/vnd.npm.install-v1+json' },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const doc = await res.json();
    const latest = doc['dist-tags']?.latest;
    const deprecated = doc.versions?.[version]?.deprecated;
    line += latest === version ? '  latest' : `  latest is ${latest}`;
    if (deprecated) {
      problems++;
      line += `  DEPRECATED: ${deprecated}`;
    }
  } catch (error) {
    problems++;
    line += `  registry: ${error instanceof Error ? error.message : String(error)}`;
  }
  console.log(line);
}
console.log(`\n${installed.size} production packages, ${problems} deprecated or unreadable.`);
console.log('This is not an audit: run `npm audit --omit=dev` where the advisory endpoint answers.');
process.exit(2);
