/**
 * Lets validation report rule errors even when some fields are malformed: the malformed
 * fields are removed from a copy of the input so the rest can be parsed and checked. Rule
 * errors inside an object that lost a field are dropped, since they could stem from the
 * default that replaced it.
 */
import type { ValidationError } from './validationError';
import { splitErrorPath } from './errorPath';

export interface Pruned {
  readonly input: unknown;
  /** Paths (dotted) of the objects that lost a field. */
  readonly touched: readonly string[];
}

export function pruneInvalidFields(input: unknown, errors: readonly ValidationError[]): Pruned | undefined {
  const copy = cloneData(input, 0);
  if (copy === TOO_DEEP) return undefined;
  const touched: string[] = [];
  for (const e of errors) {
    const segs = splitErrorPath(e.path);
    // Remove the nearest named field holding the bad value (a list option goes as a whole).
    let last = segs.length - 1;
    while (last >= 0 && typeof segs[last] === 'number') last--;
    if (last < 0) return undefined;
    if (e.code === 'MissingParameter') return undefined; // nothing to remove; the object stays invalid
    let parent: unknown = copy;
    for (const s of segs.slice(0, last)) parent = (parent as Record<string | number, unknown> | null)?.[s];
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
    delete (parent as Record<string, unknown>)[segs[last] as string];
    touched.push(
      segs
        .slice(0, last)
        .reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), ''),
    );
  }
  return { input: copy, touched };
}

const TOO_DEEP = Symbol('too deep');

/** Copies plain objects and arrays (parsed YAML/JSON); anything else is kept by reference. */
function cloneData(v: unknown, depth: number): unknown {
  if (depth > 64) return TOO_DEEP;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) {
      const c = cloneData(x, depth + 1);
      if (c === TOO_DEEP) return TOO_DEEP;
      out.push(c);
    }
    return out;
  }
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = cloneData(x, depth + 1);
      if (c === TOO_DEEP) return TOO_DEEP;
      out[k] = c;
    }
    return out;
  }
  return v;
}

export function isInsideTouched(path: string, touched: readonly string[]): boolean {
  return touched.some((t) => t === '' || path === t || path.startsWith(`${t}.`) || path.startsWith(`${t}[`));
}
