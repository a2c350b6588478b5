/**
 * Tunnel status as AWS reports it. R408: TunnelState of a static VPN is 1 when the tunnel is UP;
 * of a BGP VPN 1 only when BGP is ESTABLISHED. R171 Lab decision: "a static-routing tunnel is UP
 * when its IPsec SA is established, a dynamic-routing tunnel when its BGP session is also
 * Established (same meaning as TunnelState, R408)". So the VgwTelemetry status of a dynamic
 * connection's tunnel follows BGP, and everything reading the status (snapshot, describe,
 * telemetry, propagation R169) reads it from here.
 */
import type { TunnelView } from '../routing/index';
import type { ConnectionModel, TunnelModel } from '../model/worldTypes';

export const isDynamic = (c: ConnectionModel): boolean => !c.options.StaticRoutesOnly;

/** IKE SA and IPsec SA up on the AWS side (the tunnel machine's own status). */
export const ipsecUp = (t: TunnelModel): boolean => t.host.state.status === 'UP';

/** R171, R408: the status a learner sees. */
export function tunnelUp(c: ConnectionModel, t: TunnelModel): boolean {
  if (!ipsecUp(t)) return false;
  return !isDynamic(c) || (t.bgp?.established ?? false);
}

/** R171 Lab decision: a connection is UP while at least one tunnel is UP. */
export const connectionUp = (c: ConnectionModel): boolean => c.state === 'available' && c.tunnels.some((t) => tunnelUp(c, t));

/** The tunnel carries packets: IPsec SA, live data plane, endpoint not being replaced (R177). */
export const carriesPackets = (c: ConnectionModel, t: TunnelModel): boolean => c.state === 'available' && ipsecUp(t) && t.host.dataPlaneAlive && t.replacement === null;

export function statusMessage(c: ConnectionModel, t: TunnelModel): string {
  const raw = t.host.state.statusMessage;
  if (!isDynamic(c) || !ipsecUp(t) || tunnelUp(c, t)) return raw;
  const st = t.bgp?.state('aws') ?? 'Idle';
  const err = t.bgp?.lastError();
  return t.bgp ? `IPSEC IS UP; BGP session is ${st}${err ? ` (${err})` : ''} (R408)` : 'IPSEC IS UP; the device runs no BGP (R408)';
}

/** The tunnel as routing sees it (routing/types.ts). */
export function tunnelView(c: ConnectionModel, t: TunnelModel): TunnelView {
  const partner = c.tunnels[t.index === 0 ? 1 : 0];
  return {
    tunnelId: t.outsideIpAddress, vpnConnectionId: c.id,
    ipsecUp: carriesPackets(c, t),
    endpointHealthy: t.replacement === null && c.state === 'available',
    // R195: the tunnel whose partner advertises the lowered MED is the one being updated
    underMaintenance: partner.medPreference === 'lowered' && t.medPreference !== 'lowered',
  };
}
