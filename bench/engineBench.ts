/**
 * Engine benchmark: one simulated day on a 10-connection VGW topology and a 50-connection TGW
 * topology. Aim: each day in well under a second of wall time (DESIGN.md). Run with
 * `node bench/runBench.mjs` (the lead wires `npm run bench`).
 */
import { Engine } from '../playground/engine/index';
import { tgwScenario, vgwScenario } from '../playground/engine/model/scenarioFixtures';
import type { Scenario } from '../playground/engine/schema/scenarioSchema';

const DAY_MS = 86_400_000;

export interface BenchResult {
  name: string;
  connections: number;
  wallMs: number;
  snapshotMs: number;
  kernelEvents: number;
  eventsPerSecond: number;
  tunnelsUp: number;
  tunnels: number;
}

export function benchDay(name: string, scenario: Scenario): BenchResult {
  const engine = Engine.fromScenario(scenario);
  const start = performance.now();
  engine.runUntil(DAY_MS);
  const wallMs = performance.now() - start;
  const snapStart = performance.now();
  const snap = engine.snapshot();
  const snapshotMs = performance.now() - snapStart;
  const tunnels = snap.connections.flatMap((c) => c.tunnels);
  return {
    name, connections: snap.connections.length, wallMs, snapshotMs,
    kernelEvents: engine.processedEvents(), eventsPerSecond: engine.processedEvents() / (wallMs / 1000),
    tunnelsUp: tunnels.filter((t) => t.status === 'UP').length, tunnels: tunnels.length,
  };
}

export function runEngineBench(): BenchResult[] {
  const results = [benchDay('VGW, 10 connections, 24 h', vgwScenario({}, 10)), benchDay('TGW, 50 connections, 24 h', tgwScenario(50))];
  for (const r of results) {
    console.log(`${r.name}: ${r.wallMs.toFixed(0)} ms wall (+ ${r.snapshotMs.toFixed(0)} ms for the final snapshot), ${r.kernelEvents} kernel events, ${Math.round(r.eventsPerSecond)} events/s, ${r.tunnelsUp}/${r.tunnels} tunnels UP${r.wallMs > 1000 ? '  (over the 1 s aim)' : ''}`);
  }
  return results;
}

runEngineBench();
