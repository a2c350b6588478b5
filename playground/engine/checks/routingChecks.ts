/** BGP sessions, route table entries and reachability, over the routing snapshot contract. */
import type { EngineSnapshot } from '../model/snapshotTypes';
import { missing, ok, type BgpCheck, type CheckEngine, type CheckResult, type ReachCheck, type RouteCheck } from './checkTypes';
import { findConnection, notFound, tunnelLabel, tunnelsOf } from './connectionRef';
import { readRouting, readTrace, ROUTING_UNAVAILABLE, type RouteView } from './routingView';

/** R305 Lab decision: only Established counts as healthy; Active is "still connecting". */
export function checkBgp(s: EngineSnapshot, c: BgpCheck): CheckResult {
  const routing = readRouting(s);
  if (!routing) return missing(`BGP: ${ROUTING_UNAVAILABLE}`);
  const conn = findConnection(s, c.connection);
  if (!conn) return missing(`${notFound(c.connection)}, so it has no BGP sessions`);
  const fails: string[] = [];
  for (const { n, tunnel } of tunnelsOf(conn, c.tunnel)) {
    const label = `The BGP session on ${tunnelLabel(n, conn).toLowerCase()}`;
    const session = routing.bgpSessions.find((b) => b.vpnConnectionId === conn.id && b.tunnelOutsideIp === tunnel.outsideIpAddress);
    if (!session) fails.push(`${label} does not exist (is the connection dynamic and BGP configured on the device?)`);
    else if (session.state !== c.state) fails.push(`${label} is ${session.state}${session.state === 'Active' ? ' (still connecting)' : ''}; it must be ${c.state}`);
    else if (c.prefixesReceived !== undefined && session.prefixesReceived < c.prefixesReceived)
      fails.push(`${label} has received ${session.prefixesReceived} prefixes; it needs at least ${c.prefixesReceived}`);
    else if (c.prefixesAdvertised !== undefined && session.prefixesAdvertised < c.prefixesAdvertised)
      fails.push(`${label} has advertised ${session.prefixesAdvertised} prefixes; it needs at least ${c.prefixesAdvertised}`);
  }
  return fails.length > 0 ? missing(fails.join('; ')) : ok(`BGP on ${c.tunnel === 'both' ? 'both tunnels' : `tunnel ${c.tunnel}`} of ${conn.id} is ${c.state}`);
}

function describeRoute(r: RouteView): string {
  return `${r.destination} → ${r.target} (${r.origin}${r.selected ? ', selected' : ''}${r.state === 'blackhole' ? ', blackhole' : ''})`;
}

export function checkRoute(s: EngineSnapshot, c: RouteCheck): CheckResult {
  const routing = readRouting(s);
  if (!routing) return missing(`Route ${c.destination} in ${c.table}: ${ROUTING_UNAVAILABLE}`);
  const table = routing.routeTables.find((t) => t.id === c.table);
  if (!table) return missing(`Route table ${c.table} does not exist`);
  let viaIps: readonly string[] | undefined;
  if (c.via) {
    const conn = findConnection(s, c.via.connection);
    if (!conn) return missing(`${notFound(c.via.connection)}, so no route can use it`);
    viaIps = tunnelsOf(conn, c.via.tunnel ?? 'both').map((x) => x.tunnel.outsideIpAddress);
    // Without a tunnel number, a route whose target is the connection itself also counts.
    if (c.via.tunnel === undefined) viaIps = [...viaIps, conn.id];
  }
  const wanted = (r: RouteView): boolean =>
    r.destination === c.destination &&
    (c.origin === undefined || r.origin === c.origin) &&
    (c.target === undefined || r.target === c.target) &&
    (c.state === undefined || r.state === c.state) &&
    (viaIps === undefined || (r.tunnelOutsideIp !== undefined ? viaIps.includes(r.tunnelOutsideIp) : viaIps.includes(r.target))) &&
    (c.selected !== true || r.selected);
  const match = table.routes.find(wanted);
  const what = `a ${c.selected ? 'selected ' : ''}route to ${c.destination}${c.origin ? ` with origin ${c.origin}` : ''}${c.target ? ` and target ${c.target}` : ''}${c.via ? ' through that connection' : ''}`;
  if ((c.present ?? true) === false) {
    return match ? missing(`${c.table} still has ${describeRoute(match)}; it must not`) : ok(`${c.table} has no ${what.slice(2)}`);
  }
  if (match) return ok(`${c.table} has ${describeRoute(match)}`);
  const same = table.routes.filter((r) => r.destination === c.destination);
  const have = same.length > 0 ? `it has ${same.map(describeRoute).join('; ')}` : `it has no route to ${c.destination}`;
  return missing(`${c.table} needs ${what}; ${have}`);
}

export function checkReach(engine: CheckEngine, s: EngineSnapshot, c: ReachCheck): CheckResult {
  if (!readRouting(s) || typeof engine.tracePath !== 'function') return missing(`Reachability ${c.from} → ${c.to}: ${ROUTING_UNAVAILABLE}`);
  const t = readTrace(engine.tracePath(c.from, c.to));
  if (!t) return missing(`The path trace from ${c.from} to ${c.to} gave no result`);
  if (!t.ok) return missing(`The path trace from ${c.from} to ${c.to} was refused: ${(t.errors ?? []).map((e) => e.message).join('; ')}`);
  const want = c.delivered ?? true;
  const drop = t.drop ? ` (dropped: ${t.drop.code ?? ''} ${t.drop.reason ?? ''})`.replace(/\s+\)/, ')') : '';
  if (Boolean(t.delivered) !== want) return missing(want ? `${c.from} cannot reach ${c.to}${drop}; it must` : `${c.from} still reaches ${c.to}; it must not`);
  if (c.dropCode !== undefined && t.drop?.code !== c.dropCode) return missing(`Traffic from ${c.from} to ${c.to} is not dropped with ${c.dropCode}${drop}`);
  if (c.symmetric !== undefined && !t.asymmetric !== c.symmetric)
    return missing(c.symmetric ? `Traffic between ${c.from} and ${c.to} is asymmetric (the reply takes another tunnel); it must be symmetric` : `Traffic between ${c.from} and ${c.to} is symmetric; it must not be`);
  return ok(want ? `${c.from} reaches ${c.to}${c.symmetric ? ' on a symmetric path' : ''}` : `${c.from} does not reach ${c.to}${drop}`);
}
