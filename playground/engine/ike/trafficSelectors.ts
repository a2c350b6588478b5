/**
 * Traffic selectors as CIDRs (R67: the connection's Local/Remote network CIDRs are the IPsec
 * selectors). A proposed selector is acceptable when it lies inside the configured one, the
 * narrowing RFC 7296 §2.9 allows; anything wider is TS_UNACCEPTABLE (R390).
 */
interface Range {
  readonly v6: boolean;
  readonly lo: bigint;
  readonly hi: bigint;
}

function parseIpv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
}

function parseIpv6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  return v;
}

export function cidrRange(cidr: string): Range | undefined {
  const [addr, lenText] = cidr.split('/');
  if (addr === undefined || lenText === undefined || !/^\d+$/.test(lenText)) return undefined;
  const v6 = addr.includes(':');
  const bits = v6 ? 128 : 32;
  const len = Number(lenText);
  if (len > bits) return undefined;
  const ip = v6 ? parseIpv6(addr) : parseIpv4(addr);
  if (ip === undefined) return undefined;
  const host = (1n << BigInt(bits - len)) - 1n;
  const lo = ip & ~host & ((1n << BigInt(bits)) - 1n);
  return { v6, lo, hi: lo | host };
}

const withinCache = new Map<string, boolean>();

/** True when `inner` lies entirely within `outer` (same address family). Memoised: rekeys ask the same question all day. */
export function cidrWithin(inner: string, outer: string): boolean {
  const key = `${inner} ${outer}`;
  let hit = withinCache.get(key);
  if (hit === undefined) {
    hit = computeWithin(inner, outer);
    if (withinCache.size > 10_000) withinCache.clear();
    withinCache.set(key, hit);
  }
  return hit;
}

function computeWithin(inner: string, outer: string): boolean {
  const a = cidrRange(inner);
  const b = cidrRange(outer);
  if (!a || !b || a.v6 !== b.v6) return false;
  return a.lo >= b.lo && a.hi <= b.hi;
}

/**
 * The responder checks the initiator's TSi/TSr against its own view: TSi is the initiator's
 * side, so it must fit the responder's remote selector, and TSr the responder's local one.
 */
export function selectorsAcceptable(tsi: string, tsr: string, responderLocal: string, responderRemote: string): boolean {
  return cidrWithin(tsi, responderRemote) && cidrWithin(tsr, responderLocal);
}
