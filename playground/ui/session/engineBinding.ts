/**
 * The one place where the UI creates engines: scenario text → validated scenario → Engine.
 * Every view reads what this returns; nothing in ui/ computes tunnel state or routes.
 */
import { Engine } from '../../engine/engine';
import type { EngineAction } from '../../engine/model/actions/actionTypes';
import type { EngineSnapshot } from '../../engine/model/snapshotTypes';
import type { Scenario } from '../../engine/schema/scenarioSchema';
import { parseScenarioText } from '../../engine/scenario/parseScenarioText';
import type { EngineBuild, Problem } from './sandboxSession.svelte';

export type { EngineAction, EngineSnapshot, Scenario };


/** Parses and validates without building, for the editor's markers. */
export function checkScenarioText(text: string): Problem[] {
  const parsed = parseScenarioText(text);
  if (parsed.ok) return [];
  return parsed.errors.map((e) => ({
    path: e.path || '(file)',
    message: e.allowed ? `${e.message} (allowed: ${e.allowed})` : e.message,
    line: e.line,
    column: e.column,
  }));
}

/** Scenario structure (VPCs, gateways, sites) that the canvas draws around the live snapshot. */
export function scenarioOf(text: string): Scenario | null {
  const parsed = parseScenarioText(text);
  return parsed.ok ? parsed.scenario : null;
}

export function buildSandbox(text: string, seed: number): EngineBuild<EngineAction, EngineSnapshot> {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return { ok: false, problems: checkScenarioText(text) };
  const engine = Engine.fromScenario(parsed.scenario, { seed: parsed.scenario.Seed ?? seed });
  return { ok: true, engine };
}
