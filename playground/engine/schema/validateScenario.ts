/**
 * Validates a whole scenario: structure and field ranges (zod), then the rules across fields
 * and resources. When some fields are malformed the rules still run on the rest of the
 * scenario (pruneInvalidFields.ts), so one pass reports as much as possible. Never throws.
 */
import { checkVpnConnection } from './connectionRules';
import { checkDevices } from './deviceRules';
import { checkInsideCidrs } from './insideCidrRules';
import { checkAddressPlan } from './networkRules';
import { isInsideTouched, pruneInvalidFields } from './pruneInvalidFields';
import { checkQuotas } from './quotas';
import { checkResources } from './resourceRules';
import { scenarioLookup } from './scenarioLookup';
import { ScenarioSchema, type Scenario } from './scenarioSchema';
import { validationError, type ValidationError } from './validationError';
import { zodIssuesToErrors } from './zodIssues';

export type ScenarioValidation =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly ValidationError[] }
  | { readonly ok: false; readonly errors: readonly ValidationError[]; readonly warnings: readonly ValidationError[] };

function checkRules(s: Scenario): { errors: ValidationError[]; warnings: ValidationError[] } {
  const look = scenarioLookup(s);
  const resources = checkResources(s);
  const inside = checkInsideCidrs(s);
  return {
    errors: [
      ...resources.errors,
      ...(s.VpnConnections ?? []).flatMap((c, i) => checkVpnConnection(c, look, ['VpnConnections', i])),
      ...inside.errors,
      ...checkQuotas(s),
    ],
    warnings: [...resources.warnings, ...inside.warnings, ...checkDevices(s), ...checkAddressPlan(s)],
  };
}

export function validateScenario(input: unknown): ScenarioValidation {
  try {
    const parsed = ScenarioSchema.safeParse(input);
    if (parsed.success) {
      const { errors, warnings } = checkRules(parsed.data);
      return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, scenario: parsed.data, warnings };
    }
    const fieldErrors = zodIssuesToErrors(parsed.error.issues, input);
    const pruned = pruneInvalidFields(input, fieldErrors);
    const rest = pruned ? ScenarioSchema.safeParse(pruned.input) : undefined;
    if (!pruned || !rest?.success) return { ok: false, errors: fieldErrors, warnings: [] };
    const more = checkRules(rest.data);
    const keep = (e: ValidationError) => !isInsideTouched(e.path, pruned.touched);
    return { ok: false, errors: [...fieldErrors, ...more.errors.filter(keep)], warnings: more.warnings.filter(keep) };
  } catch (e) {
    // Defensive: a bug in a rule must still not crash the caller (DESIGN.md).
    return {
      ok: false,
      errors: [validationError('InternalError', '', `validation failed unexpectedly: ${String(e)}`)],
      warnings: [],
    };
  }
}
