// `npm run fuzz`: the tests/fuzz properties with many more runs (FUZZ_RUNS, default 5000 per
// 100 of a property's normal runs; `npm run fuzz -- 20000` or FUZZ_SEED=<n> to replay), then a
// table of runs, skips and time per property. Exit code is vitest's.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '5000';
const report = join(tmpdir(), `vpnlab-fuzz-${process.pid}.jsonl`);
rmSync(report, { force: true });
const vitest = join('node_modules', 'vitest', 'vitest.mjs');
const started = Date.now();
const run = spawnSync(process.execPath, [vitest, 'run', 'tests/fuzz', '--testTimeout=0', '--reporter=dot'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report },
});
const rows = existsSync(report)
  ? readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
rmSync(report, { force: true });
const width = Math.max(8, ...rows.map((r) => r.label.length));
console.log(`\nFuzz properties (FUZZ_RUNS=${runs})`);
console.log(
  `${'property'.padEnd(width)}  ${'runs'.padStart(7)}  ${'skips'.padStart(6)}  ${'seconds'.padStart(7)}  result`,
);
for (const r of rows) {
  const extra = Object.entries(r)
    .filter(([k]) => !['label', 'runs', 'skips', 'failed', 'seed', 'ms'].includes(k))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `${r.label.padEnd(width)}  ${String(r.runs).padStart(7)}  ${String(r.skips).padStart(6)}  ${(r.ms / 1000).toFixed(1).padStart(7)}  ${r.failed ? `FAILED (replay: FUZZ_SEED=${r.seed})` : 'ok'}${extra ? `  (${extra})` : ''}`,
  );
}
const total = rows.reduce((a, r) => a + r.runs, 0);
console.log(
  `${total} runs in ${rows.length} properties, ${rows.filter((r) => r.failed).length} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(run.status ?? 1);
