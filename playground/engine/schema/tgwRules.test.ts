import { describe, expect, it } from 'vitest';
import { validateScenario } from './validateScenario';

/** Two connections on one TGW; tests change one thing at a time. */
function tgw(
  opts: {
    a?: Record<string, unknown>;
    b?: Record<string, unknown>;
    t0?: Record<string, unknown>;
    t1?: Record<string, unknown>;
    cgw?: Record<string, unknown>;
  } = {},
) {
  return {
    CustomerGateways: [{ CustomerGatewayId: 'cgw-01', BgpAsn: 65010, IpAddress: '198.51.100.7', ...opts.cgw }],
    TransitGateways: [{ TransitGatewayId: 'tgw-01', Options: { AmazonSideAsn: 64600 } }],
    DirectConnectGateways: [{ DirectConnectGatewayId: '5f3b7a1e-0000-4000-8000-000000000001' }],
    TransitGatewayAttachments: [
      {
        TransitGatewayAttachmentId: 'tgw-attach-dx',
        TransitGatewayId: 'tgw-01',
        ResourceType: 'direct-connect-gateway',
        ResourceId: '5f3b7a1e-0000-4000-8000-000000000001',
      },
    ],
    VpnConnections: [
      {
        VpnConnectionId: 'vpn-a',
        CustomerGatewayId: 'cgw-01',
        TransitGatewayId: 'tgw-01',
        Options: { TunnelOptions: [opts.t0 ?? {}, {}], ...opts.a },
      },
      {
        VpnConnectionId: 'vpn-b',
        CustomerGatewayId: 'cgw-01',
        TransitGatewayId: 'tgw-01',
        Options: { TunnelOptions: [opts.t1 ?? {}, {}], ...opts.b },
      },
    ],
  };
}
const errs = (s: unknown) => {
  const r = validateScenario(s);
  return r.ok ? [] : r.errors;
};

describe('transit gateway rules', () => {
  it('R59: reusing an inside /30 on a TGW is accepted with a warning', () => {
    const r = validateScenario(
      tgw({ t0: { TunnelInsideCidr: '169.254.20.0/30' }, t1: { TunnelInsideCidr: '169.254.20.0/30' } }),
    );
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toMatchObject({
      code: 'InsideCidrReused',
      path: 'VpnConnections[1].Options.TunnelOptions[0].TunnelInsideCidr',
    });
  });

  it('R62: an inside IPv6 /126 must be unique on the TGW', () => {
    const v6 = { TunnelInsideIpVersion: 'ipv6' };
    const e = errs(
      tgw({ a: v6, b: v6, t0: { TunnelInsideIpv6Cidr: 'fd00:1::/126' }, t1: { TunnelInsideIpv6Cidr: 'fd00:1::/126' } }),
    );
    expect(e[0]?.path).toBe('VpnConnections[1].Options.TunnelOptions[0].TunnelInsideIpv6Cidr');
  });

  it('R62: an inside IPv6 CIDR outside fd00::/8 or not /126 is refused', () => {
    const v6 = { TunnelInsideIpVersion: 'ipv6' };
    expect(errs(tgw({ a: v6, t0: { TunnelInsideIpv6Cidr: '2001:db8::/126' } }))[0]?.message).toContain('fd00::/8');
    expect(errs(tgw({ a: v6, t0: { TunnelInsideIpv6Cidr: 'fd00:1::/64' } }))[0]?.message).toContain('/126');
  });

  it('R62, R200: an inside IPv6 CIDR on an IPv4 connection is refused', () => {
    expect(errs(tgw({ t0: { TunnelInsideIpv6Cidr: 'fd00:1::/126' } }))[0]?.code).toBe('InvalidParameterCombination');
  });

  it('R139: acceleration on a TGW is accepted', () => {
    expect(validateScenario(tgw({ a: { EnableAcceleration: true } })).ok).toBe(true);
  });

  it('R143: an accelerated connection refuses startup action start and DPD action restart', () => {
    const e = errs(
      tgw({ a: { EnableAcceleration: true }, t0: { StartupAction: 'start', DPDTimeoutAction: 'restart' } }),
    );
    const paths = e.map((x) => x.path);
    expect(paths).toContain('VpnConnections[0].Options.TunnelOptions[0].StartupAction');
    expect(paths).toContain('VpnConnections[0].Options.TunnelOptions[0].DPDTimeoutAction');
  });

  it('R146: a private IP VPN needs its Direct Connect transport attachment and no acceleration', () => {
    expect(
      validateScenario(
        tgw({ a: { OutsideIpAddressType: 'PrivateIpv4', TransportTransitGatewayAttachmentId: 'tgw-attach-dx' } }),
      ).ok,
    ).toBe(true);
    expect(errs(tgw({ a: { OutsideIpAddressType: 'privateipv4' } }))[0]?.code).toBe('MissingParameter');
    const e = errs(
      tgw({
        a: {
          OutsideIpAddressType: 'PrivateIpv4',
          TransportTransitGatewayAttachmentId: 'tgw-attach-dx',
          EnableAcceleration: true,
        },
      }),
    );
    expect(e[0]?.message).toContain('R146');
  });

  it('R63–R66: IPv4 network CIDRs on an IPv6 connection are refused', () => {
    const e = errs(tgw({ a: { TunnelInsideIpVersion: 'ipv6', LocalIpv4NetworkCidr: '10.0.0.0/8' } }));
    expect(e[0]?.path).toBe('VpnConnections[0].Options.LocalIpv4NetworkCidr');
  });

  it('R44: clash with the TGW ASN is refused', () => {
    expect(errs(tgw({ cgw: { BgpAsn: 64600 } }))[0]?.message).toContain('R44');
  });

  it('R430: more than 50 connections exceed the Region quota', () => {
    const s = tgw();
    const many = Array.from({ length: 51 }, (_, i) => ({
      VpnConnectionId: `vpn-${i}`,
      CustomerGatewayId: 'cgw-01',
      TransitGatewayId: 'tgw-01',
    }));
    const e = errs({ ...s, VpnConnections: many });
    expect(e.find((x) => x.code === 'VpnConnectionLimitExceeded')?.message).toContain(
      'Site-to-Site VPN connections per Region',
    );
  });

  it('R432: more than 10 accelerated connections exceed their quota', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({
      VpnConnectionId: `vpn-${i}`,
      CustomerGatewayId: 'cgw-01',
      TransitGatewayId: 'tgw-01',
      Options: { EnableAcceleration: true },
    }));
    expect(errs({ ...tgw(), VpnConnections: many })[0]?.message).toContain(
      'Accelerated Site-to-Site VPN connections per Region',
    );
  });
});

describe('device rules', () => {
  it('R142: an accelerated connection with NAT-T off on the device gives a warning', () => {
    const s = {
      ...tgw({ a: { EnableAcceleration: true } }),
      CustomerGatewayDevices: [
        { CustomerGatewayId: 'cgw-01', Tunnels: [{ VpnConnectionId: 'vpn-a', TunnelNumber: 1, NatTraversal: false }] },
      ],
    };
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toMatchObject({
      code: 'NatTraversalRequired',
      path: 'CustomerGatewayDevices[0].Tunnels[0].NatTraversal',
    });
  });
});

describe('unknown fields', () => {
  it('R50: suggests DPDTimeoutSeconds for the describe-* spelling DpdTimeoutSeconds', () => {
    const e = errs(tgw({ t0: { DpdTimeoutSeconds: 40 } }));
    expect(e[0]?.message).toContain('did you mean "DPDTimeoutSeconds"');
  });
  it('suggests a close spelling for a typo', () => {
    expect(errs(tgw({ t0: { RekeyFuzPercentage: 40 } }))[0]?.message).toContain('"RekeyFuzzPercentage"');
  });
});

describe('static routes on a transit gateway', () => {
  it('R156: Routes on a TGW connection are refused; they belong in the TGW route table', () => {
    const s = tgw({ a: { StaticRoutesOnly: true } });
    (s.VpnConnections[0] as Record<string, unknown>).Routes = [{ DestinationCidrBlock: '192.168.0.0/16' }];
    expect(errs(s)[0]).toMatchObject({ path: 'VpnConnections[0].Routes', code: 'InvalidVpnConnection.InvalidType' });
  });

  it('R156: a TGW route table route may target a VPN connection of that TGW', () => {
    const table = (vpn: string) => [
      {
        TransitGatewayRouteTableId: 'tgw-rtb-01',
        Routes: [{ DestinationCidrBlock: '192.168.0.0/16', VpnConnectionId: vpn }],
      },
    ];
    const ok = tgw({ a: { StaticRoutesOnly: true } });
    (ok.TransitGateways[0] as Record<string, unknown>).RouteTables = table('vpn-a');
    expect(validateScenario(ok).ok).toBe(true);
    (ok.TransitGateways[0] as Record<string, unknown>).RouteTables = table('vpn-zzz');
    expect(errs(ok)[0]?.path).toBe('TransitGateways[0].RouteTables[0].Routes[0].VpnConnectionId');
  });
});
