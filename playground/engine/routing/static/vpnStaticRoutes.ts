/**
 * VPN static routes (CreateVpnConnectionRoute / DeleteVpnConnectionRoute, R155, R342) and the
 * candidates they give the gateway. Refused: on a BGP connection (R151), on a TGW connection
 * (static routes live in the TGW route table, R156), beyond 100 routes (R441, R442), duplicates.
 */
import { parsePrefix } from '../prefix';
import { routeQuotas } from '../quotas';
import type { Prefix, RouteCandidate, RoutingError, TunnelView } from '../types';

export interface StaticVpnConnection {
  readonly vpnConnectionId: string;
  readonly gateway: 'vgw' | 'tgw';
  readonly staticRoutesOnly: boolean;
  readonly routes: readonly Prefix[];
}

export type RouteChange = { ok: true; routes: Prefix[] } | { ok: false; errors: RoutingError[] };

export function createVpnConnectionRoute(conn: StaticVpnConnection, cidr: string): RouteChange {
  const path = 'DestinationCidrBlock';
  const p = parsePrefix(cidr, path);
  if (typeof p !== 'string') return { ok: false, errors: [p] };
  if (conn.gateway === 'tgw') {
    return { ok: false, errors: [{ code: 'InvalidVpnConnection.InvalidType', path: 'VpnConnectionId', value: conn.vpnConnectionId, message: 'Static routes for a VPN connection on a transit gateway are added to the transit gateway route table (R156).' }] };
  }
  if (!conn.staticRoutesOnly) {
    return { ok: false, errors: [{ code: 'InvalidVpnConnection.InvalidType', path: 'VpnConnectionId', value: conn.vpnConnectionId, allowed: 'a connection with StaticRoutesOnly=true', message: 'A VPN connection that uses BGP cannot also have static routes (R151).' }] };
  }
  if (conn.routes.includes(p)) {
    return { ok: false, errors: [{ code: 'RouteAlreadyExists', path, value: cidr, message: `The route ${p} already exists on ${conn.vpnConnectionId}.` }] };
  }
  const q = routeQuotas.vgwStaticFromDevice;
  if (conn.routes.length >= q.value) {
    return { ok: false, errors: [{ code: 'RouteLimitExceeded', path, value: cidr, allowed: `at most ${q.value} routes`, message: `Quota "${q.name}" is ${q.value} (R441).` }] };
  }
  return { ok: true, routes: [...conn.routes, p] };
}

export function deleteVpnConnectionRoute(conn: StaticVpnConnection, cidr: string): RouteChange {
  const p = parsePrefix(cidr);
  if (typeof p !== 'string') return { ok: false, errors: [p] };
  if (!conn.routes.includes(p)) {
    return { ok: false, errors: [{ code: 'InvalidRoute.NotFound', path: 'DestinationCidrBlock', value: cidr, message: `No route ${p} on ${conn.vpnConnectionId}.` }] };
  }
  return { ok: true, routes: conn.routes.filter((r) => r !== p) };
}

/** One candidate per tunnel; health follows the tunnel (a static route stays even when the tunnel is down). */
export function staticCandidates(conn: StaticVpnConnection, tunnels: readonly TunnelView[], target: string): RouteCandidate[] {
  return conn.routes.flatMap((prefix) =>
    tunnels.map((t) => ({
      prefix,
      source: conn.gateway === 'vgw' ? ('vpn-static' as const) : ('tgw-static' as const),
      tunnelId: t.tunnelId,
      vpnConnectionId: conn.vpnConnectionId,
      target,
      asPath: [],
      med: 0,
      healthy: t.ipsecUp && t.endpointHealthy,
      dynamic: false,
    })),
  );
}
