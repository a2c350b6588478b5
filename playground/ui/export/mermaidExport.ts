import type { TopologyGraph } from '../canvas/topologyGraph';

/** Mermaid ids allow letters, digits and underscores only. */
const mid = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
/** Labels are quoted; quotes and markup characters become entities so nothing is interpreted. */
const label = (text: string) => `"${text.replace(/[<>"&#]/g, (c) => `#${c.charCodeAt(0)};`)}"`;

/**
 * The topology as a Mermaid flowchart, for wikis that render Mermaid but run no scripts or
 * iframes: AWS on the left, the customer side on the right, one edge per tunnel with its state
 * (DOWN tunnels dashed).
 */
export function topologyToMermaid(graph: TopologyGraph): string {
  const lines = ['flowchart LR'];
  const aws = graph.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'vgw' || n.kind === 'tgw' || n.kind === 'dxgw');
  const customer = graph.nodes.filter((n) => n.kind === 'cgw' || n.kind === 'site');
  lines.push('  subgraph AWS');
  for (const n of aws) lines.push(`    ${mid(n.id)}[${label(`${n.label}\n${n.id}\n${n.detail}`)}]`);
  lines.push('  end');
  lines.push('  subgraph Customer["Customer side"]');
  for (const n of customer) lines.push(`    ${mid(n.id)}[${label(`${n.label}\n${n.id}\n${n.detail}${n.down ? '\nDOWN' : ''}`)}]`);
  lines.push('  end');
  const seen = new Set<string>();
  for (const n of graph.nodes) {
    for (const other of n.links) {
      const key = [n.id, other].sort().join('|');
      if (seen.has(key) || !graph.nodes.some((x) => x.id === other)) continue;
      seen.add(key);
      lines.push(`  ${mid(n.id)} --- ${mid(other)}`);
    }
  }
  for (const c of graph.connections) {
    const from = c.gatewayId ? mid(c.gatewayId) : mid(`${c.id}_unassociated`);
    c.tunnels.forEach((t, i) => {
      const text = label(`${c.id} tunnel ${i + 1} ${t.status}${t.awsEgress ? ' (AWS egress)' : ''}`);
      lines.push(t.status === 'UP' ? `  ${from} ==>|${text}| ${mid(c.customerGatewayId)}` : `  ${from} -.->|${text}| ${mid(c.customerGatewayId)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
