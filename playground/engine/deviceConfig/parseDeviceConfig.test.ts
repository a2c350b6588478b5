import { describe, expect, it } from 'vitest';
import type { CustomerGateway, VpnConnection } from '@aws-sdk/client-ec2';
import conns from './fixtures/describe-vpn-connections.json';
import cgws from './fixtures/describe-customer-gateways.json';
import { generateDeviceConfig, generatedDeviceSpec } from './generateDeviceConfig';
import { parseDeviceConfig } from './parseDeviceConfig';
import { compareWithAws } from './compareWithAws';
import { PARSEABLE_FORMATS, type GenerateInput } from './types';
import type { DeviceTunnelSpec } from '../schema/deviceSchema';

const dynamicConn = conns.VpnConnections[0] as unknown as VpnConnection;
const staticConn = conns.VpnConnections[1] as unknown as VpnConnection;
const cgw = (id: string | undefined) => cgws.CustomerGateways.find((g) => g.CustomerGatewayId === id) as unknown as CustomerGateway;
const inputs: Record<string, GenerateInput> = {
  dynamic: { connection: dynamicConn, customerGateway: cgw(dynamicConn.CustomerGatewayId), amazonSideAsn: 64512 },
  static: { connection: staticConn, customerGateway: cgw(staticConn.CustomerGatewayId), amazonSideAsn: 64513, vpcCidrs: ['10.20.0.0/16'] },
};

/** The tunnel settings every parseable format expresses (DPD retries are not, for IKEv2 strongSwan and IOS). */
const essentials = (t: DeviceTunnelSpec | undefined) => ({
  PreSharedKey: t?.PreSharedKey, IkeVersion: t?.IkeVersion, Phase1Proposal: t?.Phase1Proposal, Phase2Proposal: t?.Phase2Proposal,
  Phase1LifetimeSeconds: t?.Phase1LifetimeSeconds, Phase2LifetimeSeconds: t?.Phase2LifetimeSeconds,
  DpdEnabled: t?.Dpd?.Enabled, DpdInterval: t?.Dpd?.IntervalSeconds, TrafficSelectors: t?.TrafficSelectors, Initiate: t?.Initiate,
});

describe.each(PARSEABLE_FORMATS)('%s round trip', (format) => {
  for (const label of ['dynamic', 'static'] as const) {
    for (const ikeVersion of ['ikev1', 'ikev2'] as const) {
      it(`R96 R89 R116: parse(generate(${label}, ${ikeVersion})) yields the generated device settings`, () => {
        const input = { ...inputs[label] as GenerateInput, ikeVersion };
        const gen = generateDeviceConfig(format, input);
        const intent = generatedDeviceSpec(format, input);
        expect(gen.ok && intent.ok).toBe(true);
        if (!gen.ok || !intent.ok) return;
        const parsed = parseDeviceConfig(gen.text, format, { vpnConnectionId: input.connection.VpnConnectionId ?? '' });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.device.Tunnels?.map(essentials)).toEqual(intent.device.Tunnels?.map(essentials));
        expect(parsed.endpoints.map((e) => e.remoteAddress)).toEqual(input.connection.Options?.TunnelOptions?.map((t) => t.OutsideIpAddress));
        if (format !== 'strongswan') {
          // BGP and routes live outside swanctl.conf; the other formats carry them.
          expect(parsed.device.Bgp?.Asn).toBe(intent.device.Bgp?.Asn);
          expect(parsed.device.Bgp?.PeerAsn).toBe(intent.device.Bgp?.PeerAsn);
          expect(parsed.device.Bgp?.AdvertisedPrefixes).toEqual(intent.device.Bgp?.AdvertisedPrefixes);
          expect(parsed.device.StaticRoutes).toEqual(intent.device.StaticRoutes);
          expect(parsed.device.TcpMssClamp).toBe(intent.device.TcpMssClamp);
          expect(parsed.device.Mtu).toBe(intent.device.Mtu);
        }
        const lines = gen.text.split('\n');
        const pskLine = parsed.lines['Tunnels[0].PreSharedKey'];
        expect(pskLine && lines[pskLine - 1]).toContain(input.connection.Options?.TunnelOptions?.[0]?.PreSharedKey);
        // A generated file agrees with AWS: no errors in the static comparison.
        const ctx = { customerGateway: input.customerGateway, amazonSideAsn: input.amazonSideAsn };
        expect(compareWithAws(parsed, input.connection, ctx).filter((m) => m.severity === 'error')).toEqual([]);
      });
    }
  }
});

describe('parse errors carry line numbers', () => {
  it('swanctl.conf: an unclosed section names the line it opened on', () => {
    const r = parseDeviceConfig('connections {\n  aws {\n    version = 2\n', 'strongswan');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.line).toBe(2);
  });

  it('swanctl.conf: an unknown algorithm in a proposal names its line', () => {
    const text = 'connections {\n  aws {\n    remote_addrs = 18.208.143.10\n    proposals = aes256-blowfish-modp2048\n    children {\n      c { esp_proposals = aes128-sha1-modp2048 }\n    }\n  }\n}\n';
    const r = parseDeviceConfig(text, 'strongswan');
    expect(!r.ok && r.errors[0]?.line).toBe(4);
  });

  it('swanctl.conf: quoted values and same-line sections parse', () => {
    const text = 'connections {\n  a { remote_addrs = 1.2.3.4\n    proposals = aes128-sha1-modp1024 # minimum (R272)\n    children { a { esp_proposals = aes128-sha1 } }\n  }\n}\nsecrets { ike-a { id = 1.2.3.4\n secret = "pa ss\\"word" } }\n';
    const r = parseDeviceConfig(text, 'strongswan');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.device.Tunnels?.[0]?.PreSharedKey).toBe('pa ss"word');
    expect(r.device.Tunnels?.[0]?.Phase1Proposal).toEqual({ EncryptionAlgorithms: ['AES128'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [2] });
    expect(r.device.Tunnels?.[0]?.Phase2Proposal?.Pfs).toBe(false);
  });

  it('FortiOS: an unknown command names its line', () => {
    const r = parseDeviceConfig('config vpn ipsec phase1-interface\n    edit "t1"\n        frobnicate\n    next\nend\n', 'fortinet');
    expect(!r.ok && r.errors[0]?.line).toBe(3);
  });

  it('Cisco IOS: an unknown transform names the transform-set line', () => {
    const text = 'crypto ipsec transform-set ts esp-blowfish esp-sha-hmac\ncrypto ipsec profile p\n  set transform-set ts\ninterface Tunnel1\n  tunnel destination 18.208.143.10\n  tunnel protection ipsec profile p\n';
    const r = parseDeviceConfig(text, 'cisco-ios');
    expect(!r.ok && r.errors.map((e) => e.line)).toContain(1);
  });

  it('Cisco IOS: a bare ISAKMP policy takes the IOS defaults (DES, SHA1, group 1)', () => {
    const text = 'crypto isakmp policy 10\n  authentication pre-share\ncrypto keyring k\n  pre-shared-key address 18.208.143.10 key abcdefgh1\ncrypto ipsec transform-set ts esp-aes esp-sha-hmac\ncrypto ipsec profile p\n  set transform-set ts\ninterface Tunnel1\n  tunnel destination 18.208.143.10\n  tunnel protection ipsec profile p\n';
    const r = parseDeviceConfig(text, 'cisco-ios');
    expect(r.ok && r.device.Tunnels?.[0]?.Phase1Proposal).toEqual({ EncryptionAlgorithms: ['DES'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [1] });
  });

  it('Cisco IOS: the IKEv2 policy matching the tunnel source decides phase 1, not a union of every policy (R96)', () => {
    const text = [
      'crypto ikev2 proposal strong', '  encryption aes-cbc-256', '  integrity sha256', '  group 14',
      'crypto ikev2 proposal legacy', '  encryption aes-cbc-128', '  integrity sha1', '  group 2',
      'crypto ikev2 policy any', '  proposal legacy',
      'crypto ikev2 policy aws', '  match address local 198.51.100.7', '  proposal strong',
      'crypto ikev2 keyring k', '  peer aws', '    address 18.208.143.10', '    pre-shared-key abcdefgh1',
      'crypto ikev2 profile prof', '  match identity remote address 18.208.143.10', '  keyring local k',
      'crypto ipsec transform-set ts esp-aes 256 esp-sha256-hmac',
      'crypto ipsec profile p', '  set transform-set ts', '  set ikev2-profile prof',
      'interface Tunnel1', '  tunnel source 198.51.100.7', '  tunnel destination 18.208.143.10', '  tunnel protection ipsec profile p', '',
    ].join('\n');
    const r = parseDeviceConfig(text, 'cisco-ios');
    expect(r.ok && r.device.Tunnels?.[0]?.Phase1Proposal).toEqual({ EncryptionAlgorithms: ['AES256'], IntegrityAlgorithms: ['SHA2-256'], DHGroupNumbers: [14] });
    // From another source address only the wildcard policy applies.
    const other = parseDeviceConfig(text.replace('tunnel source 198.51.100.7', 'tunnel source 198.51.100.8'), 'cisco-ios');
    expect(other.ok && other.device.Tunnels?.[0]?.Phase1Proposal).toEqual({ EncryptionAlgorithms: ['AES128'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [2] });
    const none = parseDeviceConfig(text.replace('crypto ikev2 policy any\n  proposal legacy\n', '').replace('tunnel source 198.51.100.7', 'tunnel source 198.51.100.8'), 'cisco-ios');
    expect(!none.ok && none.errors[0]?.message).toMatch(/no crypto ikev2 policy applies to local address 198\.51\.100\.8/);
  });

  it('an unparseable format is refused with the list of parseable ones', () => {
    const r = parseDeviceConfig('', 'juniper-srx');
    expect(!r.ok && r.errors[0]?.message).toContain('strongswan');
  });
});
