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


/**
 * The playground parses the same text several times (scenario for the canvas, engine build, every
 * rebuild on undo or scrub): YAML parsing and validation dominate those, so the last few results
 * are kept. Engines get a clone, so nothing they do can reach the cached scenario.
 */
const recent = new Map<string, ReturnType<typeof parseScenarioText>>();
function parseCached(text: string): ReturnType<typeof parseScenarioText> {
  const hit = recent.get(text);
  if (hit) return hit;
  const parsed = parseScenarioText(text);
  if (recent.size >= 4) recent.delete(recent.keys().next().value as string);
  recent.set(text, parsed);
  return parsed;
}

/**
 * Seeds the cache with a scenario validated at build time from exactly this text (the page's
 * default preset as JSON, site/lib/presetJson.ts), so the first screen runs no YAML parse or
 * schema validation: they were the largest part of the playground's first long task.
 */
export function primeParsedScenario(text: string, scenarioJson: string): void {
  if (recent.has(text)) return;
  recent.set(text, { ok: true, scenario: JSON.parse(scenarioJson) as Scenario, warnings: [] });
}

/** Parses and validates without building, for the editor's markers. */
export function checkScenarioText(text: string): Problem[] {
  const parsed = parseCached(text);
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
  // Before the first scenario loads there is nothing to parse (and a first parse is costly: cold schemas).
  if (text === '') return null;
  const parsed = parseCached(text);
  return parsed.ok ? parsed.scenario : null;
}

export function buildSandbox(text: string, seed: number): EngineBuild<EngineAction, EngineSnapshot> {
  const parsed = parseCached(text);
  if (!parsed.ok) return { ok: false, problems: checkScenarioText(text) };
  const engine = Engine.fromScenario(structuredClone(parsed.scenario), { seed: parsed.scenario.Seed ?? seed });
  return { ok: true, engine };
}
