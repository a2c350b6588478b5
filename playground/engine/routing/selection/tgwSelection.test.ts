import { describe, expect, it } from 'vitest';
import { selectTgwRoute } from './tgwSelection';
import { route } from './testRoutes';

const a1 = { tunnelId: '52.1.1.1', vpnConnectionId: 'vpn-a', target: 'tgw-attach-a' };
const a2 = { tunnelId: '52.1.1.2', vpnConnectionId: 'vpn-a', target: 'tgw-attach-a' };
const b1 = { tunnelId: '52.2.2.1', vpnConnectionId: 'vpn-b', target: 'tgw-attach-b' };

describe('TGW route selection', () => {
  it('R190: equal BGP routes over tunnels of several connections form an ECMP set', () => {
    const d = selectTgwRoute([route('10.9.0.0/16', a1), route('10.9.0.0/16', a2), route('10.9.0.0/16', b1)], true);
    expect(d?.selected.map((c) => c.tunnelId)).toEqual(['52.1.1.1', '52.1.1.2', '52.2.2.1']);
  });
  it('R191: with VpnEcmpSupport disabled a single tunnel is used', () => {
    const d = selectTgwRoute([route('10.9.0.0/16', a1), route('10.9.0.0/16', b1)], false);
    expect(d?.selected).toHaveLength(1);
    expect(d?.decidedBy.rule).toBe('R191');
  });
  it('R190: static VPN routes get no ECMP even with VpnEcmpSupport enabled', () => {
    const s = { source: 'tgw-static' as const, dynamic: false, asPath: [] };
    const d = selectTgwRoute([route('10.9.0.0/16', { ...a1, ...s }), route('10.9.0.0/16', { ...a2, ...s })], true);
    expect(d?.selected).toHaveLength(1);
    expect(d?.decidedBy.rule).toBe('R190');
  });
  it('R182: a longer AS_PATH drops out of the ECMP set', () => {
    const d = selectTgwRoute([route('10.9.0.0/16', a1), route('10.9.0.0/16', { ...b1, asPath: [65001, 65001] })], true);
    expect(d?.selected.map((c) => c.tunnelId)).toEqual(['52.1.1.1']);
  });
  it('R156/R154: a static blackhole route beats a propagated VPN route', () => {
    const d = selectTgwRoute([route('10.9.0.0/16', a1), route('10.9.0.0/16', { source: 'blackhole', target: 'blackhole', asPath: [] })], true);
    expect(d?.best.source).toBe('blackhole');
  });
  it('R177: an ECMP member whose endpoint is unhealthy leaves the set', () => {
    const d = selectTgwRoute([route('10.9.0.0/16', a1), route('10.9.0.0/16', { ...a2, healthy: false })], true);
    expect(d?.selected.map((c) => c.tunnelId)).toEqual(['52.1.1.1']);
  });
});
