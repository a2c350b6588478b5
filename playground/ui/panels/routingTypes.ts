/** The routing part of the engine snapshot (see playground/engine: snapshot.routing). */
export interface BgpSessionView {
  vpnConnectionId: string;
  tunnelOutsideIp: string;
  state: string;
  awsAsn: number;
  customerAsn: number;
  awsInsideIp: string;
  customerInsideIp: string;
  prefixesReceived: number;
  prefixesAdvertised: number;
  med?: number;
}

export interface RouteView {
  destination: string;
  target: string;
  origin: string;
  state: string;
  selected: boolean;
  tunnelOutsideIp?: string;
  asPath?: number[];
  med?: number;
  explanation?: { decidedBy: string; rule: string; text: string };
  losers?: { target: string; origin: string; reason: string; rule: string }[];
}

export interface RouteTableView {
  id: string;
  kind: 'vpc' | 'vgw' | 'tgw' | 'device';
  ownerId: string;
  routes: RouteView[];
}

export interface RoutingView {
  bgpSessions: BgpSessionView[];
  routeTables: RouteTableView[];
}

/** Reads `snapshot.routing` when this build of the engine provides it. */
export function routingOf(snapshot: unknown): RoutingView | null {
  const r = (snapshot as { routing?: RoutingView } | null)?.routing;
  return r && Array.isArray(r.routeTables) && Array.isArray(r.bgpSessions) ? r : null;
}
