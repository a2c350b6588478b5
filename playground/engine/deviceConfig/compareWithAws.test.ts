import { describe, expect, it } from 'vitest';
import type { CustomerGateway, VpnConnection } from '@aws-sdk/client-ec2';
import conns from './fixtures/describe-vpn-connections.json';
import cgws from './fixtures/describe-customer-gateways.json';
import { generateDeviceConfig } from './generateDeviceConfig';
import { parseDeviceConfig } from './parseDeviceConfig';
import { compareWithAws } from './compareWithAws';
import type { GenerateInput, IkeVersion, ParseableFormat } from './types';

const conn = conns.VpnConnections[0] as unknown as VpnConnection;
const customerGateway = cgws.CustomerGateways[0] as unknown as CustomerGateway;
const input: GenerateInput = { connection: conn, customerGateway, amazonSideAsn: 64512 };
const psk1 = conn.Options?.TunnelOptions?.[0]?.PreSharedKey ?? '';

/** Generate a correct file, let the learner break it with `edit`, parse it back and compare. */
function breakAndCompare(format: ParseableFormat, ikeVersion: IkeVersion, edit: (text: string) => string, connection: VpnConnection = conn) {
  const gen = generateDeviceConfig(format, { ...input, ikeVersion });
  if (!gen.ok) throw new Error('fixture must generate');
  const text = edit(gen.text);
  const parsed = parseDeviceConfig(text, format);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { text, mismatches: compareWithAws(parsed, connection, { customerGateway, amazonSideAsn: 64512 }) };
}
const lineText = (text: string, line: number | undefined) => (line === undefined ? '' : text.split('\n')[line - 1] ?? '');

describe('compareWithAws', () => {
  it('R392 R391: an IKEv2 PSK mismatch names the secret line and AUTHENTICATION_FAILED', () => {
    const { text, mismatches } = breakAndCompare('strongswan', 'ikev2', (t) => t.replace(`"${psk1}"`, '"wrongKey_123"'));
    const m = mismatches.find((x) => x.awsOption === 'PreSharedKey');
    expect(m).toMatchObject({ tunnelNumber: 1, deviceValue: 'wrongKey_123', awsValue: psk1, failure: 'AUTHENTICATION_FAILED: PSK mismatch', logMessageId: 'ikev2PskMismatch' });
    expect(lineText(text, m?.line)).toContain('wrongKey_123');
  });

  it('R379: an IKEv1 PSK mismatch is the invalid pre-shared key decryption failure', () => {
    const { mismatches } = breakAndCompare('cisco-ios', 'ikev1', (t) => t.replace(`key ${psk1}`, 'key wrongKey_123'));
    expect(mismatches.find((x) => x.awsOption === 'PreSharedKey')).toMatchObject({ logMessageId: 'ikev1PskDecryptionFailed', tunnelNumber: 1 });
  });

  it('R380 R74: 3DES on the device gives NO_PROPOSAL_CHOSEN in phase 1 against Phase1EncryptionAlgorithms', () => {
    const { text, mismatches } = breakAndCompare('fortinet', 'ikev1', (t) => t.replace('set proposal aes256-sha256', 'set proposal 3des-sha256'));
    const m = mismatches.find((x) => x.awsOption === 'Phase1EncryptionAlgorithms');
    expect(m).toMatchObject({ deviceValue: ['3DES'], failure: 'NO_PROPOSAL_CHOSEN in phase 1', logMessageId: 'ikev1NoProposalMatchByAws', tunnelNumber: 1 });
    expect(m?.awsValue).toEqual(['AES128', 'AES256']);
    expect(lineText(text, m?.line)).toContain('3des');
  });

  it('R69 R394: a phase 2 DH group AWS does not allow gives NO_PROPOSAL_CHOSEN in phase 2', () => {
    // Tunnel 1 allows phase 2 groups 14, 19, 20 only; group 2 (modp1024) is refused.
    const { mismatches } = breakAndCompare('strongswan', 'ikev2', (t) => t.replace('esp_proposals = aes256-sha256-modp2048', 'esp_proposals = aes256-sha256-modp1024'));
    const m = mismatches.find((x) => x.awsOption === 'Phase2DHGroupNumbers');
    expect(m).toMatchObject({ tunnelNumber: 1, deviceValue: [2], failure: 'NO_PROPOSAL_CHOSEN in phase 2', logMessageId: 'ikev2NoProposalChosen' });
  });

  it('R240: a device without PFS is refused in phase 2', () => {
    const { mismatches } = breakAndCompare('fortinet', 'ikev2', (t) => t.replaceAll('set pfs enable', 'set pfs disable'));
    expect(mismatches.filter((x) => x.awsOption === 'Phase2DHGroupNumbers' && x.rules.includes('R240'))).toHaveLength(2);
  });

  it('R390 R67: traffic selectors wider than the connection CIDRs give TS_UNACCEPTABLE', () => {
    const narrowed = structuredClone(conn);
    if (narrowed.Options) narrowed.Options.LocalIpv4NetworkCidr = '192.168.0.0/16';
    const { mismatches } = breakAndCompare('strongswan', 'ikev2', (t) => t, narrowed);
    const ts = mismatches.filter((x) => x.failure === 'TS_UNACCEPTABLE');
    expect(ts.map((x) => x.tunnelNumber)).toEqual([1, 2]);
    expect(ts[0]).toMatchObject({ awsOption: 'LocalIpv4NetworkCidr', deviceValue: '0.0.0.0/0', awsValue: '192.168.0.0/16', logMessageId: 'ikev2TsUnacceptable' });
  });

  it('R55: a device on IKEv1 against a tunnel that only allows IKEv2 never comes up', () => {
    const v2only = structuredClone(conn);
    const t2 = v2only.Options?.TunnelOptions?.[1];
    if (t2) t2.IkeVersions = [{ Value: 'ikev2' }];
    const { mismatches } = breakAndCompare('strongswan', 'ikev1', (t) => t, v2only);
    const m = mismatches.filter((x) => x.awsOption === 'IkeVersions');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ tunnelNumber: 2, deviceValue: 'ikev1', awsValue: ['ikev2'] });
  });

  it('R305: a device BGP ASN different from the customer gateway BgpAsn is reported on the router bgp line', () => {
    const { text, mismatches } = breakAndCompare('cisco-ios', 'ikev2', (t) => t.replaceAll('router bgp 65000', 'router bgp 65123'));
    const m = mismatches.find((x) => x.setting === 'Bgp.Asn');
    expect(m).toMatchObject({ deviceValue: 65123, awsValue: 65000 });
    expect(lineText(text, m?.line)).toContain('router bgp 65123');
  });

  it('R7 R19: a tunnel pointed at a wrong address leaves the AWS tunnel unconfigured', () => {
    const awsIp = conn.Options?.TunnelOptions?.[1]?.OutsideIpAddress ?? '';
    const { mismatches } = breakAndCompare('fortinet', 'ikev2', (t) => t.replace(`set remote-gw ${awsIp}`, 'set remote-gw 198.51.100.99'));
    expect(mismatches.find((x) => x.awsOption === 'OutsideIpAddress' && x.severity === 'error')).toMatchObject({ deviceValue: '198.51.100.99' });
    expect(mismatches.find((x) => x.rules.includes('R7'))).toMatchObject({ tunnelNumber: 2, severity: 'warning' });
  });

  it('R78: different lifetimes are only warnings', () => {
    const { mismatches } = breakAndCompare('strongswan', 'ikev2', (t) => t.replace('rekey_time = 28800s', 'rekey_time = 86400s'));
    const m = mismatches.find((x) => x.awsOption === 'Phase1LifetimeSeconds');
    expect(m).toMatchObject({ severity: 'warning', deviceValue: 86400, awsValue: 28800 });
    expect(mismatches.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
