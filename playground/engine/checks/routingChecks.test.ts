import { describe, expect, it } from 'vitest';
import { Engine } from '../index';
import type { EngineSnapshot } from '../model/snapshotTypes';
import { parseScenarioText } from '../scenario/index';
import { getPreset } from '../../scenarios/index';
import type { CheckEngine } from './checkTypes';
import { evaluateCheck } from './evaluateCheck';
import type { RoutingView } from './routingView';

const VPN = 'vpn-04d5cc9b88example';

function healthy(): Engine {
  const r = parseScenarioText(getPreset('single-vgw')?.text ?? '');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const e = Engine.fromScenario(r.scenario);
  e.advance(120_000);
  return e;
}

/** A snapshot carrying routing shaped as .helpers/ROUTING-SNAPSHOT.md defines it. */
function withRouting(e: Engine, build: (ips: [string, string]) => RoutingView, trace?: unknown): CheckEngine {
  const s = e.snapshot();
  const t = s.connections[0]?.tunnels;
  const ips: [string, string] = [t?.[0].outsideIpAddress ?? '', t?.[1].outsideIpAddress ?? ''];
  const snap = { ...s, routing: build(ips) } as EngineSnapshot;
  return { snapshot: () => snap, ...(trace === undefined ? {} : { tracePath: () => trace }) };
}

const session = (ip: string, state: string, received = 1) => ({
  vpnConnectionId: VPN, tunnelOutsideIp: ip, state, awsAsn: 64512, customerAsn: 65000,
  awsInsideIp: '169.254.44.233', customerInsideIp: '169.254.44.234', prefixesReceived: received, prefixesAdvertised: 1,
});

describe('without routing in the snapshot', () => {
  it('BGP, route and reachability checks fail and say that routing is not available', () => {
    const h = healthy();
    const { routing: _omitted, ...bare } = h.snapshot();
    const e: CheckEngine = { snapshot: () => bare as EngineSnapshot };
    for (const check of [
      { bgp: { connection: VPN, tunnel: 'both' as const, state: 'Established' as const } },
      { route: { table: 'rtb-0a1b2c3d4e5f60001', destination: '192.168.0.0/16' } },
      { reach: { from: 'app-server', to: 'branch-pc' } },
    ]) {
      const r = evaluateCheck(check, e);
      expect(r.pass).toBe(false);
      expect(r.message).toContain('routing is not available');
    }
  });
});

describe('BGP session checks', () => {
  it('R305: only Established counts; Active is reported as still connecting', () => {
    const e = withRouting(healthy(), ([a, b]) => ({ bgpSessions: [session(a, 'Established'), session(b, 'Active')], routeTables: [] }));
    expect(evaluateCheck({ bgp: { connection: VPN, tunnel: 1, state: 'Established' } }, e).pass).toBe(true);
    const r = evaluateCheck({ bgp: { connection: VPN, tunnel: 'both', state: 'Established' } }, e);
    expect(r.pass).toBe(false);
    expect(r.message).toBe(`The BGP session on tunnel 2 of ${VPN} is Active (still connecting); it must be Established`);
  });

  it('R305: a healthy session has received at least one prefix', () => {
    const e = withRouting(healthy(), ([a, b]) => ({ bgpSessions: [session(a, 'Established', 0), session(b, 'Established', 1)], routeTables: [] }));
    const r = evaluateCheck({ bgp: { connection: VPN, tunnel: 'both', state: 'Established', prefixesReceived: 1 } }, e);
    expect(r.message).toContain('has received 0 prefixes; it needs at least 1');
    expect(evaluateCheck({ bgp: { connection: VPN, tunnel: 2, state: 'Established', prefixesReceived: 1 } }, e).pass).toBe(true);
  });
});

describe('route checks', () => {
  const tables = ([a, b]: [string, string]): RoutingView => ({
    bgpSessions: [],
    routeTables: [
      { id: 'rtb-0a1b2c3d4e5f60001', kind: 'vpc', ownerId: 'vpc-0a1b2c3d4e5f60001', routes: [
        { destination: '10.0.0.0/16', target: 'local', origin: 'local', state: 'active', selected: true },
        { destination: '192.168.0.0/16', target: 'vgw-1a2b3c4d', origin: 'propagated', state: 'active', selected: true },
      ] },
      { id: 'vgw-1a2b3c4d', kind: 'vgw', ownerId: 'vgw-1a2b3c4d', routes: [
        { destination: '192.168.0.0/16', target: VPN, origin: 'bgp', state: 'active', selected: false, tunnelOutsideIp: a },
        { destination: '192.168.0.0/16', target: VPN, origin: 'bgp', state: 'active', selected: true, tunnelOutsideIp: b },
      ] },
    ],
  });

  it('R169: a propagated route to the branch is found with its origin and target', () => {
    const e = withRouting(healthy(), tables);
    expect(evaluateCheck({ route: { table: 'rtb-0a1b2c3d4e5f60001', destination: '192.168.0.0/16', origin: 'propagated', target: 'vgw-1a2b3c4d', selected: true } }, e).pass).toBe(true);
    const r = evaluateCheck({ route: { table: 'rtb-0a1b2c3d4e5f60001', destination: '192.168.0.0/16', origin: 'static' } }, e);
    expect(r.message).toBe('rtb-0a1b2c3d4e5f60001 needs a route to 192.168.0.0/16 with origin static; it has 192.168.0.0/16 → vgw-1a2b3c4d (propagated, selected)');
  });

  it('R187: on a VGW exactly one tunnel is selected, and "via tunnel 1" fails when tunnel 2 carries the traffic', () => {
    const e = withRouting(healthy(), tables);
    expect(evaluateCheck({ route: { table: 'vgw-1a2b3c4d', destination: '192.168.0.0/16', selected: true, via: { connection: VPN, tunnel: 2 } } }, e).pass).toBe(true);
    expect(evaluateCheck({ route: { table: 'vgw-1a2b3c4d', destination: '192.168.0.0/16', selected: true, via: { connection: VPN, tunnel: 1 } } }, e).pass).toBe(false);
  });

  it('R216: present: false passes only when no matching route remains', () => {
    const e = withRouting(healthy(), tables);
    expect(evaluateCheck({ route: { table: 'vgw-1a2b3c4d', destination: '10.9.0.0/16', present: false } }, e).pass).toBe(true);
    expect(evaluateCheck({ route: { table: 'vgw-1a2b3c4d', destination: '192.168.0.0/16', present: false } }, e).pass).toBe(false);
    expect(evaluateCheck({ route: { table: 'tgw-rtb-nope', destination: '192.168.0.0/16' } }, e).message).toBe('Route table tgw-rtb-nope does not exist');
  });
});

describe('reachability checks', () => {
  const empty = (): RoutingView => ({ bgpSessions: [], routeTables: [] });

  it('R164: a dropped trace fails with the drop code and reason', () => {
    const trace = { ok: true, forward: [], reverse: [], asymmetric: false, delivered: false, drop: { code: 'NO_ROUTE_TO_DESTINATION', reason: 'no route in rtb-0a1b2c3d4e5f60001', hop: 'app-server' } };
    const r = evaluateCheck({ reach: { from: 'app-server', to: 'branch-pc' } }, withRouting(healthy(), empty, trace));
    expect(r.pass).toBe(false);
    expect(r.message).toBe('app-server cannot reach branch-pc (dropped: NO_ROUTE_TO_DESTINATION no route in rtb-0a1b2c3d4e5f60001); it must');
  });

  it('R186: a delivered but asymmetric path fails a symmetric: true check', () => {
    const trace = { ok: true, forward: [], reverse: [], asymmetric: true, delivered: true };
    const e = withRouting(healthy(), empty, trace);
    expect(evaluateCheck({ reach: { from: 'branch-pc', to: 'app-server' } }, e).pass).toBe(true);
    expect(evaluateCheck({ reach: { from: 'branch-pc', to: 'app-server', symmetric: true } }, e).message).toContain('is asymmetric');
  });

  it('a refused trace (unknown host) fails with the engine error', () => {
    const trace = { ok: false, errors: [{ code: 'InvalidParameterValue', path: 'from', message: 'unknown host nobody' }] };
    expect(evaluateCheck({ reach: { from: 'nobody', to: 'app-server' } }, withRouting(healthy(), empty, trace)).message).toContain('unknown host nobody');
  });
});
