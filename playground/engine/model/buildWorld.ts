import type { Scenario } from '../schema/scenarioSchema';
import { DEFAULT_REGION } from '../schema/scenarioLookup';
import type { World } from './worldTypes';

/** The AWS resources and devices of a scenario (connections are created by the Engine, which runs them). */
export function buildWorld(s: Scenario): World {
  const world: World = {
    region: s.Region ?? DEFAULT_REGION,
    customerGateways: new Map((s.CustomerGateways ?? []).map((g) => [g.CustomerGatewayId, g])),
    vpnGateways: new Map((s.VpnGateways ?? []).map((g) => [g.VpnGatewayId, {
      spec: g, state: 'available' as const,
      attachments: (g.VpcAttachments ?? []).map((a) => ({ VpcId: a.VpcId, State: a.State ?? 'attached' })),
    }])),
    transitGateways: new Map((s.TransitGateways ?? []).map((g) => [g.TransitGatewayId, g])),
    transitGatewayAttachments: new Map((s.TransitGatewayAttachments ?? []).map((a) => [a.TransitGatewayAttachmentId, a])),
    vpcIds: new Set((s.Vpcs ?? []).map((v) => v.VpcId)),
    connections: new Map(),
    directConnectUp: new Map((s.DirectConnectGateways ?? []).map((g) => [g.DirectConnectGatewayId, g.State !== 'down'])),
    vgwPropagation: new Set((s.Vpcs ?? []).flatMap((v) => (v.RouteTables ?? []).flatMap((rt) => (rt.PropagatingVgws ?? []).map((g) => `${rt.RouteTableId}|${g}`)))),
    vpcs: s.Vpcs ?? [],
    sites: s.Sites ?? [],
    directConnectGateways: s.DirectConnectGateways ?? [],
    devices: new Map((s.CustomerGatewayDevices ?? []).map((d) => [d.CustomerGatewayId, { customerGatewayId: d.CustomerGatewayId, up: d.State !== 'down', spec: d }])),
  };
  return world;
}
