/**
 * MTU and MSS per negotiated algorithm and NAT-T state (the guide's table, R251–R258), as data
 * so docs render it. MSS IPv4 = MTU − 40, IPv6-in-IPv4 = MTU − 60 (R259). PMTUD is not
 * supported (R244); the service maximum is 1446 / 1406 (R245).
 */
import type { RuleId } from '../types';

export type MtuCipher = 'AES-GCM-16' | 'AES-CBC';
export type MtuIntegrity = 'none' | 'SHA1/SHA2-256' | 'SHA2-384' | 'SHA2-512';

export interface MtuRow {
  readonly encryption: MtuCipher;
  readonly integrity: MtuIntegrity;
  readonly natT: boolean;
  readonly mtu: number;
  readonly mssIpv4: number;
  readonly mssIpv6InIpv4: number;
  readonly rule: RuleId;
}

const row = (encryption: MtuCipher, integrity: MtuIntegrity, natT: boolean, mtu: number, rule: RuleId): MtuRow => ({ encryption, integrity, natT, mtu, mssIpv4: mtu - 40, mssIpv6InIpv4: mtu - 60, rule });

export const mtuTable: readonly MtuRow[] = [
  row('AES-GCM-16', 'none', false, 1446, 'R251'),
  row('AES-GCM-16', 'none', true, 1438, 'R252'),
  row('AES-CBC', 'SHA1/SHA2-256', false, 1438, 'R253'),
  row('AES-CBC', 'SHA1/SHA2-256', true, 1422, 'R254'),
  row('AES-CBC', 'SHA2-384', false, 1422, 'R255'),
  row('AES-CBC', 'SHA2-384', true, 1422, 'R256'),
  row('AES-CBC', 'SHA2-512', false, 1422, 'R257'),
  row('AES-CBC', 'SHA2-512', true, 1406, 'R258'),
];

export const SERVICE_MAX = { mtu: 1446, mss: 1406, rule: 'R245' } as const;

/** Row for negotiated phase 2 algorithms (EC2 names, R71/R73). GCM ignores integrity (R259). */
export function mtuFor(phase2Encryption: string, phase2Integrity: string, natT: boolean): MtuRow | undefined {
  const gcm = phase2Encryption.includes('GCM');
  const integrity: MtuIntegrity = gcm ? 'none' : phase2Integrity === 'SHA2-384' ? 'SHA2-384' : phase2Integrity === 'SHA2-512' ? 'SHA2-512' : 'SHA1/SHA2-256';
  return mtuTable.find((r) => r.encryption === (gcm ? 'AES-GCM-16' : 'AES-CBC') && r.integrity === integrity && r.natT === natT);
}
