import { describe, expect, it } from 'vitest';
import { presetEngine } from './presetTestKit';

describe('BGP sessions in the engine', () => {
  it('R162: a session only comes up over an established tunnel and goes down with it', () => {
    const e = presetEngine('single-vgw');
    e.advance(120_000);
    const vpn = e.snapshot().connections[0]!.id;
    expect(e.snapshot().routing.bgpSessions.map((b) => b.state)).toEqual(['Established', 'Established']);
    e.dispatch({ type: 'DeviceDeleteSa', CustomerGatewayId: e.snapshot().connections[0]!.customerGatewayId, VpnConnectionId: vpn, TunnelNumber: 1 } as never);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: vpn, TunnelNumber: 1 });
    e.advance(120_000);
    expect(e.snapshot().routing.bgpSessions[0]?.state).not.toBe('Established');
    expect(e.snapshot().routing.bgpSessions[1]?.state).toBe('Established');
    e.dispatch({ type: 'RestoreTunnelPath', VpnConnectionId: vpn, TunnelNumber: 1 });
    e.advance(300_000);
    expect(e.snapshot().routing.bgpSessions[0]?.state).toBe('Established');
  });

  it('R160: an idle day schedules no per-keepalive kernel events', () => {
    const e = presetEngine('single-vgw');
    e.advance(3_600_000);
    const before = e.processedEvents();
    e.advance(3_600_000);
    // 10 s keepalives on 2 sessions × 2 sides would be 1,440 events in an hour
    expect(e.processedEvents() - before).toBeLessThan(200);
  });

  it('R361, R159: a wrong peer ASN is refused with Bad Peer AS and retried every ConnectRetry (120 s), never Established', () => {
    const e = presetEngine('bgp-asn-mismatch');
    e.advance(600_000);
    const refusals = e.events().filter((x) => x.type === 'bgpStateChanged' && x.side === 'cgw' && x.to === 'Idle' && (x.reason ?? '').includes('Bad Peer AS'));
    expect(refusals.length).toBeGreaterThanOrEqual(2 * 4);
    expect(e.events().some((x) => x.type === 'bgpStateChanged' && x.to === 'Established')).toBe(false);
  });
});
