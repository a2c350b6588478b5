import { expect, it } from 'vitest';
import { pathLimit, TCP_MSS_CLAMP, TUNNEL_INTERFACE_MTU } from './mtuMss';
import { insideAddresses } from './insideAddresses';

it('R242 R259: the interface MTU is 1399 and the MSS clamp MTU - 40', () => {
  expect(TUNNEL_INTERFACE_MTU).toBe(1399);
  expect(TCP_MSS_CLAMP).toBe(1359);
});

it('R251-R258: the path limit follows the algorithms and NAT-T', () => {
  expect(pathLimit('AES256-GCM-16', 'SHA1', false)).toEqual({ mtu: 1446, mssIpv4: 1406, mssIpv6: 1386 });
  expect(pathLimit('AES128-GCM-16', 'SHA2-512', true).mtu).toBe(1438);
  expect(pathLimit('AES128', 'SHA1', false).mtu).toBe(1438);
  expect(pathLimit('AES256', 'SHA2-256', true).mtu).toBe(1422);
  expect(pathLimit('AES256', 'SHA2-384', false).mtu).toBe(1422);
  expect(pathLimit('AES256', 'SHA2-512', true)).toEqual({ mtu: 1406, mssIpv4: 1366, mssIpv6: 1346 });
});

it('R61: AWS takes the first usable address of the /30, the device the second', () => {
  expect(insideAddresses('169.254.44.232/30')).toMatchObject({ aws: '169.254.44.233', device: '169.254.44.234' });
  expect(insideAddresses('169.254.255.4/30')).toMatchObject({ aws: '169.254.255.5', device: '169.254.255.6' });
  expect(insideAddresses('169.254.44.233/30')).toBeUndefined();
});
