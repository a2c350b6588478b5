/**
 * Preset scenarios (healthy topologies and broken starters) as YAML text, importable from the
 * browser and from the Node CLI alike (plain TS modules, no bundler-only `?raw` imports).
 * Title and description are read from each file's own Name and Description.
 */
import { parse } from 'yaml';
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

/**
 * Only the top-level Name and Description blocks are parsed: every page that lists presets
 * loads this module, and parsing all of the YAML here cost the playground ~200 ms of main
 * thread on a throttled phone.
 */
function header(text: string): { title: string; description: string } {
  const lines = text.split('\n');
  const kept: string[] = [];
  let keep = false;
  for (const line of lines) {
    if (/^\S/.test(line)) keep = /^(Name|Description):/.test(line);
    if (keep) kept.push(line);
  }
  const doc: unknown = parse(kept.join('\n'));
  const o = (doc ?? {}) as { Name?: unknown; Description?: unknown };
  return { title: String(o.Name ?? ''), description: String(o.Description ?? '') };
}

export const presets: readonly Preset[] = presetTexts.map(([name, text, broken]) => ({
  name,
  text,
  broken,
  ...header(text),
}));

export const presetNames: readonly string[] = presets.map((p) => p.name);

export function getPreset(name: string): Preset | undefined {
  return presets.find((p) => p.name === name);
}
