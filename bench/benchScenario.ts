/**
 * Bench topologies built programmatically in the shape of the `single-vgw` / `single-tgw`
 * presets, scaled to N connections: one customer gateway, device (BGP, one advertised prefix)
 * and site per connection, one gateway, one VPC. Printed as YAML so the bench goes through
 * parseScenarioText exactly like the editor, a share link or the CLI.
 */
import { stringify } from 'yaml';

export type GatewayKind = 'vgw' | 'tgw';

const hex = (prefix: string, i: number) => `${prefix}-${(i + 1).toString(16).padStart(17, '0')}`;
const VPC = 'vpc-0a1b2c3d4e5f60001';
const VGW = 'vgw-1a2b3c4d';
const TGW = 'tgw-0262a0e521example';

export function benchScenario(kind: GatewayKind, connections: number): Record<string, unknown> {
  const idx = Array.from({ length: connections }, (_, i) => i);
  const gw = kind === 'vgw' ? { VpnGatewayId: VGW } : { TransitGatewayId: TGW };
  return {
    Name: `Bench: ${connections} connection(s) on a ${kind.toUpperCase()}`,
    Region: 'us-east-1',
    Seed: 3,
    Vpcs: [
      {
        VpcId: VPC,
        CidrBlock: '10.0.0.0/16',
        Subnets: [
          {
            SubnetId: 'subnet-0a1b2c3d4e5f60001',
            CidrBlock: '10.0.1.0/24',
            Hosts: [{ Name: 'app', IpAddress: '10.0.1.10' }],
          },
        ],
        RouteTables: [
          kind === 'vgw'
            ? { RouteTableId: 'rtb-0a1b2c3d4e5f60001', Main: true, PropagatingVgws: [VGW] }
            : {
                RouteTableId: 'rtb-0a1b2c3d4e5f60001',
                Main: true,
                Routes: [{ DestinationCidrBlock: '192.168.0.0/16', TransitGatewayId: TGW }],
              },
        ],
      },
    ],
    ...(kind === 'vgw'
      ? { VpnGateways: [{ VpnGatewayId: VGW, AmazonSideAsn: 64512, VpcAttachments: [{ VpcId: VPC }] }] }
      : {
          TransitGateways: [
            {
              TransitGatewayId: TGW,
              Options: {
                AmazonSideAsn: 64516,
                VpnEcmpSupport: 'enable',
                DefaultRouteTableAssociation: 'enable',
                DefaultRouteTablePropagation: 'enable',
              },
            },
          ],
          TransitGatewayAttachments: [
            {
              TransitGatewayAttachmentId: 'tgw-attach-0a1b2c3d4e5f60001',
              TransitGatewayId: TGW,
              ResourceType: 'vpc',
              ResourceId: VPC,
            },
          ],
        }),
    CustomerGateways: idx.map((i) => ({
      CustomerGatewayId: hex('cgw', i),
      BgpAsn: 65001 + i,
      IpAddress: `198.51.${100 + (i >> 7)}.${(i % 127) + 1}`,
    })),
    VpnConnections: idx.map((i) => ({
      VpnConnectionId: hex('vpn', i),
      CustomerGatewayId: hex('cgw', i),
      ...gw,
      Options: { StaticRoutesOnly: false },
    })),
    CustomerGatewayDevices: idx.map((i) => ({
      CustomerGatewayId: hex('cgw', i),
      Tunnels: [1, 2].map((n) => ({ VpnConnectionId: hex('vpn', i), TunnelNumber: n })),
      Bgp: { AdvertisedPrefixes: [`192.168.${i}.0/24`] },
    })),
    Sites: idx.map((i) => ({
      Name: `site-${i + 1}`,
      CustomerGatewayId: hex('cgw', i),
      CidrBlocks: [`192.168.${i}.0/24`],
      Hosts: [{ Name: `pc-${i + 1}`, IpAddress: `192.168.${i}.20` }],
    })),
  };
}

/** Top-level resources in a scenario object (every array entry counts as one). */
export function countResources(scenario: Record<string, unknown>): number {
  return Object.values(scenario).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

export function benchScenarioText(kind: GatewayKind, connections: number): string {
  return stringify(benchScenario(kind, connections));
}
