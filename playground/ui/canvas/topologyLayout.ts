import { linkHorizontal } from 'd3-shape';
import { scalePoint } from 'd3-scale';
import { compareText } from '../../engine/core/compareText';
import type { GraphConnection, GraphNode, TopologyGraph } from './topologyGraph';

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
}

export interface PlacedTunnel {
  connectionId: string;
  index: 0 | 1;
  path: string;
  labelX: number;
  labelY: number;
}

export interface TopologyLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: { id: string; path: string }[];
  tunnels: PlacedTunnel[];
  transports: { kind: GraphConnection['transport']; x: number; y: number }[];
}

/** Columns, left to right: AWS VPCs, AWS gateways, the transport, customer gateways, sites. */
const COLUMN_X = { vpc: 90, vgw: 270, tgw: 270, dxgw: 420, cgw: 700, site: 880 } as const;
const WIDTH = 980;
const ROW = 110;

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

/** The point at `u` (0..1) on d3's horizontal link: a cubic Bézier with both handles at mid-x. */
function alongLink(s: [number, number], t: [number, number], u: number): [number, number] {
  const mx = (s[0] + t[0]) / 2;
  const a = (1 - u) ** 3, b = 3 * (1 - u) ** 2 * u, c = 3 * (1 - u) * u ** 2, d = u ** 3;
  return [a * s[0] + b * mx + c * mx + d * t[0], a * s[1] + b * s[1] + c * t[1] + d * t[1]];
}

/**
 * Places every node in its column, ordered by rank then id so the layout never jumps when only
 * state changes and created resources go below the scenario's; d3 computes positions and paths, the component renders them.
 */
export function layoutTopology(graph: TopologyGraph): TopologyLayout {
  const byColumn = new Map<number, GraphNode[]>();
  for (const n of [...graph.nodes].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || compareText(a.id, b.id))) {
    const x = COLUMN_X[n.kind];
    byColumn.set(x, [...(byColumn.get(x) ?? []), n]);
  }
  // Sites follow the customer gateway they sit behind, so their links do not cross.
  const cgwOrder = new Map((byColumn.get(COLUMN_X.cgw) ?? []).map((n, i) => [n.id, i]));
  const siteColumn = byColumn.get(COLUMN_X.site);
  if (siteColumn) {
    const behind = (n: GraphNode) => Math.min(...n.links.map((l) => cgwOrder.get(l) ?? Infinity));
    byColumn.set(COLUMN_X.site, [...siteColumn].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || behind(a) - behind(b) || compareText(a.id, b.id)));
  }
  const rows = Math.max(2, ...[...byColumn.values()].map((c) => c.length), graph.connections.length);
  const height = rows * ROW + 60;
  const nodes: PlacedNode[] = [];
  for (const [x, column] of byColumn) {
    const y = scalePoint<string>()
      .domain(column.map((n) => n.id))
      .range([60, height - 60])
      .padding(0.3); // ~100 px between stacked nodes: icon, label and detail line clear the next node
    for (const n of column) nodes.push({ ...n, x, y: y(n.id) ?? height / 2 });
  }
  const at = new Map(nodes.map((n) => [n.id, n]));

  const links: TopologyLayout['links'] = [];
  for (const n of nodes) {
    for (const other of n.links) {
      const o = at.get(other);
      if (!o || o.x < n.x || (o.x === n.x && o.id < n.id)) continue;
      links.push({ id: `${n.id}~${o.id}`, path: link({ source: [n.x, n.y], target: [o.x, o.y] }) ?? '' });
    }
  }

  const tunnels: PlacedTunnel[] = [];
  const transports: TopologyLayout['transports'] = [];
  for (const c of [...graph.connections].sort((a, b) => compareText(a.id, b.id))) {
    const gw = c.gatewayId ? at.get(c.gatewayId) : undefined;
    const cgw = at.get(c.customerGatewayId);
    if (!cgw) continue;
    const from: [number, number] = gw ? [gw.x + 34, gw.y] : [COLUMN_X.vgw + 34, cgw.y];
    for (const index of [0, 1] as const) {
      const offset = index === 0 ? -9 : 9;
      const source: [number, number] = [from[0], from[1] + offset];
      const target: [number, number] = [cgw.x - 40, cgw.y + offset];
      // Labels sit three quarters of the way along the curve, towards the customer gateway:
      // there the connections have fanned out, so labels of neighbouring tunnels do not collide.
      const [lx, ly] = alongLink(source, target, 0.75);
      tunnels.push({
        connectionId: c.id,
        index,
        path: link({ source, target }) ?? '',
        labelX: lx,
        labelY: ly + (index === 0 ? -6 : 14),
      });
    }
    transports.push({ kind: c.transport, x: (from[0] + cgw.x - 40) / 2, y: (from[1] + cgw.y) / 2 });
  }
  return { width: WIDTH, height, nodes, links, tunnels, transports };
}
