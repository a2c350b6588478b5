/**
 * What the AWS side announces to the device on each tunnel of one connection.
 * - VGW: the attached VPC's CIDRs (R163) plus every prefix the VGW learned from its other
 *   connections and Direct Connect (CloudHub re-advertisement, R214, R218), AS_PATH prefixed
 *   with the VGW ASN, MED per tunnel (awsMed.ts); at most 1,000 routes (R438).
 * - TGW: the routes of the TGW route table associated with the VPN attachment (R175), same MED
 *   on all tunnels (R194); at most 5,000 routes (R440).
 */
import type { RibEntry } from '../gateway/gatewayRib';
import { outboundQuota } from '../quotas';
import type { Asn, Prefix, TunnelView } from '../types';
import { awsTunnelMeds } from './awsMed';
import type { AdvertisedRoute } from './bgpRoute';
import { applyRouteQuota, type QuotaExceeded } from './routeLimits';

export interface TunnelAdvertisement {
  readonly tunnelId: string;
  readonly routes: AdvertisedRoute[];
  readonly quotaExceeded?: QuotaExceeded;
}

interface Base {
  readonly gatewayAsn: Asn;
  readonly tunnels: readonly TunnelView[];
  /** AWS inside address per tunnel (R61). */
  readonly awsInsideAddress: Readonly<Record<string, string>>;
}

function perTunnel(kind: 'vgw' | 'tgw', base: Base, routes: Array<{ prefix: Prefix; asPath: readonly Asn[] }>): TunnelAdvertisement[] {
  const meds = awsTunnelMeds(kind, base.tunnels);
  const sorted = [...routes].sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
  return base.tunnels.map((t) => {
    const med = meds.find((m) => m.tunnelId === t.tunnelId)?.med ?? 0;
    const nextHop = base.awsInsideAddress[t.tunnelId] ?? '';
    const all = sorted.map((r) => ({ prefix: r.prefix, asPath: [base.gatewayAsn, ...r.asPath], med, nextHop }));
    const { kept, exceeded } = applyRouteQuota(all, outboundQuota(kind));
    return exceeded ? { tunnelId: t.tunnelId, routes: kept, quotaExceeded: exceeded } : { tunnelId: t.tunnelId, routes: kept };
  });
}

export function vgwAdvertisements(input: Base & { vpcCidrs: readonly Prefix[]; vgwRib: readonly RibEntry[]; vpnConnectionId: string }): TunnelAdvertisement[] {
  const routes = new Map<Prefix, readonly Asn[]>();
  for (const c of input.vpcCidrs) routes.set(c, []);
  for (const e of input.vgwRib) {
    const b = e.selected[0];
    if (!b || b.source === 'vpc' || b.source === 'blackhole' || b.vpnConnectionId === input.vpnConnectionId || routes.has(e.prefix)) continue;
    routes.set(e.prefix, b.asPath); // R214: re-advertised with the original AS_PATH behind the VGW ASN
  }
  return perTunnel('vgw', input, [...routes].map(([prefix, asPath]) => ({ prefix, asPath })));
}

export function tgwAdvertisements(input: Base & { associatedTable: readonly RibEntry[]; attachmentId: string }): TunnelAdvertisement[] {
  const routes = input.associatedTable
    .filter((e) => !e.blackhole && !e.selected.some((c) => c.target === input.attachmentId))
    .map((e) => ({ prefix: e.prefix, asPath: e.selected[0]?.asPath ?? [] }));
  return perTunnel('tgw', input, routes);
}
