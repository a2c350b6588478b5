/**
 * What a lab page runs in the browser: start the lab's engine from a scenario validated at build
 * time, and evaluate tasks. It imports neither the lab catalog (every lab.yaml, parsed and
 * validated on import) nor a YAML parser; labEngine.ts and index.ts add those for the CLI,
 * the tests and the build.
 */
import { Engine } from '../playground/engine/engine';
import type { EngineAction } from '../playground/engine/model/actions/actionTypes';
import { ACTION_TYPES } from '../playground/engine/model/actions/dispatchAction';
import { evaluateChecks, readRouting, type CheckResult } from '../playground/engine/checks/index';
import type { Scenario } from '../playground/engine/schema/scenarioSchema';
import type { Lab, LabTask } from './labSchema';

export type LabEngineResult = { ok: true; engine: Engine } | { ok: false; message: string };

/** A fresh engine in the lab's starting state from its validated scenario: setup applied, warm-up run. */
export function startLabFrom(lab: Lab, scenario: Scenario): LabEngineResult {
  const engine = Engine.fromScenario(scenario);
  for (const [i, action] of (lab.setup ?? []).entries()) {
    const res = engine.dispatch(action as unknown as EngineAction);
    if (!res.ok) return { ok: false, message: `${lab.slug}: setup[${i}] ${action.type} was refused: ${res.errors.map((e) => e.message).join('; ')}` };
  }
  engine.advance(lab.warmupMs);
  return { ok: true, engine };
}

/** Requirements the running engine does not meet yet (`routing`, `action:<Type>`; `engine-fix:R<n>` always). */
export function unmetRequirements(requires: readonly string[], engine: Pick<Engine, 'snapshot'> & { tracePath?: unknown }): string[] {
  return requires.filter((r) => {
    if (r === 'routing') return readRouting(engine.snapshot()) === undefined || typeof engine.tracePath !== 'function';
    if (r.startsWith('action:')) return !ACTION_TYPES.includes(r.slice('action:'.length));
    return true;
  });
}

/** Evaluates one task against the engine's current snapshot: done when every check passes. */
export function evaluateTask(task: LabTask, engine: Engine): { pass: boolean; results: CheckResult[] } {
  return evaluateChecks(task.checks, engine);
}
