/**
 * The AWS side: one GatewayRib per VGW (vgwPolicy: R177–R184, one egress tunnel across all its
 * connections, R187) and TransitGatewayRouting per TGW (tgwPolicy, ECMP with VpnEcmpSupport,
 * R190/R191). Sources: attached VPC CIDRs (R153), Direct Connect routes (R179), VPN static routes
 * (R155, R180), BGP routes accepted from Established sessions (R181, quotas R437/R439/R442).
 */
import type { ConnectionModel, World } from '../model/worldTypes';
import {
  acceptFromDevice, deviceAdvertisements, GatewayRib, staticCandidates, TransitGatewayRouting, vgwPolicy,
  type AdvertisedRoute, type Asn, type Prefix, type QuotaExceeded, type RouteCandidate, type TgwRouteTableSpec, type TunnelView,
} from '../routing/index';
import { customerAsn, gatewayAsn, toPrefix, type TunnelBgpSettings } from './deviceBgp';
import { tgwAttachments, tgwTableSpecs, type TgwAttachment } from './tgwSpecs';

export interface TunnelRouting {
  readonly c: ConnectionModel;
  readonly index: 0 | 1;
  readonly view: TunnelView;
  readonly bgpUp: boolean;
  readonly settings: TunnelBgpSettings;
  readonly inside: { aws: string; cgw: string };
}

export interface VgwTables { readonly rib: GatewayRib; readonly vpcId?: string; readonly vpcCidrs: readonly Prefix[]; readonly asn: Asn }
export interface TgwTables { readonly routing: TransitGatewayRouting; readonly specs: readonly TgwRouteTableSpec[]; readonly attachments: readonly TgwAttachment[]; readonly asn: Asn }

export interface GatewayResult {
  readonly vgws: Map<string, VgwTables>;
  readonly tgws: Map<string, TgwTables>;
  /** Routes accepted from the device per tunnel (AWS outside IP). */
  readonly accepted: Map<string, RouteCandidate[]>;
  readonly quota: Array<{ tunnelId: string; exceeded: QuotaExceeded }>;
}

const vpcCidrsOf = (world: World, vpcId: string | undefined): Prefix[] => world.vpcs.filter((v) => v.VpcId === vpcId).flatMap((v) => toPrefix(v.CidrBlock));

/** Direct Connect routes (R179): the site's on-premises prefixes, AS_PATH of the site's ASN. */
function dxCandidates(world: World, gatewayId: string, target: (dxId: string) => string | undefined): RouteCandidate[] {
  const out: RouteCandidate[] = [];
  for (const dx of world.directConnectGateways) {
    if (!(dx.AssociatedGatewayIds ?? []).includes(gatewayId) && !target(dx.DirectConnectGatewayId)) continue;
    if (!world.directConnectUp.get(dx.DirectConnectGatewayId)) continue;
    const tgt = target(dx.DirectConnectGatewayId) ?? dx.DirectConnectGatewayId;
    const site = world.sites.find((s) => s.DirectConnectGatewayId === dx.DirectConnectGatewayId);
    const asPath = site?.CustomerGatewayId ? [customerAsn(world, site.CustomerGatewayId)] : [];
    for (const prefix of (dx.OnPremisesPrefixes ?? []).flatMap(toPrefix)) out.push({ prefix, source: 'dx-bgp', target: tgt, asPath, med: 0, healthy: true, dynamic: true });
  }
  return out;
}

function acceptedRoutes(world: World, tr: TunnelRouting, kind: 'vgw' | 'tgw', target: string, quota: GatewayResult['quota']): RouteCandidate[] {
  if (!tr.bgpUp) return [];
  const prepend = tr.settings.prepend > 0 ? { [tr.view.tunnelId]: tr.settings.prepend } : undefined;
  const ads: AdvertisedRoute[] = deviceAdvertisements({ asn: tr.settings.deviceAsn, prefixes: tr.settings.prefixes, ...(prepend ? { asPathPrepend: prepend } : {}), med: tr.settings.med }, tr.view.tunnelId, tr.inside.cgw);
  const r = acceptFromDevice(ads, { gateway: kind, gatewayAsn: gatewayAsn(world, tr.c), tunnel: tr.view, target });
  if (r.quotaExceeded) quota.push({ tunnelId: tr.view.tunnelId, exceeded: r.quotaExceeded });
  return r.accepted;
}

export function buildGatewayTables(world: World, tunnels: readonly TunnelRouting[]): GatewayResult {
  const accepted = new Map<string, RouteCandidate[]>();
  const quota: GatewayResult['quota'] = [];
  const byGateway = new Map<string, TunnelRouting[]>();
  for (const tr of tunnels) {
    const g = tr.c.vpnGatewayId ?? tr.c.transitGatewayId;
    if (g) byGateway.set(g, [...(byGateway.get(g) ?? []), tr]);
  }
  const vgws = new Map<string, VgwTables>();
  for (const [id, vgw] of world.vpnGateways) {
    const rib = new GatewayRib(vgwPolicy);
    const vpcId = vgw.attachments.find((a) => a.State === 'attached')?.VpcId;
    const vpcCidrs = vpcCidrsOf(world, vpcId);
    rib.replaceSource('vpc', vpcCidrs.map((prefix) => ({ prefix, source: 'vpc' as const, target: vpcId ?? id, asPath: [], med: 0, healthy: true, dynamic: false })));
    rib.replaceSource('dx', dxCandidates(world, id, () => undefined));
    const trs = byGateway.get(id) ?? [];
    const conns = [...new Set(trs.map((t) => t.c))];
    for (const c of conns) {
      if (!c.options.StaticRoutesOnly) continue;
      const views = trs.filter((t) => t.c === c).map((t) => t.view);
      rib.replaceSource(`static:${c.id}`, staticCandidates({ vpnConnectionId: c.id, gateway: 'vgw', staticRoutesOnly: true, routes: c.routes.flatMap(toPrefix) }, views, c.id));
    }
    for (const tr of trs) {
      const acc = acceptedRoutes(world, tr, 'vgw', tr.c.id, quota);
      accepted.set(tr.view.tunnelId, acc);
      rib.replaceSource(`bgp:${tr.view.tunnelId}`, acc);
    }
    vgws.set(id, { rib, ...(vpcId ? { vpcId } : {}), vpcCidrs, asn: gatewayAsn(world, { vpnGatewayId: id, transitGatewayId: undefined }) });
  }
  const tgws = new Map<string, TgwTables>();
  for (const [id, tgw] of world.transitGateways) {
    const trs = byGateway.get(id) ?? [];
    const conns = [...new Set(trs.map((t) => t.c))];
    const attachments = tgwAttachments(world, id, conns);
    const specs = tgwTableSpecs(tgw, attachments);
    const routing = new TransitGatewayRouting(id, tgw.Options?.VpnEcmpSupport !== 'disable', specs);
    for (const a of attachments) {
      if (a.kind === 'vpc') {
        routing.setAttachmentRoutes(a.id, vpcCidrsOf(world, a.resourceId).map((prefix) => ({ prefix, source: 'vpc' as const, target: a.id, asPath: [], med: 0, healthy: true, dynamic: false })));
      } else if (a.kind === 'direct-connect-gateway') {
        routing.setAttachmentRoutes(a.id, dxCandidates(world, id, (dx) => (dx === a.resourceId ? a.id : undefined)).filter((r) => r.target === a.id));
      } else if (a.kind === 'vpn') {
        const mine = trs.filter((t) => t.c.id === a.resourceId);
        const props = mine.flatMap((tr) => {
          const acc = acceptedRoutes(world, tr, 'tgw', a.id, quota);
          accepted.set(tr.view.tunnelId, acc);
          return acc;
        });
        // R156, R190: a static route to a VPN attachment points at each tunnel, without ECMP for static VPNs
        const staticTargets = mine.map((tr) => ({ source: 'tgw-static' as const, tunnelId: tr.view.tunnelId, vpnConnectionId: tr.c.id, target: a.id, asPath: [], med: 0, healthy: tr.view.ipsecUp && tr.view.endpointHealthy, dynamic: false }));
        routing.setAttachmentRoutes(a.id, props, staticTargets);
      }
    }
    tgws.set(id, { routing, specs, attachments, asn: gatewayAsn(world, { vpnGatewayId: undefined, transitGatewayId: id }) });
  }
  return { vgws, tgws, accepted, quota };
}
