/** Text renderings of `vpnlab routes` (route tables with explanations) and `vpnlab trace`. */
import type { EngineSnapshot } from '../engine/index';
import type { PathTraceResult } from '../engine/routingRuntime/tracePath';

export function routesText(s: EngineSnapshot): string {
  const out: string[] = [];
  for (const b of s.routing.bgpSessions) {
    out.push(`bgp ${b.vpnConnectionId} ${b.tunnelOutsideIp}: ${b.state} (AWS ${b.awsAsn} ${b.awsInsideIp} <-> ${b.customerAsn} ${b.customerInsideIp}) received ${b.prefixesReceived}, advertised ${b.prefixesAdvertised}${b.med !== undefined ? `, MED ${b.med}` : ''}${b.lastError ? ` — ${b.lastError}` : ''}`);
  }
  for (const t of s.routing.routeTables) {
    out.push('', `${t.kind} ${t.id} (${t.ownerId})`);
    if (t.routes.length === 0) out.push('  (no routes)');
    for (const r of t.routes) {
      const via = r.tunnelOutsideIp && r.tunnelOutsideIp !== r.target ? ` via ${r.tunnelOutsideIp}` : '';
      out.push(`  ${r.selected ? '*' : ' '} ${r.destination.padEnd(18)} ${r.target}${via} [${r.origin}${r.state === 'blackhole' ? ', blackhole' : ''}]`);
      if (r.explanation) out.push(`      ${r.explanation.rule} ${r.explanation.decidedBy}: ${r.explanation.text}`);
      for (const l of r.losers ?? []) out.push(`      beats ${l.target} (${l.origin}): ${l.rule} ${l.reason}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function traceText(from: string, to: string, r: Extract<PathTraceResult, { ok: true }>): string {
  const out: string[] = [`${from} -> ${to}: ${r.delivered ? 'delivered' : 'NOT delivered'}${r.asymmetric ? ' (asymmetric: the reply uses another tunnel)' : ''}`];
  for (const [name, hops] of [['forward', r.forward], ['reverse', r.reverse]] as const) {
    out.push(`${name}:`);
    for (const h of hops) out.push(`  ${h.node}: ${h.route ?? ''}${h.note ? `  (${h.note})` : ''}`);
  }
  if (r.drop) out.push(`drop: ${r.drop.code} at ${r.drop.hop}: ${r.drop.reason}`);
  return `${out.join('\n')}\n`;
}
