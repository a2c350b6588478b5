/**
 * A VPC route table: the local route, static routes (CreateRoute) to a VGW, TGW or other target,
 * and routes propagated from a VGW (EnableVgwRoutePropagation, R172). Propagated routes exist
 * while the VPN connection is UP (R169, R171) — even if traffic is interrupted (R170) — and only
 * up to the route table's quota (R173). Lookup: propagated routes overlapping the local route
 * never win (R166), then longest prefix (R165), then static over propagated (R167).
 */
import { contains, containsAddress, overlaps, prefixLength } from '../prefix';
import { higher, lower, selectRoute, type Decision } from '../selection/selector';
import type { Explanation, Prefix } from '../types';

export type VpcRouteOrigin = 'CreateRouteTable' | 'CreateRoute' | 'EnableVgwRoutePropagation';

export interface VpcRoute {
  readonly destination: Prefix;
  /** `local`, a gateway id (vgw-…, tgw-…, igw-…) or another target id. */
  readonly target: string;
  readonly origin: VpcRouteOrigin;
}

export interface PropagationSource {
  readonly vgwId: string;
  /** Per VPN connection on that VGW: its status (R171) and its prefixes (static or BGP-learned). */
  readonly connections: ReadonlyArray<{ vpnConnectionId: string; up: boolean; prefixes: readonly Prefix[] }>;
}

export interface VpcRouteTableInput {
  readonly routeTableId: string;
  readonly vpcCidrs: readonly Prefix[];
  readonly staticRoutes: readonly VpcRoute[];
  /** VGWs with propagation enabled on this table (R172). */
  readonly propagating: readonly PropagationSource[];
  /** "Routes per route table" quota (VPC guide default 50; the S2S guide only says "quota", R173). */
  readonly routeQuota?: number;
}

export interface VpcRouteTableResult {
  readonly routes: readonly VpcRoute[];
  readonly notPropagated: ReadonlyArray<{ destination: Prefix; reason: Explanation }>;
}

export const DEFAULT_VPC_ROUTE_QUOTA = 50;

export function buildVpcRouteTable(input: VpcRouteTableInput): VpcRouteTableResult {
  const routes: VpcRoute[] = [
    ...input.vpcCidrs.map((destination) => ({ destination, target: 'local', origin: 'CreateRouteTable' as const })),
    ...input.staticRoutes,
  ];
  const quota = input.routeQuota ?? DEFAULT_VPC_ROUTE_QUOTA;
  const notPropagated: Array<{ destination: Prefix; reason: Explanation }> = [];
  const seen = new Set<string>();
  for (const src of input.propagating) {
    for (const c of src.connections) {
      for (const destination of c.prefixes) {
        const key = `${destination}|${src.vgwId}`;
        if (seen.has(key)) continue;
        if (!c.up) {
          notPropagated.push({ destination, reason: { rule: 'R171', text: `${c.vpnConnectionId} is DOWN: its routes are not propagated` } });
          continue;
        }
        if (routes.length >= quota) {
          notPropagated.push({ destination, reason: { rule: 'R173', text: `route table quota of ${quota} routes reached` } });
          continue;
        }
        seen.add(key);
        routes.push({ destination, target: src.vgwId, origin: 'EnableVgwRoutePropagation' });
      }
    }
  }
  return { routes, notPropagated };
}

const isPropagated = (r: VpcRoute): boolean => r.origin === 'EnableVgwRoutePropagation';

const vpcSteps = [
  { name: 'longestPrefix', rule: 'R165' as const, compare: higher((r: VpcRoute) => prefixLength(r.destination)), explain: (w: VpcRoute, l: VpcRoute) => `${w.destination} is more specific than ${l.destination}` },
  { name: 'staticOverPropagated', rule: 'R167' as const, compare: lower((r: VpcRoute) => (isPropagated(r) ? 1 : 0)), explain: (w: VpcRoute, l: VpcRoute) => `static route to ${w.target} beats the route propagated from ${l.target}` },
];

export interface VpcLookup {
  readonly route: VpcRoute;
  readonly decision: Decision<VpcRoute>;
  readonly explanation: Explanation;
}

export function lookupVpcRoute(table: VpcRouteTableResult, address: string): VpcLookup | undefined {
  const local = table.routes.filter((r) => r.target === 'local');
  const matching = table.routes.filter((r) => containsAddress(r.destination, address));
  // R166: the local route beats any overlapping propagated route, even a more specific one
  const eligible = matching.filter((r) => !(isPropagated(r) && local.some((l) => overlaps(l.destination, r.destination))));
  const d = selectRoute(eligible, vpcSteps, (r) => `${r.destination}|${r.target}`, 'R165');
  if (!d) return undefined;
  const suppressed = matching.some((r) => isPropagated(r) && !eligible.includes(r) && local.some((l) => contains(l.destination, r.destination) || contains(r.destination, l.destination)));
  const explanation: Explanation =
    d.best.target === 'local' && suppressed
      ? { rule: 'R166', text: `local route ${d.best.destination} beats the overlapping propagated route` }
      : d.decidedBy.step === 'onlyCandidate'
        ? { rule: d.best.target === 'local' ? 'R165' : isPropagated(d.best) ? 'R169' : 'R164', text: `${d.best.destination} → ${d.best.target} is the only matching route` }
        : { rule: d.decidedBy.rule, text: d.losers.find((l) => l.step === d.decidedBy.step)?.reason ?? d.decidedBy.step };
  return { route: d.best, decision: d, explanation };
}
