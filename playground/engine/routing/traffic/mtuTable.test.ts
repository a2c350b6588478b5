import { describe, expect, it } from 'vitest';
import { mtuFor, mtuTable, SERVICE_MAX } from './mtuTable';

describe('MTU table', () => {
  it('R251: AES-GCM without NAT-T gives the service maximum 1446 / 1406 / 1386', () => {
    expect(mtuFor('AES256-GCM-16', 'SHA2-512', false)).toMatchObject({ mtu: 1446, mssIpv4: 1406, mssIpv6InIpv4: 1386 });
    expect(SERVICE_MAX).toMatchObject({ mtu: 1446, mss: 1406 });
  });
  it('R254: AES-CBC with SHA1 and NAT-T gives 1422 / 1382 / 1362', () => {
    expect(mtuFor('AES128', 'SHA1', true)).toMatchObject({ mtu: 1422, mssIpv4: 1382, mssIpv6InIpv4: 1362 });
  });
  it('R258: AES-CBC with SHA2-512 and NAT-T is the smallest row, 1406', () => {
    expect(mtuFor('AES256', 'SHA2-512', true)?.mtu).toBe(1406);
    expect(Math.min(...mtuTable.map((r) => r.mtu))).toBe(1406);
  });
  it('R259: every row has MSS = MTU − 40 and MTU − 60, and one row per rule R251–R258', () => {
    expect(mtuTable.every((r) => r.mssIpv4 === r.mtu - 40 && r.mssIpv6InIpv4 === r.mtu - 60)).toBe(true);
    expect(mtuTable.map((r) => r.rule)).toEqual(['R251', 'R252', 'R253', 'R254', 'R255', 'R256', 'R257', 'R258']);
  });
});
