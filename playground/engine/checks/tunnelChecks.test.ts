import { describe, expect, it } from 'vitest';
import { Engine } from '../index';
import { parseScenarioText } from '../scenario/index';
import { getPreset } from '../../scenarios/index';
import { evaluateCheck } from './evaluateCheck';

function preset(name: string, ms = 120_000): Engine {
  const r = parseScenarioText(getPreset(name)?.text ?? '');
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  const e = Engine.fromScenario(r.scenario);
  e.advance(ms);
  return e;
}

describe('tunnel checks', () => {
  it('R4: both tunnels of a healthy connection are UP with both SAs Established', () => {
    const r = evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 'both', status: 'UP', phase1: 'Established', phase2: 'Established' } }, preset('single-vgw'));
    expect(r.pass).toBe(true);
  });

  it('R392: a PSK mismatch leaves tunnel 1 DOWN and the message names the tunnel, its phases and what it must be', () => {
    const e = preset('psk-mismatch');
    const r = evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 1, status: 'UP' } }, e);
    expect(r.pass).toBe(false);
    expect(r.message).toMatch(/^Tunnel 1 of vpn-04d5cc9b88example is DOWN \(phase 1 \w+, phase 2 \w+\); it must be UP$/);
    expect(evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 2, status: 'UP' } }, e).pass).toBe(true);
  });

  it('R377: phase states are checked one by one (ts-mismatch: phase 1 Established, phase 2 not)', () => {
    const e = preset('ts-mismatch');
    expect(evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 'both', phase1: 'Established' } }, e).pass).toBe(true);
    const r = evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 'both', phase2: 'Established' } }, e);
    expect(r.pass).toBe(false);
    expect(r.message).toContain('phase 2 (IPsec SA)');
  });

  it('R7: with tunnel 2 unconfigured on the device, "both UP" fails and names tunnel 2 only', () => {
    const r = evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 'both', status: 'UP' } }, preset('single-tunnel-maintenance'));
    expect(r.pass).toBe(false);
    expect(r.message).toContain('Tunnel 2 of');
    expect(r.message).not.toContain('Tunnel 1 of');
  });

  it('R38, R142, R408: behind NAT without NAT-T no ESP crosses, BGP never establishes, so the tunnel reads DOWN', () => {
    const e = preset('nat-without-natt');
    expect(evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 1, status: 'DOWN' } }, e).pass).toBe(true);
    const r = evaluateCheck({ tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 1, dataPlane: true } }, e);
    expect(r).toEqual({ pass: false, message: 'Tunnel 1 of vpn-04d5cc9b88example carries no traffic (ESP does not get through); it must' });
  });

  it('R127: pending maintenance shows once AWS schedules it on a lifecycle-controlled tunnel', () => {
    const e = preset('single-vgw');
    const check = { tunnel: { connection: 'vpn-04d5cc9b88example', tunnel: 1 as const, maintenancePending: true } };
    expect(evaluateCheck(check, e).pass).toBe(false);
    e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: 'vpn-04d5cc9b88example', TunnelNumber: 1, SkipTunnelReplacement: true, TunnelOptions: { EnableTunnelLifecycleControl: true } });
    e.dispatch({ type: 'TriggerEndpointMaintenance', VpnConnectionId: 'vpn-04d5cc9b88example', TunnelNumber: 1 });
    e.advance(10_000);
    expect(evaluateCheck(check, e).pass).toBe(true);
  });
});

describe('connection checks', () => {
  it('R155: a static route shows on the connection once CreateVpnConnectionRoute succeeds', () => {
    const e = preset('ts-mismatch');
    expect(evaluateCheck({ connection: { connection: 'vpn-04d5cc9b88example', staticRoute: '192.168.0.0/16' } }, e).pass).toBe(true);
    const r = evaluateCheck({ connection: { connection: 'vpn-04d5cc9b88example', staticRoute: '172.16.0.0/12' } }, e);
    expect(r).toEqual({ pass: false, message: expect.stringContaining('has no static route to 172.16.0.0/12') });
  });

  it('R13: a connection named by its customer gateway is found only once the learner creates it (R21: pending first)', () => {
    const e = preset('single-vgw');
    const ref = { customerGateway: 'cgw-0e11f167e1f1a8d2c', gateway: 'vgw-ffffffff' };
    const r = evaluateCheck({ connection: { connection: ref } }, e);
    expect(r.pass).toBe(false);
    expect(r.message).toBe('the VPN connection of cgw-0e11f167e1f1a8d2c on vgw-ffffffff does not exist yet; create it');
    expect(evaluateCheck({ connection: { connection: { customerGateway: 'cgw-0e11f167e1f1a8d2c' }, state: 'available' } }, e).pass).toBe(true);
  });

  it('R367: a deleted connection no longer matches a customer-gateway reference but is still listed by id', () => {
    const e = preset('single-vgw');
    e.dispatch({ type: 'DeleteVpnConnection', VpnConnectionId: 'vpn-04d5cc9b88example' });
    e.advance(60_000);
    expect(evaluateCheck({ connection: { connection: { customerGateway: 'cgw-0e11f167e1f1a8d2c' } } }, e).pass).toBe(false);
    expect(evaluateCheck({ connection: { connection: 'vpn-04d5cc9b88example', state: 'available' } }, e).pass).toBe(false);
  });
});
