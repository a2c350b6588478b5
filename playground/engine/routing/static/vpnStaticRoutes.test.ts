import { describe, expect, it } from 'vitest';
import { prefix } from '../prefix';
import { createVpnConnectionRoute, deleteVpnConnectionRoute, staticCandidates, type StaticVpnConnection } from './vpnStaticRoutes';

const conn: StaticVpnConnection = { vpnConnectionId: 'vpn-1', gateway: 'vgw', staticRoutesOnly: true, routes: [] };

describe('VPN static routes', () => {
  it('R155: CreateVpnConnectionRoute adds a prefix and DeleteVpnConnectionRoute removes it', () => {
    const r = createVpnConnectionRoute(conn, '192.168.1.0/24');
    expect(r).toEqual({ ok: true, routes: ['192.168.1.0/24'] });
    expect(deleteVpnConnectionRoute({ ...conn, routes: [prefix('192.168.1.0/24')] }, '192.168.1.0/24')).toEqual({ ok: true, routes: [] });
  });
  it('R151: a BGP connection cannot be given static routes', () => {
    const r = createVpnConnectionRoute({ ...conn, staticRoutesOnly: false }, '192.168.1.0/24');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toContain('R151');
  });
  it('R156: static routes of a TGW connection belong in the TGW route table', () => {
    const r = createVpnConnectionRoute({ ...conn, gateway: 'tgw' }, '192.168.1.0/24');
    expect(r.ok).toBe(false);
  });
  it('R441/R442: the 101st static route is refused naming the quota', () => {
    const routes = Array.from({ length: 100 }, (_, i) => prefix(`192.168.${i}.0/24`));
    const r = createVpnConnectionRoute({ ...conn, routes }, '10.0.0.0/8');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'RouteLimitExceeded', path: 'DestinationCidrBlock' });
  });
  it('R177: a static route through a down tunnel stays but is unhealthy', () => {
    const c = staticCandidates({ ...conn, routes: [prefix('192.168.1.0/24')] }, [
      { tunnelId: '52.0.0.1', vpnConnectionId: 'vpn-1', ipsecUp: false, endpointHealthy: true },
      { tunnelId: '52.0.0.2', vpnConnectionId: 'vpn-1', ipsecUp: true, endpointHealthy: true },
    ], 'vgw-1');
    expect(c.map((x) => x.healthy)).toEqual([false, true]);
  });
});
