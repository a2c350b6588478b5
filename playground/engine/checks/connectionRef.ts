/** Finds the connection and tunnels a check names; tunnels are numbered 1 and 2 (R4, R19). */
import type { ConnectionSnapshot, EngineSnapshot, TunnelSnapshot } from '../model/snapshotTypes';
import type { ConnectionRef, TunnelRef } from './checkTypes';

export function describeRef(ref: ConnectionRef): string {
  if (typeof ref === 'string') return ref;
  return `the VPN connection of ${ref.customerGateway}${ref.gateway ? ` on ${ref.gateway}` : ''}`;
}

const live = (c: ConnectionSnapshot): boolean => c.state !== 'deleted' && c.state !== 'deleting';

/** By id (any state, so `state: deleted` can be checked); by customer gateway, the live one only. */
export function findConnection(s: EngineSnapshot, ref: ConnectionRef): ConnectionSnapshot | undefined {
  if (typeof ref === 'string') return s.connections.find((c) => c.id === ref);
  return s.connections.find(
    (c) =>
      live(c) &&
      c.customerGatewayId === ref.customerGateway &&
      (ref.gateway === undefined || c.vpnGatewayId === ref.gateway || c.transitGatewayId === ref.gateway),
  );
}

export function tunnelsOf(c: ConnectionSnapshot, t: TunnelRef): { n: 1 | 2; tunnel: TunnelSnapshot }[] {
  const all = [
    { n: 1 as const, tunnel: c.tunnels[0] },
    { n: 2 as const, tunnel: c.tunnels[1] },
  ];
  return t === 'both' ? all : all.filter((x) => x.n === t);
}

export const tunnelLabel = (n: 1 | 2, c: ConnectionSnapshot): string => `Tunnel ${n} of ${c.id}`;
export const notFound = (ref: ConnectionRef): string => `${describeRef(ref)} does not exist yet`;
