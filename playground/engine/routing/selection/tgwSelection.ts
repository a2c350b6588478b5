/**
 * TGW path selection. Health (R177) and longest prefix (R178) come first as on a VGW. The guide
 * gives no TGW order for identical prefixes; Lab decision (from the Transit Gateways guide,
 * flagged for RULES.md): static routes (including blackhole) beat propagated ones (as R154 does
 * on a VGW), then propagated VPC, Direct Connect, VPN routes (sources of R175), then AS_PATH
 * (R182) and MED (R183). Equal dynamic VPN routes form an ECMP set when VpnEcmpSupport is
 * `enable` (R190, R191); static VPNs, or ECMP disabled, use one tunnel (R184 tie-break).
 */
import type { RouteCandidate, RouteSource } from '../types';
import { addressOrder, asPathStep, candidateKey, endpointHealthStep, longestPrefixStep, medStep } from './commonSteps';
import { lower, selectRoute, type Decision, type SelectionPolicy, type SelectionStep } from './selector';
import { originRule } from './vgwSelection';

const isStatic = (s: RouteSource): boolean => s === 'tgw-static' || s === 'blackhole' || s === 'vpn-static';

export const tgwStaticStep: SelectionStep<RouteCandidate> = {
  name: 'staticOverPropagated',
  rule: 'R154',
  compare: lower((c) => (isStatic(c.source) ? 0 : 1)),
  explain: (w, l) => `static route to ${w.target} is preferred over the route propagated from ${l.target}`,
};

const PROPAGATED_RANK: Record<RouteSource, number> = { vpc: 0, 'dx-bgp': 1, 'vpn-bgp': 2, 'vpn-static': 2, 'tgw-static': 0, blackhole: 0 };
export const tgwPropagatedOriginStep: SelectionStep<RouteCandidate> = {
  name: 'propagatedOrigin',
  rule: 'R175',
  compare: lower((c) => PROPAGATED_RANK[c.source]),
  explain: (w, l) => `a ${w.source} route is preferred over a ${l.source} route (VPC, then Direct Connect, then VPN)`,
};

export function ecmpStep(vpnEcmpSupport: boolean): SelectionStep<RouteCandidate> {
  return {
    name: vpnEcmpSupport ? 'ecmp' : 'ecmpDisabled',
    rule: vpnEcmpSupport ? 'R190' : 'R191',
    compare: (a, b) => {
      if (vpnEcmpSupport && a.dynamic && b.dynamic && a.source === 'vpn-bgp' && b.source === 'vpn-bgp') return 'tie';
      const x = addressOrder(a.tunnelId), y = addressOrder(b.tunnelId);
      if (x !== y) return x < y ? 'a' : 'b';
      return a.target < b.target ? 'a' : a.target > b.target ? 'b' : 'tie';
    },
    explain: (w, l) =>
      !vpnEcmpSupport
        ? `VpnEcmpSupport is disable: one tunnel is used, ${w.tunnelId ?? w.target} (lowest outside IP) before ${l.tunnelId ?? l.target}`
        : `no ECMP for static VPN routes: ${w.tunnelId ?? w.target} (lowest outside IP) before ${l.tunnelId ?? l.target}`,
  };
}

export function tgwSteps(vpnEcmpSupport: boolean): readonly SelectionStep<RouteCandidate>[] {
  return [endpointHealthStep, longestPrefixStep, tgwStaticStep, tgwPropagatedOriginStep, asPathStep, medStep, ecmpStep(vpnEcmpSupport)];
}

const policies = [false, true].map((ecmp): SelectionPolicy<RouteCandidate> => ({ steps: tgwSteps(ecmp), key: candidateKey, onlyRule: (best) => originRule(best, 'tgw') }));

/** The TGW selector as data, for tables that update decisions incrementally. */
export const tgwPolicy = (vpnEcmpSupport: boolean): SelectionPolicy<RouteCandidate> => policies[vpnEcmpSupport ? 1 : 0] as SelectionPolicy<RouteCandidate>;

export function selectTgwRoute(candidates: readonly RouteCandidate[], vpnEcmpSupport: boolean): Decision<RouteCandidate> | undefined {
  const p = tgwPolicy(vpnEcmpSupport);
  return selectRoute(candidates, p.steps, p.key, p.onlyRule);
}
