/**
 * Turns the words after `aws <service> <command>` into API input: `--name value` pairs,
 * boolean flags (`--flag` / `--no-flag`), lists (several words or shorthand) and structures
 * (shorthand or JSON, R49 field names). Usage mistakes come back as messages, never thrown.
 */
import { parseParamValue } from '../shorthand';
import { GLOBAL_OPTIONS, type CommandSpec, type ParamSpec } from './commandSpec';
import { coerceStructure } from './coerceFields';

export type ParsedParams =
  | { ok: true; args: Record<string, unknown>; globals: Record<string, string | boolean> }
  | { ok: false; message: string; unknownOptions?: boolean };

function convert(spec: ParamSpec, words: string[]): { ok: true; value: unknown } | { ok: false; message: string } {
  const name = `--${spec.name}`;
  const one = words.join(' ');
  switch (spec.type) {
    case 'string':
    case 'timestamp':
      if (spec.choices && !spec.choices.includes(one)) return { ok: false, message: `argument ${name}: Invalid choice, valid choices are:\n\n${spec.choices.join(' | ')}` };
      return { ok: true, value: one };
    case 'integer': {
      if (!/^-?\d+$/.test(one)) return { ok: false, message: `argument ${name}: invalid int value: '${one}'` };
      return { ok: true, value: Number(one) };
    }
    case 'double': {
      const n = Number(one);
      if (one === '' || !Number.isFinite(n)) return { ok: false, message: `argument ${name}: invalid float value: '${one}'` };
      return { ok: true, value: n };
    }
    case 'boolean':
      return { ok: true, value: true };
    case 'list': {
      if (words.length === 1 && /^[[{]/.test(one)) {
        const v = parseParamValue(one);
        if (!v.ok) return v;
        return { ok: true, value: Array.isArray(v.value) ? v.value : [v.value] };
      }
      return { ok: true, value: words };
    }
    case 'structure': {
      const v = parseParamValue(one);
      if (!v.ok) return v;
      return { ok: true, value: coerceStructure(v.value) };
    }
    case 'structure-list': {
      const items: unknown[] = [];
      for (const w of words) {
        const v = parseParamValue(w);
        if (!v.ok) return v;
        if (Array.isArray(v.value)) items.push(...v.value.map(coerceStructure));
        else items.push(coerceStructure(v.value));
      }
      return { ok: true, value: items };
    }
  }
}

export function parseParams(cmd: CommandSpec, words: readonly string[]): ParsedParams {
  const args: Record<string, unknown> = {};
  const globals: Record<string, string | boolean> = {};
  const unknown: string[] = [];
  const byName = new Map(cmd.params.map((s) => [s.name, s]));
  const globalByName = new Map(GLOBAL_OPTIONS.map((s) => [s.name, s]));
  let i = 0;
  while (i < words.length) {
    const w = words[i] as string;
    if (!w.startsWith('--')) {
      unknown.push(w);
      i++;
      continue;
    }
    const [flag, inline] = w.includes('=') ? [w.slice(2, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w.slice(2), undefined];
    const negated = flag.startsWith('no-') && byName.get(flag.slice(3))?.type === 'boolean';
    const spec = byName.get(negated ? flag.slice(3) : flag);
    const global = globalByName.get(flag);
    i++;
    if (!spec && !global) {
      unknown.push(w);
      while (i < words.length && !(words[i] as string).startsWith('--')) unknown.push(words[i++] as string);
      continue;
    }
    const target = (spec ?? global) as ParamSpec;
    if (target.type === 'boolean') {
      if (spec) args[spec.api] = !negated;
      else globals[target.name] = true;
      continue;
    }
    const values: string[] = inline !== undefined ? [inline] : [];
    while (i < words.length && !(words[i] as string).startsWith('--')) values.push(words[i++] as string);
    if (values.length === 0) return { ok: false, message: `argument --${target.name}: expected one argument` };
    if (target.type !== 'list' && target.type !== 'structure-list' && values.length > 1 && target.type !== 'structure') {
      unknown.push(...values.slice(1));
      values.length = 1;
    }
    if (!spec) {
      const v = convert(target, values);
      if (!v.ok) return v;
      globals[target.name] = String(v.value);
      continue;
    }
    const v = convert(spec, values);
    if (!v.ok) return v;
    args[spec.api] = v.value;
  }
  if (unknown.length > 0) return { ok: false, message: `Unknown options: ${unknown.join(', ')}`, unknownOptions: true };
  const missing = cmd.params.filter((s) => s.required && args[s.api] === undefined);
  if (missing.length > 0) return { ok: false, message: missing.map((s) => `argument --${s.name} is required`).join('\n') };
  return { ok: true, args, globals };
}
