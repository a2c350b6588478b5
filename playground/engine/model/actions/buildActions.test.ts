/**
 * Building and tearing down a topology with actions: VPN gateways (R40–R42, R344, R369), route
 * propagation (R172), the device's BGP and interface settings, and lab-level sites. Every change
 * must show in the snapshot (resources, routing) because the playground draws from it.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine';
import { presetEngine, selected } from '../../routingRuntime/presetTestKit';
import { vgwScenario } from '../scenarioFixtures';
import type { ActionResult } from './actionTypes';

const VPN = 'vpn-00000000000000001';
const CGW = 'cgw-0123456789abcdef0';
const VGW = 'vgw-0123456789abcdef0';
const VPC = 'vpc-0123456789abcdef0';

const ready = (extra: Record<string, unknown> = {}, connections = 1) => {
  const e = Engine.fromScenario(vgwScenario(extra, connections));
  e.advance(5000);
  return e;
};
const errorOf = (r: ActionResult) => (r.ok ? undefined : r.errors[0]);
const resultOf = <T>(r: ActionResult): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.result as T;
};

describe('CreateVpnGateway / DeleteVpnGateway', () => {
  it('R40: a VGW created without an ASN gets 64512, is detached and listed in snapshot.resources', () => {
    const e = ready({}, 0);
    const r = resultOf<{ VpnGateway: { VpnGatewayId: string; AmazonSideAsn: number } }>(e.dispatch({ type: 'CreateVpnGateway' }));
    expect(r.VpnGateway.VpnGatewayId).toMatch(/^vgw-[0-9a-f]{17}$/);
    expect(r.VpnGateway.AmazonSideAsn).toBe(64512);
    const listed = e.snapshot().resources.vpnGateways.find((g) => g.VpnGatewayId === r.VpnGateway.VpnGatewayId);
    expect(listed).toEqual({ VpnGatewayId: r.VpnGateway.VpnGatewayId, AmazonSideAsn: 64512, State: 'available', VpcAttachments: [] });
  });

  it('R41/R42: a custom Amazon-side ASN must be private; the error names the field and the allowed ranges', () => {
    const e = ready({}, 0);
    const err = errorOf(e.dispatch({ type: 'CreateVpnGateway', AmazonSideAsn: 65535 }));
    expect(err).toMatchObject({ code: 'InvalidParameterValue', path: 'AmazonSideAsn', value: 65535 });
    expect(err?.allowed).toMatch(/64512–65534 or 4200000000–4294967294/);
    expect(e.dispatch({ type: 'CreateVpnGateway', AmazonSideAsn: 4200000001 }).ok).toBe(true);
  });

  it('R10: CreateVpnGateway does not attach; VpcAttachments is refused with the allowed fields', () => {
    const e = ready({}, 0);
    const err = errorOf(e.dispatch({ type: 'CreateVpnGateway', VpcAttachments: [{ VpcId: VPC }] } as never));
    expect(err).toMatchObject({ code: 'UnknownParameter', path: 'VpcAttachments' });
    expect(err?.allowed).toMatch(/AmazonSideAsn/);
  });

  it('R369: an attached VGW cannot be deleted (IncorrectState); a refused delete changes nothing (R372)', () => {
    const e = ready({}, 0);
    const before = JSON.stringify(e.snapshot().resources);
    const err = errorOf(e.dispatch({ type: 'DeleteVpnGateway', VpnGatewayId: VGW }));
    expect(err).toMatchObject({ code: 'IncorrectState', path: 'VpnGatewayId', value: VGW });
    expect(err?.message).toMatch(/R369/);
    expect(JSON.stringify(e.snapshot().resources)).toBe(before);
  });

  it('R344/R366: a VGW a VPN connection uses cannot be deleted until the connection is gone', () => {
    const e = ready();
    expect(e.dispatch({ type: 'DetachVpnGateway', VpnGatewayId: VGW, VpcId: VPC }).ok).toBe(true);
    expect(e.snapshot().resources.vpnGateways[0]!.VpcAttachments).toEqual([{ VpcId: VPC, State: 'detached' }]);
    const err = errorOf(e.dispatch({ type: 'DeleteVpnGateway', VpnGatewayId: VGW }));
    expect(err).toMatchObject({ code: 'IncorrectState', path: 'VpnGatewayId' });
    expect(err?.message).toContain(VPN);
    e.dispatch({ type: 'DeleteVpnConnection', VpnConnectionId: VPN });
    e.advance(60_000);
    expect(e.dispatch({ type: 'DeleteVpnGateway', VpnGatewayId: VGW }).ok).toBe(true);
    expect(e.snapshot().resources.vpnGateways).toEqual([]);
  });

  it('DeleteVpnGateway of an unknown ID names the IDs that exist', () => {
    const e = ready({}, 0);
    expect(errorOf(e.dispatch({ type: 'DeleteVpnGateway', VpnGatewayId: 'vgw-nope' }))).toMatchObject({ code: 'InvalidVpnGatewayID.NotFound', allowed: VGW });
  });

  it('R341/R10/R21: create VGW → attach → customer gateway → static connection with routes; both tunnels come up', () => {
    const e = Engine.fromScenario(vgwScenario({ VpnGateways: [], CustomerGateways: [], Vpcs: [{ VpcId: VPC, CidrBlock: '10.0.0.0/16' }] }, 0));
    const vgw = resultOf<{ VpnGateway: { VpnGatewayId: string } }>(e.dispatch({ type: 'CreateVpnGateway', AmazonSideAsn: 64600 })).VpnGateway.VpnGatewayId;
    expect(e.dispatch({ type: 'AttachVpnGateway', VpnGatewayId: vgw, VpcId: VPC }).ok).toBe(true);
    const cgw = resultOf<{ CustomerGateway: { CustomerGatewayId: string } }>(e.dispatch({ type: 'CreateCustomerGateway', IpAddress: '198.51.100.20', DeviceName: 'lab-router' })).CustomerGateway.CustomerGatewayId;
    const vpn = resultOf<{ VpnConnectionId: string }>(
      e.dispatch({ type: 'CreateVpnConnection', CustomerGatewayId: cgw, VpnGatewayId: vgw, Options: { StaticRoutesOnly: true }, Routes: [{ DestinationCidrBlock: '172.16.0.0/16' }] } as never),
    ).VpnConnectionId;
    e.advance(600_000);
    const s = e.snapshot();
    const c = s.connections.find((x) => x.id === vpn)!;
    expect(c.state).toBe('available');
    expect(c.routes).toEqual(['172.16.0.0/16']);
    expect(c.tunnels.map((t) => t.status)).toEqual(['UP', 'UP']);
    expect(s.resources.customerGateways.map((g) => g.CustomerGatewayId)).toEqual([cgw]);
    expect(s.resources.vpnGateways[0]).toMatchObject({ VpnGatewayId: vgw, AmazonSideAsn: 64600, VpcAttachments: [{ VpcId: VPC, State: 'attached' }] });
  });

  it('the same build replayed gives byte-identical snapshots (IDs come from the seeded stream)', () => {
    const run = () => {
      const e = ready({}, 0);
      e.dispatch({ type: 'CreateVpnGateway' });
      const cgw = resultOf<{ CustomerGateway: { CustomerGatewayId: string } }>(e.dispatch({ type: 'CreateCustomerGateway', IpAddress: '198.51.100.30' })).CustomerGateway.CustomerGatewayId;
      e.dispatch({ type: 'CreateSite', Name: 'lab', CustomerGatewayId: cgw, CidrBlocks: ['172.20.0.0/16'] });
      e.dispatch({ type: 'CreateVpnConnection', CustomerGatewayId: cgw, VpnGatewayId: VGW } as never);
      e.advance(900_000);
      return JSON.stringify(e.snapshot());
    };
    expect(run()).toBe(run());
  });
});

describe('DisableVgwRoutePropagation (R172)', () => {
  it('R172: disabling propagation removes the site route from the VPC route table; enabling brings it back', () => {
    const e = presetEngine('single-vgw');
    e.advance(120_000);
    expect(selected(e.snapshot(), 'vpc', '192.168.0.0/16')[0]).toMatchObject({ target: 'vgw-1a2b3c4d', origin: 'propagated' });
    expect(e.dispatch({ type: 'DisableVgwRoutePropagation', RouteTableId: 'rtb-0a1b2c3d4e5f60001', GatewayId: 'vgw-1a2b3c4d' }).ok).toBe(true);
    expect(selected(e.snapshot(), 'vpc', '192.168.0.0/16')).toEqual([]);
    expect(e.dispatch({ type: 'EnableVgwRoutePropagation', RouteTableId: 'rtb-0a1b2c3d4e5f60001', GatewayId: 'vgw-1a2b3c4d' }).ok).toBe(true);
    expect(selected(e.snapshot(), 'vpc', '192.168.0.0/16')).toHaveLength(1);
  });
});

describe('ConfigureDeviceBgp', () => {
  it('R211: new AdvertisedPrefixes replace the list; the VGW learns the new prefix and forgets the old', () => {
    const e = presetEngine('single-vgw');
    e.advance(120_000);
    const r = e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { AdvertisedPrefixes: ['192.168.0.0/16', '172.31.0.0/16'] } });
    expect(r.ok).toBe(true);
    e.advance(60_000);
    expect(selected(e.snapshot(), 'vgw', '172.31.0.0/16')).toHaveLength(1);
    e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { AdvertisedPrefixes: ['172.31.0.0/16'] } });
    e.advance(60_000);
    expect(selected(e.snapshot(), 'vgw', '192.168.0.0/16')).toEqual([]);
  });

  it('R186: prepending on tunnel 1 moves the VGW onto tunnel 2 (shorter AS_PATH)', () => {
    const e = presetEngine('single-vgw');
    e.advance(120_000);
    const t2 = e.snapshot().connections[0]!.tunnels[1].outsideIpAddress;
    e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { PerTunnel: [{ VpnConnectionId: 'vpn-04d5cc9b88example', TunnelNumber: 1, AsPathPrepend: 3 }] } });
    e.advance(60_000);
    expect(selected(e.snapshot(), 'vgw', '192.168.0.0/16')[0]?.tunnelOutsideIp).toBe(t2);
  });

  it('R361: a device ASN the gateway does not expect keeps BGP (and so the tunnels, R171) down; null restores the default', () => {
    const e = presetEngine('single-vgw');
    e.advance(120_000);
    expect(e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { Asn: 65099 } }).ok).toBe(true);
    e.advance(120_000);
    expect(e.snapshot().connections[0]!.tunnels.map((t) => t.status)).toEqual(['DOWN', 'DOWN']);
    e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { Asn: null } });
    e.advance(120_000);
    expect(e.snapshot().connections[0]!.tunnels.map((t) => t.status)).toEqual(['UP', 'UP']);
  });

  it('errors name the field and the allowed values; a refused change keeps the device as it was (R372)', () => {
    const e = presetEngine('single-vgw');
    const unknown = errorOf(e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { Prefixes: ['10.0.0.0/8'] } as never }));
    expect(unknown).toMatchObject({ code: 'UnknownParameter', path: 'Bgp.Prefixes' });
    expect(unknown?.allowed).toMatch(/AdvertisedPrefixes/);
    const range = errorOf(e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { AsPathPrepend: 11 } }));
    expect(range?.path).toBe('Bgp.AsPathPrepend');
    const cidr = errorOf(e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', Bgp: { AdvertisedPrefixes: ['192.168.0.0/33'] } }));
    expect(cidr?.path).toMatch(/^Bgp\.AdvertisedPrefixes/);
    expect(errorOf(e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-nope', Bgp: {} }))).toMatchObject({ code: 'InvalidCustomerGatewayID.NotFound', allowed: 'cgw-0e11f167e1f1a8d2c' });
    expect(errorOf(e.dispatch({ type: 'ConfigureDeviceBgp', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c' } as never))).toMatchObject({ code: 'MissingParameter', path: 'Bgp' });
    e.advance(120_000);
    expect(selected(e.snapshot(), 'vgw', '192.168.0.0/16')).toHaveLength(1);
  });
});

describe('ConfigureDeviceInterface', () => {
  it('sets the tunnel interface MTU and MSS clamp within the device schema ranges', () => {
    const e = ready();
    expect(e.dispatch({ type: 'ConfigureDeviceInterface', CustomerGatewayId: CGW, Mtu: 1438, TcpMssClamp: 1398 }).ok).toBe(true);
    expect(e.world().devices.get(CGW)?.spec).toMatchObject({ Mtu: 1438, TcpMssClamp: 1398 });
    expect(errorOf(e.dispatch({ type: 'ConfigureDeviceInterface', CustomerGatewayId: CGW, Mtu: 20000 }))?.path).toBe('Mtu');
    expect(errorOf(e.dispatch({ type: 'ConfigureDeviceInterface', CustomerGatewayId: CGW }))).toMatchObject({ code: 'MissingParameter', allowed: 'Mtu, TcpMssClamp' });
  });
});

describe('CreateSite / DeleteSite (lab-level)', () => {
  it('R211/R213: a site behind a device with no AdvertisedPrefixes is advertised over BGP and its hosts can be traced', () => {
    const e = ready();
    const r = e.dispatch({ type: 'CreateSite', Name: 'branch', CustomerGatewayId: CGW, CidrBlocks: ['172.16.0.0/16'], Hosts: [{ Name: 'pc', IpAddress: '172.16.0.10' }] });
    expect(r.ok).toBe(true);
    e.advance(120_000);
    const s = e.snapshot();
    expect(s.resources.sites).toEqual([{ Name: 'branch', CustomerGatewayId: CGW, CidrBlocks: ['172.16.0.0/16'], Hosts: [{ Name: 'pc', IpAddress: '172.16.0.10' }] }]);
    expect(selected(s, 'vgw', '172.16.0.0/16')).toHaveLength(1);
    const trace = e.tracePath('pc', '10.0.0.10');
    expect(trace.ok && trace.forward.length > 0).toBe(true);
    expect(e.dispatch({ type: 'DeleteSite', Name: 'branch' }).ok).toBe(true);
    e.advance(60_000);
    expect(e.snapshot().resources.sites).toEqual([]);
    expect(selected(e.snapshot(), 'vgw', '172.16.0.0/16')).toEqual([]);
  });

  it('names are unique, the gateway must exist, CIDRs are checked; errors name the field', () => {
    const e = ready({ Sites: [{ Name: 'hq', CustomerGatewayId: CGW, CidrBlocks: ['192.168.0.0/16'] }] });
    expect(errorOf(e.dispatch({ type: 'CreateSite', Name: 'hq', CidrBlocks: ['10.9.0.0/16'] }))).toMatchObject({ code: 'InvalidParameterValue', path: 'Name' });
    expect(errorOf(e.dispatch({ type: 'CreateSite', Name: 'b', CustomerGatewayId: 'cgw-nope', CidrBlocks: ['10.9.0.0/16'] }))).toMatchObject({ code: 'InvalidCustomerGatewayID.NotFound', allowed: CGW });
    expect(errorOf(e.dispatch({ type: 'CreateSite', Name: 'b', CidrBlocks: ['10.9.0.0/33'] }))?.path).toMatch(/^CidrBlocks/);
    expect(errorOf(e.dispatch({ type: 'CreateSite', Name: 'b', CidrBlocks: [] }))?.path).toBe('CidrBlocks');
    expect(errorOf(e.dispatch({ type: 'DeleteSite', Name: 'nope' }))).toMatchObject({ code: 'InvalidSite.NotFound', allowed: 'hq' });
  });
});
