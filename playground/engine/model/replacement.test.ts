import { describe, expect, it } from 'vitest';
import { Engine } from '../engine';
import { vgwScenario } from './scenarioFixtures';
import { AWS_MAINTENANCE_MS, CONNECTION_CHANGE_MS, MAINTENANCE_NOTICE_MS, TUNNEL_CHANGE_MS } from './replacement';

const VPN = 'vpn-00000000000000001';
const ready = (extra: Record<string, unknown> = {}) => {
  const e = Engine.fromScenario(vgwScenario(extra));
  e.advance(5000);
  return e;
};
const tunnels = (e: Engine) => e.snapshot().connections[0]!.tunnels;

describe('endpoint replacements (R118–R135)', () => {
  it('R122: ModifyVpnTunnelOptions takes only the modified tunnel down, for several minutes', () => {
    const e = ready();
    const r = e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: VPN, TunnelNumber: 2, TunnelOptions: { DPDTimeoutSeconds: 60 } });
    expect(r.ok).toBe(true);
    e.advance(1000);
    expect(tunnels(e).map((t) => t.status)).toEqual(['UP', 'DOWN']);
    expect(tunnels(e)[1].options.DPDTimeoutSeconds).toBe(60);
    e.advance(TUNNEL_CHANGE_MS + 5000);
    expect(tunnels(e).map((t) => t.status)).toEqual(['UP', 'UP']);
  });

  it('R121: ModifyVpnConnectionOptions takes both tunnels down, then they return', () => {
    const device = { CustomerGatewayDevices: [{ CustomerGatewayId: 'cgw-0123456789abcdef0', Tunnels: [1, 2].map((n) => ({ VpnConnectionId: VPN, TunnelNumber: n, TrafficSelectors: { Local: '192.168.0.0/16', Remote: '0.0.0.0/0' } })) }] };
    const e = ready(device);
    expect(e.dispatch({ type: 'ModifyVpnConnectionOptions', VpnConnectionId: VPN, LocalIpv4NetworkCidr: '192.168.0.0/16' }).ok).toBe(true);
    e.advance(1000);
    expect(tunnels(e).map((t) => t.status)).toEqual(['DOWN', 'DOWN']);
    e.advance(CONNECTION_CHANGE_MS + 5000);
    expect(e.snapshot().connections[0]!.options.LocalIpv4NetworkCidr).toBe('192.168.0.0/16');
    expect(tunnels(e).map((t) => t.status)).toEqual(['UP', 'UP']);
  });

  it('R67/R390: narrowing the Local CIDR while the device still proposes 0.0.0.0/0 gives TS_UNACCEPTABLE', () => {
    const e = ready();
    e.dispatch({ type: 'ModifyVpnConnectionOptions', VpnConnectionId: VPN, LocalIpv4NetworkCidr: '192.168.0.0/16' });
    e.advance(CONNECTION_CHANGE_MS + 5000);
    expect(tunnels(e).map((t) => t.status)).toEqual(['DOWN', 'DOWN']);
    expect(e.events().some((x) => x.type === 'vpnLog' && x.messageId === 'ikev2TsUnacceptable')).toBe(true);
  });

  it('R120: changing the customer gateway takes both tunnels down', () => {
    const e = ready({ CustomerGateways: [
      { CustomerGatewayId: 'cgw-0123456789abcdef0', BgpAsn: 65000, IpAddress: '198.51.100.7' },
      { CustomerGatewayId: 'cgw-0123456789abcdef1', BgpAsn: 65001, IpAddress: '198.51.100.8' },
    ] });
    expect(e.dispatch({ type: 'ModifyVpnConnection', VpnConnectionId: VPN, CustomerGatewayId: 'cgw-0123456789abcdef1' }).ok).toBe(true);
    e.advance(1000);
    expect(tunnels(e).map((t) => t.status)).toEqual(['DOWN', 'DOWN']);
  });

  it('R372: a refused modification changes nothing and interrupts nothing', () => {
    const e = ready();
    const r = e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: VPN, TunnelNumber: 1, TunnelOptions: { Phase2LifetimeSeconds: 400 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toContain('Phase2LifetimeSeconds');
    e.advance(1000);
    expect(tunnels(e).map((t) => t.status)).toEqual(['UP', 'UP']);
    expect(tunnels(e)[0].options.Phase2LifetimeSeconds).toBe(3600);
  });

  it('R124/R195: AWS updates one tunnel at a time and lowers the MED on the other meanwhile', () => {
    const e = ready();
    e.dispatch({ type: 'TriggerEndpointMaintenance', VpnConnectionId: VPN });
    e.advance(1000);
    let [a, b] = tunnels(e);
    expect([a.status, b.status]).toEqual(['DOWN', 'UP']);
    expect(b.medPreference).toBe('lowered');
    e.advance(AWS_MAINTENANCE_MS + 2000);
    [a, b] = tunnels(e);
    expect(a.status).toBe('UP');
    expect(b.status).toBe('DOWN');
    expect(a.medPreference).toBe('lowered');
    e.advance(AWS_MAINTENANCE_MS + 10_000);
    expect(tunnels(e).map((t) => [t.status, t.medPreference])).toEqual([['UP', 'normal'], ['UP', 'normal']]);
    expect(tunnels(e)[0].maintenance.lastApplied).not.toBeNull();
  });

  it('R127/R131: with lifecycle control an update waits as pending until auto-apply time', () => {
    const e = ready({ VpnConnections: [{ VpnConnectionId: VPN, CustomerGatewayId: 'cgw-0123456789abcdef0', VpnGatewayId: 'vgw-0123456789abcdef0', Options: { TunnelOptions: [{ EnableTunnelLifecycleControl: true }, {}] } }] });
    e.dispatch({ type: 'TriggerEndpointMaintenance', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(1000);
    expect(tunnels(e)[0].status).toBe('UP');
    const st = e.dispatch({ type: 'GetVpnTunnelReplacementStatus', VpnConnectionId: VPN, TunnelNumber: 1 });
    expect(st.ok && (st.result as { MaintenanceDetails: { PendingMaintenance: string } }).MaintenanceDetails.PendingMaintenance).toBe('Available');
    e.runUntil(5000 + MAINTENANCE_NOTICE_MS - 1000);
    expect(tunnels(e)[0].replacement).toBeNull();
    e.runUntil(5000 + MAINTENANCE_NOTICE_MS + 1000);
    expect(tunnels(e)[0].replacement?.kind).toBe('aws');
    e.advance(AWS_MAINTENANCE_MS);
    expect(tunnels(e)[0].maintenance.pending).toBe(false);
  });

  it('R130: accepting a pending update with ReplaceVpnTunnel applies it now', () => {
    const e = ready({ VpnConnections: [{ VpnConnectionId: VPN, CustomerGatewayId: 'cgw-0123456789abcdef0', VpnGatewayId: 'vgw-0123456789abcdef0', Options: { TunnelOptions: [{ EnableTunnelLifecycleControl: true }, {}] } }] });
    e.dispatch({ type: 'TriggerEndpointMaintenance', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.dispatch({ type: 'ReplaceVpnTunnel', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(1000);
    expect(tunnels(e)[0].status).toBe('DOWN');
    e.advance(AWS_MAINTENANCE_MS + 5000);
    const st = e.dispatch({ type: 'GetVpnTunnelReplacementStatus', VpnConnectionId: VPN, TunnelNumber: 1 });
    expect(st.ok && (st.result as { MaintenanceDetails: Record<string, string> }).MaintenanceDetails).toMatchObject({ PendingMaintenance: 'None', LastMaintenanceApplied: expect.any(String) });
  });

  it('R126: a critical update applies at once even with lifecycle control', () => {
    const e = ready({ VpnConnections: [{ VpnConnectionId: VPN, CustomerGatewayId: 'cgw-0123456789abcdef0', VpnGatewayId: 'vgw-0123456789abcdef0', Options: { TunnelOptions: [{ EnableTunnelLifecycleControl: true }, {}] } }] });
    e.dispatch({ type: 'TriggerEndpointMaintenance', VpnConnectionId: VPN, TunnelNumber: 1, Critical: true });
    e.advance(1000);
    expect(tunnels(e)[0].status).toBe('DOWN');
  });

  it('R132: turning lifecycle control on replaces the tunnel unless skipped', () => {
    const e = ready();
    e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: VPN, TunnelNumber: 1, TunnelOptions: { EnableTunnelLifecycleControl: true }, SkipTunnelReplacement: true });
    e.advance(1000);
    expect(tunnels(e)[0].status).toBe('UP');
    e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: VPN, TunnelNumber: 2, TunnelOptions: { EnableTunnelLifecycleControl: true } });
    e.advance(1000);
    expect(tunnels(e)[1].status).toBe('DOWN');
  });

  it('R134: turning lifecycle control off with skip while maintenance is pending is refused', () => {
    const e = ready({ VpnConnections: [{ VpnConnectionId: VPN, CustomerGatewayId: 'cgw-0123456789abcdef0', VpnGatewayId: 'vgw-0123456789abcdef0', Options: { TunnelOptions: [{ EnableTunnelLifecycleControl: true }, {}] } }] });
    e.dispatch({ type: 'TriggerEndpointMaintenance', VpnConnectionId: VPN, TunnelNumber: 1 });
    const r = e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: VPN, TunnelNumber: 1, TunnelOptions: { EnableTunnelLifecycleControl: false }, SkipTunnelReplacement: true });
    expect(r.ok).toBe(false);
    const r2 = e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: VPN, TunnelNumber: 1, TunnelOptions: { EnableTunnelLifecycleControl: false } });
    expect(r2.ok).toBe(true);
    e.advance(1000);
    expect(tunnels(e)[0].replacement?.kind).toBe('aws');
  });
});
