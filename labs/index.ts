/**
 * Every lab in labs/<slug>/lab.yaml, parsed and validated at import time: for the build (each lab
 * page gets its lab and its validated scenario as props), the CLI and the tests. The page itself
 * imports only labRuntime.ts, so it ships no lab.yaml text and no YAML parser.
 */
import { parse } from 'yaml';
import { parseLab, type Lab } from './labSchema';
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

export { unmetRequirements, evaluateTask, startLabFrom } from './labRuntime';
export { parseLab, LabFileSchema, EXAM_DOMAINS, LAYERS, type Lab, type LabTask, type LabFile, type SolutionStep } from './labSchema';
export { startLab, playSteps, labScenario } from './labEngine';
