import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { vgwScenario } from './model/scenarioFixtures';

describe('Engine', () => {
  it('R4: every connection has two tunnels with distinct outside IPs, UP once the device initiates', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(5000);
    const c = e.snapshot().connections[0]!;
    expect(c.tunnels).toHaveLength(2);
    expect(c.tunnels[0].outsideIpAddress).not.toBe(c.tunnels[1].outsideIpAddress);
    expect(c.tunnels.map((t) => t.status)).toEqual(['UP', 'UP']);
  });

  it('determinism: same scenario and seed give byte-identical snapshots and events', () => {
    const run = () => {
      const e = Engine.fromScenario(vgwScenario({}, 2));
      e.advance(60_000);
      e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 1 });
      e.advance(7_200_000);
      return JSON.stringify({ s: e.snapshot(), ev: e.events() });
    };
    expect(run()).toBe(run());
  });

  it('a different seed gives different generated values', () => {
    const a = Engine.fromScenario(vgwScenario(), { seed: 1 }).snapshot();
    const b = Engine.fromScenario(vgwScenario(), { seed: 2 }).snapshot();
    expect(a.connections[0]!.tunnels[0].outsideIpAddress).not.toBe(b.connections[0]!.tunnels[0].outsideIpAddress);
  });

  it('snapshots are frozen and JSON round-trip', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(1000);
    const s = e.snapshot();
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.connections[0]!.tunnels[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('dispatch never throws on garbage and names the field', () => {
    const e = Engine.fromScenario(vgwScenario());
    for (const bad of [null, 42, 'x', [], {}, { type: 'Nope' }, { type: 'FailTunnelPath' }, { type: 'FailTunnelPath', VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 3 }]) {
      const r = e.dispatch(bad as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.path).toBeTruthy();
    }
  });

  it('R21: a created connection is pending, then available, then negotiates', () => {
    const e = Engine.fromScenario(vgwScenario({}, 0));
    const r = e.dispatch({ type: 'CreateVpnConnection', CustomerGatewayId: 'cgw-0123456789abcdef0', VpnGatewayId: 'vgw-0123456789abcdef0' } as never);
    expect(r.ok).toBe(true);
    const id = (r as { result: { VpnConnectionId: string } }).result.VpnConnectionId;
    expect(id).toMatch(/^vpn-[0-9a-f]{17}$/);
    expect(e.snapshot().connections[0]!.state).toBe('pending');
    e.advance(300_000 + 5000);
    expect(e.snapshot().connections[0]!.state).toBe('available');
    expect(e.snapshot().connections[0]!.tunnels[0].status).toBe('UP');
  });

  it('R113 via the engine: failing a tunnel path takes a static tunnel DOWN at the DPD timeout, the other stays UP', () => {
    const e = Engine.fromScenario(vgwScenario({ VpnConnections: [{ VpnConnectionId: 'vpn-00000000000000001', CustomerGatewayId: 'cgw-0123456789abcdef0', VpnGatewayId: 'vgw-0123456789abcdef0', Options: { StaticRoutesOnly: true } }] }));
    e.advance(5000);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 1 });
    e.advance(40_000);
    const [t1, t2] = e.snapshot().connections[0]!.tunnels;
    expect(t1.status).toBe('DOWN');
    expect(t1.lastStatusChange).toBe(45_000);
    expect(t2.status).toBe('UP');
  });

  it('R171, R408, R160: on a BGP connection the failed tunnel reads DOWN when the 30 s hold timer expires', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(5000);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 1 });
    e.advance(40_000);
    const [t1, t2] = e.snapshot().connections[0]!.tunnels;
    expect(t1.status).toBe('DOWN');
    expect(t1.lastStatusChange).toBe(35_000);
    expect(t2.status).toBe('UP');
  });

  it('R78: device lifetimes that differ from AWS are flagged but do not break the tunnel', () => {
    const e = Engine.fromScenario(vgwScenario({ CustomerGatewayDevices: [{ CustomerGatewayId: 'cgw-0123456789abcdef0', Tunnels: [
      { VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 1, Phase2LifetimeSeconds: 1800 },
      { VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 2 },
    ] }] }));
    e.advance(7_200_000);
    const [t1, t2] = e.snapshot().connections[0]!.tunnels;
    expect([t1.lifetimeMismatch, t2.lifetimeMismatch]).toEqual([true, false]);
    expect([t1.status, t2.status]).toEqual(['UP', 'UP']);
  });

  it('R7: a device configured with only one tunnel leaves the other DOWN', () => {
    const e = Engine.fromScenario(vgwScenario({ CustomerGatewayDevices: [{ CustomerGatewayId: 'cgw-0123456789abcdef0', Tunnels: [{ VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 1 }] }] }));
    e.advance(60_000);
    expect(e.snapshot().connections[0]!.tunnels.map((t) => t.status)).toEqual(['UP', 'DOWN']);
  });

  it('subscribe receives a snapshot after each time step and stops after unsubscribe', () => {
    const e = Engine.fromScenario(vgwScenario());
    const seen: number[] = [];
    const off = e.subscribe((s) => seen.push(s.t));
    e.advance(1000);
    e.advance(1000);
    off();
    e.advance(1000);
    expect(seen).toEqual([1000, 2000]);
  });

  it('time granularity does not matter: 1 s steps and one jump give the same state, logs and metrics', () => {
    const scenario = vgwScenario({ Events: [{ At: '10m', Action: { Type: 'FailTunnelPath', VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 1 } }] });
    const a = Engine.fromScenario(scenario);
    for (let i = 0; i < 3600; i++) a.advance(1000);
    const b = Engine.fromScenario(scenario);
    b.runUntil(3_600_000);
    const pick = (e: Engine) => {
      const s = e.snapshot();
      return JSON.stringify({ c: s.connections, m: s.telemetry.metrics, l: s.telemetry.logRecords, ev: e.events().filter((x) => x.type !== 'actionApplied') });
    };
    expect(pick(a)).toBe(pick(b));
  });
});

