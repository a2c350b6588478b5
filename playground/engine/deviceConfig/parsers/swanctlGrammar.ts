/**
 * A small parser of the strongSwan settings grammar used by swanctl.conf: nested
 * `name { ... }` sections and `key = value` settings, `#` comments, values to the end of the
 * line or double-quoted (may span lines, `\"` escapes). Every node keeps its line number.
 */
import type { ParseError } from '../types';

export interface SwanSetting {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

export interface SwanSection {
  readonly name: string;
  readonly line: number;
  readonly settings: SwanSetting[];
  readonly sections: SwanSection[];
}

const NAME = /[A-Za-z0-9_\-.*%]/;

export function parseSwanctl(text: string): { ok: true; root: SwanSection } | { ok: false; errors: ParseError[] } {
  const root: SwanSection = { name: '', line: 0, settings: [], sections: [] };
  const stack: SwanSection[] = [root];
  const errors: ParseError[] = [];
  let i = 0;
  let line = 1;
  const top = (): SwanSection => stack[stack.length - 1] ?? root;

  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\n') { line++; i++; continue; }
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '#') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (ch === '}') {
      if (stack.length === 1) errors.push({ line, message: "unexpected '}' (no section is open)" });
      else stack.pop();
      i++;
      continue;
    }
    if (!NAME.test(ch)) {
      errors.push({ line, message: `unexpected character '${ch}'` });
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    while (i < text.length && NAME.test(text[i] ?? '')) i++;
    const name = text.slice(start, i);
    const nameLine = line;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    const next = text[i];
    if (next === '{') {
      const section: SwanSection = { name, line: nameLine, settings: [], sections: [] };
      top().sections.push(section);
      stack.push(section);
      i++;
      continue;
    }
    if (next === '=') {
      i++;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
      let value = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < text.length) {
          const c = text[i] ?? '';
          if (c === '\\' && i + 1 < text.length) { value += text[i + 1]; i += 2; continue; }
          if (c === '"') { closed = true; i++; break; }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        if (!closed) errors.push({ line: nameLine, message: `unterminated quoted value of '${name}'` });
      } else {
        const s = i;
        while (i < text.length && text[i] !== '\n' && text[i] !== '#' && text[i] !== '}') i++;
        value = text.slice(s, i).trim();
      }
      top().settings.push({ key: name, value, line: nameLine });
      continue;
    }
    if (name === 'include') { while (i < text.length && text[i] !== '\n') i++; errors.push({ line: nameLine, message: "'include' is not supported: paste the included file instead" }); continue; }
    errors.push({ line: nameLine, message: `expected '{' or '=' after '${name}'` });
    while (i < text.length && text[i] !== '\n') i++;
  }
  if (stack.length > 1) errors.push({ line: top().line, message: `section '${top().name}' is not closed` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, root };
}

export const setting = (s: SwanSection, key: string): SwanSetting | undefined => s.settings.find((x) => x.key === key);
export const section = (s: SwanSection, name: string): SwanSection | undefined => s.sections.find((x) => x.name === name);
