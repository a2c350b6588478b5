/**
 * Starts a lab's engine (preset or inline scenario, setup actions, warm-up) and plays solution
 * steps. Used at build time (the lab page gets the validated scenario as JSON), by the CLI and by
 * the tests that prove every solution passes its checks; the page itself runs labRuntime.ts.
 */
import type { Engine, EngineAction } from '../playground/engine/index';
import type { Scenario } from '../playground/engine/schema/scenarioSchema';
import { startLabFrom, type LabEngineResult } from './labRuntime';
import { parseScenarioText } from '../playground/engine/scenario/index';
import { validateScenario } from '../playground/engine/schema/index';
import { getPreset } from '../playground/scenarios/index';
import type { Lab, SolutionStep } from './labSchema';

export type { LabEngineResult } from './labRuntime';

/** The lab's validated starting scenario: its preset, or its inline scenario. */
export function labScenario(lab: Lab): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  if (lab.preset !== undefined) {
    const preset = getPreset(lab.preset);
    if (!preset) return { ok: false, message: `${lab.slug}: unknown preset ${lab.preset}` };
    const r = parseScenarioText(preset.text);
    if (!r.ok) return { ok: false, message: `${lab.slug}: preset ${lab.preset} is invalid: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}` };
    return { ok: true, scenario: r.scenario };
  }
  const r = validateScenario(lab.scenario);
  if (!r.ok) return { ok: false, message: `${lab.slug}: scenario is invalid: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}` };
  return { ok: true, scenario: r.scenario };
}

/** A fresh engine in the lab's starting state: scenario loaded, setup applied, warm-up run. */
export function startLab(lab: Lab): LabEngineResult {
  const s = labScenario(lab);
  return s.ok ? startLabFrom(lab, s.scenario) : s;
}

/** Plays solution steps; stops at the first refused action and says which. */
export function playSteps(engine: Engine, steps: readonly SolutionStep[]): { ok: true } | { ok: false; message: string } {
  for (const [i, step] of steps.entries()) {
    if ('advance' in step && typeof step.advance === 'number') {
      engine.advance(step.advance);
      continue;
    }
    const type = 'type' in step ? step.type : 'unknown';
    const res = engine.dispatch(step as unknown as EngineAction);
    if (!res.ok) return { ok: false, message: `step ${i} (${type}) was refused: ${res.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}` };
  }
  return { ok: true };
}
