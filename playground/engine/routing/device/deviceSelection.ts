/**
 * Route selection on the customer gateway device, the usual vendor order: administrative
 * distance (static over eBGP), static priority (R280), then BGP weight and local preference
 * (both outrank MED, R196), AS_PATH length (R186), MED (R195), and the lowest neighbour address.
 * With `multipath` the device load-shares over equal routes (on-premises → AWS may use both
 * tunnels, R6). Learners fix asymmetric routing here with local preference (on-prem → AWS) and
 * with prepending on the advertisements (AWS → on-prem, R186).
 */
import { addressOrder } from '../selection/commonSteps';
import { higher, lower, selectRoute, type Decision, type SelectionStep } from '../selection/selector';
import type { Asn, Prefix } from '../types';

export interface DeviceCandidate {
  readonly prefix: Prefix;
  readonly origin: 'bgp' | 'static';
  readonly tunnelId: string;
  /** AWS inside address the route points at (R61). */
  readonly neighbor: string;
  readonly weight: number;
  readonly localPref: number;
  readonly asPath: readonly Asn[];
  readonly med: number;
  /** Static routes: lower wins among equal prefixes (Check Point priority 1 / 2, R280). */
  readonly staticPriority: number;
}

const AD = { static: 1, bgp: 20 } as const;

export function deviceSteps(multipath: boolean): readonly SelectionStep<DeviceCandidate>[] {
  return [
    { name: 'adminDistance', rule: 'R152', compare: lower((c) => AD[c.origin]), explain: (w, l) => `${w.origin} route (distance ${AD[w.origin]}) beats ${l.origin} (distance ${AD[l.origin]})` },
    { name: 'staticPriority', rule: 'R280', compare: lower((c) => (c.origin === 'static' ? c.staticPriority : 0)), explain: (w, l) => `static priority ${w.staticPriority} before ${l.staticPriority}` },
    { name: 'weight', rule: 'R196', compare: higher((c) => c.weight), explain: (w, l) => `weight ${w.weight} is higher than ${l.weight}` },
    { name: 'localPreference', rule: 'R196', compare: higher((c) => c.localPref), explain: (w, l) => `local preference ${w.localPref} is higher than ${l.localPref}` },
    { name: 'asPathLength', rule: 'R186', compare: lower((c) => c.asPath.length), explain: (w, l) => `AS_PATH length ${w.asPath.length} is shorter than ${l.asPath.length}` },
    {
      name: 'med',
      group: (c) => String(c.asPath[0]),
      rule: 'R192',
      compare: (a, b) => (a.asPath[0] !== b.asPath[0] ? 'tie' : a.med < b.med ? 'a' : a.med > b.med ? 'b' : 'tie'),
      explain: (w, l) => `MED ${w.med} is lower than ${l.med} (AWS marks its preferred tunnel with the lower MED, and moves it to the tunnel that stays up during endpoint updates, R195)`,
    },
    {
      name: multipath ? 'multipath' : 'lowestNeighbor',
      rule: multipath ? 'R6' : 'R159',
      compare: (a, b) => {
        if (multipath) return 'tie';
        const x = addressOrder(a.neighbor), y = addressOrder(b.neighbor);
        return x < y ? 'a' : x > y ? 'b' : 'tie';
      },
      explain: (w, l) => `equal routes: the lowest neighbour address ${w.neighbor} is preferred over ${l.neighbor}`,
    },
  ];
}

// The steps are pure: build each variant once rather than for every prefix of every device.
const STEPS = { single: deviceSteps(false), multipath: deviceSteps(true) };

export function selectDeviceRoute(cands: readonly DeviceCandidate[], multipath = false): Decision<DeviceCandidate> | undefined {
  const first = cands[0];
  return selectRoute(cands, multipath ? STEPS.multipath : STEPS.single, (c) => `${c.prefix}|${c.origin}|${c.tunnelId}`, first?.origin === 'static' ? 'R324' : 'R323');
}
