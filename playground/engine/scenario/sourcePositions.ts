/**
 * Maps an error path (`VpnConnections[0].Options.TunnelOptions[1].PreSharedKey`) to the line
 * and column of that value in the YAML/JSON source, for editor markers. A path that does not
 * exist (a missing field) points at its nearest existing parent.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export { splitErrorPath as splitPath } from '../schema/errorPath';
import { splitErrorPath as splitPath } from '../schema/errorPath';

function childOf(node: unknown, seg: string | number): { value: unknown; keyNode?: unknown } | undefined {
  if (isSeq(node) && typeof seg === 'number') return { value: node.items[seg] };
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        const k = isScalar(item.key) ? item.key.value : item.key;
        if (String(k) === String(seg)) return { value: item.value, keyNode: item.key };
      }
    }
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as Node | null | undefined)?.range;
  return Array.isArray(r) ? r[0] : undefined;
}

/** Offset of the value at `path` (or of its key when `preferKey`), else of the deepest ancestor found. */
export function offsetOfPath(doc: Document, path: string, preferKey = false): number | undefined {
  let node: unknown = doc.contents;
  let best = rangeStart(node);
  const segs = splitPath(path);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string | number;
    const child = childOf(node, seg);
    if (!child) break;
    const last = i === segs.length - 1;
    const at =
      last && preferKey
        ? (rangeStart(child.keyNode) ?? rangeStart(child.value))
        : (rangeStart(child.value) ?? rangeStart(child.keyNode));
    if (at !== undefined) best = at;
    node = child.value;
  }
  return best;
}

export function positionOfPath(
  doc: Document,
  lines: LineCounter,
  path: string,
  preferKey = false,
): { line: number; column: number } | undefined {
  const offset = offsetOfPath(doc, path, preferKey);
  if (offset === undefined) return undefined;
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}
