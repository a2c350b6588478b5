import { describe, expect, it } from 'vitest';
import cgws from './fixtures/describe-customer-gateways.json';
import tgws from './fixtures/describe-transit-gateways.json';
import vpns from './fixtures/describe-vpn-connections.json';
import vgws from './fixtures/describe-vpn-gateways.json';
import { importDescribeOutputs } from './importDescribeOutputs';

const file = (name: string, data: unknown) => ({ name, text: JSON.stringify(data) });
const all = [file('vpn.json', vpns), file('cgw.json', cgws), file('vgw.json', vgws), file('tgw.json', tgws)];

describe('importDescribeOutputs', () => {
  const r = importDescribeOutputs(all);

  it('imports all four describe-* outputs into a valid scenario', () => {
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.VpnConnections?.map((c) => c.VpnConnectionId)).toEqual([
      'vpn-04d5cc9b88example',
      'vpn-903004f88example',
    ]);
    expect(r.scenario.Region).toBe('us-east-2'); // from the transit gateway ARN
  });

  it('R49: maps describe names (DpdTimeoutSeconds, IkeVersions, { Value } lists) to tunnel options', () => {
    if (!r.ok) return;
    const t = r.scenario.VpnConnections?.[0]?.Options?.TunnelOptions?.[0];
    expect(t).toMatchObject({
      DPDTimeoutSeconds: 40,
      DPDTimeoutAction: 'clear',
      IKEVersions: ['ikev2'],
      Phase1DHGroupNumbers: [14, 19],
      PreSharedKey: 'Vb5lnbfNJv9dgRbW3HlAe3Yh2xnJD6_q',
      TunnelInsideCidr: '169.254.44.232/30',
    });
    expect(t?.LogOptions?.CloudWatchLogOptions?.LogOutputFormat).toBe('json');
  });

  it('R28: customer gateway ASN strings become numbers; deleted gateways are skipped', () => {
    if (!r.ok) return;
    expect(r.scenario.CustomerGateways?.map((c) => c.BgpAsn)).toEqual([65000, 65010]);
  });

  it('R156: static routes of a TGW connection go to the TGW route table; deleted ones are dropped', () => {
    if (!r.ok) return;
    expect(r.scenario.VpnConnections?.[1]?.Routes).toBeUndefined();
    expect(r.scenario.TransitGateways?.[0]?.RouteTables?.[0]?.Routes).toEqual([
      { DestinationCidrBlock: '192.168.10.0/24', VpnConnectionId: 'vpn-903004f88example' },
    ]);
    expect(r.scenario.Sites?.[0]?.CidrBlocks).toEqual(['192.168.10.0/24']);
  });

  it('synthesises a device per customer gateway that matches the AWS side', () => {
    if (!r.ok) return;
    const dev = r.scenario.CustomerGatewayDevices?.find((d) => d.CustomerGatewayId === 'cgw-0e11f167e1f1a8d2c');
    const t1 = dev?.Tunnels?.find((t) => t.TunnelNumber === 1);
    expect(t1).toMatchObject({ PreSharedKey: 'Vb5lnbfNJv9dgRbW3HlAe3Yh2xnJD6_q', IkeVersion: 'ikev2' });
    // R89: the device offers a transform of each kind that the AWS tunnel allows.
    expect(t1?.Phase1Proposal).toEqual({
      EncryptionAlgorithms: ['AES256'],
      IntegrityAlgorithms: ['SHA2-256'],
      DHGroupNumbers: [14],
    });
    expect(dev?.Bgp).toMatchObject({ Enabled: true, Asn: 65000 });
  });

  it('creates a stand-in VPC for the VGW attachment and says so', () => {
    if (!r.ok) return;
    expect(r.scenario.Vpcs?.[0]?.VpcId).toBe('vpc-0a60eb65b4EXAMPLE');
    expect(r.warnings.some((w) => w.code === 'PlaceholderCreated')).toBe(true);
  });

  it('names the missing describe output when a customer gateway is absent', () => {
    const x = importDescribeOutputs([file('vpn.json', vpns), file('vgw.json', vgws), file('tgw.json', tgws)]);
    expect(x.ok).toBe(false);
    if (x.ok) return;
    expect(x.errors[0]?.code).toBe('InvalidCustomerGatewayID.NotFound');
    expect(x.errors[0]?.message).toContain('describe-customer-gateways');
  });

  it('names the missing gateway output', () => {
    const x = importDescribeOutputs([file('vpn.json', vpns), file('cgw.json', cgws)]);
    const codes = x.ok ? [] : x.errors.map((e) => e.code);
    expect(codes).toContain('InvalidVpnGatewayID.NotFound');
    expect(codes).toContain('InvalidTransitGatewayID.NotFound');
  });

  it('accepts several keys in one file', () => {
    const merged = importDescribeOutputs([file('everything.json', { ...vpns, ...cgws, ...vgws, ...tgws })]);
    expect(merged.ok).toBe(true);
  });

  it('rejects unknown input with the supported keys', () => {
    const x = importDescribeOutputs([file('x.json', { Reservations: [] }), { name: 'bad.json', text: '{oops' }]);
    expect(!x.ok && x.errors.map((e) => e.code)).toEqual(['UnsupportedInput', 'InvalidJson']);
    expect(!x.ok && x.errors[0]?.allowed).toContain('VpnConnections');
  });

  it('R79: an imported value the schema refuses is reported with its path', () => {
    const broken = structuredClone(vpns);
    broken.VpnConnections[0]!.Options.TunnelOptions[0]!.Phase1LifetimeSeconds = 100;
    const x = importDescribeOutputs([
      file('vpn.json', broken),
      file('cgw.json', cgws),
      file('vgw.json', vgws),
      file('tgw.json', tgws),
    ]);
    expect(!x.ok && x.errors[0]?.path).toBe('VpnConnections[0].Options.TunnelOptions[0].Phase1LifetimeSeconds');
  });
});
