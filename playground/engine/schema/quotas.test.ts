import { describe, expect, it } from 'vitest';
import { validateScenario } from './validateScenario';

const cgw = (i: number) => ({ CustomerGatewayId: `cgw-${i}`, IpAddress: `198.51.100.${i + 1}`, BgpAsn: 65000 });

describe('quotas', () => {
  it('R428: 51 customer gateways exceed "Customer gateways per Region"', () => {
    const r = validateScenario({ CustomerGateways: Array.from({ length: 51 }, (_, i) => cgw(i)) });
    expect(!r.ok && r.errors[0]).toMatchObject({
      code: 'CustomerGatewayLimitExceeded',
      path: 'CustomerGateways',
      value: 51,
    });
    expect(validateScenario({ CustomerGateways: Array.from({ length: 50 }, (_, i) => cgw(i)) }).ok).toBe(true);
  });

  it('R429: 6 virtual private gateways exceed "Virtual private gateways per Region"', () => {
    const r = validateScenario({ VpnGateways: Array.from({ length: 6 }, (_, i) => ({ VpnGatewayId: `vgw-${i}` })) });
    expect(!r.ok && r.errors[0]?.message).toContain('Virtual private gateways per Region');
  });

  it('R431: 11 connections on one VGW exceed the per-gateway quota', () => {
    const r = validateScenario({
      CustomerGateways: [cgw(1)],
      VpnGateways: [{ VpnGatewayId: 'vgw-1' }],
      VpnConnections: Array.from({ length: 11 }, (_, i) => ({
        VpnConnectionId: `vpn-${i}`,
        CustomerGatewayId: 'cgw-1',
        VpnGatewayId: 'vgw-1',
      })),
    });
    expect(!r.ok && r.errors.some((e) => e.message.includes('per virtual private gateway'))).toBe(true);
  });

  it('R441: 101 static routes on a VGW connection are refused', () => {
    const routes = Array.from({ length: 101 }, (_, i) => ({ DestinationCidrBlock: `10.${i}.0.0/16` }));
    const r = validateScenario({
      CustomerGateways: [cgw(1)],
      VpnGateways: [{ VpnGatewayId: 'vgw-1' }],
      VpnConnections: [
        {
          VpnConnectionId: 'vpn-1',
          CustomerGatewayId: 'cgw-1',
          VpnGatewayId: 'vgw-1',
          Options: { StaticRoutesOnly: true },
          Routes: routes,
        },
      ],
    });
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'RouteLimitExceeded', path: 'VpnConnections[0].Routes' });
  });
});
