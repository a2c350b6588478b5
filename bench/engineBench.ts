/**
 * Engine benchmark: one simulated day (24 h) of a scenario. Aim (DESIGN.md): a day in well
 * under a second of wall time. Run through `npm run bench` (bench/runBench.mjs).
 */
import { Engine } from '../playground/engine/index';
import type { Scenario } from '../playground/engine/schema/scenarioSchema';

export const DAY_MS = 86_400_000;

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
    name,
    connections: snap.connections.length,
    wallMs,
    snapshotMs,
    kernelEvents: engine.processedEvents(),
    eventsPerSecond: engine.processedEvents() / (wallMs / 1000),
    tunnelsUp: tunnels.filter((t) => t.status === 'UP').length,
    tunnels: tunnels.length,
  };
}
