import { describe, expect, it } from 'vitest';
import { selectVgwRoute } from './vgwSelection';
import { route } from './testRoutes';

const t1 = { tunnelId: '52.1.1.1', vpnConnectionId: 'vpn-a' };
const t2 = { tunnelId: '52.1.1.2', vpnConnectionId: 'vpn-a' };
const t3 = { tunnelId: '52.2.2.1', vpnConnectionId: 'vpn-b' };

describe('VGW route selection', () => {
  it('R177: a healthy endpoint beats a shorter AS_PATH and a static route', () => {
    const d = selectVgwRoute([
      route('10.0.0.0/16', { ...t1, source: 'vpn-static', healthy: false }),
      route('10.0.0.0/16', { ...t2, asPath: [65000, 65000, 65000] }),
    ]);
    expect(d?.best.tunnelId).toBe(t2.tunnelId);
    expect(d?.decidedBy).toEqual({ step: 'endpointHealth', rule: 'R177' });
    expect(d?.losers[0]?.rule).toBe('R177');
  });
  it('R178: the most specific prefix wins when all endpoints are healthy', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', t1), route('10.0.1.0/24', { ...t3, asPath: [65001, 65001] })]);
    expect(d?.best.prefix).toBe('10.0.1.0/24');
    expect(d?.decidedBy.rule).toBe('R178');
  });
  it('R179: a Direct Connect BGP route beats a VPN static route for the same prefix', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', { ...t1, source: 'vpn-static' }), route('10.0.0.0/16', { source: 'dx-bgp', target: 'dxvif-1' })]);
    expect(d?.best.source).toBe('dx-bgp');
    expect(d?.decidedBy.step).toBe('routeOrigin');
  });
  it('R180/R181/R154: a VPN static route beats a VPN BGP route for the same prefix', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', { ...t1, asPath: [] }), route('10.0.0.0/16', { ...t3, source: 'vpn-static', asPath: [] })]);
    expect(d?.best.source).toBe('vpn-static');
  });
  it('R182: the shorter AS_PATH wins between VPN BGP routes (prepending moves traffic)', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', { ...t1, asPath: [65000, 65000] }), route('10.0.0.0/16', { ...t2, asPath: [65000] })]);
    expect(d?.best.tunnelId).toBe(t2.tunnelId);
    expect(d?.decidedBy).toEqual({ step: 'asPathLength', rule: 'R182' });
  });
  it('R183: lowest MED wins when the first AS is the same', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', { ...t1, med: 200 }), route('10.0.0.0/16', { ...t2, med: 100 })]);
    expect(d?.best.tunnelId).toBe(t2.tunnelId);
    expect(d?.decidedBy.rule).toBe('R183');
  });
  it('R183: MED is not compared when the first AS differs; R184 then picks one tunnel', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', { ...t1, med: 500, asPath: [65000] }), route('10.0.0.0/16', { ...t3, med: 1, asPath: [65001] })]);
    expect(d?.decidedBy.rule).toBe('R184');
    expect(d?.best.tunnelId).toBe(t1.tunnelId);
  });
  it('R187/R189: exactly one tunnel across all connections of the VGW is selected (no ECMP)', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', t1), route('10.0.0.0/16', t2), route('10.0.0.0/16', t3)]);
    expect(d?.selected).toHaveLength(1);
    expect(d?.losers).toHaveLength(2);
    expect(d?.losers.every((l) => l.reason.length > 0)).toBe(true);
  });
  it('R184: a single candidate is explained by the rule that put it there', () => {
    const d = selectVgwRoute([route('10.0.0.0/16', { ...t1, source: 'vpn-static' })]);
    expect(d?.decidedBy).toEqual({ step: 'onlyCandidate', rule: 'R155' });
  });
});
