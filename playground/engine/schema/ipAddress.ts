/**
 * Minimal IPv4/IPv6 address and CIDR parsing for validation (inside CIDRs, traffic selectors,
 * gateway addresses). Parsers return null instead of throwing.
 */
export interface Ipv4Cidr {
  readonly address: number; // unsigned 32-bit
  readonly prefixLength: number;
}
export interface Ipv6Cidr {
  readonly address: bigint; // unsigned 128-bit
  readonly prefixLength: number;
}

export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join('.');
}

export function parseIpv4Cidr(text: string): Ipv4Cidr | null {
  const m = /^([0-9.]+)\/([0-9]{1,2})$/.exec(text);
  if (!m) return null;
  const address = parseIpv4(m[1] ?? '');
  const prefixLength = Number(m[2]);
  if (address === null || prefixLength > 32) return null;
  return { address, prefixLength };
}

/** True when no host bits are set (`10.0.0.0/16`, not `10.0.0.1/16`). */
export function isIpv4NetworkAligned(c: Ipv4Cidr): boolean {
  const size = 2 ** (32 - c.prefixLength);
  return c.address % size === 0;
}

export function ipv4CidrContains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  if (inner.prefixLength < outer.prefixLength) return false;
  const size = 2 ** (32 - outer.prefixLength);
  return Math.floor(inner.address / size) === Math.floor(outer.address / size);
}

export function ipv4CidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return ipv4CidrContains(a, b) || ipv4CidrContains(b, a);
}

export function formatIpv4Cidr(c: Ipv4Cidr): string {
  return `${formatIpv4(c.address)}/${c.prefixLength}`;
}

export function parseIpv6(text: string): bigint | null {
  if (!/^[0-9A-Fa-f:]+$/.test(text) || text.length < 2) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (s: string): string[] | null => {
    if (s === '') return [];
    const g = s.split(':');
    return g.every((x) => /^[0-9A-Fa-f]{1,4}$/.test(x)) ? g : null;
  };
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

export function formatIpv6(value: bigint): string {
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLen).join(':')}`;
}

export function parseIpv6Cidr(text: string): Ipv6Cidr | null {
  const m = /^([0-9A-Fa-f:]+)\/([0-9]{1,3})$/.exec(text);
  if (!m) return null;
  const address = parseIpv6(m[1] ?? '');
  const prefixLength = Number(m[2]);
  if (address === null || prefixLength > 128) return null;
  return { address, prefixLength };
}

export function isIpv6NetworkAligned(c: Ipv6Cidr): boolean {
  const hostBits = BigInt(128 - c.prefixLength);
  return (c.address & ((1n << hostBits) - 1n)) === 0n;
}

export function ipv6CidrContains(outer: Ipv6Cidr, inner: Ipv6Cidr): boolean {
  if (inner.prefixLength < outer.prefixLength) return false;
  const shift = BigInt(128 - outer.prefixLength);
  return outer.address >> shift === inner.address >> shift;
}
