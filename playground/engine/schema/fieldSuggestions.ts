/**
 * "Did you mean" for unknown fields: describe-* output spells some options differently
 * (`DpdTimeoutSeconds`, `IkeVersions`) and hand-written files have typos. Candidates are all
 * field names of the scenario's JSON Schema.
 */
import { scenarioJsonSchema } from './scenarioJsonSchema';

let names: readonly string[] | undefined;

function collect(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const props = o['properties'];
  if (props !== null && typeof props === 'object') for (const k of Object.keys(props)) out.add(k);
  for (const v of Object.values(o)) collect(v, out);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? Number.MAX_SAFE_INTEGER;
}

/** The known field closest to `key` (same letters in another case, or at most 2 edits), if any. */
export function suggestField(key: string): string | undefined {
  names ??= (() => {
    const s = new Set<string>();
    collect(scenarioJsonSchema(), s);
    return [...s];
  })();
  const lower = key.toLowerCase();
  const sameCase = names.find((n) => n.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const aliases: Readonly<Record<string, string>> = {
    ikeversions: 'IKEVersions',
    dpdtimeoutseconds: 'DPDTimeoutSeconds',
    dpdtimeoutaction: 'DPDTimeoutAction',
  };
  if (aliases[lower]) return aliases[lower];
  let best: string | undefined;
  let bestD = 3;
  for (const n of names) {
    const d = editDistance(lower, n.toLowerCase());
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best;
}
