/**
 * Every lab in labs/<slug>/lab.yaml, parsed and validated at import time. The lab page calls
 * `loadLabs()` / `getLab(slug)`, starts an engine with `startLab`, and evaluates a task's checks
 * with `evaluateTask` after every snapshot.
 */
import { parse } from 'yaml';
import { ACTION_TYPES, type Engine } from '../playground/engine/index';
import { evaluateChecks, readRouting, type CheckResult } from '../playground/engine/checks/index';
import { parseLab, type Lab, type LabTask } from './labSchema';
import { compareText } from '../playground/engine/core/compareText';
import type { CheckParseError } from '../playground/engine/checks/index';

const files = import.meta.glob<string>('./*/lab.yaml', { query: '?raw', eager: true, import: 'default' });

export interface LabLoad {
  readonly labs: readonly Lab[];
  readonly errors: readonly CheckParseError[];
}

function load(): LabLoad {
  const labs: Lab[] = [];
  const errors: CheckParseError[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => compareText(a, b))) {
    const slug = file.split('/')[1] ?? file;
    let data: unknown;
    try {
      data = parse(text);
    } catch (e) {
      errors.push({ path: slug, message: `lab.yaml is not valid YAML: ${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    const r = parseLab(slug, data);
    if (r.ok) labs.push(r.lab);
    else errors.push(...r.errors);
  }
  return { labs, errors };
}

const loaded = load();

/** All labs that validate, sorted by slug; `errors` lists files that did not. */
export function loadLabs(): LabLoad {
  return loaded;
}

export function getLab(slug: string): Lab | undefined {
  return loaded.labs.find((l) => l.slug === slug);
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

export { parseLab, LabFileSchema, EXAM_DOMAINS, LAYERS, type Lab, type LabTask, type LabFile, type SolutionStep } from './labSchema';
export { startLab, playSteps } from './labEngine';
