import { describe, expect, it } from 'vitest';
import { layoutTopology } from './topologyLayout';
import type { TopologyGraph } from './topologyGraph';

const tunnel = (ip: string, status: 'UP' | 'DOWN') => ({ outsideIp: ip, status, phase1: 'Established', phase2: 'Established', awsEgress: false });

const graph: TopologyGraph = {
  nodes: [
    { id: 'vpc-1', kind: 'vpc', label: 'VPC', detail: '10.0.0.0/16', links: ['vgw-1'] },
    { id: 'vgw-1', kind: 'vgw', label: 'VGW', detail: 'ASN 64512', links: ['vpc-1'] },
    { id: 'cgw-1', kind: 'cgw', label: 'CGW', detail: '198.51.100.1', links: ['site-1'] },
    { id: 'site-1', kind: 'site', label: 'HQ', detail: '172.16.0.0/16', links: ['cgw-1'] },
  ],
  connections: [
    { id: 'vpn-1', gatewayId: 'vgw-1', customerGatewayId: 'cgw-1', transport: 'internet', routing: 'dynamic', tunnels: [tunnel('a', 'UP'), tunnel('b', 'UP')] },
  ],
};

describe('topology layout', () => {
  it('puts the AWS side left of the customer side, with two tunnels per connection', () => {
    const l = layoutTopology(graph);
    const x = (id: string) => l.nodes.find((n) => n.id === id)!.x;
    expect(x('vpc-1')).toBeLessThan(x('vgw-1'));
    expect(x('vgw-1')).toBeLessThan(x('cgw-1'));
    expect(x('cgw-1')).toBeLessThan(x('site-1'));
    expect(l.tunnels.filter((t) => t.connectionId === 'vpn-1')).toHaveLength(2);
    expect(l.links).toHaveLength(2);
  });

  it('does not move anything when only tunnel state changes', () => {
    const before = layoutTopology(graph);
    const c = graph.connections[0]!;
    const after = layoutTopology({ ...graph, connections: [{ ...c, tunnels: [tunnel('a', 'DOWN'), tunnel('b', 'UP')] }] });
    expect(after.nodes).toEqual(before.nodes);
    expect(after.tunnels).toEqual(before.tunnels);
  });

  it('keeps each site level with its customer gateway, and tunnel labels of neighbouring connections apart', () => {
    const cgw = (id: string, site: string) => ({ id, kind: 'cgw' as const, label: id, detail: '', links: [site] });
    const site = (id: string, cgwId: string) => ({ id, kind: 'site' as const, label: id, detail: '', links: [cgwId] });
    const conn = (id: string, cgwId: string) => ({ id, gatewayId: 'vgw-1', customerGatewayId: cgwId, transport: 'internet' as const, routing: 'dynamic' as const, tunnels: [tunnel(`${id}a`, 'UP'), tunnel(`${id}b`, 'UP')] as const });
    // Site ids sort the other way round from their gateways' ids: the layout must not follow the ids.
    const l = layoutTopology({
      nodes: [graph.nodes[0]!, graph.nodes[1]!, cgw('cgw-a', 'site:z'), cgw('cgw-b', 'site:y'), cgw('cgw-c', 'site:x'), site('site:z', 'cgw-a'), site('site:y', 'cgw-b'), site('site:x', 'cgw-c')],
      connections: [conn('vpn-a', 'cgw-a'), conn('vpn-b', 'cgw-b'), conn('vpn-c', 'cgw-c')],
    });
    const y = (id: string) => l.nodes.find((n) => n.id === id)!.y;
    expect([y('site:z'), y('site:y'), y('site:x')]).toEqual([y('cgw-a'), y('cgw-b'), y('cgw-c')]);
    const labels = l.tunnels.map((t) => [t.labelX, t.labelY] as const);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        // a label is about 40 px wide and 10 px tall: keep a clear line between two of them
        expect(Math.abs(a[0] - b[0]) > 40 || Math.abs(a[1] - b[1]) > 16).toBe(true);
      }
    }
  });
});
