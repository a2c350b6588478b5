/** Runs one EngineAction for a command: the refusal becomes a service error, success the response `respond` shapes. */
import type { EngineAction } from '../../engine/model/actions/actionTypes';
import { engineErrors } from './awsErrors';
import type { CommandContext, Outcome } from './commandSpec';

export function act(ctx: CommandContext, operation: string, action: Record<string, unknown>, respond: (result: unknown) => unknown): Outcome {
  const r = ctx.engine.dispatch(action as unknown as EngineAction);
  if (!r.ok) return { ok: false, result: engineErrors(operation, r.errors) };
  return { ok: true, data: respond(r.result) };
}

export const idOf = (r: unknown, key: string): unknown => (typeof r === 'object' && r !== null ? (r as Record<string, unknown>)[key] : undefined);

/** `--tag-specifications ResourceType=x,Tags=[{Key=k,Value=v}]` → the Tags list the engine stores. */
export const tagsOf = (ts: unknown): unknown[] | undefined =>
  Array.isArray(ts) ? ts.flatMap((t) => (Array.isArray((t as Record<string, unknown>)['Tags']) ? ((t as Record<string, unknown>)['Tags'] as unknown[]) : [])) : undefined;
