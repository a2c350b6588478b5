/**
 * The AWS side receiving a device's announcements on one tunnel: loop prevention (R159), the
 * route quota (R437/R439, R442), and conversion to selection candidates.
 */
import { inboundQuota } from '../quotas';
import type { Asn, Prefix, RouteCandidate, RuleId, TunnelView } from '../types';
import type { AdvertisedRoute } from './bgpRoute';
import { applyRouteQuota, type QuotaExceeded } from './routeLimits';

export interface RejectedRoute {
  readonly prefix: Prefix;
  readonly rule: RuleId;
  readonly reason: string;
}

export interface AcceptResult {
  readonly accepted: RouteCandidate[];
  readonly rejected: RejectedRoute[];
  readonly quotaExceeded?: QuotaExceeded;
}

/** R159: a route whose AS_PATH already holds the receiver's ASN is refused. */
export const loops = (asPath: readonly Asn[], own: Asn): boolean => asPath.includes(own);

export function acceptFromDevice(
  routes: readonly AdvertisedRoute[],
  ctx: { gateway: 'vgw' | 'tgw'; gatewayAsn: Asn; tunnel: TunnelView; target: string },
): AcceptResult {
  const rejected: RejectedRoute[] = [];
  const fresh = routes.filter((r) => {
    if (!loops(r.asPath, ctx.gatewayAsn)) return true;
    rejected.push({ prefix: r.prefix, rule: 'R159', reason: `AS_PATH ${r.asPath.join(' ')} contains our ASN ${ctx.gatewayAsn}` });
    return false;
  });
  const { kept, dropped, exceeded } = applyRouteQuota(fresh, inboundQuota(ctx.gateway));
  for (const r of dropped) rejected.push({ prefix: r.prefix, rule: 'R442', reason: exceeded?.message ?? 'route quota' });
  const healthy = ctx.tunnel.ipsecUp && ctx.tunnel.endpointHealthy;
  const accepted = kept.map((r) => ({
    prefix: r.prefix,
    source: 'vpn-bgp' as const,
    tunnelId: ctx.tunnel.tunnelId,
    vpnConnectionId: ctx.tunnel.vpnConnectionId,
    target: ctx.target,
    asPath: r.asPath,
    med: r.med,
    healthy,
    dynamic: true,
  }));
  return exceeded ? { accepted, rejected, quotaExceeded: exceeded } : { accepted, rejected };
}
