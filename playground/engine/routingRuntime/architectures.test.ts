import { Engine } from '../engine';
import { parseScenarioText } from '../scenario/index';
import { getPreset } from '../../scenarios/index';
import { describe, expect, it } from 'vitest';
import { presetEngine, selected, table } from './presetTestKit';

const MIN2 = 120_000;

describe('architecture presets', () => {
  it('R206, R163, R169: single-vgw — BGP on both tunnels, VPC CIDR advertised, site route propagated', () => {
    const e = presetEngine('single-vgw');
    e.advance(MIN2);
    const s = e.snapshot();
    expect(s.routing.bgpSessions.map((b) => [b.state, b.prefixesReceived, b.prefixesAdvertised])).toEqual([['Established', 1, 1], ['Established', 1, 1]]);
    expect(selected(s, 'vpc', '192.168.0.0/16')[0]).toMatchObject({ target: 'vgw-1a2b3c4d', origin: 'propagated' });
    expect(selected(s, 'vgw', '192.168.0.0/16')).toHaveLength(1); // R187, R189: one tunnel
    const t = e.tracePath('app-server', 'branch-pc');
    expect(t.ok && t.delivered).toBe(true);
  });

  it('R192, R184: the VGW primary tunnel (lowest outside IP) advertises MED 100, the other 200', () => {
    const e = presetEngine('single-vgw');
    e.advance(MIN2);
    const s = e.snapshot().routing.bgpSessions.slice().sort((a, b) => (a.tunnelOutsideIp.split('.').map(Number).reduce((x, y) => x * 256 + y) - b.tunnelOutsideIp.split('.').map(Number).reduce((x, y) => x * 256 + y)));
    expect(s.map((b) => b.med)).toEqual([100, 200]);
  });

  it('R207, R190: single-tgw — the dynamic VPN attachment gives an ECMP set over both tunnels', () => {
    const e = presetEngine('single-tgw');
    e.advance(MIN2);
    const ecmp = selected(e.snapshot(), 'tgw', '192.168.0.0/16');
    expect(ecmp).toHaveLength(2);
    expect(ecmp[0]?.explanation?.rule).toBe('R190');
  });

  it('R209: redundant-cgw — both devices advertise the site; the VGW uses one tunnel and fails over to the other device', () => {
    const e = presetEngine('redundant-cgw');
    e.advance(MIN2);
    const first = selected(e.snapshot(), 'vgw', '192.168.0.0/16');
    expect(first).toHaveLength(1);
    const cgw = e.snapshot().connections.find((c) => c.id === first[0]?.target)?.customerGatewayId ?? '';
    e.dispatch({ type: 'FailDevice', CustomerGatewayId: cgw });
    e.advance(MIN2);
    const after = selected(e.snapshot(), 'vgw', '192.168.0.0/16');
    expect(after[0]?.target).not.toBe(first[0]?.target);
    expect(after[0]?.explanation?.rule).toMatch(/^R\d+$/);
  });

  it('R190, R444: multi-site-tgw-ecmp — four tunnels of two connections share the prefix and flows spread', () => {
    const e = presetEngine('multi-site-tgw-ecmp');
    e.advance(MIN2);
    expect(selected(e.snapshot(), 'tgw', '172.16.0.0/12')).toHaveLength(4);
    e.advance(3_600_000);
    const out = e.snapshot().connections.flatMap((c) => c.tunnels).filter((t) => t.bytesOut > 0);
    expect(out.length).toBeGreaterThan(1);
  });

  it('R214, R213: cloudhub — each site learns the other sites through the VGW', () => {
    const e = presetEngine('cloudhub');
    e.advance(MIN2);
    const s = e.snapshot();
    const devices = s.routing.routeTables.filter((t) => t.kind === 'device');
    expect(devices).toHaveLength(3);
    for (const d of devices) expect(d.routes.filter((r) => r.selected).length).toBe(3); // VPC + two other sites
  });

  it('R212: cloudhub — site-to-site traffic hairpins through the VGW (two tunnels each way) without entering the VPC', () => {
    const e = presetEngine('cloudhub');
    e.advance(MIN2);
    const r = e.tracePath('ny-pc', 'sea-pc');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.delivered).toBe(true);
    expect(r.forward.map((h) => h.node)).not.toContain('vpc-0a1b2c3d4e5f60001');
    expect(r.forward.filter((h) => h.tunnelOutsideIp).length).toBeGreaterThanOrEqual(2);
    expect(r.forward.at(-1)?.node).toBe('cgw-0300000000000000c');
  });

  it('R209: redundant-cgw — with router A failed, the site still reaches AWS through router B both ways', () => {
    const e = presetEngine('redundant-cgw');
    e.dispatch({ type: 'FailDevice', CustomerGatewayId: 'cgw-0100000000000000a' });
    e.advance(3 * MIN2);
    const r = e.tracePath('app-server', 'hq-pc');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.delivered).toBe(true);
    expect(r.reverse[0]?.node).toBe('cgw-0100000000000000b');
  });

  it('R216: a CloudHub device that also advertises part of another site\'s range attracts that traffic and cannot deliver it', () => {
    const text = (getPreset('cloudhub')?.text ?? '').replace('AdvertisedPrefixes: [10.3.0.0/16]', 'AdvertisedPrefixes: [10.3.0.0/16, 10.2.0.0/24]');
    expect(text).toContain('10.2.0.0/24');
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const e = Engine.fromScenario(parsed.scenario);
    e.advance(MIN2);
    const r = e.tracePath('ny-pc', 'chi-pc');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.delivered).toBe(false); // the /24 from Seattle beats Chicago's /16 (longest prefix)
    expect(r.drop?.hop).toBe('cgw-0300000000000000c');
    expect(r.drop?.code).toBe('NO_ROUTE_TO_DESTINATION');
  });

  it('R179, R219: vpn-with-dx — Direct Connect wins over the VPN for the same prefix; the VPN takes over when DX fails', () => {
    const e = presetEngine('vpn-with-dx');
    e.advance(MIN2);
    const before = selected(e.snapshot(), 'vgw', '172.16.0.0/16');
    expect(before[0]).toMatchObject({ origin: 'dx-bgp' });
    expect(before[0]?.losers?.[0]?.rule).toBe('R179');
    const t = e.tracePath('app-server', 'dc-server');
    expect(t.ok && t.forward.some((h) => h.route?.includes('Direct Connect'))).toBe(true);
    e.advance(300_000); // scenario event: FailDirectConnect at 5m
    const after = selected(e.snapshot(), 'vgw', '172.16.0.0/16');
    expect(after[0]).toMatchObject({ origin: 'bgp' });
    e.dispatch({ type: 'RestoreDirectConnect', DirectConnectGatewayId: '5f3b7a1e-6c2d-4e8f-9a0b-1c2d3e4f5a60' });
    expect(selected(e.snapshot(), 'vgw', '172.16.0.0/16')[0]).toMatchObject({ origin: 'dx-bgp' });
  });

  it('R220–R229: dx-private-ip — BGP over private outside IPs, TGW table holds VPN and DX attachment routes', () => {
    const e = presetEngine('dx-private-ip');
    e.advance(MIN2);
    const s = e.snapshot();
    expect(s.routing.bgpSessions.every((b) => b.state === 'Established' && b.tunnelOutsideIp.startsWith('10.100.'))).toBe(true);
    expect(selected(s, 'tgw', '172.31.0.0/24')[0]?.origin).toBe('dx-bgp');
    const t = e.tracePath('app-server', 'dc-server');
    expect(t.ok && t.delivered).toBe(true);
  });

  it('R172, R164: missing-propagation — the VGW knows the site but the VPC table has no route until propagation is enabled', () => {
    const e = presetEngine('missing-propagation');
    e.advance(MIN2);
    expect(selected(e.snapshot(), 'vgw', '192.168.0.0/16')).toHaveLength(1);
    expect(selected(e.snapshot(), 'vpc', '192.168.0.0/16')).toHaveLength(0);
    const t = e.tracePath('10.0.1.10', '192.168.1.20');
    expect(t.ok && t.drop?.code).toBe('NO_ROUTE_TO_DESTINATION');
    e.dispatch({ type: 'EnableVgwRoutePropagation', RouteTableId: 'rtb-0a1b2c3d4e5f60001', GatewayId: 'vgw-1a2b3c4d' });
    expect(selected(e.snapshot(), 'vpc', '192.168.0.0/16')[0]?.explanation?.rule).toBe('R169');
  });

  it('R361, R408: bgp-asn-mismatch — IPsec is up but BGP never establishes (Bad Peer AS), so the tunnels read DOWN', () => {
    const e = presetEngine('bgp-asn-mismatch');
    e.advance(600_000);
    const s = e.snapshot();
    expect(s.connections[0]?.tunnels.map((t) => [t.phase2, t.status])).toEqual([['Established', 'DOWN'], ['Established', 'DOWN']]);
    expect(s.routing.bgpSessions.every((b) => b.state !== 'Established' && (b.lastError ?? '').includes('Bad Peer AS'))).toBe(true);
    expect(table(s, 'vgw')?.routes.some((r) => r.destination === '192.168.0.0/16')).toBe(false);
  });

  it('R38, R142, R408: nat-without-natt — ESP cannot cross the NAT, BGP cannot start, tunnels DOWN, no routes', () => {
    const e = presetEngine('nat-without-natt');
    e.advance(600_000);
    const s = e.snapshot();
    expect(s.connections[0]?.tunnels.map((t) => [t.dataPlaneUp, t.status])).toEqual([[false, 'DOWN'], [false, 'DOWN']]);
    expect(s.routing.bgpSessions.map((b) => b.state)).toEqual(['Idle', 'Idle']);
    expect(s.connections[0]?.tunnels.reduce((n, t) => n + t.bytesIn + t.bytesOut, 0)).toBe(0);
  });
});
