/** Test helper: an engine running a preset, and lookups into its routing snapshot. */
import { Engine } from '../engine';
import type { EngineSnapshot } from '../model/snapshotTypes';
import { parseScenarioText } from '../scenario/index';
import { getPreset } from '../../scenarios/index';

export function presetEngine(name: string, seed?: number): Engine {
  const r = parseScenarioText(getPreset(name)?.text ?? '');
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return Engine.fromScenario(r.scenario, seed === undefined ? {} : { seed });
}

export const table = (s: EngineSnapshot, kind: string, owner?: string) => s.routing.routeTables.find((t) => t.kind === kind && (owner === undefined || t.ownerId === owner || t.id === owner));
export const selected = (s: EngineSnapshot, kind: string, dest: string, owner?: string) => table(s, kind, owner)?.routes.filter((r) => r.selected && r.destination === dest) ?? [];
