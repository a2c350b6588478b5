/**
 * Every engine figure `npm run bench` prints, each at a small, medium and large size so the
 * growth shows: a simulated day (VGW up to its 10-connection quota, TGW up to 50), the route
 * recompute after a flap at quota scale (routing/bench.ts, 1,000 prefixes per connection) and
 * validation of scenario text of up to ~200 resources (parseScenarioText).
 */
import { benchTgwFlap } from '../playground/engine/routing/bench';
import { parseScenarioText } from '../playground/engine/scenario/index';
import { benchScenario, benchScenarioText, countResources, type GatewayKind } from './benchScenario';
import { benchDay } from './engineBench';

export interface BenchRow {
  /** Stable key for the baseline file. */
  key: string;
  figure: string;
  size: string;
  /** The timed figure, in ms (median of the repeats). */
  ms: number;
  detail: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function repeat(times: number, fn: () => number): number {
  return median(Array.from({ length: times }, fn));
}

function parseOrThrow(text: string) {
  const r = parseScenarioText(text);
  if (!r.ok) throw new Error(`bench scenario is invalid: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.scenario;
}

function dayRows(kind: GatewayKind, sizes: number[]): BenchRow[] {
  return sizes.map((n) => {
    const scenario = parseOrThrow(benchScenarioText(kind, n));
    const r = benchDay(`${kind} ${n}`, scenario);
    if (r.connections !== n) throw new Error(`expected ${n} connections, the engine built ${r.connections}`);
    return {
      key: `day.${kind}.${n}`,
      figure: `24 h simulated, ${kind.toUpperCase()}`,
      size: `${n} conn`,
      ms: r.wallMs,
      detail: `${r.kernelEvents} events, ${Math.round(r.eventsPerSecond).toLocaleString('en-US')} ev/s, ${r.tunnelsUp}/${r.tunnels} UP, snapshot ${r.snapshotMs.toFixed(1)} ms`,
    };
  });
}

function flapRows(sizes: number[]): BenchRow[] {
  return sizes.map((n) => {
    let last = benchTgwFlap(n, () => performance.now(), 1000);
    const ms = repeat(n >= 50 ? 3 : 5, () => (last = benchTgwFlap(n, () => performance.now(), 1000)).tunnelDownMs);
    return {
      key: `flap.tgw.${n}`,
      figure: 'TGW recompute after a flap',
      size: `${n} × 1,000 pfx`,
      ms,
      detail: `${last.recomputedPrefixes} prefixes recomputed, up again ${last.tunnelUpMs.toFixed(1)} ms, setup ${last.setupMs.toFixed(0)} ms, ECMP ${last.ecmpWidthAfterFlap}`,
    };
  });
}

function validationRows(sizes: number[]): BenchRow[] {
  return sizes.map((n) => {
    const text = benchScenarioText('tgw', n);
    const resources = countResources(benchScenario('tgw', n));
    parseOrThrow(text);
    const ms = repeat(n >= 50 ? 5 : 9, () => {
      const t0 = performance.now();
      parseOrThrow(text);
      return performance.now() - t0;
    });
    return {
      key: `validate.${resources}`,
      figure: 'parseScenarioText (YAML)',
      size: `${resources} resources`,
      ms,
      detail: `${(text.length / 1024).toFixed(1)} KB of YAML, ${Math.round(resources / (ms / 1000)).toLocaleString('en-US')} resources/s`,
    };
  });
}

export function runBenchSuite(): BenchRow[] {
  // Warm the JIT on a small day first so the first timed row is not the slowest.
  benchDay('warm-up', parseOrThrow(benchScenarioText('vgw', 1)));
  return [
    ...dayRows('vgw', [1, 5, 10]),
    ...dayRows('tgw', [1, 10, 50]),
    ...flapRows([1, 10, 50]),
    ...validationRows([1, 10, 50]),
  ];
}
