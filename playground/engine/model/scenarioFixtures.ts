import { ScenarioSchema, type Scenario } from '../schema/scenarioSchema';

/** Small scenarios for engine tests, parsed by SCHEMA so defaults apply exactly as in the app. */
export function vgwScenario(extra: Record<string, unknown> = {}, connections = 1): Scenario {
  const input = {
    Seed: 7,
    CustomerGateways: [{ CustomerGatewayId: 'cgw-0123456789abcdef0', BgpAsn: 65000, IpAddress: '198.51.100.7' }],
    VpnGateways: [{ VpnGatewayId: 'vgw-0123456789abcdef0', AmazonSideAsn: 64512, VpcAttachments: [{ VpcId: 'vpc-0123456789abcdef0' }] }],
    Vpcs: [{ VpcId: 'vpc-0123456789abcdef0', CidrBlock: '10.0.0.0/16' }],
    VpnConnections: Array.from({ length: connections }, (_, i) => ({
      VpnConnectionId: `vpn-${(i + 1).toString(16).padStart(17, '0')}`,
      CustomerGatewayId: 'cgw-0123456789abcdef0', VpnGatewayId: 'vgw-0123456789abcdef0',
    })),
    ...extra,
  };
  const r = ScenarioSchema.safeParse(input);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues, null, 1));
  return r.data;
}

export function tgwScenario(connections: number, seed = 11): Scenario {
  const input = {
    Seed: seed,
    CustomerGateways: Array.from({ length: connections }, (_, i) => ({ CustomerGatewayId: `cgw-${(i + 1).toString(16).padStart(17, '0')}`, BgpAsn: 65000, IpAddress: `198.51.${100 + Math.floor(i / 200)}.${(i % 200) + 1}` })),
    TransitGateways: [{ TransitGatewayId: 'tgw-0123456789abcdef0', Options: { AmazonSideAsn: 64512 } }],
    Vpcs: [{ VpcId: 'vpc-0123456789abcdef0', CidrBlock: '10.0.0.0/16' }],
    VpnConnections: Array.from({ length: connections }, (_, i) => ({
      VpnConnectionId: `vpn-${(i + 1).toString(16).padStart(17, '0')}`,
      CustomerGatewayId: `cgw-${(i + 1).toString(16).padStart(17, '0')}`, TransitGatewayId: 'tgw-0123456789abcdef0',
    })),
  };
  const r = ScenarioSchema.safeParse(input);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues, null, 1));
  return r.data;
}
