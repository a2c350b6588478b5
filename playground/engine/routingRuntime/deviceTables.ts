/**
 * What AWS announces on each Established session (VGW: VPC CIDR + CloudHub re-advertisement,
 * R163/R214; TGW: the associated route table, R175; MED per tunnel R192/R194/R195) and the
 * customer device's RIB built from it plus its static routes tracked per tunnel (R324, R325).
 * A static connection's device without its own StaticRoutes gets the AWS sample configuration's
 * routes to the gateway's VPC CIDRs through both tunnels (R163, R210).
 */
import type { World } from '../model/worldTypes';
import { asn, buildDeviceRib, tgwAdvertisements, vgwAdvertisements, type AdvertisedRoute, type DeviceStaticRoute, type Prefix } from '../routing/index';
import type { DeviceRibResult } from '../routing/device/deviceRib';
import { customerAsn, toPrefix } from './deviceBgp';
import type { GatewayResult, TunnelRouting } from './gatewayTables';

export function awsAdvertisements(gw: GatewayResult, tunnels: readonly TunnelRouting[]): Map<string, AdvertisedRoute[]> {
  const out = new Map<string, AdvertisedRoute[]>();
  const conns = [...new Set(tunnels.map((t) => t.c))];
  for (const c of conns) {
    const mine = tunnels.filter((t) => t.c === c);
    const views = mine.map((t) => t.view);
    const awsInsideAddress = Object.fromEntries(mine.map((t) => [t.view.tunnelId, t.inside.aws]));
    let ads;
    const vgw = c.vpnGatewayId ? gw.vgws.get(c.vpnGatewayId) : undefined;
    const tgw = c.transitGatewayId ? gw.tgws.get(c.transitGatewayId) : undefined;
    if (vgw) ads = vgwAdvertisements({ gatewayAsn: vgw.asn, tunnels: views, awsInsideAddress, vpcCidrs: vgw.vpcCidrs, vgwRib: vgw.rib.entries(), vpnConnectionId: c.id });
    else if (tgw && c.transitGatewayAttachmentId) {
      const table = tgw.routing.associatedTable(c.transitGatewayAttachmentId);
      ads = tgwAdvertisements({ gatewayAsn: tgw.asn, tunnels: views, awsInsideAddress, associatedTable: table?.entries() ?? [], attachmentId: c.transitGatewayAttachmentId });
    }
    for (const t of mine) out.set(t.view.tunnelId, t.bgpUp ? (ads?.find((a) => a.tunnelId === t.view.tunnelId)?.routes ?? []) : []);
  }
  return out;
}

function deviceStatics(world: World, gw: GatewayResult, cgwId: string, tunnels: readonly TunnelRouting[]): DeviceStaticRoute[] {
  const spec = world.devices.get(cgwId)?.spec.StaticRoutes;
  const out: DeviceStaticRoute[] = [];
  if (spec) {
    for (const r of spec) {
      for (const t of tunnels) {
        if (r.VpnConnectionId && r.VpnConnectionId !== t.c.id) continue;
        if (r.TunnelNumber && r.TunnelNumber !== t.index + 1) continue;
        for (const prefix of toPrefix(r.DestinationCidrBlock)) out.push({ prefix, tunnelId: t.view.tunnelId, neighbor: t.inside.aws, priority: t.index + 1, tracked: true });
      }
    }
    return out;
  }
  for (const t of tunnels) {
    if (!t.c.options.StaticRoutesOnly) continue;
    const vgw = t.c.vpnGatewayId ? gw.vgws.get(t.c.vpnGatewayId) : undefined;
    let cidrs: readonly Prefix[] = vgw?.vpcCidrs ?? [];
    if (!vgw && t.c.transitGatewayId) cidrs = world.vpcs.flatMap((v) => toPrefix(v.CidrBlock)).filter((p) => gw.tgws.get(t.c.transitGatewayId ?? '')?.attachments.some((a) => a.kind === 'vpc' && world.vpcs.some((v) => v.VpcId === a.resourceId && toPrefix(v.CidrBlock)[0] === p)));
    for (const prefix of cidrs) out.push({ prefix, tunnelId: t.view.tunnelId, neighbor: t.inside.aws, priority: t.index + 1, tracked: true });
  }
  return out;
}

export function buildDeviceRibs(world: World, gw: GatewayResult, tunnels: readonly TunnelRouting[], toDevice: Map<string, AdvertisedRoute[]>): Map<string, DeviceRibResult> {
  const out = new Map<string, DeviceRibResult>();
  for (const cgwId of world.customerGateways.keys()) {
    const mine = tunnels.filter((t) => t.c.customerGatewayId === cgwId);
    if (mine.length === 0) continue;
    const weight: Record<string, number> = {};
    const localPref: Record<string, number> = {};
    for (const t of mine) {
      weight[t.view.tunnelId] = t.settings.weight;
      localPref[t.view.tunnelId] = t.settings.localPref;
    }
    const deviceAsn = mine[0]?.settings.deviceAsn ?? asn(customerAsn(world, cgwId));
    out.set(cgwId, buildDeviceRib(
      { asn: deviceAsn, weight, localPref },
      mine.map((t) => ({ tunnelId: t.view.tunnelId, neighbor: t.inside.aws, bgpEstablished: t.bgpUp, up: t.view.ipsecUp, received: toDevice.get(t.view.tunnelId) ?? [] })),
      deviceStatics(world, gw, cgwId, mine),
    ));
  }
  return out;
}
