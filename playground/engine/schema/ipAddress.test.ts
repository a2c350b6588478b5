import { describe, expect, it } from 'vitest';
import { formatIpv6, isIpv4NetworkAligned, parseIpv4, parseIpv4Cidr, parseIpv6, parseIpv6Cidr } from './ipAddress';

describe('address parsing used by the inside-CIDR rules (R56, R62)', () => {
  it('IPv4 addresses and CIDRs', () => {
    expect(parseIpv4('169.254.44.233')).toBe(169 * 2 ** 24 + 254 * 2 ** 16 + 44 * 256 + 233);
    for (const bad of ['1.2.3', '256.1.1.1', '01.2.3.4', '1.2.3.4.5', '']) expect(parseIpv4(bad)).toBeNull();
    expect(parseIpv4Cidr('10.0.0.0/33')).toBeNull();
    expect(isIpv4NetworkAligned(parseIpv4Cidr('169.254.44.232/30')!)).toBe(true);
    expect(isIpv4NetworkAligned(parseIpv4Cidr('169.254.44.233/30')!)).toBe(false);
  });

  it('IPv6 with :: compression round-trips', () => {
    for (const a of ['fd00::', '::1', '2001:db8::10', 'fd00:1:2:3::4', '1:2:3:4:5:6:7:8'])
      expect(formatIpv6(parseIpv6(a)!)).toBe(a);
    for (const bad of ['1::2::3', '12345::', 'fd00:', ':::', '1:2:3:4:5:6:7:8:9']) expect(parseIpv6(bad)).toBeNull();
    expect(parseIpv6Cidr('fd00::/129')).toBeNull();
  });
});
