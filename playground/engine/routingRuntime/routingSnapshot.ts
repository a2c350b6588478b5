/**
 * `snapshot.routing` as .helpers/ROUTING-SNAPSHOT.md defines it: BGP sessions per tunnel and every
 * route table (VPC, VGW, TGW, device) with each selected entry's explanation and its losers.
 */
import type { World } from '../model/worldTypes';
import type { RouteCandidate, RouteSource } from '../routing/index';
import type { RoutingTables } from './buildRouting';
import { customerAsn, gatewayAsn } from './deviceBgp';
import { vpcRouteEntries } from './vpcRouteEntries';

export type BgpStateName = 'Idle' | 'Connect' | 'Active' | 'OpenSent' | 'OpenConfirm' | 'Established';
export type RouteOrigin = 'local' | 'static' | 'propagated' | 'vpn-static' | 'bgp' | 'dx-bgp' | 'blackhole';

export interface RouteEntrySnapshot {
  readonly destination: string;
  readonly target: string;
  readonly origin: RouteOrigin;
  readonly state: 'active' | 'blackhole';
  readonly selected: boolean;
  readonly tunnelOutsideIp?: string;
  readonly asPath?: readonly number[];
  readonly med?: number;
  readonly explanation?: { readonly decidedBy: string; readonly rule: string; readonly text: string };
  readonly losers?: readonly { readonly target: string; readonly origin: string; readonly reason: string; readonly rule: string }[];
}

export interface RouteTableSnapshot {
  readonly id: string;
  readonly kind: 'vpc' | 'vgw' | 'tgw' | 'device';
  readonly ownerId: string;
  readonly routes: readonly RouteEntrySnapshot[];
}

export interface BgpSessionSnapshot {
  readonly vpnConnectionId: string;
  readonly tunnelOutsideIp: string;
  readonly state: BgpStateName;
  readonly awsAsn: number;
  readonly customerAsn: number;
  readonly awsInsideIp: string;
  readonly customerInsideIp: string;
  readonly prefixesReceived: number;
  readonly prefixesAdvertised: number;
  readonly med?: number;
  /** Device-side state and the last error (e.g. Bad Peer AS, R361). */
  readonly deviceState: BgpStateName;
  readonly lastError?: string;
  /** R442: routes beyond the quota were not accepted. */
  readonly quotaExceeded?: string;
}

export interface RoutingSnapshot {
  readonly bgpSessions: readonly BgpSessionSnapshot[];
  readonly routeTables: readonly RouteTableSnapshot[];
}

function origin(c: RouteCandidate, kind: 'vgw' | 'tgw'): RouteOrigin {
  const map: Record<RouteSource, RouteOrigin> = { vpc: kind === 'vgw' ? 'local' : 'propagated', 'dx-bgp': 'dx-bgp', 'vpn-static': 'vpn-static', 'tgw-static': 'static', 'vpn-bgp': kind === 'vgw' ? 'bgp' : 'propagated', blackhole: 'blackhole' };
  return map[c.source];
}

function gatewayRoutes(entries: ReturnType<import('../routing/index').GatewayRib['entries']>, kind: 'vgw' | 'tgw'): RouteEntrySnapshot[] {
  const out: RouteEntrySnapshot[] = [];
  for (const e of entries) {
    const d = e.decision;
    const losers = d.losers.map((l) => ({ target: l.candidate.tunnelId ?? l.candidate.target, origin: origin(l.candidate, kind), reason: l.reason, rule: l.rule }));
    const row = (c: RouteCandidate, selected: boolean): RouteEntrySnapshot => ({
      destination: e.prefix, target: c.target, origin: origin(c, kind), state: c.source === 'blackhole' ? 'blackhole' : 'active', selected,
      ...(c.tunnelId ? { tunnelOutsideIp: c.tunnelId } : {}),
      ...(c.asPath.length ? { asPath: [...c.asPath] } : {}),
      ...(c.tunnelId && c.source === 'vpn-bgp' ? { med: c.med } : {}),
      ...(selected ? { explanation: { decidedBy: d.decidedBy.step, rule: e.explanation.rule, text: e.explanation.text } } : {}),
      ...(selected && losers.length ? { losers } : {}),
    });
    for (const c of e.selected) out.push(row(c, true));
    for (const l of d.losers) out.push(row(l.candidate, false));
  }
  return out;
}

export function buildRoutingSnapshot(world: World, r: RoutingTables): RoutingSnapshot {
  const bgpSessions: BgpSessionSnapshot[] = [];
  for (const tr of r.tunnels) {
    const t = tr.c.tunnels[tr.index];
    if (!t.bgp) continue;
    const lastError = t.bgp.lastError();
    const sent = r.toDevice.get(tr.view.tunnelId) ?? [];
    const q = r.quota.find((x) => x.tunnelId === tr.view.tunnelId);
    bgpSessions.push({
      vpnConnectionId: tr.c.id, tunnelOutsideIp: tr.view.tunnelId, state: t.bgp.state('aws'),
      awsAsn: gatewayAsn(world, tr.c), customerAsn: customerAsn(world, tr.c.customerGatewayId), awsInsideIp: tr.inside.aws, customerInsideIp: tr.inside.cgw,
      prefixesReceived: r.accepted.get(tr.view.tunnelId)?.length ?? 0, prefixesAdvertised: sent.length,
      ...(sent[0] ? { med: sent[0].med } : {}),
      deviceState: t.bgp.state('cgw'),
      ...(lastError ? { lastError } : {}),
      ...(q ? { quotaExceeded: q.exceeded.message } : {}),
    });
  }
  const routeTables: RouteTableSnapshot[] = [];
  for (const v of r.vpcTables) routeTables.push({ id: v.routeTableId, kind: 'vpc', ownerId: v.vpcId, routes: vpcRouteEntries(v.result) });
  for (const [id, v] of r.vgws) routeTables.push({ id, kind: 'vgw', ownerId: id, routes: gatewayRoutes(v.rib.entries(), 'vgw') });
  for (const [id, g] of r.tgws) for (const [tid, rib] of g.routing.tables) routeTables.push({ id: tid, kind: 'tgw', ownerId: id, routes: gatewayRoutes(rib.entries(), 'tgw') });
  for (const [cgw, dev] of r.devices) {
    const routes: RouteEntrySnapshot[] = [];
    for (const [, e] of dev.table) {
      const d = e.decision;
      const losers = d.losers.map((l) => ({ target: l.candidate.tunnelId, origin: l.candidate.origin, reason: l.reason, rule: l.rule }));
      for (const c of d.selected) {
        routes.push({
          destination: e.prefix, target: c.tunnelId, origin: c.origin, state: 'active', selected: true, tunnelOutsideIp: c.tunnelId,
          ...(c.asPath.length ? { asPath: [...c.asPath] } : {}), ...(c.origin === 'bgp' ? { med: c.med } : {}),
          explanation: { decidedBy: d.decidedBy.step, rule: e.explanation.rule, text: e.explanation.text }, ...(losers.length ? { losers } : {}),
        });
      }
      for (const l of d.losers) routes.push({ destination: e.prefix, target: l.candidate.tunnelId, origin: l.candidate.origin, state: 'active', selected: false, tunnelOutsideIp: l.candidate.tunnelId, ...(l.candidate.asPath.length ? { asPath: [...l.candidate.asPath] } : {}) });
    }
    routes.sort((a, b) => (a.destination < b.destination ? -1 : a.destination > b.destination ? 1 : 0));
    routeTables.push({ id: `device:${cgw}`, kind: 'device', ownerId: cgw, routes });
  }
  return { bgpSessions, routeTables };
}
