/**
 * CIDR parsing and arithmetic for IPv4 and IPv6. Addresses are bigints so one code path serves
 * both families; a `Prefix` string is always canonical (host bits cleared, IPv6 compressed).
 */
import type { Prefix, RoutingError } from './types';

export type Family = 4 | 6;
export interface ParsedPrefix {
  readonly family: Family;
  readonly network: bigint;
  readonly length: number;
}

const BITS: Record<Family, number> = { 4: 32, 6: 128 };

// Route tables are rebuilt often from the same few hundred strings; BigInt parsing dominated the
// rebuild profile, so parsed values are memoised (bounded; results are never mutated).
const MEMO_LIMIT = 8192;
function memo<T>(cache: Map<string, T>, text: string, compute: (t: string) => T): T {
  const hit = cache.get(text);
  if (hit !== undefined || cache.has(text)) return hit as T;
  const v = compute(text);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(text, v);
  return v;
}
const addressCache = new Map<string, { family: Family; value: bigint } | undefined>();
const prefixCache = new Map<string, ParsedPrefix | undefined>();

export function parseAddress(text: string): { family: Family; value: bigint } | undefined {
  return memo(addressCache, text, parseAddressUncached);
}

function parseAddressUncached(text: string): { family: Family; value: bigint } | undefined {
  if (text.includes(':')) return parseIpv6(text);
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return { family: 4, value: v };
}

function parseIpv6(text: string): { family: Family; value: bigint } | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  return { family: 6, value: v };
}

export function formatAddress(family: Family, value: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  // compress the longest run of zero groups (RFC 5952)
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) { best = i; bestLen = j - i; }
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

export const maskOf = (family: Family, length: number): bigint => {
  const bits = BigInt(BITS[family]);
  return ((1n << bits) - 1n) ^ ((1n << (bits - BigInt(length))) - 1n);
};

export function parsePrefixParts(text: string): ParsedPrefix | undefined {
  return memo(prefixCache, text, parsePrefixPartsUncached);
}

function parsePrefixPartsUncached(text: string): ParsedPrefix | undefined {
  const [addr, len, extra] = text.trim().split('/');
  if (addr === undefined || len === undefined || extra !== undefined || !/^\d{1,3}$/.test(len)) return undefined;
  const a = parseAddress(addr);
  if (!a || Number(len) > BITS[a.family]) return undefined;
  const length = Number(len);
  return { family: a.family, network: a.value & maskOf(a.family, length), length };
}

/** Parse a CIDR into its canonical `Prefix`, or an error naming the field. */
export function parsePrefix(text: string, path = 'DestinationCidrBlock'): Prefix | RoutingError {
  const p = parsePrefixParts(text);
  if (!p) {
    return { code: 'InvalidParameterValue', path, value: text, allowed: 'an IPv4 or IPv6 CIDR block such as 10.0.0.0/16', message: `Invalid CIDR block: ${text}` };
  }
  return formatPrefix(p);
}

/** For fixtures and tests: parse or throw. Never call on user input inside the engine. */
export function prefix(text: string): Prefix {
  const p = parsePrefix(text);
  if (typeof p !== 'string') throw new Error(p.message);
  return p;
}

export const formatPrefix = (p: ParsedPrefix): Prefix => `${formatAddress(p.family, p.network)}/${p.length}` as Prefix;

export function parsed(p: Prefix): ParsedPrefix {
  const r = parsePrefixParts(p);
  if (!r) throw new Error(`not a canonical prefix: ${p}`);
  return r;
}

export const prefixLength = (p: Prefix): number => Number(p.slice(p.lastIndexOf('/') + 1));

/** True when `outer` contains `inner` (or they are equal). */
export function contains(outer: Prefix, inner: Prefix): boolean {
  const o = parsed(outer), i = parsed(inner);
  return o.family === i.family && o.length <= i.length && (i.network & maskOf(o.family, o.length)) === o.network;
}

export const overlaps = (a: Prefix, b: Prefix): boolean => contains(a, b) || contains(b, a);

export function containsAddress(p: Prefix, address: string): boolean {
  const a = parseAddress(address);
  const o = parsed(p);
  return !!a && a.family === o.family && (a.value & maskOf(o.family, o.length)) === o.network;
}

/**
 * R61 / R202: the AWS side of a tunnel takes the first usable address of the inside /30 (or /126),
 * the device the second; the AWS address is the device's BGP neighbor.
 */
export function insideAddresses(cidr: Prefix): { aws: string; customer: string } | RoutingError {
  const p = parsed(cidr);
  const want = p.family === 4 ? 30 : 126;
  if (p.length !== want) {
    return { code: 'InvalidParameterValue', path: p.family === 4 ? 'TunnelInsideCidr' : 'TunnelInsideIpv6Cidr', value: cidr, allowed: `a /${want} block`, message: `The inside CIDR ${cidr} is not a /${want}.` };
  }
  return { aws: formatAddress(p.family, p.network + 1n), customer: formatAddress(p.family, p.network + 2n) };
}
