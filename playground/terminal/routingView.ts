/**
 * Reads `snapshot.routing` (.helpers/ROUTING-SNAPSHOT.md) defensively: a build without routing
 * makes BGP and route commands say so instead of failing.
 */
import type { EngineSnapshot } from '../engine/model/snapshotTypes';
import type { RoutingSnapshot } from '../engine/routingRuntime/routingSnapshot';

export const NO_ROUTING = 'routing is not simulated in this build: BGP sessions and route tables are not available.';

export function routingOf(s: EngineSnapshot): RoutingSnapshot | undefined {
  const r = (s as { routing?: RoutingSnapshot }).routing;
  return r && Array.isArray(r.bgpSessions) && Array.isArray(r.routeTables) ? r : undefined;
}

/** BGP prefixes AWS accepted on one tunnel (VgwTelemetry.AcceptedRouteCount). */
export function acceptedRoutes(s: EngineSnapshot): (vpnId: string, ip: string) => number | undefined {
  const r = routingOf(s);
  return (vpnId, ip) => r?.bgpSessions.find((b) => b.vpnConnectionId === vpnId && b.tunnelOutsideIp === ip)?.prefixesReceived;
}
