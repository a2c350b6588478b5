/**
 * JSON scenario text → validated scenario, without the YAML parser. Guide diagrams and embeds
 * receive presets prebuilt as JSON, so their pages do not ship the YAML library; errors carry
 * no line numbers (the editor, which needs them, uses parseScenarioText). Never throws.
 */
import { validateScenario } from '../schema/validateScenario';
import { validationError } from '../schema/validationError';
import type { ParseScenarioResult } from './parseScenarioText';

export function parseScenarioJson(text: string): ParseScenarioResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [validationError('InvalidSyntax', '', `JSON syntax error: ${e instanceof Error ? e.message : String(e)}`)], warnings: [] };
  }
  try {
    const r = validateScenario(data ?? {});
    return r.ok ? { ok: true, scenario: r.scenario, warnings: r.warnings } : { ok: false, errors: r.errors, warnings: r.warnings };
  } catch (e) {
    return { ok: false, errors: [validationError('InvalidSyntax', '', `could not read the scenario: ${String(e)}`)], warnings: [] };
  }
}
