/**
 * VGW path selection, in the order of the guide's "Route tables and VPN route priority":
 * endpoint health (R177), longest prefix (R178), Direct Connect BGP, then VPN static, then VPN
 * BGP (R179–R181), shortest AS_PATH (R182), MED within the same first AS (R183), and finally one
 * tunnel by lowest outside IP (R184) — so exactly one tunnel across all of the VGW's
 * connections carries each prefix (R187); a VGW never does ECMP (R189).
 */
import type { RouteCandidate, RouteSource, RuleId } from '../types';
import { asPathStep, candidateKey, endpointHealthStep, longestPrefixStep, lowestOutsideIpStep, medStep } from './commonSteps';
import { lower, selectRoute, type Decision, type SelectionPolicy, type SelectionStep } from './selector';

const VGW_ORIGIN_RANK: Record<RouteSource, number> = { vpc: 0, 'dx-bgp': 1, 'vpn-static': 2, 'tgw-static': 2, 'vpn-bgp': 3, blackhole: 4 };
const ORIGIN_LABEL: Record<RouteSource, string> = {
  vpc: 'the attached VPC CIDR',
  'dx-bgp': 'a Direct Connect BGP route',
  'vpn-static': 'a VPN static route',
  'tgw-static': 'a static route',
  'vpn-bgp': 'a VPN BGP route',
  blackhole: 'a blackhole route',
};

export const vgwOriginStep: SelectionStep<RouteCandidate> = {
  name: 'routeOrigin',
  rule: 'R179',
  compare: lower((c) => VGW_ORIGIN_RANK[c.source]),
  explain: (w, l) => `${ORIGIN_LABEL[w.source]} is preferred over ${ORIGIN_LABEL[l.source]} (Direct Connect BGP, then VPN static, then VPN BGP: R179–R181)`,
};

export const vgwSteps: readonly SelectionStep<RouteCandidate>[] = [
  endpointHealthStep,
  longestPrefixStep,
  vgwOriginStep,
  asPathStep,
  medStep,
  lowestOutsideIpStep,
];

/** The rule that explains a route's mere presence when it had no competitor. */
export function originRule(c: RouteCandidate, gateway: 'vgw' | 'tgw'): RuleId {
  switch (c.source) {
    case 'vpc': return gateway === 'vgw' ? 'R153' : 'R175';
    case 'dx-bgp': return gateway === 'vgw' ? 'R179' : 'R175';
    case 'vpn-static': return 'R155';
    case 'tgw-static': return 'R156';
    case 'blackhole': return 'R156';
    case 'vpn-bgp': return 'R150';
  }
}

export const vgwPolicy: SelectionPolicy<RouteCandidate> = { steps: vgwSteps, key: candidateKey, onlyRule: (best) => originRule(best, 'vgw') };

export function selectVgwRoute(candidates: readonly RouteCandidate[]): Decision<RouteCandidate> | undefined {
  return selectRoute(candidates, vgwPolicy.steps, vgwPolicy.key, vgwPolicy.onlyRule);
}
