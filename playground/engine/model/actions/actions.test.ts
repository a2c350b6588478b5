import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine';
import { vgwScenario } from '../scenarioFixtures';

const VPN = 'vpn-00000000000000001';
const CGW = 'cgw-0123456789abcdef0';
const ready = (extra: Record<string, unknown> = {}) => {
  const e = Engine.fromScenario(vgwScenario(extra));
  e.advance(5000);
  return e;
};
const status = (e: Engine) => e.snapshot().connections[0]!.tunnels.map((t) => t.status);

describe('learner faults and EC2 actions', () => {
  it('R5: a failed device takes both tunnels down by DPD; restoring it brings them back (R104)', () => {
    const e = ready();
    e.dispatch({ type: 'FailDevice', CustomerGatewayId: CGW });
    e.advance(60_000);
    expect(status(e)).toEqual(['DOWN', 'DOWN']);
    e.dispatch({ type: 'RestoreDevice', CustomerGatewayId: CGW });
    e.advance(5000);
    expect(status(e)).toEqual(['UP', 'UP']);
  });

  it('R38: blocking UDP 500 on an established tunnel is noticed only when IKE is needed again', () => {
    const e = ready();
    e.dispatch({ type: 'SetFirewallBlock', CustomerGatewayId: CGW, BlockUdp500: true });
    e.advance(60_000);
    expect(status(e)).toEqual(['UP', 'UP']);
    e.dispatch({ type: 'DeviceDeleteSa', VpnConnectionId: VPN, TunnelNumber: 1, Phase: 1 });
    e.advance(120_000);
    expect(status(e)[0]).toBe('DOWN');
  });

  it('R25/NAT-T: putting the device behind NAT renegotiates on UDP 4500', () => {
    const e = ready();
    expect(e.dispatch({ type: 'SetDeviceNat', CustomerGatewayId: CGW, Enabled: true, PrivateIpAddress: '192.168.1.10' }).ok).toBe(true);
    e.advance(5000);
    const t = e.snapshot().connections[0]!.tunnels[0];
    expect(t.natTDetected).toBe(true);
    expect(t.trace.at(-1)?.udpPort).toBe(4500);
    expect(status(e)).toEqual(['UP', 'UP']);
  });

  it('R81: a device PSK change to a wrong key breaks that tunnel; fixing it restores it', () => {
    const e = ready();
    e.dispatch({ type: 'ConfigureDevice', VpnConnectionId: VPN, TunnelNumber: 1, Config: { PreSharedKey: 'notTheKey1' } });
    e.advance(5000);
    expect(status(e)).toEqual(['DOWN', 'UP']);
    const psk = e.snapshot().connections[0]!.tunnels[0].options.PreSharedKey;
    e.dispatch({ type: 'ConfigureDevice', VpnConnectionId: VPN, TunnelNumber: 1, Config: { PreSharedKey: psk } });
    e.advance(5000);
    expect(status(e)).toEqual(['UP', 'UP']);
  });

  it('R102: a new AWS PSK without changing the device leaves that tunnel down after the replacement', () => {
    const e = ready();
    e.dispatch({ type: 'ModifyVpnTunnelOptions', VpnConnectionId: VPN, TunnelNumber: 1, TunnelOptions: { PreSharedKey: 'brandNewKey1' } });
    e.advance(600_000);
    expect(status(e)).toEqual(['DOWN', 'UP']);
  });

  it('ConfigureDevice validates with the device schema and names the field', () => {
    const e = ready();
    const r = e.dispatch({ type: 'ConfigureDevice', VpnConnectionId: VPN, TunnelNumber: 1, Config: { IkeVersion: 'ikev9' } as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toMatch(/IkeVersion/);
  });

  it('R93: static routes only on static connections', () => {
    const e = ready();
    const r = e.dispatch({ type: 'CreateVpnConnectionRoute', VpnConnectionId: VPN, DestinationCidrBlock: '10.1.0.0/16' });
    expect(r.ok).toBe(false);
  });

  it('R342: CreateVpnConnectionRoute / DeleteVpnConnectionRoute on a static connection', () => {
    const e = ready({ VpnConnections: [{ VpnConnectionId: VPN, CustomerGatewayId: CGW, VpnGatewayId: 'vgw-0123456789abcdef0', Options: { StaticRoutesOnly: true } }] });
    expect(e.dispatch({ type: 'CreateVpnConnectionRoute', VpnConnectionId: VPN, DestinationCidrBlock: '10.1.0.0/16' }).ok).toBe(true);
    expect(e.snapshot().connections[0]!.routes).toEqual(['10.1.0.0/16']);
    expect(e.dispatch({ type: 'DeleteVpnConnectionRoute', VpnConnectionId: VPN, DestinationCidrBlock: '10.9.0.0/16' }).ok).toBe(false);
    expect(e.dispatch({ type: 'DeleteVpnConnectionRoute', VpnConnectionId: VPN, DestinationCidrBlock: '10.1.0.0/16' }).ok).toBe(true);
  });

  it('R349: moving a VGW connection with static routes to a TGW is refused', () => {
    const e = ready({
      TransitGateways: [{ TransitGatewayId: 'tgw-0123456789abcdef0' }],
      VpnConnections: [{ VpnConnectionId: VPN, CustomerGatewayId: CGW, VpnGatewayId: 'vgw-0123456789abcdef0', Options: { StaticRoutesOnly: true }, Routes: [{ DestinationCidrBlock: '10.1.0.0/16' }] }],
    });
    const r = e.dispatch({ type: 'ModifyVpnConnection', VpnConnectionId: VPN, TransitGatewayId: 'tgw-0123456789abcdef0' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/R349/);
  });

  it('R119/R346: moving to a TGW takes both tunnels down, then up again on the new gateway', () => {
    const e = ready({ TransitGateways: [{ TransitGatewayId: 'tgw-0123456789abcdef0', Options: { AmazonSideAsn: 64513 } }] });
    expect(e.dispatch({ type: 'ModifyVpnConnection', VpnConnectionId: VPN, TransitGatewayId: 'tgw-0123456789abcdef0' }).ok).toBe(true);
    e.advance(1000);
    expect(status(e)).toEqual(['DOWN', 'DOWN']);
    e.advance(200_000);
    expect(e.snapshot().connections[0]!.transitGatewayId).toBe('tgw-0123456789abcdef0');
    expect(status(e)).toEqual(['UP', 'UP']);
  });

  it('R139: acceleration is refused on a VGW (SCHEMA rules run for CreateVpnConnection)', () => {
    const e = ready();
    const r = e.dispatch({ type: 'CreateVpnConnection', CustomerGatewayId: CGW, VpnGatewayId: 'vgw-0123456789abcdef0', Options: { EnableAcceleration: true } } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toBe('Options.EnableAcceleration');
  });

  it('R367: a deleted connection is listed as deleted for a while, then disappears', () => {
    const e = ready();
    e.dispatch({ type: 'DeleteVpnConnection', VpnConnectionId: VPN });
    expect(e.snapshot().connections[0]!.state).toBe('deleting');
    e.advance(60_000);
    expect(e.snapshot().connections[0]!.state).toBe('deleted');
    e.advance(3_600_000);
    expect(e.snapshot().connections).toHaveLength(0);
  });

  it('R8/R9: a VGW attaches to one VPC', () => {
    const e = ready({ Vpcs: [{ VpcId: 'vpc-0123456789abcdef0', CidrBlock: '10.0.0.0/16' }, { VpcId: 'vpc-0123456789abcdef1', CidrBlock: '10.1.0.0/16' }] });
    expect(e.dispatch({ type: 'AttachVpnGateway', VpnGatewayId: 'vgw-0123456789abcdef0', VpcId: 'vpc-0123456789abcdef1' }).ok).toBe(false);
    expect(e.dispatch({ type: 'DetachVpnGateway', VpnGatewayId: 'vgw-0123456789abcdef0', VpcId: 'vpc-0123456789abcdef0' }).ok).toBe(true);
    expect(e.dispatch({ type: 'AttachVpnGateway', VpnGatewayId: 'vgw-0123456789abcdef0', VpcId: 'vpc-0123456789abcdef1' }).ok).toBe(true);
  });

  it('DegradePath with heavy loss makes negotiations retransmit but the tunnel still comes up', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.dispatch({ type: 'DegradePath', VpnConnectionId: VPN, LossPercent: 50, LatencyMs: 150 });
    e.advance(600_000);
    expect(status(e)).toEqual(['UP', 'UP']);
    expect(e.snapshot().connections[0]!.tunnels[0].trace.some((x) => x.dropped?.includes('loss'))).toBe(true);
  });

  it('scenario events run at their time; refused ones are listed in snapshot errors', () => {
    const e = Engine.fromScenario(vgwScenario({ Events: [
      { At: '90s', Action: { Type: 'FailTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 } },
      { At: '2m', Action: { Type: 'FailTunnelPath', VpnConnectionId: 'vpn-00000000000000099', TunnelNumber: 1 } },
    ] }));
    e.advance(200_000);
    expect(status(e)).toEqual(['DOWN', 'UP']);
    expect(e.snapshot().errors[0]?.errors[0]?.code).toBe('InvalidVpnConnectionID.NotFound');
  });
});

describe('recovery after faults', () => {
  it('R113/R104: after a DPD clear with startup add, restoring the path lets the device (its own DPD) bring the tunnel back', () => {
    const e = ready();
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(120_000);
    expect(status(e)[0]).toBe('DOWN');
    e.dispatch({ type: 'RestoreTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(400_000);
    expect(status(e)).toEqual(['UP', 'UP']);
  });

  it('a device whose DPD is off keeps stale SAs and never re-initiates after a clear', () => {
    const e = ready({ CustomerGatewayDevices: [{ CustomerGatewayId: CGW, Tunnels: [{ VpnConnectionId: VPN, TunnelNumber: 1, Dpd: { Enabled: false } }, { VpnConnectionId: VPN, TunnelNumber: 2 }] }] });
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(120_000);
    e.dispatch({ type: 'RestoreTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(600_000);
    expect(status(e)[0]).toBe('DOWN');
  });
});

describe('every scenario event action is an engine action', () => {
  it('EVENT_ACTION_TYPES of the scenario schema are all handled by dispatch', async () => {
    const { EVENT_ACTION_TYPES } = await import('../../schema/eventSchema');
    const { ACTION_TYPES } = await import('./dispatchAction');
    expect(EVENT_ACTION_TYPES.filter((t) => !ACTION_TYPES.includes(t))).toEqual([]);
  });

  it('R24/R368: customer gateways need an IP or certificate and cannot be deleted while used', () => {
    const e = ready();
    expect(e.dispatch({ type: 'CreateCustomerGateway', BgpAsn: 65010 }).ok).toBe(false);
    const bad = e.dispatch({ type: 'CreateCustomerGateway', BgpAsn: 7224, IpAddress: '198.51.100.9' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toMatch(/R30/);
    const ok = e.dispatch({ type: 'CreateCustomerGateway', IpAddress: '198.51.100.9' });
    expect(ok.ok && (ok.result as { CustomerGateway: { CustomerGatewayId: string } }).CustomerGateway.CustomerGatewayId).toMatch(/^cgw-[0-9a-f]{17}$/);
    expect(e.dispatch({ type: 'DeleteCustomerGateway', CustomerGatewayId: CGW }).ok).toBe(false);
  });

  it('R270: behind NAT with NAT traversal off, IKE comes up but no data crosses (bytes stay 0)', () => {
    const e = Engine.fromScenario(vgwScenario({ CustomerGatewayDevices: [{
      CustomerGatewayId: CGW, Nat: { Enabled: true, PublicIpAddress: '198.51.100.7', PrivateIpAddress: '10.10.0.2' },
      Tunnels: [1, 2].map((n) => ({ VpnConnectionId: VPN, TunnelNumber: n, NatTraversal: false })),
    }] }));
    e.advance(600_000);
    const t = e.snapshot().connections[0]!.tunnels;
    expect(t.map((x) => x.natTDetected)).toEqual([false, false]);
    expect(t.map((x) => x.dataPlaneUp)).toEqual([false, false]);
    expect(t[0].bytesIn + t[1].bytesIn).toBe(0);
  });
});
