/**
 * Preset scenarios (healthy topologies and broken starters) as YAML text, importable from the
 * browser and from the Node CLI alike (plain TS modules, no bundler-only `?raw` imports).
 * Title and description are read from each file's own Name and Description.
 */
import { presetHeader } from './presetHeader';
import { presetTexts } from './presetTexts';

export interface Preset {
  /** File name, e.g. `single-vgw`. */
  readonly name: string;
  /** The scenario's Name field. */
  readonly title: string;
  readonly description: string;
  /** Starts broken for the learner to fix. */
  readonly broken: boolean;
  readonly text: string;
}

export const presets: readonly Preset[] = presetTexts.map(([name, text, broken]) => ({
  name,
  text,
  broken,
  ...presetHeader(text),
}));

export const presetNames: readonly string[] = presets.map((p) => p.name);

export function getPreset(name: string): Preset | undefined {
  return presets.find((p) => p.name === name);
}
