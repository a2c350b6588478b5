/** R61: in a tunnel's inside /30 the AWS side takes the first usable address, the device the second. */
import { formatIpv4, isIpv4NetworkAligned, parseIpv4Cidr } from '../schema/ipAddress';

export interface InsideAddresses {
  readonly cidr: string;
  readonly aws: string;
  readonly device: string;
  readonly prefixLength: 30;
  readonly netmask: '255.255.255.252';
}

export function insideAddresses(cidr: string): InsideAddresses | undefined {
  const c = parseIpv4Cidr(cidr);
  if (!c || c.prefixLength !== 30 || !isIpv4NetworkAligned(c)) return undefined;
  return { cidr, aws: formatIpv4(c.address + 1), device: formatIpv4(c.address + 2), prefixLength: 30, netmask: '255.255.255.252' };
}

/** `10.0.0.0/16` → `{ address: '10.0.0.0', netmask: '255.255.0.0' }` for vendors that write masks. */
export function cidrToMask(cidr: string): { address: string; netmask: string; prefixLength: number } | undefined {
  const c = parseIpv4Cidr(cidr);
  if (!c) return undefined;
  const mask = c.prefixLength === 0 ? 0 : (0xffffffff << (32 - c.prefixLength)) >>> 0;
  return { address: formatIpv4(c.address), netmask: formatIpv4(mask), prefixLength: c.prefixLength };
}

/** `10.0.0.0 255.255.0.0` → `10.0.0.0/16`; undefined for a non-contiguous mask. */
export function maskToCidr(address: string, netmask: string): string | undefined {
  const m = parseIpv4Cidr(`${netmask}/32`);
  if (!m) return undefined;
  const bits = m.address.toString(2).padStart(32, '0');
  if (!/^1*0*$/.test(bits)) return undefined;
  const len = bits.indexOf('0') === -1 ? 32 : bits.indexOf('0');
  return parseIpv4Cidr(`${address}/${len}`) ? `${address}/${len}` : undefined;
}
