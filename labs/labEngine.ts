/**
 * Starts a lab's engine (preset or inline scenario, setup actions, warm-up) and plays solution
 * steps. Used by the lab page and by the tests that prove every solution passes its checks.
 */
import { Engine, type EngineAction } from '../playground/engine/index';
import { parseScenarioText } from '../playground/engine/scenario/index';
import { validateScenario } from '../playground/engine/schema/index';
import { getPreset } from '../playground/scenarios/index';
import type { Lab, SolutionStep } from './labSchema';

export type LabEngineResult = { ok: true; engine: Engine } | { ok: false; message: string };

/** A fresh engine in the lab's starting state: scenario loaded, setup applied, warm-up run. */
export function startLab(lab: Lab): LabEngineResult {
  let scenario;
  if (lab.preset !== undefined) {
    const preset = getPreset(lab.preset);
    if (!preset) return { ok: false, message: `${lab.slug}: unknown preset ${lab.preset}` };
    const r = parseScenarioText(preset.text);
    if (!r.ok) return { ok: false, message: `${lab.slug}: preset ${lab.preset} is invalid: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}` };
    scenario = r.scenario;
  } else {
    const r = validateScenario(lab.scenario);
    if (!r.ok) return { ok: false, message: `${lab.slug}: scenario is invalid: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}` };
    scenario = r.scenario;
  }
  const engine = Engine.fromScenario(scenario);
  for (const [i, action] of (lab.setup ?? []).entries()) {
    const res = engine.dispatch(action as unknown as EngineAction);
    if (!res.ok) return { ok: false, message: `${lab.slug}: setup[${i}] ${action.type} was refused: ${res.errors.map((e) => e.message).join('; ')}` };
  }
  engine.advance(lab.warmupMs);
  return { ok: true, engine };
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
