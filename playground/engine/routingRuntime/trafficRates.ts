/**
 * Which tunnel carries each connection's traffic, decided by routing (replaces "first UP tunnel"):
 * AWS → site (TunnelDataOut, R411) follows the gateway's selected route for the site (one tunnel
 * on a VGW, R187; per-flow ECMP on a TGW, R190), site → AWS (TunnelDataIn, R410) follows the
 * device's RIB. The connection's rate is split over FLOWS flows so ECMP spreads them. Traffic
 * routed into a tunnel that cannot carry packets is dropped, never counted (R113, R177).
 * A connection without addresses to route (no site, no advertised prefixes) keeps the simple rule.
 */
import { containsAddress, pickEcmpMember, type Prefix } from '../routing/index';
import { parsed } from '../routing/prefix';
import { carryingTunnel } from '../model/traffic';
import type { ConnectionModel, World } from '../model/worldTypes';
import type { RoutingTables } from './buildRouting';
import { sitePrefixes, toPrefix } from './deviceBgp';
import { carriesPackets } from './tunnelStatus';

export const FLOWS = 4;

export const firstHost = (p: Prefix): string => {
  const x = parsed(p);
  if (x.family !== 4) return p.split('/')[0] ?? '';
  const v = Number(x.network + (x.length >= 31 ? 0n : 1n));
  return [24, 16, 8, 0].map((s) => (v >>> s) & 255).join('.');
};

function siteAddress(world: World, c: ConnectionModel, tables: RoutingTables): string | undefined {
  const host = world.sites.find((s) => s.CustomerGatewayId === c.customerGatewayId)?.Hosts?.[0]?.IpAddress;
  if (host) return host;
  const p = sitePrefixes(world, c.customerGatewayId)[0] ?? c.routes.flatMap(toPrefix)[0] ?? tables.tunnels.find((t) => t.c === c)?.settings.prefixes[0];
  return p ? firstHost(p) : undefined;
}

function vpcAddress(world: World, c: ConnectionModel, tables: RoutingTables): { address: string; vpcId: string } | undefined {
  let vpcId: string | undefined;
  if (c.vpnGatewayId) vpcId = tables.vgws.get(c.vpnGatewayId)?.vpcId;
  else if (c.transitGatewayId) vpcId = tables.tgws.get(c.transitGatewayId)?.attachments.find((a) => a.kind === 'vpc')?.resourceId;
  const vpc = world.vpcs.find((v) => v.VpcId === vpcId);
  if (!vpc || !vpcId) return undefined;
  const host = vpc.Subnets?.flatMap((s) => s.Hosts ?? [])[0]?.IpAddress;
  const p = toPrefix(vpc.CidrBlock)[0];
  return host ? { address: host, vpcId } : p ? { address: firstHost(p), vpcId } : undefined;
}

/** AWS-side egress lookup for `dst` from the VPC behind the connection's gateway. */
export function gatewayLookup(tables: RoutingTables, c: ConnectionModel, vpcId: string, dst: string) {
  if (c.vpnGatewayId) return tables.vgws.get(c.vpnGatewayId)?.rib.lookup(dst);
  const tgw = c.transitGatewayId ? tables.tgws.get(c.transitGatewayId) : undefined;
  const att = tgw?.attachments.find((a) => a.kind === 'vpc' && a.resourceId === vpcId);
  return att ? tgw?.routing.associatedTable(att.id)?.lookup(dst) : undefined;
}

export function assignRates(world: World, tables: RoutingTables): void {
  for (const c of world.connections.values()) for (const t of c.tunnels) t.rateIn = t.rateOut = 0;
  for (const c of world.connections.values()) {
    if (c.state !== 'available') continue;
    const site = siteAddress(world, c, tables);
    const vpc = vpcAddress(world, c, tables);
    if (!site || !vpc) {
      const carrier = carryingTunnel(c);
      if (carrier) {
        carrier.rateIn += c.trafficBps.in;
        carrier.rateOut += c.trafficBps.out;
      }
      continue;
    }
    const out = gatewayLookup(tables, c, vpc.vpcId, site);
    const dev = tables.devices.get(c.customerGatewayId)?.table.lookup(vpc.address)?.value;
    for (let i = 0; i < FLOWS; i++) {
      const flow = { srcIp: vpc.address, dstIp: site, protocol: 'tcp', srcPort: 49152 + i, dstPort: 443 };
      if (out && !out.entry.blackhole) {
        const m = pickEcmpMember(out.entry.selected, (x) => x.tunnelId ?? x.target, flow);
        const hit = m?.tunnelId ? tables.tunnelById.get(m.tunnelId) : undefined;
        if (hit && carriesPackets(hit.c, hit.t) && containsAddress(out.entry.prefix, site)) hit.t.rateOut += c.trafficBps.out / FLOWS;
      }
      if (dev) {
        const back = { srcIp: site, dstIp: vpc.address, protocol: 'tcp', srcPort: 443, dstPort: 49152 + i };
        const m = pickEcmpMember(dev.decision.selected, (x) => x.tunnelId, back);
        const hit = m ? tables.tunnelById.get(m.tunnelId) : undefined;
        if (hit && carriesPackets(hit.c, hit.t)) hit.t.rateIn += c.trafficBps.in / FLOWS;
      }
    }
  }
}
