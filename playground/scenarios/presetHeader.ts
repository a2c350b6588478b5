/**
 * A preset's Name and Description for menus. Every page that lists presets reads all of them on
 * load, and even a YAML parse of only the header lines cost the playground ~45 ms of main thread
 * (~180 ms on a throttled phone). Headers are single-line plain or double-quoted scalars, read
 * here directly; anything else (block scalars, YAML-only escapes, comments, continuation lines)
 * goes to the YAML parser, so the result always equals what the YAML parser reads.
 */
import { parse } from 'yaml';

export interface PresetHeader {
  readonly title: string;
  readonly description: string;
}

type Key = 'Name' | 'Description';

/** A single-line scalar read without the YAML parser, or undefined when only YAML can be sure. */
function simpleScalar(raw: string): string | undefined {
  const value = raw.trim();
  if (value.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/.test(value)) return undefined;
    return JSON.parse(value) as string; // these escapes mean the same in YAML and JSON
  }
  // A plain scalar: no indicator first, no ': ' (a nested map) and no ' #' (a comment).
  if (value === '' || /^[-?:,[\]{}#&*!|>'%@`]/.test(value) || value.includes(': ') || value.includes(' #')) return undefined;
  return value;
}

function yamlHeader(lines: readonly string[]): PresetHeader {
  const kept: string[] = [];
  let keep = false;
  for (const line of lines) {
    if (/^\S/.test(line)) keep = /^(Name|Description):/.test(line);
    if (keep) kept.push(line);
  }
  const o = (parse(kept.join('\n')) ?? {}) as { Name?: unknown; Description?: unknown };
  return { title: String(o.Name ?? ''), description: String(o.Description ?? '') };
}

export function presetHeader(text: string): PresetHeader {
  const lines = text.split('\n');
  const found: Partial<Record<Key, string>> = {};
  for (let i = 0; i < lines.length; i++) {
    const m = /^(Name|Description):(.*)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value = simpleScalar(m[2] ?? '');
    const continues = /^\s+\S/.test(lines[i + 1] ?? '');
    if (value === undefined || continues || found[m[1] as Key] !== undefined) return yamlHeader(lines);
    found[m[1] as Key] = value;
  }
  return { title: found.Name ?? '', description: found.Description ?? '' };
}
