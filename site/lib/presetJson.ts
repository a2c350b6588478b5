/**
 * Presets as validated scenario JSON, computed at build time: guide diagrams and embeds load
 * this instead of parsing YAML in the browser (keeps the YAML library off those pages).
 */
import { getPreset } from '../../playground/scenarios/index';
import { parseScenarioText } from '../../playground/engine/scenario/parseScenarioText';
import { labScenario } from '../../labs/labEngine';
import type { Lab } from '../../labs/labSchema';

/** A lab's starting scenario, validated at build time, as JSON for the lab page. */
export function labScenarioJson(lab: Lab): string {
  const r = labScenario(lab);
  if (!r.ok) throw new Error(r.message);
  return JSON.stringify(r.scenario);
}

export function presetJson(name: string): string {
  const preset = getPreset(name);
  if (!preset) throw new Error(`unknown preset "${name}"`);
  const parsed = parseScenarioText(preset.text);
  if (!parsed.ok) throw new Error(`preset "${name}" is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return JSON.stringify(parsed.scenario);
}
