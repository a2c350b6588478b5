/**
 * Transit gateways and VPC attachments built and torn down by actions (R11, R40, R190, R207,
 * R225, R341). The playground, terminal and share links all go through these, and the routing
 * must follow at once: a VPC attached is advertised to the device, a VPC detached is not.
 */
import { describe, expect, it } from 'vitest';
import { presetEngine, selected, table } from '../../routingRuntime/presetTestKit';
import type { ActionResult } from './actionTypes';

const TGW = 'tgw-0262a0e521example';
const VPC_B = 'vpc-0a1b2c3d4e5f60002';
const ATTACH_B = 'tgw-attach-0a1b2c3d4e5f60002';
const VPN = 'vpn-0b2c3d4e5f6a70001';
const CGW = 'cgw-0a7c3b9d5e6f01234';

const ready = () => {
  const e = presetEngine('single-tgw');
  e.advance(3 * 60_000);
  return e;
};
const errorOf = (r: ActionResult) => (r.ok ? undefined : r.errors[0]);
const resultOf = <T>(r: ActionResult): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.result as T;
};
const deviceLearns = (e: ReturnType<typeof ready>, dest: string) => (table(e.snapshot(), 'device', CGW)?.routes ?? []).some((r) => r.destination === dest);

describe('CreateTransitGateway / ModifyTransitGateway / DeleteTransitGateway', () => {
  it('R40, R190, R341: defaults are ASN 64512, ECMP for VPN on, default association and propagation on; listed in snapshot.resources', () => {
    const e = ready();
    const r = resultOf<{ TransitGateway: { TransitGatewayId: string; State: string; Options: Record<string, unknown> } }>(e.dispatch({ type: 'CreateTransitGateway' }));
    expect(r.TransitGateway.TransitGatewayId).toMatch(/^tgw-[0-9a-f]{17}$/); // R17
    expect(r.TransitGateway).toMatchObject({ State: 'available', Options: { AmazonSideAsn: 64512, VpnEcmpSupport: 'enable', DefaultRouteTableAssociation: 'enable', DefaultRouteTablePropagation: 'enable' } });
    expect(e.snapshot().resources.transitGateways.map((t) => t.TransitGatewayId)).toEqual([TGW, r.TransitGateway.TransitGatewayId]);
  });

  it('R41/R42: a public Amazon-side ASN is refused with the field path and the allowed ranges; an unknown parameter is named', () => {
    const e = ready();
    const err = errorOf(e.dispatch({ type: 'CreateTransitGateway', Options: { AmazonSideAsn: 7224 } }));
    expect(err).toMatchObject({ code: 'InvalidParameterValue', path: 'Options.AmazonSideAsn', value: 7224 });
    expect(err?.allowed).toMatch(/64512–65534/);
    expect(errorOf(e.dispatch({ type: 'CreateTransitGateway', Options: { VpnEcmpSupport: 'maybe' } } as never))).toMatchObject({ path: 'Options.VpnEcmpSupport' });
    expect(errorOf(e.dispatch({ type: 'CreateTransitGateway', VpcId: VPC_B } as never))).toMatchObject({ code: 'UnknownParameter', path: 'VpcId' });
    expect(e.snapshot().resources.transitGateways).toHaveLength(1);
  });

  it('R190: turning VPN ECMP off leaves one of the two tunnels selected for the site prefix', () => {
    const e = ready();
    expect(selected(e.snapshot(), 'tgw', '192.168.0.0/16')).toHaveLength(2);
    expect(e.dispatch({ type: 'ModifyTransitGateway', TransitGatewayId: TGW, Options: { VpnEcmpSupport: 'disable' } }).ok).toBe(true);
    expect(selected(e.snapshot(), 'tgw', '192.168.0.0/16')).toHaveLength(1);
    expect(e.snapshot().resources.transitGateways[0]?.VpnEcmpSupport).toBe('disable');
  });

  it('R225: private IP CIDR blocks are added and removed; the ASN cannot change while a VPN attachment uses it', () => {
    const e = ready();
    const r = resultOf<{ TransitGateway: { Options: { TransitGatewayCidrBlocks?: string[] } } }>(
      e.dispatch({ type: 'ModifyTransitGateway', TransitGatewayId: TGW, Options: { AddTransitGatewayCidrBlocks: ['10.100.0.0/24', '10.101.0.0/24'] } }),
    );
    expect(r.TransitGateway.Options.TransitGatewayCidrBlocks).toEqual(['10.100.0.0/24', '10.101.0.0/24']);
    const r2 = resultOf<{ TransitGateway: { Options: { TransitGatewayCidrBlocks?: string[] } } }>(
      e.dispatch({ type: 'ModifyTransitGateway', TransitGatewayId: TGW, Options: { RemoveTransitGatewayCidrBlocks: ['10.100.0.0/24'] } }),
    );
    expect(r2.TransitGateway.Options.TransitGatewayCidrBlocks).toEqual(['10.101.0.0/24']);
    const err = errorOf(e.dispatch({ type: 'ModifyTransitGateway', TransitGatewayId: TGW, Options: { AmazonSideAsn: 64600 } }));
    expect(err).toMatchObject({ code: 'IncorrectState', path: 'Options.AmazonSideAsn', value: 64600 });
    expect(err?.message).toContain(VPN);
  });

  it('a transit gateway with attachments cannot be deleted: first the VPN connection, then the VPC attachments', () => {
    const e = ready();
    expect(errorOf(e.dispatch({ type: 'DeleteTransitGateway', TransitGatewayId: TGW }))?.message).toContain(VPN);
    expect(e.dispatch({ type: 'DeleteVpnConnection', VpnConnectionId: VPN }).ok).toBe(true);
    expect(errorOf(e.dispatch({ type: 'DeleteTransitGateway', TransitGatewayId: TGW }))?.message).toMatch(/still deleting/);
    e.advance(10 * 60_000); // R367: deleting → deleted
    expect(errorOf(e.dispatch({ type: 'DeleteTransitGateway', TransitGatewayId: TGW }))?.message).toMatch(/tgw-attach-/);
    for (const a of e.snapshot().resources.transitGatewayAttachments) {
      expect(e.dispatch({ type: 'DeleteTransitGatewayVpcAttachment', TransitGatewayAttachmentId: a.TransitGatewayAttachmentId }).ok).toBe(true);
    }
    expect(e.dispatch({ type: 'DeleteTransitGateway', TransitGatewayId: TGW }).ok).toBe(true);
    expect(e.snapshot().resources.transitGateways).toEqual([]);
    expect(errorOf(e.dispatch({ type: 'DeleteTransitGateway', TransitGatewayId: TGW }))).toMatchObject({ code: 'InvalidTransitGatewayID.NotFound', path: 'TransitGatewayId' });
  });
});

describe('CreateTransitGatewayVpcAttachment / DeleteTransitGatewayVpcAttachment', () => {
  it('R11, R207: detaching a VPC withdraws its CIDR from the TGW table and from what the device learns; attaching it again brings both back', () => {
    const e = ready();
    expect(selected(e.snapshot(), 'tgw', '10.1.0.0/16')).toHaveLength(1);
    expect(deviceLearns(e, '10.1.0.0/16')).toBe(true);
    expect(e.dispatch({ type: 'DeleteTransitGatewayVpcAttachment', TransitGatewayAttachmentId: ATTACH_B }).ok).toBe(true);
    e.advance(60_000); // BGP UPDATEs reach the device
    expect(selected(e.snapshot(), 'tgw', '10.1.0.0/16')).toHaveLength(0);
    expect(deviceLearns(e, '10.1.0.0/16')).toBe(false);
    expect(deviceLearns(e, '10.0.0.0/16')).toBe(true);
    const r = resultOf<{ TransitGatewayVpcAttachment: { TransitGatewayAttachmentId: string; State: string } }>(
      e.dispatch({ type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: TGW, VpcId: VPC_B, SubnetIds: ['subnet-0a1b2c3d4e5f60002'] }),
    );
    expect(r.TransitGatewayVpcAttachment.TransitGatewayAttachmentId).toMatch(/^tgw-attach-[0-9a-f]{17}$/);
    expect(r.TransitGatewayVpcAttachment.State).toBe('available');
    e.advance(60_000);
    expect(selected(e.snapshot(), 'tgw', '10.1.0.0/16')).toHaveLength(1);
    expect(deviceLearns(e, '10.1.0.0/16')).toBe(true);
  });

  it('refuses a duplicate, an unknown VPC (naming the VPCs that exist) and deleting a VPN attachment (delete its connection)', () => {
    const e = ready();
    expect(errorOf(e.dispatch({ type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: TGW, VpcId: VPC_B }))).toMatchObject({ code: 'DuplicateTransitGatewayAttachment', path: 'VpcId' });
    const unknown = errorOf(e.dispatch({ type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: TGW, VpcId: 'vpc-0000000000000dead' }));
    expect(unknown).toMatchObject({ code: 'InvalidVpcID.NotFound', path: 'VpcId' });
    expect(unknown?.allowed).toContain(VPC_B);
    const vpnAttachment = e.snapshot().connections[0]?.transitGatewayAttachmentId;
    expect(vpnAttachment).toMatch(/^tgw-attach-/);
    const err = errorOf(e.dispatch({ type: 'DeleteTransitGatewayVpcAttachment', TransitGatewayAttachmentId: vpnAttachment }));
    expect(err?.message).toContain(`VPN attachment of ${VPN}`);
  });

  it('the same actions give the same IDs and snapshots on replay (determinism)', () => {
    const run = () => {
      const e = ready();
      const t = resultOf<{ TransitGateway: { TransitGatewayId: string } }>(e.dispatch({ type: 'CreateTransitGateway', Options: { AmazonSideAsn: 64600 } }));
      e.dispatch({ type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: t.TransitGateway.TransitGatewayId, VpcId: VPC_B });
      e.advance(60_000);
      return JSON.stringify(e.snapshot());
    };
    expect(run()).toBe(run());
  });
});

describe('DeleteCustomerGateway and sites', () => {
  it('a site behind a deleted customer gateway stays, without a gateway, instead of pointing at nothing', () => {
    const e = ready();
    expect(e.dispatch({ type: 'DeleteVpnConnection', VpnConnectionId: VPN }).ok).toBe(true);
    e.advance(10 * 60_000);
    expect(e.dispatch({ type: 'DeleteCustomerGateway', CustomerGatewayId: CGW }).ok).toBe(true);
    const site = e.snapshot().resources.sites.find((s) => s.Name === 'headquarters');
    expect(site).toBeDefined();
    expect(site?.CustomerGatewayId).toBeUndefined();
  });
});
