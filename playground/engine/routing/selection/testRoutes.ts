/** Small builders for selection tests and benches (not used by product code paths). */
import { prefix } from '../prefix';
import { asn, type RouteCandidate } from '../types';

export function route(p: string, over: Partial<Omit<RouteCandidate, 'prefix' | 'asPath'>> & { asPath?: number[] } = {}): RouteCandidate {
  const { asPath, ...rest } = over;
  return {
    prefix: prefix(p),
    source: 'vpn-bgp',
    target: rest.vpnConnectionId ?? 'vpn-1',
    asPath: (asPath ?? [65000]).map(asn),
    med: 0,
    healthy: true,
    dynamic: (rest.source ?? 'vpn-bgp') === 'vpn-bgp',
    ...rest,
  };
}
