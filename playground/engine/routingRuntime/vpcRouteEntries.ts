/**
 * VPC route table rows for the snapshot. Each destination's entry is selected unless a route for
 * the same destination beats it: a static route beats a propagated one (R167), and the local
 * route beats any overlapping propagated route (R166). Explanations name the rule.
 */
import { overlaps, type VpcRoute } from '../routing/index';
import type { VpcRouteTableResult } from '../routing/vpc/vpcRouteTable';
import type { RouteEntrySnapshot } from './routingSnapshot';

const propagated = (r: VpcRoute): boolean => r.origin === 'EnableVgwRoutePropagation';

export function vpcRouteEntries(t: VpcRouteTableResult): RouteEntrySnapshot[] {
  const locals = t.routes.filter((r) => r.target === 'local');
  return t.routes.map((r) => {
    const origin = r.target === 'local' ? 'local' : propagated(r) ? 'propagated' : 'static';
    const base = { destination: r.destination, target: r.target, origin, state: 'active' } as const;
    if (propagated(r)) {
      const local = locals.find((l) => overlaps(l.destination, r.destination));
      if (local) return { ...base, selected: false };
      const stat = t.routes.find((x) => x !== r && !propagated(x) && x.destination === r.destination);
      if (stat) return { ...base, selected: false };
      return { ...base, selected: true, explanation: { decidedBy: 'onlyCandidate', rule: 'R169', text: `${r.destination} propagated from ${r.target} while the VPN connection is UP` } };
    }
    const beaten = t.routes.filter((x) => propagated(x) && (x.destination === r.destination || (r.target === 'local' && overlaps(r.destination, x.destination))));
    const explanation = r.target === 'local'
      ? { decidedBy: beaten.length ? 'localRoute' : 'onlyCandidate', rule: beaten.length ? 'R166' : 'R165', text: beaten.length ? `local route ${r.destination} beats the overlapping propagated route` : `${r.destination} is the VPC's local route` }
      : { decidedBy: beaten.length ? 'staticOverPropagated' : 'onlyCandidate', rule: beaten.length ? 'R167' : 'R164', text: beaten.length ? `static route to ${r.target} beats the route propagated from ${beaten[0]?.target ?? ''}` : `${r.destination} → ${r.target} (static route)` };
    const losers = beaten.map((x) => ({ target: x.target, origin: 'propagated', reason: explanation.text, rule: explanation.rule }));
    return { ...base, selected: true, explanation, ...(losers.length ? { losers } : {}) };
  });
}
