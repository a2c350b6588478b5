/**
 * The lab.yaml schema (PRACTICES #8: a lab is a folder with prose, a start state, a solution
 * and checks). Checks are parsed by the engine's check language so their errors name the path.
 */
import * as z from 'zod';
import { ACTION_TYPES, parseDurationMs } from '../playground/engine/index';
import { parseChecks, type Check, type CheckParseError } from '../playground/engine/checks/index';

export const EXAM_DOMAINS = [
  'hybrid-routing-design', 'on-premises-routing', 'maintaining-routing', 'monitoring-troubleshooting', 'encryption-in-transit',
] as const;
export const LAYERS = ['network-path', 'ike', 'ipsec', 'bgp', 'route-table'] as const;
/**
 * `routing`: needs snapshot.routing and tracePath; `action:<Type>`: needs an engine action that does
 * not exist yet; `engine-fix:R<n>`: the engine does not follow rule R<n> yet (remove once fixed).
 */
const requirement = z.union([z.literal('routing'), z.string().regex(/^action:[A-Za-z]+$/), z.string().regex(/^engine-fix:R\d+$/)], {
  error: 'must be routing, action:<ActionType> or engine-fix:R<n>',
});

const duration = z
  .union([z.string(), z.number()])
  .refine((v) => parseDurationMs(v) !== undefined, { error: 'must be a duration such as 90s, 2m or 1h' })
  .transform((v) => parseDurationMs(v) ?? 0);

/** A solution step: an EngineAction (validated by the engine when played) or `advance: <duration>`. */
const solutionStep = z.union([
  z.strictObject({ advance: duration }),
  z.looseObject({ type: z.string().min(1) }),
], { error: 'a solution step is an engine action { type: … } or { advance: 2m }' });

const checkList = z.array(z.unknown()).min(1, { error: 'a task needs at least one check' });

const TaskSchema = z.strictObject({
  title: z.string().min(1),
  instructions: z.string().min(1).describe('Markdown'),
  requires: z.array(requirement).optional(),
  checks: checkList,
  hints: z.array(z.string().min(1)).min(2, { error: 'give 2–3 progressive hints' }).max(3, { error: 'give 2–3 progressive hints' }),
  solution: z.array(solutionStep).min(1),
});

const DiagnosisSchema = z
  .strictObject({
    layer: z.strictObject({
      question: z.string().min(1),
      options: z.array(z.enum(LAYERS)).min(2),
      answer: z.enum(LAYERS),
      explanation: z.string().min(1),
    }),
    rootCause: z.strictObject({
      question: z.string().min(1),
      options: z.array(z.strictObject({ id: z.string().min(1), text: z.string().min(1) })).min(2),
      answer: z.string().min(1),
      explanation: z.string().min(1),
    }),
  })
  .refine((d) => d.layer.options.includes(d.layer.answer), { error: 'the layer answer must be one of its options', path: ['layer', 'answer'] })
  .refine((d) => d.rootCause.options.some((o) => o.id === d.rootCause.answer), { error: 'the root cause answer must be one of its option ids', path: ['rootCause', 'answer'] });

export const LabFileSchema = z
  .strictObject({
    title: z.string().min(1),
    summary: z.string().min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'difficulty is 1, 2 or 3' }),
    minutes: z.number().int().positive(),
    topics: z.array(z.string().min(1)).min(1),
    examDomains: z.array(z.enum(EXAM_DOMAINS)).min(1),
    guides: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, { error: 'a guide page is <part>/<slug>' })).min(1),
    requires: z.array(requirement).optional(),
    preset: z.string().min(1).optional(),
    scenario: z.record(z.string(), z.unknown()).optional(),
    setup: z.array(z.looseObject({ type: z.string().min(1) })).optional().describe('Actions applied before the learner starts'),
    warmup: duration.optional().describe('Simulated time run before the learner starts; default 2m'),
    tasks: z.array(TaskSchema).min(1),
    diagnosis: DiagnosisSchema.optional(),
  })
  .refine((l) => (l.preset === undefined) !== (l.scenario === undefined), { error: 'give exactly one of preset or scenario', path: ['preset'] });

export type LabFile = z.output<typeof LabFileSchema>;
export type SolutionStep = { advance: number } | ({ type: string } & Record<string, unknown>);
export type Requirement = string;

export interface LabTask {
  readonly title: string;
  readonly instructions: string;
  readonly requires: readonly Requirement[];
  readonly checks: readonly Check[];
  readonly hints: readonly string[];
  readonly solution: readonly SolutionStep[];
}
export interface Lab extends Omit<LabFile, 'tasks' | 'requires' | 'warmup'> {
  readonly slug: string;
  readonly requires: readonly Requirement[];
  readonly warmupMs: number;
  readonly tasks: readonly LabTask[];
}

export type LabParseResult = { ok: true; lab: Lab } | { ok: false; errors: CheckParseError[] };

const joinPath = (parts: readonly PropertyKey[]): string =>
  parts.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p === '' ? String(k) : `${p}.${String(k)}`), '');

/** Validates a parsed lab.yaml; action types are checked against the engine unless declared as `action:<Type>`. */
export function parseLab(slug: string, data: unknown): LabParseResult {
  const r = LabFileSchema.safeParse(data);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => ({ path: `${slug}: ${joinPath(i.path)}`, message: i.message })) };
  const file = r.data;
  const errors: CheckParseError[] = [];
  const known = new Set(ACTION_TYPES);
  const tasks: LabTask[] = file.tasks.map((t, i) => {
    const checks = parseChecks(t.checks, `${slug}: tasks[${i}].checks`);
    if (!checks.ok) errors.push(...checks.errors);
    const requires = [...(file.requires ?? []), ...(t.requires ?? [])];
    t.solution.forEach((step, j) => {
      if ('type' in step && !known.has(step.type) && !requires.includes(`action:${step.type}`))
        errors.push({ path: `${slug}: tasks[${i}].solution[${j}].type`, message: `unknown action ${step.type}; allowed: ${ACTION_TYPES.join(', ')} (or declare requires: [action:${step.type}])` });
    });
    return { title: t.title, instructions: t.instructions, requires, checks: checks.ok ? checks.checks : [], hints: t.hints, solution: t.solution as SolutionStep[] };
  });
  if (errors.length > 0) return { ok: false, errors };
  const { tasks: _t, requires, warmup, ...rest } = file;
  return { ok: true, lab: { ...rest, slug, requires: requires ?? [], warmupMs: warmup ?? 120_000, tasks } };
}
