/**
 * engineBinding for JSON scenario text only: what guide diagrams and embeds use, so that their
 * pages ship no YAML parser (budgets.json). Same results as engineBinding for the same scenario.
 */
import { Engine } from '../../engine/engine';
import type { EngineAction } from '../../engine/model/actions/actionTypes';
import type { EngineSnapshot } from '../../engine/model/snapshotTypes';
import type { Scenario } from '../../engine/schema/scenarioSchema';
import { parseScenarioJson } from '../../engine/scenario/parseScenarioJson';
import type { EngineBuild } from './sandboxSession.svelte';

export const isJsonText = (text: string) => text.trimStart().startsWith('{');

/** Scenario texts validated when the site was built (presets as JSON): not validated again. */
const builtWithSite = new Set<string>();

/**
 * Marks JSON that the build validated (site/lib/presetJson.ts): the page then builds its engine
 * without the schemas, which would otherwise be constructed and run (~100 ms of main thread) for
 * data that cannot have changed. Anything else, a learner's edit or a share link, is validated.
 */
export function trustBuiltScenario(text: string): void {
  builtWithSite.add(text);
}

export function buildSandboxJson(text: string, seed: number): EngineBuild<EngineAction, EngineSnapshot> {
  if (builtWithSite.has(text)) {
    try {
      const scenario = JSON.parse(text) as Scenario;
      return { ok: true, engine: Engine.fromScenario(scenario, { seed: scenario.Seed ?? seed }) };
    } catch {
      builtWithSite.delete(text); // not what the build wrote after all: validate it like any text
    }
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) return { ok: false, problems: parsed.errors.map((e) => ({ path: e.path || '(file)', message: e.message })) };
  return { ok: true, engine: Engine.fromScenario(parsed.scenario, { seed: parsed.scenario.Seed ?? seed }) };
}

let last: { text: string; scenario: Scenario | null } | undefined;
/** The scenario structure for the canvas; text already validated by buildSandboxJson, so only parsed. */
export function scenarioOfJson(text: string): Scenario | null {
  if (last?.text === text) return last.scenario;
  let scenario: Scenario | null;
  try {
    scenario = isJsonText(text) ? (JSON.parse(text) as Scenario) : null;
  } catch {
    scenario = null;
  }
  last = { text, scenario };
  return scenario;
}
