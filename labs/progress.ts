/**
 * Lab progress kept in the browser: a versioned, pure data object (the page stores it in
 * localStorage). Older versions migrate forward; export and import use JSON with clear errors.
 * Time comes in from the caller (an ISO string), so these functions stay pure.
 */
import * as z from 'zod';

export const PROGRESS_VERSION = 1;
/** A guard against pasting something huge into the import box. */
export const MAX_PROGRESS_TEXT = 1_000_000;

const LabProgressSchema = z.strictObject({
  tasksDone: z.array(z.number().int().min(0)),
  diagnosis: z
    .strictObject({ layer: z.string().min(1), rootCause: z.string().min(1).optional(), correct: z.boolean() })
    .optional(),
  completedAt: z.string().min(1).optional(),
});
const ProgressV1Schema = z.strictObject({
  version: z.literal(1),
  labs: z.record(z.string().min(1), LabProgressSchema),
});

/** v0 (the first prototype, no version field): per lab a boolean per task, the chosen layer, epoch ms when finished. */
const ProgressV0Schema = z.strictObject({
  labs: z.record(
    z.string().min(1),
    z.strictObject({ tasks: z.array(z.boolean()), diagnosis: z.string().min(1).optional(), finished: z.number().nonnegative().optional() }),
  ),
});

export type LabProgress = z.output<typeof LabProgressSchema>;
export type Progress = z.output<typeof ProgressV1Schema>;
export type ProgressResult = { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; error: string };

/** What progress needs to know about a lab. */
export interface LabShape {
  readonly slug: string;
  readonly tasks: { readonly length: number };
  readonly diagnosis?: { readonly layer: { readonly answer: string }; readonly rootCause: { readonly answer: string } } | undefined;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, labs: {} });

const issuePath = (i: z.core.$ZodIssue): string => i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
const describeIssues = (e: z.ZodError): string => e.issues.slice(0, 3).map((i) => `${issuePath(i) || '(top level)'}: ${i.message}`).join('; ');

function migrateV0(v0: z.output<typeof ProgressV0Schema>): Progress {
  const labs: Record<string, LabProgress> = {};
  for (const [slug, old] of Object.entries(v0.labs)) {
    const tasksDone = old.tasks.flatMap((done, i) => (done ? [i] : []));
    // v0 stored only the chosen layer, not whether it was right; correctness is re-judged on the next answer.
    labs[slug] = {
      tasksDone,
      ...(old.diagnosis !== undefined ? { diagnosis: { layer: old.diagnosis, correct: false } } : {}),
      ...(old.finished !== undefined ? { completedAt: new Date(old.finished).toISOString() } : {}),
    };
  }
  return { version: 1, labs };
}

/** Accepts any stored value: current progress, an older version, or junk (which is refused with a reason). */
export function migrateProgress(data: unknown): ProgressResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'progress must be a JSON object' };
  const version = (data as { version?: unknown }).version;
  if (version === undefined) {
    const v0 = ProgressV0Schema.safeParse(data);
    return v0.success ? { ok: true, progress: migrateV0(v0.data), migratedFrom: 0 } : { ok: false, error: `not a VPN Lab progress file (version 0): ${describeIssues(v0.error)}` };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: `version must be a whole number; got ${JSON.stringify(version)}` };
  if (version > PROGRESS_VERSION) return { ok: false, error: `this progress file is version ${version}, newer than this site understands (${PROGRESS_VERSION}); update the site` };
  const v1 = ProgressV1Schema.safeParse(data);
  return v1.success ? { ok: true, progress: v1.data } : { ok: false, error: `invalid progress file: ${describeIssues(v1.error)}` };
}

export function exportProgress(p: Progress): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}

export function importProgress(text: string): ProgressResult {
  if (text.length > MAX_PROGRESS_TEXT) return { ok: false, error: `the file has ${text.length} characters; at most ${MAX_PROGRESS_TEXT}` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the file is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return migrateProgress(data);
}

function isComplete(lab: LabShape, lp: LabProgress): boolean {
  const allTasks = lp.tasksDone.length >= lab.tasks.length;
  return allTasks && (lab.diagnosis === undefined || lp.diagnosis?.correct === true);
}

function update(p: Progress, lab: LabShape, lp: LabProgress, now: string): Progress {
  const finished = lp.completedAt ?? (isComplete(lab, lp) ? now : undefined);
  const { completedAt: _drop, ...rest } = lp;
  return { ...p, labs: { ...p.labs, [lab.slug]: finished === undefined ? rest : { ...rest, completedAt: finished } } };
}

/** Marks a task done (its checks passed once); the lab completes when every task is done and the diagnosis is right. */
export function markTaskDone(p: Progress, lab: LabShape, taskIndex: number, now: string): Progress {
  if (!Number.isInteger(taskIndex) || taskIndex < 0 || taskIndex >= lab.tasks.length) return p;
  const lp = p.labs[lab.slug] ?? { tasksDone: [] };
  if (lp.tasksDone.includes(taskIndex)) return p;
  return update(p, lab, { ...lp, tasksDone: [...lp.tasksDone, taskIndex].sort((a, b) => a - b) }, now);
}

export function recordDiagnosis(p: Progress, lab: LabShape, answer: { layer: string; rootCause?: string }, now: string): Progress {
  if (!lab.diagnosis) return p;
  const correct = answer.layer === lab.diagnosis.layer.answer && answer.rootCause === lab.diagnosis.rootCause.answer;
  const lp = p.labs[lab.slug] ?? { tasksDone: [] };
  const diagnosis = { layer: answer.layer, ...(answer.rootCause !== undefined ? { rootCause: answer.rootCause } : {}), correct };
  return update(p, lab, { ...lp, diagnosis }, now);
}

export function resetLab(p: Progress, slug: string): Progress {
  const { [slug]: _gone, ...labs } = p.labs;
  return { ...p, labs };
}
