import { describe, expect, it } from 'vitest';
import { buildSandbox, scenarioOf, type EngineAction, type EngineSnapshot } from './engineBinding';
import { siteNodeId, topologyOf } from './snapshotViews';
import { layoutTopology } from '../canvas/topologyLayout';
import { getPreset } from '../../scenarios/index';

const text = getPreset('single-vgw')!.text;
const scenario = scenarioOf(text)!;

function run(actions: EngineAction[]) {
  const b = buildSandbox(text, 1);
  if (!b.ok) throw new Error('preset did not build');
  const e = b.engine;
  e.advance(90_000);
  const results = actions.map((a) => e.dispatch(a) as { ok: boolean; result?: unknown });
  e.advance(600_000);
  return { snap: e.snapshot() as EngineSnapshot, results };
}

describe('topologyOf draws resources the engine created', () => {
  it('a created customer gateway, site and VPN connection appear on the canvas, ranked after the scenario', () => {
    const b = buildSandbox(text, 1);
    if (!b.ok) throw new Error('preset did not build');
    const e = b.engine;
    e.advance(90_000);
    const created = e.dispatch({ type: 'CreateCustomerGateway', IpAddress: '198.51.100.20', DeviceName: 'lab-router' }) as { result?: { CustomerGateway: { CustomerGatewayId: string } } };
    const cgw = created.result!.CustomerGateway.CustomerGatewayId;
    e.dispatch({ type: 'CreateSite', Name: 'lab', CustomerGatewayId: cgw, CidrBlocks: ['172.16.0.0/24'] });
    const vpn = (e.dispatch({ type: 'CreateVpnConnection', CustomerGatewayId: cgw, VpnGatewayId: 'vgw-1a2b3c4d', Options: { StaticRoutesOnly: true } } as EngineAction) as { result?: { VpnConnectionId: string } }).result!.VpnConnectionId;
    const snap = e.snapshot() as EngineSnapshot;
    expect(snap.resources.customerGateways).toHaveLength(2);
    const g = topologyOf(scenario, snap);
    expect(g.nodes.find((n) => n.id === cgw)).toMatchObject({ kind: 'cgw', label: 'lab-router', rank: 1, links: [siteNodeId('lab')] });
    expect(g.nodes.find((n) => n.id === siteNodeId('lab'))).toMatchObject({ kind: 'site', rank: 1 });
    expect(g.nodes.find((n) => n.id === 'cgw-0e11f167e1f1a8d2c')?.rank).toBeUndefined();
    expect(g.connections.map((c) => c.id)).toContain(vpn);
    // The scenario's customer gateway stays first in its column; the new one goes below it.
    const l = layoutTopology(g);
    const y = (id: string) => l.nodes.find((n) => n.id === id)!.y;
    expect(y('cgw-0e11f167e1f1a8d2c')).toBeLessThan(y(cgw));
  });

  it('R8/R10: a detached VGW loses its link to the VPC; a created VGW is drawn detached', () => {
    const { snap } = run([{ type: 'DetachVpnGateway', VpnGatewayId: 'vgw-1a2b3c4d', VpcId: 'vpc-0a1b2c3d4e5f60001' }, { type: 'CreateVpnGateway' }]);
    const g = topologyOf(scenario, snap);
    const vgws = g.nodes.filter((n) => n.kind === 'vgw');
    expect(vgws).toHaveLength(2);
    expect(vgws.every((n) => n.links.length === 0 && n.detail.endsWith('detached'))).toBe(true);
    expect(g.nodes.find((n) => n.kind === 'vpc')?.links).toEqual([]);
  });

  it('deleted resources disappear: a deleted site is no longer drawn', () => {
    const { snap } = run([{ type: 'DeleteSite', Name: 'branch' }]);
    expect(topologyOf(scenario, snap).nodes.some((n) => n.kind === 'site')).toBe(false);
  });
});
