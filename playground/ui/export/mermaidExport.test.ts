import { describe, expect, it } from 'vitest';
import { topologyToMermaid } from './mermaidExport';
import type { TopologyGraph } from '../canvas/topologyGraph';

const t = (status: 'UP' | 'DOWN', awsEgress = false) => ({ outsideIp: '1.2.3.4', status, phase1: 'x', phase2: 'y', awsEgress });
const graph: TopologyGraph = {
  nodes: [
    { id: 'vpc-1', kind: 'vpc', label: 'VPC', detail: '10.0.0.0/16', links: ['vgw-1'] },
    { id: 'vgw-1', kind: 'vgw', label: 'VGW', detail: 'ASN 64512', links: ['vpc-1'] },
    { id: 'cgw-1', kind: 'cgw', label: '<b>router</b>', detail: '203.0.113.1', links: [] },
  ],
  connections: [{ id: 'vpn-1', gatewayId: 'vgw-1', customerGatewayId: 'cgw-1', transport: 'internet', routing: 'dynamic', tunnels: [t('DOWN'), t('UP', true)] }],
};

describe('Mermaid export', () => {
  it('draws AWS and customer subgraphs, the VPC link and both tunnels with their state', () => {
    const m = topologyToMermaid(graph);
    expect(m.startsWith('flowchart LR\n')).toBe(true);
    expect(m).toContain('subgraph AWS');
    expect(m).toContain('vpc_1 --- vgw_1');
    expect(m).toMatch(/vgw_1 -\.->\|"vpn-1 tunnel 1 DOWN"\| cgw_1/);
    expect(m).toMatch(/vgw_1 ==>\|"vpn-1 tunnel 2 UP \(AWS egress\)"\| cgw_1/);
  });

  it('never lets names inject markup', () => {
    const m = topologyToMermaid(graph);
    expect(m).not.toContain('<b>');
    expect(m).toContain('#60;b#62;router');
  });
});
