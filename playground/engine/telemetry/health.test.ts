import { describe, expect, it } from 'vitest';
import { Telemetry } from './index';
import type { TunnelSample } from './types';

const VPN = 'vpn-0123456789abcdef0';
const T1 = '203.0.113.10';
const T2 = '203.0.113.20';
const MIN = 60_000;
const DAY = 86_400_000;
const s = (ip: string, up: boolean): TunnelSample => ({ vpnConnectionId: VPN, tunnelOutsideIp: ip, up, bytesIn: 0, bytesOut: 0 });
const single = (tel: Telemetry) => tel.snapshot().healthEvents.filter((e) => e.eventTypeCode === 'AWS_VPN_SINGLE_TUNNEL_NOTIFICATION');

/** Tunnel 2 down from 10:00 for `downMin` minutes on day 0, tunnel 1 up all the time. */
function runSingleTunnel(downMin: number): Telemetry {
  const tel = new Telemetry();
  tel.recordTunnelSample(0, [s(T1, true), s(T2, true)]);
  tel.recordTunnelSample(600 * MIN, [s(T2, false)]);
  tel.recordTunnelSample((600 + downMin) * MIN, [s(T2, true)]);
  return tel;
}

describe('AWS Health single tunnel notification', () => {
  it('R424/R426: more than one hour with one tunnel down in a day lists the connection at the daily update', () => {
    const tel = runSingleTunnel(61);
    tel.evaluate(DAY - 1);
    expect(single(tel)).toEqual([]);
    tel.evaluate(DAY);
    const [ev] = single(tel);
    expect(ev?.affectedEntities).toEqual([VPN]);
    expect(ev?.title).toBe('monthly VPN single tunnel notification');
    expect(ev?.lastUpdatedTime).toBe(DAY);
  });

  it('R426: exactly 60 minutes does not qualify', () => {
    const tel = runSingleTunnel(60);
    tel.evaluate(3 * DAY);
    expect(single(tel)).toEqual([]);
  });

  it('R426: separate outages on the same UTC day add up', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true), s(T2, false)]);
    tel.recordTunnelSample(31 * MIN, [s(T2, true)]);
    tel.recordTunnelSample(300 * MIN, [s(T1, false)]);
    tel.recordTunnelSample(331 * MIN, [s(T1, true)]);
    tel.evaluate(DAY);
    expect(single(tel)[0]?.affectedEntities).toEqual([VPN]);
  });

  it('R426: outages on two different UTC days do not add up', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true), s(T2, true)]);
    tel.recordTunnelSample(DAY - 40 * MIN, [s(T2, false)]);
    tel.recordTunnelSample(DAY + 40 * MIN, [s(T2, true)]);
    tel.evaluate(3 * DAY);
    expect(single(tel)).toEqual([]);
  });

  it('R426: both tunnels down does not count as single tunnel', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, false), s(T2, false)]);
    tel.evaluate(2 * DAY);
    expect(single(tel)).toEqual([]);
  });

  it('R425: a new month starts a new event that only lists connections detected again', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true), s(T2, false)]);
    tel.recordTunnelSample(2 * DAY, [s(T2, true)]);
    tel.evaluate(40 * DAY);
    expect(single(tel)).toHaveLength(1);
    tel.recordTunnelSample(40 * DAY, [s(T2, false)]);
    tel.evaluate(42 * DAY);
    const events = single(tel);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.statusCode)).toEqual(['closed', 'open']);
    expect(events[1]?.affectedEntities).toEqual([VPN]);
  });
});

describe('AWS Health tunnel endpoint replacement notification', () => {
  it('R423: a completed replacement produces a notification', () => {
    const tel = new Telemetry();
    tel.recordEndpointReplacement({ t: 5 * MIN, vpnConnectionId: VPN, tunnelOutsideIp: T1, phase: 'completed', reason: 'ModifyVpnTunnelOptions' });
    const [ev] = tel.snapshot().healthEvents;
    expect(ev?.title).toBe('Tunnel endpoint replacement notification');
    expect(ev?.eventTypeCode).toBe('AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_COMPLETED');
    expect(ev?.affectedEntities).toEqual([VPN]);
  });

  it('R427: an upcoming replacement is announced only for a tunnel with lifecycle control on', () => {
    const tel = new Telemetry();
    tel.recordEndpointReplacement({ t: 0, vpnConnectionId: VPN, tunnelOutsideIp: T1, phase: 'scheduled', lifecycleControlEnabled: false });
    expect(tel.snapshot().healthEvents).toEqual([]);
    tel.recordEndpointReplacement({ t: 0, vpnConnectionId: VPN, tunnelOutsideIp: T1, phase: 'scheduled', lifecycleControlEnabled: true, autoApplyAfter: 7 * DAY });
    const [ev] = tel.snapshot().healthEvents;
    expect(ev?.eventTypeCode).toBe('AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_SCHEDULED');
    expect(ev?.statusCode).toBe('upcoming');
    expect(ev?.description).toContain('Maintenance auto applied after 2025-01-08T00:00:00.000Z');
  });
});
