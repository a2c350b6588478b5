/**
 * FortiOS CLI configuration as a tree: `config <path>` … `end` blocks holding `edit <name>` …
 * `next` entries and `set <key> <values…>` settings; `#` lines are comments. Quoted words keep
 * their spaces. Line numbers are kept for every setting.
 */
import type { ParseError } from '../types';

export interface FortiSet { readonly values: readonly string[]; readonly line: number }
export interface FortiEdit { readonly name: string; readonly line: number; readonly sets: Map<string, FortiSet>; readonly configs: FortiConfig[] }
export interface FortiConfig { readonly path: string; readonly line: number; readonly sets: Map<string, FortiSet>; readonly edits: FortiEdit[]; readonly configs: FortiConfig[] }

function words(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''));
  return out;
}

export function parseFortios(text: string): { ok: true; configs: FortiConfig[] } | { ok: false; errors: ParseError[] } {
  const top: FortiConfig[] = [];
  const errors: ParseError[] = [];
  type Frame = { kind: 'config'; node: FortiConfig } | { kind: 'edit'; node: FortiEdit };
  const stack: Frame[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const w = words(raw.trim());
    const head = w[0];
    if (!head || head.startsWith('#')) return;
    const frame = stack[stack.length - 1];
    if (head === 'config') {
      const node: FortiConfig = { path: w.slice(1).join(' '), line, sets: new Map(), edits: [], configs: [] };
      if (!frame) top.push(node);
      else frame.node.configs.push(node);
      stack.push({ kind: 'config', node });
    } else if (head === 'edit') {
      if (frame?.kind !== 'config') { errors.push({ line, message: "'edit' outside a config block" }); return; }
      const node: FortiEdit = { name: w[1] ?? '', line, sets: new Map(), configs: [] };
      frame.node.edits.push(node);
      stack.push({ kind: 'edit', node });
    } else if (head === 'next') {
      if (frame?.kind !== 'edit') { errors.push({ line, message: "'next' without an open 'edit'" }); return; }
      stack.pop();
    } else if (head === 'end') {
      if (frame?.kind === 'edit') { errors.push({ line: frame.node.line, message: `'edit ${frame.node.name}' is not closed with 'next'` }); stack.pop(); }
      if (stack[stack.length - 1]?.kind !== 'config') { errors.push({ line, message: "'end' without an open 'config'" }); return; }
      stack.pop();
    } else if (head === 'set' || head === 'unset') {
      if (!frame) { errors.push({ line, message: `'${head}' outside a config block` }); return; }
      if (head === 'set') frame.node.sets.set(w[1] ?? '', { values: w.slice(2), line });
    } else {
      errors.push({ line, message: `unknown command '${head}'`, text: raw.trim() });
    }
  });
  const open = stack[stack.length - 1];
  if (open) errors.push({ line: open.node.line, message: `block opened here is not closed` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, configs: top };
}

export const configAt = (configs: readonly FortiConfig[], path: string): FortiConfig[] => configs.filter((c) => c.path === path);
