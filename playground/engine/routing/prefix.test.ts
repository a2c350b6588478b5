import { describe, expect, it } from 'vitest';
import { contains, containsAddress, insideAddresses, parsePrefix, prefix } from './prefix';

describe('prefix', () => {
  it('canonicalises host bits and IPv6 text', () => {
    expect(parsePrefix('10.1.2.3/16')).toBe('10.1.0.0/16');
    expect(parsePrefix('FD00:0:0:0:0:0:0:5/126')).toBe('fd00::4/126');
  });
  it('returns an error naming the field for an invalid CIDR', () => {
    const r = parsePrefix('10.0.0.0/33', 'Routes[0].DestinationCidrBlock');
    expect(r).toMatchObject({ code: 'InvalidParameterValue', path: 'Routes[0].DestinationCidrBlock' });
    expect(typeof parsePrefix('300.0.0.0/8')).toBe('object');
  });
  it('containment follows the mask', () => {
    expect(contains(prefix('10.0.0.0/16'), prefix('10.0.1.0/24'))).toBe(true);
    expect(contains(prefix('10.0.1.0/24'), prefix('10.0.0.0/16'))).toBe(false);
    expect(containsAddress(prefix('10.0.0.0/16'), '10.0.200.9')).toBe(true);
    expect(containsAddress(prefix('10.0.0.0/16'), '10.1.0.9')).toBe(false);
  });
  it('R61: AWS takes the first usable inside address, the device the second', () => {
    expect(insideAddresses(prefix('169.254.44.232/30'))).toEqual({ aws: '169.254.44.233', customer: '169.254.44.234' });
    expect(insideAddresses(prefix('169.254.255.4/30'))).toEqual({ aws: '169.254.255.5', customer: '169.254.255.6' });
  });
  it('R202: an IPv6 /126 inside block splits the same way', () => {
    expect(insideAddresses(prefix('fd00::10/126'))).toEqual({ aws: 'fd00::11', customer: 'fd00::12' });
  });
  it('R56: an inside block that is not a /30 is refused with the field name', () => {
    expect(insideAddresses(prefix('169.254.10.0/29'))).toMatchObject({ path: 'TunnelInsideCidr', allowed: 'a /30 block' });
  });
});
