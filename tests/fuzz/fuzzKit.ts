/**
 * Shared by the fuzz properties: how many runs (FUZZ_RUNS overrides every property's default,
 * `npm run fuzz` sets it), a reproducible seed (FUZZ_SEED), a count of the runs each property
 * made appended to FUZZ_REPORT (read by scripts/fuzz.mjs), and the engine's error shape check.
 */
import { appendFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { expect } from 'vitest';

const env = process.env;
const CI_SEED = 20261129;

export function runsFor(defaultRuns: number): number {
  const n = Number(env['FUZZ_RUNS']);
  return Number.isFinite(n) && n > 0 ? Math.floor(n * (defaultRuns / 100)) || 1 : defaultRuns;
}

/** Runs a property with fc.check and throws fast-check's own report on a counterexample. */
export function checkProperty<T>(
  label: string,
  property: fc.IProperty<T>,
  defaultRuns = 100,
  counts?: () => Record<string, number>,
): void {
  // CI replays one fixed draw so that red means a regression, not a new random case; local runs
  // and `npm run fuzz` explore with fresh seeds (and print FUZZ_SEED to replay a failure).
  const seed = env['FUZZ_SEED'] !== undefined ? Number(env['FUZZ_SEED']) : env['CI'] && env['FUZZ_RUNS'] === undefined ? CI_SEED : undefined;
  const start = performance.now();
  const details = fc.check(property, { numRuns: runsFor(defaultRuns), ...(seed === undefined ? {} : { seed }) });
  const ms = performance.now() - start;
  if (env['FUZZ_REPORT']) {
    appendFileSync(
      env['FUZZ_REPORT'],
      JSON.stringify({
        label,
        runs: details.numRuns,
        skips: details.numSkips,
        failed: details.failed,
        seed: details.seed,
        ms: Math.round(ms),
        ...counts?.(),
      }) + '\n',
    );
  }
  if (details.failed) {
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${label} (replay with FUZZ_SEED=${details.seed})\n${fc.defaultReportMessage(details) ?? 'property failed'}\nCause: ${cause}`,
    );
  }
}

/** DESIGN.md: every refusal is data naming the field and saying what is wrong, never a throw. */
export function expectWellFormedErrors(errors: readonly unknown[], where: string): void {
  expect(errors.length, `${where}: a refusal carries at least one error`).toBeGreaterThan(0);
  for (const e of errors) {
    const err = e as { code?: unknown; path?: unknown; message?: unknown };
    expect(typeof err.code === 'string' && err.code.length > 0, `${where}: code in ${JSON.stringify(e)}`).toBe(true);
    expect(typeof err.path, `${where}: path in ${JSON.stringify(e)}`).toBe('string');
    expect(typeof err.message === 'string' && err.message.length > 0, `${where}: message in ${JSON.stringify(e)}`).toBe(
      true,
    );
  }
}

/** Every path (array of keys) inside a JSON value, the root included. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

export type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'duplicate' };

/** A near-miss of a valid document: one field replaced, removed, or an array entry doubled. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        '',
        'ikev3',
        '0.0.0.0/0',
        '169.254.169.252/30',
        'vpn-nope',
        -1,
        0,
        4_294_967_296,
        1e308,
        null,
        true,
        [],
        {},
      ),
      fc.integer({ min: -100_000, max: 5_000_000 }),
    ),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
);

export function applyMutation(doc: unknown, pathIndex: number, m: Mutation): unknown {
  const copy: unknown = structuredClone(doc);
  const paths = pathsOf(copy);
  const path = paths[pathIndex % paths.length] ?? [];
  if (path.length === 0) return m.kind === 'set' ? m.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (m.kind === 'set') parent[last] = m.value;
  else if (Array.isArray(parent) && typeof last === 'number') {
    if (m.kind === 'delete') parent.splice(last, 1);
    else parent.splice(last, 0, structuredClone(parent[last]));
  } else if (m.kind === 'delete') delete parent[last];
  else parent[String(last).toLowerCase()] = structuredClone(parent[last]); // a mis-cased key: UnknownParameter
  return copy;
}

/** Per-test timeout: generous, since the 2-core CI box also builds; `npm run fuzz` lifts it. */
export const FUZZ_TIMEOUT_MS = 60_000;
