/**
 * Micro-benchmark: recompute after a tunnel flap on a TGW with N VPN connections that each
 * advertise the same 1,000 prefixes (the worst case: every prefix has 2N candidates and an ECMP
 * set, R190). Only the flapped attachment's prefixes are recomputed. No timing happens inside
 * the engine's tests: the caller passes its clock (e.g. `performance.now`).
 */
import { TransitGatewayRouting } from './gateway/tgwRouteTables';
import { formatAddress } from './prefix';
import { asn, type Prefix, type RouteCandidate } from './types';

export interface FlapBenchResult {
  readonly connections: number;
  readonly prefixesPerConnection: number;
  readonly setupMs: number;
  readonly tunnelDownMs: number;
  readonly tunnelUpMs: number;
  readonly recomputedPrefixes: number;
  readonly ecmpWidthAfterFlap: number;
}

function candidates(conn: number, tunnel: number, prefixes: readonly Prefix[]): RouteCandidate[] {
  const tunnelId = formatAddress(4, (52n << 24n) + BigInt(conn * 4 + tunnel + 1));
  return prefixes.map((prefix) => ({ prefix, source: 'vpn-bgp', tunnelId, vpnConnectionId: `vpn-${conn}`, target: `tgw-attach-${conn}`, asPath: [asn(65000 + conn)], med: 100, healthy: true, dynamic: true }));
}

export function benchTgwFlap(n: number, now: () => number, prefixesPerConnection = 1000): FlapBenchResult {
  const prefixes = Array.from({ length: prefixesPerConnection }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.0/24` as Prefix);
  const t0 = now();
  const tgw = new TransitGatewayRouting('tgw-bench', true, [
    { routeTableId: 'tgw-rtb-vpc', associations: ['tgw-attach-vpc'], propagations: Array.from({ length: n }, (_, c) => `tgw-attach-${c}`), staticRoutes: [] },
  ]);
  for (let c = 0; c < n; c++) tgw.setAttachmentRoutes(`tgw-attach-${c}`, [...candidates(c, 0, prefixes), ...candidates(c, 1, prefixes)]);
  const t1 = now();
  // tunnel 0 of connection 0 goes down: its BGP session drops and its routes are withdrawn
  const changed = tgw.setAttachmentRoutes('tgw-attach-0', candidates(0, 1, prefixes));
  const t2 = now();
  tgw.setAttachmentRoutes('tgw-attach-0', [...candidates(0, 0, prefixes), ...candidates(0, 1, prefixes)]);
  const t3 = now();
  const width = tgw.tables.get('tgw-rtb-vpc')?.get(prefixes[0] as Prefix)?.selected.length ?? 0;
  return {
    connections: n,
    prefixesPerConnection,
    setupMs: t1 - t0,
    tunnelDownMs: t2 - t1,
    tunnelUpMs: t3 - t2,
    recomputedPrefixes: [...changed.values()].reduce((a, p) => a + new Set(p).size, 0),
    ecmpWidthAfterFlap: width,
  };
}

/** The sizes the brief asks for; aim: tunnelDownMs under 50 at N = 50. */
export function runRoutingBench(now: () => number): FlapBenchResult[] {
  return [10, 25, 50].map((n) => benchTgwFlap(n, now));
}
