/**
 * The routing part of the snapshot as .helpers/ROUTING-SNAPSHOT.md defines it. Read defensively:
 * until the routing integration lands, `snapshot.routing` is absent and checks say so.
 */
import type { EngineSnapshot } from '../model/snapshotTypes';

export interface BgpSessionView {
  readonly vpnConnectionId: string;
  readonly tunnelOutsideIp: string;
  readonly state: string;
  readonly prefixesReceived: number;
  readonly prefixesAdvertised: number;
}
export interface RouteView {
  readonly destination: string;
  readonly target: string;
  readonly origin: string;
  readonly state: string;
  readonly selected: boolean;
  readonly tunnelOutsideIp?: string;
}
export interface RouteTableView {
  readonly id: string;
  readonly kind: string;
  readonly ownerId: string;
  readonly routes: readonly RouteView[];
}
export interface RoutingView {
  readonly bgpSessions: readonly BgpSessionView[];
  readonly routeTables: readonly RouteTableView[];
}

export const ROUTING_UNAVAILABLE = 'routing is not available in this engine build yet, so this check cannot pass';

export function readRouting(s: EngineSnapshot): RoutingView | undefined {
  const r = (s as { readonly routing?: unknown }).routing;
  if (typeof r !== 'object' || r === null) return undefined;
  const v = r as Partial<RoutingView>;
  return Array.isArray(v.bgpSessions) && Array.isArray(v.routeTables) ? (v as RoutingView) : undefined;
}

export interface TraceView {
  readonly ok: boolean;
  readonly delivered?: boolean;
  readonly asymmetric?: boolean;
  readonly drop?: { readonly code?: string; readonly reason?: string; readonly hop?: unknown };
  readonly forward?: readonly { readonly node: string }[];
  readonly errors?: readonly { readonly message?: string }[];
}

export function readTrace(v: unknown): TraceView | undefined {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean' ? (v as TraceView) : undefined;
}
