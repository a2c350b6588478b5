/**
 * Per-flow ECMP: a deterministic FNV-1a hash of the 5-tuple picks one member of an ECMP set, so a
 * flow always uses the same tunnel while different flows spread over the set (R190, R444).
 */
export interface FiveTuple {
  readonly srcIp: string;
  readonly dstIp: string;
  readonly protocol: string;
  readonly srcPort: number;
  readonly dstPort: number;
}

export function flowHash(t: FiveTuple): number {
  const s = `${t.srcIp}|${t.dstIp}|${t.protocol}|${t.srcPort}|${t.dstPort}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Members are sorted by key first so the choice does not depend on their order. */
export function pickEcmpMember<T>(members: readonly T[], key: (m: T) => string, t: FiveTuple): T | undefined {
  if (members.length === 0) return undefined;
  const sorted = [...members].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return sorted[flowHash(t) % sorted.length];
}
