// `npm run bench`: bundles bench/benchSuite.ts with esbuild (a dependency of Vite) into
// node_modules/.cache, runs it, prints one table with the growth from the smallest size and
// the ratio to bench/baseline.json. `--update` rewrites the baseline; `--json` prints raw rows.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import os from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const baselineFile = join(root, 'bench', 'baseline.json');
const outfile = join(root, 'node_modules', '.cache', 'vpnlab-bench', 'benchSuite.mjs');
const args = new Set(process.argv.slice(2));

await build({
  entryPoints: [join(root, 'bench', 'benchSuite.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const { runBenchSuite } = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);

const started = performance.now();
const rows = runBenchSuite();
if (args.has('--json')) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}

const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;
const firstOfFigure = new Map();
for (const r of rows) if (!firstOfFigure.has(r.figure)) firstOfFigure.set(r.figure, r.ms);

const table = rows.map((r) => {
  const base = baseline?.figures?.[r.key];
  const ratio = typeof base === 'number' && base > 0 ? r.ms / base : null;
  return {
    figure: r.figure,
    size: r.size,
    ms: r.ms < 10 ? r.ms.toFixed(2) : r.ms.toFixed(0),
    growth: `×${(r.ms / firstOfFigure.get(r.figure)).toFixed(1)}`,
    'vs baseline':
      ratio === null ? 'new' : `${ratio.toFixed(2)}${ratio > 1.5 ? ' SLOWER' : ratio < 0.67 ? ' faster' : ''}`,
    detail: r.detail,
  };
});
const cols = Object.keys(table[0]);
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...table.map((t) => String(t[c]).length))]));
const line = (t) =>
  cols
    .map((c) => (c === 'ms' || c === 'growth' ? String(t[c]).padStart(width[c]) : String(t[c]).padEnd(width[c])))
    .join('  ')
    .trimEnd();
console.log(`VPN Lab engine bench, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}`);
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
for (const t of table) console.log(line(t));
console.log(
  `(${((performance.now() - started) / 1000).toFixed(1)} s in all; growth is against the smallest size of the same figure${baseline ? `; baseline from ${baseline.recorded}` : args.has('--update') ? '' : '; no baseline yet: run with --update'})`,
);

if (args.has('--update')) {
  const figures = Object.fromEntries(rows.map((r) => [r.key, Number(r.ms.toFixed(3))]));
  writeFileSync(
    baselineFile,
    JSON.stringify(
      { recorded: new Date().toISOString().slice(0, 10), node: process.version, cpus: os.cpus().length, figures },
      null,
      2,
    ) + '\n',
  );
  console.log(`Baseline written to ${baselineFile}`);
}
