/**
 * VPC route tables: local route, static routes (GatewayId / TransitGatewayId targets, R164) and
 * routes propagated from a VGW where propagation is enabled (R172) — a connection's static or
 * BGP-learned prefixes while the connection is UP (R169, R171), kept while it stays UP even if
 * traffic breaks (R170), Direct Connect routes while the link is up, up to the quota (R173).
 */
import type { World } from '../model/worldTypes';
import { buildVpcRouteTable, type Prefix, type VpcRoute } from '../routing/index';
import type { VpcRouteTableResult } from '../routing/vpc/vpcRouteTable';
import { toPrefix } from './deviceBgp';
import type { GatewayResult, TunnelRouting } from './gatewayTables';
import { connectionUp } from './tunnelStatus';

export interface VpcTable {
  readonly vpcId: string;
  readonly routeTableId: string;
  readonly main: boolean;
  readonly subnetIds: readonly string[];
  readonly result: VpcRouteTableResult;
}

export const mainTableId = (vpcId: string): string => `rtb-${vpcId.replace(/^vpc-/, '')}`;

export function buildVpcTables(world: World, gw: GatewayResult, tunnels: readonly TunnelRouting[]): VpcTable[] {
  const out: VpcTable[] = [];
  for (const vpc of world.vpcs) {
    const tables = vpc.RouteTables?.length ? vpc.RouteTables : [{ RouteTableId: mainTableId(vpc.VpcId), Main: true }];
    for (const rt of tables) {
      const staticRoutes: VpcRoute[] = (rt.Routes ?? []).flatMap((r) => {
        const target = r.GatewayId ?? r.TransitGatewayId;
        return target && target !== 'local' ? toPrefix(r.DestinationCidrBlock).map((destination) => ({ destination, target, origin: 'CreateRoute' as const })) : [];
      });
      const propagating = [...world.vpnGateways.keys()].filter((g) => world.vgwPropagation.has(`${rt.RouteTableId}|${g}`)).map((vgwId) => {
        const conns = [...new Set(tunnels.filter((t) => t.c.vpnGatewayId === vgwId).map((t) => t.c))];
        const connections = conns.map((c) => {
          const learned: Prefix[] = c.options.StaticRoutesOnly ? c.routes.flatMap(toPrefix) : [...new Set(c.tunnels.flatMap((t) => (gw.accepted.get(t.outsideIpAddress) ?? []).map((r) => r.prefix)))];
          return { vpnConnectionId: c.id, up: connectionUp(c), prefixes: learned };
        });
        for (const dx of world.directConnectGateways) {
          if (!(dx.AssociatedGatewayIds ?? []).includes(vgwId)) continue;
          connections.push({ vpnConnectionId: dx.DirectConnectGatewayId, up: world.directConnectUp.get(dx.DirectConnectGatewayId) ?? false, prefixes: (dx.OnPremisesPrefixes ?? []).flatMap(toPrefix) });
        }
        return { vgwId, connections };
      });
      out.push({
        vpcId: vpc.VpcId, routeTableId: rt.RouteTableId, main: rt.Main ?? tables.length === 1, subnetIds: 'SubnetIds' in rt ? rt.SubnetIds ?? [] : [],
        result: buildVpcRouteTable({ routeTableId: rt.RouteTableId, vpcCidrs: toPrefix(vpc.CidrBlock), staticRoutes, propagating }),
      });
    }
  }
  return out;
}
