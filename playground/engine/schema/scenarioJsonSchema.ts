/**
 * The JSON Schema of scenario files (input form: what an author may write), generated from the
 * zod schema so the editor's completion, hover docs and the validator cannot drift apart.
 * Written to public/schema/scenario.schema.json by playground/cli/generateJsonSchema.ts.
 */
import * as z from 'zod';
import { ScenarioSchema } from './scenarioSchema';

export const SCENARIO_JSON_SCHEMA_ID = '/schema/scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return { ...generated, $id: SCENARIO_JSON_SCHEMA_ID, title: 'VPN Lab scenario' };
}
