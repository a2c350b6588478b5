import { describe, expect, it } from 'vitest';
import { validateScenario } from './validateScenario';
import type { ValidationError } from './validationError';

/** A minimal valid VGW scenario; tests change one thing at a time. */
function base(
  tunnel0: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
  options: Record<string, unknown> = {},
) {
  return {
    Region: 'us-east-1',
    Vpcs: [{ VpcId: 'vpc-0a1', CidrBlock: '10.0.0.0/16' }],
    CustomerGateways: [{ CustomerGatewayId: 'cgw-01', BgpAsn: 65000, IpAddress: '203.0.113.12' }],
    VpnGateways: [{ VpnGatewayId: 'vgw-1a2b3c4d', VpcAttachments: [{ VpcId: 'vpc-0a1' }] }],
    VpnConnections: [
      {
        VpnConnectionId: 'vpn-01',
        CustomerGatewayId: 'cgw-01',
        VpnGatewayId: 'vgw-1a2b3c4d',
        Options: { TunnelOptions: [tunnel0, {}], ...options },
      },
    ],
    ...extra,
  };
}

function errorsOf(input: unknown): readonly ValidationError[] {
  const r = validateScenario(input);
  return r.ok ? [] : r.errors;
}
const T0 = 'VpnConnections[0].Options.TunnelOptions[0]';

describe('validateScenario', () => {
  it('accepts a minimal VGW scenario', () => {
    const r = validateScenario(base());
    expect(r.ok).toBe(true);
  });

  it('R52, R87: enum values match case-insensitively and are stored in API form', () => {
    const r = validateScenario(base({ DPDTimeoutAction: 'Restart', StartupAction: 'START', IKEVersions: ['IKEv2'] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.scenario.VpnConnections?.[0]?.Options?.TunnelOptions?.[0];
    expect(t?.DPDTimeoutAction).toBe('restart');
    expect(t?.StartupAction).toBe('start');
    expect(t?.IKEVersions).toEqual(['ikev2']);
  });

  it('R91: PublicIPv4 (guide spelling) is stored as PublicIpv4', () => {
    const r = validateScenario(base({}, {}, { OutsideIpAddressType: 'PublicIPv4' }));
    expect(r.ok && r.scenario.VpnConnections?.[0]?.Options?.OutsideIpAddressType).toBe('PublicIpv4');
  });

  it('R74: list options accept EC2 API { Value } items', () => {
    const r = validateScenario(
      base({ Phase1EncryptionAlgorithms: [{ Value: 'AES256' }], Phase1DHGroupNumbers: [{ Value: 14 }, 19] }),
    );
    expect(r.ok && r.scenario.VpnConnections?.[0]?.Options?.TunnelOptions?.[0]?.Phase1DHGroupNumbers).toEqual([14, 19]);
  });

  it.each([
    ['Phase1EncryptionAlgorithms', ['3DES']],
    ['Phase1IntegrityAlgorithms', ['MD5']],
    ['Phase1DHGroupNumbers', [5]],
    ['Phase2DHGroupNumbers', [1]],
    ['Phase2DHGroupNumbers', [25]],
    ['IKEVersions', ['ikev3']],
    ['Phase2EncryptionAlgorithms', []],
  ])('R74: %s %j is refused with a path', (field, value) => {
    const errs = errorsOf(base({ [field]: value }));
    expect(errs.length).toBeGreaterThan(0);
    expect(errs[0]?.path.startsWith(`${T0}.${field}`)).toBe(true);
    expect(errs[0]?.code).toBe('InvalidParameterValue');
  });

  it('R75: phase 1 lifetime outside 900–28800 is refused and names the range', () => {
    const errs = errorsOf(base({ Phase1LifetimeSeconds: 28_801 }));
    expect(errs[0]).toMatchObject({ path: `${T0}.Phase1LifetimeSeconds`, value: 28_801 });
    expect(errs[0]?.allowed).toContain('28800');
  });

  it('R76: phase 2 lifetime must be below phase 1', () => {
    const errs = errorsOf(
      base({ Phase1LifetimeSeconds: 1000, Phase2LifetimeSeconds: 1000, RekeyMarginTimeSeconds: 60 }),
    );
    expect(errs.map((e) => e.path)).toContain(`${T0}.Phase2LifetimeSeconds`);
  });

  it('R77: phase 1 lifetime of 900 is always refused', () => {
    const errs = errorsOf(base({ Phase1LifetimeSeconds: 900, Phase2LifetimeSeconds: 900, RekeyMarginTimeSeconds: 60 }));
    expect(errs.some((e) => e.path === `${T0}.Phase1LifetimeSeconds` && e.message.includes('R77'))).toBe(true);
  });

  it('R83, R84: rekey margin above half of phase 2 is refused; exactly half is accepted', () => {
    expect(errorsOf(base({ Phase2LifetimeSeconds: 900, RekeyMarginTimeSeconds: 451 }))[0]?.path).toBe(
      `${T0}.RekeyMarginTimeSeconds`,
    );
    expect(validateScenario(base({ Phase2LifetimeSeconds: 900, RekeyMarginTimeSeconds: 450 })).ok).toBe(true);
    expect(validateScenario(base({ RekeyMarginTimeSeconds: 1800 })).ok).toBe(true);
  });

  it.each([
    ['short1', 'R79'],
    ['0abcdefgh', 'R79'],
    ['abc-defgh', 'R79'],
    ['a'.repeat(65), 'R79'],
    ['pässwort12', 'R79'],
  ])('R79: PSK %j is refused', (psk) => {
    const errs = errorsOf(base({ PreSharedKey: psk }));
    expect(errs[0]?.path).toBe(`${T0}.PreSharedKey`);
    expect(errs[0]?.allowed).toContain('8–64');
  });

  it('R79: a PSK of letters, digits, "." and "_" is accepted', () => {
    expect(validateScenario(base({ PreSharedKey: 'my.secret_Key9' })).ok).toBe(true);
  });

  it.each(['169.254.0.0/30', '169.254.5.0/30', '169.254.169.252/30'])(
    'R57: reserved inside CIDR %s is refused',
    (cidr) => {
      expect(errorsOf(base({ TunnelInsideCidr: cidr }))[0]?.message).toContain('R57');
    },
  );

  it.each(['169.254.10.0/29', '10.0.0.0/30', '169.254.10.1/30'])('R56: inside CIDR %s is refused', (cidr) => {
    expect(errorsOf(base({ TunnelInsideCidr: cidr }))[0]?.path).toBe(`${T0}.TunnelInsideCidr`);
  });

  it('R58: the same inside /30 twice on one VGW is refused', () => {
    const errs = errorsOf(
      base(
        { TunnelInsideCidr: '169.254.10.0/30' },
        {},
        { TunnelOptions: [{ TunnelInsideCidr: '169.254.10.0/30' }, { TunnelInsideCidr: '169.254.10.0/30' }] },
      ),
    );
    expect(errs.some((e) => e.message.includes('R58'))).toBe(true);
  });

  it('R50: DPD timeout below 30 is refused; 30 accepted', () => {
    expect(errorsOf(base({ DPDTimeoutSeconds: 29 }))[0]?.path).toBe(`${T0}.DPDTimeoutSeconds`);
    expect(validateScenario(base({ DPDTimeoutSeconds: 30 })).ok).toBe(true);
  });

  it('R82, R86: fuzz and replay window ranges', () => {
    expect(errorsOf(base({ RekeyFuzzPercentage: 101 }))[0]?.path).toBe(`${T0}.RekeyFuzzPercentage`);
    expect(errorsOf(base({ ReplayWindowSize: 63 }))[0]?.path).toBe(`${T0}.ReplayWindowSize`);
    expect(validateScenario(base({ RekeyFuzzPercentage: 0, ReplayWindowSize: 2048 })).ok).toBe(true);
  });

  it('R108: startup action start without ikev2 is refused', () => {
    const errs = errorsOf(base({ StartupAction: 'start', IKEVersions: ['ikev1'] }));
    expect(errs[0]).toMatchObject({ path: `${T0}.StartupAction`, code: 'InvalidParameterCombination' });
  });

  it('R107: startup action start needs a customer gateway IP address', () => {
    const s = base({ StartupAction: 'start' });
    s.CustomerGateways = [
      {
        CustomerGatewayId: 'cgw-01',
        BgpAsn: 65000,
        CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      } as never,
    ];
    expect(errorsOf(s).some((e) => e.message.includes('R107'))).toBe(true);
  });

  it('R24: a customer gateway needs an IP address or a certificate', () => {
    const s = base();
    s.CustomerGateways = [{ CustomerGatewayId: 'cgw-01', BgpAsn: 65000 } as never];
    expect(errorsOf(s)[0]).toMatchObject({ code: 'MissingParameter', path: 'CustomerGateways[0].IpAddress' });
  });

  it('R30: ASN 7224 is refused everywhere, 9059 only in eu-west-1', () => {
    const s = base();
    s.CustomerGateways[0]!.BgpAsn = 7224;
    expect(errorsOf(s)[0]?.path).toBe('CustomerGateways[0].BgpAsn');
    s.CustomerGateways[0]!.BgpAsn = 9059;
    expect(validateScenario(s).ok).toBe(true);
    expect(errorsOf({ ...s, Region: 'eu-west-1' })[0]?.message).toContain('eu-west-1');
  });

  it('R28, R33: customer gateway ASN beyond 2147483647 is refused', () => {
    const s = base();
    s.CustomerGateways[0]!.BgpAsn = 4_200_000_000;
    expect(errorsOf(s)[0]?.message).toContain('R33');
  });

  it('R41, R42: a public Amazon-side ASN is refused', () => {
    const s = base();
    (s.VpnGateways[0] as Record<string, unknown>).AmazonSideAsn = 7224;
    expect(errorsOf(s)[0]).toMatchObject({ path: 'VpnGateways[0].AmazonSideAsn' });
    (s.VpnGateways[0] as Record<string, unknown>).AmazonSideAsn = 4_200_000_000;
    expect(validateScenario(s).ok).toBe(true);
  });

  it('R44: a dynamic connection with equal ASNs is refused naming both', () => {
    const s = base();
    s.CustomerGateways[0]!.BgpAsn = 64512;
    const e = errorsOf(s)[0];
    expect(e?.message).toMatch(/64512.*64512/);
    expect(e?.message).toContain('R44');
  });

  it('R44: a static connection with equal ASNs is accepted', () => {
    const s = base({}, {}, { StaticRoutesOnly: true });
    s.CustomerGateways[0]!.BgpAsn = 64512;
    expect(validateScenario(s).ok).toBe(true);
  });

  it('R139: acceleration on a VGW is refused', () => {
    expect(errorsOf(base({}, {}, { EnableAcceleration: true }))[0]?.path).toBe(
      'VpnConnections[0].Options.EnableAcceleration',
    );
  });

  it('R92, R199: IPv6 inside on a VGW is refused', () => {
    expect(errorsOf(base({}, {}, { TunnelInsideIpVersion: 'IPv6' }))[0]?.path).toBe(
      'VpnConnections[0].Options.TunnelInsideIpVersion',
    );
  });

  it('R93: static routes on a dynamic connection are refused', () => {
    const s = base();
    (s.VpnConnections[0] as Record<string, unknown>).Routes = [{ DestinationCidrBlock: '192.168.0.0/16' }];
    expect(errorsOf(s)[0]?.path).toBe('VpnConnections[0].Routes');
  });

  it('unknown references get NotFound codes', () => {
    const s = base();
    s.VpnConnections[0]!.CustomerGatewayId = 'cgw-missing';
    s.VpnConnections[0]!.VpnGatewayId = 'vgw-missing';
    const codes = errorsOf(s).map((e) => e.code);
    expect(codes).toContain('InvalidCustomerGatewayID.NotFound');
    expect(codes).toContain('InvalidVpnGatewayID.NotFound');
  });

  it('R4: more than two tunnel option sets are refused', () => {
    const errs = errorsOf(base({}, {}, { TunnelOptions: [{}, {}, {}] }));
    expect(errs[0]?.path).toBe('VpnConnections[0].Options.TunnelOptions');
  });

  it('a misspelt field is reported as unknown with its path', () => {
    const errs = errorsOf(base({ Phase1LifeTimeSeconds: 1000 }));
    expect(errs[0]).toMatchObject({ code: 'UnknownParameter', path: `${T0}.Phase1LifeTimeSeconds` });
  });

  it('collects several errors at once', () => {
    expect(errorsOf(base({ DPDTimeoutSeconds: 10, ReplayWindowSize: 5, PreSharedKey: 'x' })).length).toBe(3);
  });

  it('never throws on garbage', () => {
    for (const g of [null, 42, 'text', [], { VpnConnections: 'x' }, { VpnConnections: [null] }]) {
      expect(validateScenario(g).ok).toBe(false);
    }
  });
});

describe('R215: CloudHub ASN uniqueness', () => {
  const site = (asnB: number, prefixB: string) => ({
    CustomerGateways: [
      { CustomerGatewayId: 'cgw-a', BgpAsn: 65001, IpAddress: '203.0.113.1' },
      { CustomerGatewayId: 'cgw-b', BgpAsn: asnB, IpAddress: '203.0.113.2' },
    ],
    VpnGateways: [{ VpnGatewayId: 'vgw-1' }],
    VpnConnections: [
      { VpnConnectionId: 'vpn-a', CustomerGatewayId: 'cgw-a', VpnGatewayId: 'vgw-1' },
      { VpnConnectionId: 'vpn-b', CustomerGatewayId: 'cgw-b', VpnGatewayId: 'vgw-1' },
    ],
    CustomerGatewayDevices: [
      { CustomerGatewayId: 'cgw-a', Bgp: { AdvertisedPrefixes: ['10.1.0.0/16'] } },
      { CustomerGatewayId: 'cgw-b', Bgp: { AdvertisedPrefixes: [prefixB] } },
    ],
  });
  it('warns when two sites with different prefixes share an ASN', () => {
    const r = validateScenario(site(65001, '10.2.0.0/16'));
    expect(r.ok).toBe(true);
    expect(r.warnings[0]?.code).toBe('CloudHubAsnNotUnique');
  });
  it('R211: redundant devices of one site (same prefixes) may share an ASN', () => {
    expect(validateScenario(site(65001, '10.1.0.0/16')).warnings).toEqual([]);
  });
  it('unique ASNs give no warning', () => {
    expect(validateScenario(site(65002, '10.2.0.0/16')).warnings).toEqual([]);
  });
});

describe('errors of malformed fields and of rules in one pass', () => {
  it('reports a field error and a rule error elsewhere together (R50, R30)', () => {
    const s = base({ DPDTimeoutSeconds: 10 });
    s.CustomerGateways[0]!.BgpAsn = 7224;
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toEqual([`${T0}.DPDTimeoutSeconds`, 'CustomerGateways[0].BgpAsn']);
  });

  it('does not invent rule errors from defaults that replaced a bad field (R76)', () => {
    const errs = errorsOf(base({ Phase1LifetimeSeconds: 3000, Phase2LifetimeSeconds: 99_999 }));
    expect(errs.map((e) => e.path)).toEqual([`${T0}.Phase2LifetimeSeconds`]);
  });
});

describe('address plan warnings', () => {
  it('R216: overlapping site networks give a warning', () => {
    const s = {
      ...base(),
      Sites: [
        { Name: 'a', CidrBlocks: ['10.1.0.0/16'] },
        { Name: 'b', CidrBlocks: ['10.1.128.0/17'] },
      ],
    };
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toMatchObject({ code: 'OverlappingCidr', path: 'Sites[1].CidrBlocks[0]' });
  });
  it('R205: overlapping VPCs give a warning; disjoint ones do not', () => {
    const two = (b: string) => ({
      ...base(),
      Vpcs: [
        { VpcId: 'vpc-0a1', CidrBlock: '10.0.0.0/16' },
        { VpcId: 'vpc-0a2', CidrBlock: b },
      ],
    });
    expect(validateScenario(two('10.0.0.0/20')).warnings[0]?.message).toContain('R205');
    expect(validateScenario(two('10.1.0.0/16')).warnings).toEqual([]);
  });
});
