import { describe, expect, it } from 'vitest';
import { buildSandbox, scenarioOf, type EngineAction, type EngineSnapshot } from '../session/engineBinding';
import { getPreset } from '../../scenarios/index';
import {
  attachmentAction, connectionTargets, customerGatewayAction, customerGatewayDefaults, freeSiteCidr, refusalText, siteAction, siteDefaults,
  tgwAttachmentAction, transitGatewayAction, vpnConnectionAction, vpnConnectionDefaults, vpnGatewayAction,
} from './buildForms';

const text = getPreset('single-vgw')!.text;
const scenario = scenarioOf(text)!;
function engine() {
  const b = buildSandbox(text, 1);
  if (!b.ok) throw new Error('preset did not build');
  return b.engine;
}
const snapOf = (e: ReturnType<typeof engine>) => e.snapshot() as EngineSnapshot;

describe('Build forms', () => {
  it('R32: the customer gateway form defaults to ASN 65000 and an unused address; its action is accepted by the engine', () => {
    const e = engine();
    const d = customerGatewayDefaults(snapOf(e));
    expect(d.asn).toBe('65000');
    expect(d.ip).not.toBe('203.0.113.12');
    const f = customerGatewayAction(d, 'us-east-1');
    expect(f.ok).toBe(true);
    if (f.ok) expect(e.dispatch(f.action).ok).toBe(true);
  });

  it('R28–R30: customer gateway validation names the field and the allowed values', () => {
    const bad = customerGatewayAction({ ip: '300.1.1.1', asn: '7224', name: '' }, 'us-east-1');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((x) => x.field)).toEqual(['ip', 'asn']);
    expect(bad.errors[0]!.message).toMatch(/^IP address: .*allowed: an IPv4 address/);
    expect(bad.errors[1]!.message).toMatch(/^BGP ASN 7224 is reserved.*allowed: 1–2147483647/);
    const word = customerGatewayAction({ ip: '198.51.100.1', asn: 'abc', name: '' }, 'us-east-1');
    expect(!word.ok && word.errors[0]!.message).toMatch(/whole number/);
  });

  it('R41: the VPN gateway form refuses a public Amazon-side ASN, naming the private ranges', () => {
    expect(vpnGatewayAction('64512')).toMatchObject({ ok: true, action: { type: 'CreateVpnGateway', AmazonSideAsn: 64512 } });
    const bad = vpnGatewayAction('100');
    expect(!bad.ok && bad.errors[0]).toMatchObject({ field: 'amazonAsn' });
    expect(!bad.ok && bad.errors[0]!.message).toMatch(/64512–65534 or 4200000000–4294967294/);
  });

  it('R93/R341: a static VPN connection to the VGW carries its routes; the engine accepts it', () => {
    const e = engine();
    const targets = connectionTargets(snapOf(e));
    expect(targets.map((t) => t.id)).toEqual(['vgw-1a2b3c4d']);
    const d = vpnConnectionDefaults(snapOf(e));
    expect(d).toMatchObject({ customerGatewayId: 'cgw-0e11f167e1f1a8d2c', targetId: 'vgw-1a2b3c4d', routing: 'static', routes: '192.168.0.0/16' });
    const f = vpnConnectionAction({ ...d, routes: '192.168.0.0/16, 10.50.0.0/16' }, snapOf(e));
    expect(f.ok && f.action).toMatchObject({ type: 'CreateVpnConnection', VpnGatewayId: 'vgw-1a2b3c4d', Options: { StaticRoutesOnly: true }, Routes: [{ DestinationCidrBlock: '192.168.0.0/16' }, { DestinationCidrBlock: '10.50.0.0/16' }] });
    if (f.ok) expect(e.dispatch(f.action).ok).toBe(true);
    const dyn = vpnConnectionAction({ ...d, routing: 'dynamic', routes: 'ignored' }, snapOf(e));
    expect(dyn.ok && 'Routes' in dyn.action).toBe(false);
  });

  it('VPN connection validation lists the gateways that exist and flags a bad route', () => {
    const e = engine();
    const bad = vpnConnectionAction({ customerGatewayId: 'cgw-x', targetId: 'vgw-x', routing: 'static', routes: '10.0.0.1/16' }, snapOf(e));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((x) => x.field)).toEqual(['customerGatewayId', 'targetId', 'routes']);
    expect(bad.errors[0]!.message).toContain('cgw-0e11f167e1f1a8d2c');
    expect(bad.errors[2]!.message).toContain('10.0.0.0/16');
  });

  it('R216: site defaults pick a range no site or VPC uses; the site action is accepted', () => {
    const e = engine();
    const d = siteDefaults(snapOf(e), scenario);
    expect(d.cidrs).toBe('172.16.0.0/24');
    expect(d.hostIp).toBe('172.16.0.10');
    const f = siteAction(d, snapOf(e));
    expect(f.ok).toBe(true);
    if (f.ok) expect(e.dispatch(f.action).ok).toBe(true);
    expect(freeSiteCidr(snapOf(e), scenario)).toBe('172.16.1.0/24');
  });

  it('site validation: a taken name, a host outside the site', () => {
    const e = engine();
    const bad = siteAction({ name: 'branch', cidrs: '172.16.0.0/24', customerGatewayId: '', hostName: 'pc', hostIp: '10.9.9.9' }, snapOf(e));
    expect(!bad.ok && bad.errors.map((x) => x.field)).toEqual(['name', 'hostIp']);
    expect(!bad.ok && bad.errors[1]!.message).toMatch(/inside 172\.16\.0\.0\/24/);
  });

  it('R8–R10: attach and detach build the EC2 actions; unknown IDs are refused with the allowed list', () => {
    const e = engine();
    expect(attachmentAction('vgw-1a2b3c4d', 'vpc-0a1b2c3d4e5f60001', false, snapOf(e), scenario)).toMatchObject({ ok: true, action: { type: 'DetachVpnGateway' } });
    const bad = attachmentAction('vgw-x', 'vpc-x', true, snapOf(e), scenario);
    expect(!bad.ok && bad.errors.map((x) => x.message).join(' ')).toMatch(/vgw-1a2b3c4d.*vpc-0a1b2c3d4e5f60001/);
  });

  it('R11, R190, R207: a transit gateway built from the forms is a connection target, and a VPC attached to it can be detached', () => {
    const e = engine();
    const bad = transitGatewayAction('65535', true);
    expect(!bad.ok && bad.errors[0]).toMatchObject({ field: 'tgwAsn' });
    expect(!bad.ok && bad.errors[0]!.message).toMatch(/64512–65534 or 4200000000–4294967294/);
    const f = transitGatewayAction('64600', false);
    expect(f.ok && f.action).toMatchObject({ type: 'CreateTransitGateway', Options: { AmazonSideAsn: 64600, VpnEcmpSupport: 'disable' } });
    if (!f.ok) return;
    const r = e.dispatch(f.action) as { ok: boolean; result?: { TransitGateway: { TransitGatewayId: string } } };
    const tgw = r.result!.TransitGateway.TransitGatewayId;
    expect(connectionTargets(snapOf(e)).map((t) => t.id)).toEqual(['vgw-1a2b3c4d', tgw]);
    const vpc = scenario.Vpcs![0]!.VpcId;
    expect(tgwAttachmentAction(tgw, vpc, false, snapOf(e), scenario)).toMatchObject({ ok: false, errors: [{ field: 'vpcId' }] });
    const attach = tgwAttachmentAction(tgw, vpc, true, snapOf(e), scenario);
    expect(attach.ok && attach.action).toMatchObject({ type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: tgw, VpcId: vpc });
    if (attach.ok) expect(e.dispatch(attach.action).ok).toBe(true);
    const detach = tgwAttachmentAction(tgw, vpc, false, snapOf(e), scenario);
    expect(detach.ok && detach.action).toMatchObject({ type: 'DeleteTransitGatewayVpcAttachment' });
    if (detach.ok) expect(e.dispatch(detach.action).ok).toBe(true);
    expect(snapOf(e).resources.transitGatewayAttachments).toEqual([]);
    expect(tgwAttachmentAction('tgw-nope', 'vpc-nope', true, snapOf(e), scenario)).toMatchObject({ ok: false, errors: [{ field: 'transitGatewayId' }, { field: 'vpcId' }] });
  });

  it('refusalText prints the engine errors with their path and allowed values', () => {
    expect(refusalText({ ok: false, errors: [{ path: 'VpnGatewayId', message: 'in use', allowed: 'a detached gateway' }] }, 'Delete')).toBe('VpnGatewayId: in use (allowed: a detached gateway)');
    expect(refusalText({ ok: false }, 'Delete')).toBe('Delete was refused.');
  });
});

describe('built resources through the session (undo, share-link replay)', () => {
  it('a build recorded by the session replays to the same IDs, and undo removes the last step', async () => {
    const { SandboxSession } = await import('../session/sandboxSession.svelte');
    const s = new SandboxSession<EngineAction, EngineSnapshot>(buildSandbox, 1);
    s.load(text);
    s.advance(90_000);
    const cgw = s.apply({ type: 'CreateCustomerGateway', IpAddress: '198.51.100.77', BgpAsn: 65000 }, 'cgw') as { ok: boolean; result?: { CustomerGateway: { CustomerGatewayId: string } } };
    const cgwId = cgw.result!.CustomerGateway.CustomerGatewayId;
    const f = vpnConnectionAction({ customerGatewayId: cgwId, targetId: 'vgw-1a2b3c4d', routing: 'static', routes: '172.16.0.0/16' }, s.snapshot);
    if (!f.ok) throw new Error('form refused');
    const vpn = s.apply(f.action, f.label) as { ok: boolean; result?: { VpnConnectionId: string } };
    const vpnId = vpn.result!.VpnConnectionId;
    s.advance(3_600_000);
    expect(s.snapshot!.connections.find((c) => c.id === vpnId)?.tunnels.map((t) => t.status)).toEqual(['UP', 'UP']);
    // A share link or autosave carries scenario + timed actions; replaying them gives the same IDs.
    const replay = new SandboxSession<EngineAction, EngineSnapshot>(buildSandbox, 1);
    replay.load(text, s.timeline.actions, s.now);
    expect(JSON.stringify(replay.snapshot)).toBe(JSON.stringify(s.snapshot));
    s.undo();
    expect(s.snapshot!.connections.some((c) => c.id === vpnId)).toBe(false);
    expect(s.snapshot!.resources.customerGateways.some((g) => g.CustomerGatewayId === cgwId)).toBe(true);
  });
});
