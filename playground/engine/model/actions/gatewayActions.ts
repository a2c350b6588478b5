import { VpnGatewaySchema } from '../../schema/awsResourcesSchema';
import { checkAmazonSideAsn } from '../../schema/asnRules';
import { validationError } from '../../schema/validationError';
import { zodIssuesToErrors } from '../../schema/zodIssues';
import { built, once } from '../../schema/lazySchema';
import type { EngineCore } from '../engineCore';
import { fail, type ActionResult } from './actionTypes';

const notFound = (core: EngineCore, vgwId: unknown): ActionResult =>
  fail(validationError('InvalidVpnGatewayID.NotFound', 'VpnGatewayId', `the virtual private gateway ID '${String(vgwId)}' does not exist`, { value: vgwId, allowed: [...core.world.vpnGateways.keys()].join(', ') || 'no virtual private gateways exist' }));

const changed = (core: EngineCore, id: string, change: string): void => {
  core.emit({ type: 'resourceChanged', t: core.kernel.now(), resource: 'vpn-gateway', id, change });
  core.touch();
};

/** AttachVpnGateway (R10, R341): a VGW attaches to one VPC, and a VPC has one VGW at a time (R8, R9). */
export function attachVpnGateway(core: EngineCore, a: Record<string, unknown>, attach: boolean): ActionResult {
  const vgwId = a['VpnGatewayId'];
  const vpcId = a['VpcId'];
  const vgw = typeof vgwId === 'string' ? core.world.vpnGateways.get(vgwId) : undefined;
  if (!vgw) return notFound(core, vgwId);
  if (typeof vpcId !== 'string' || !core.world.vpcIds.has(vpcId)) return fail(validationError('InvalidVpcID.NotFound', 'VpcId', `the VPC ID '${String(vpcId)}' does not exist`, { value: vpcId, allowed: [...core.world.vpcIds].join(', ') }));
  const attached = vgw.attachments.filter((x) => x.State === 'attached' || x.State === 'attaching');
  if (attach) {
    if (attached.some((x) => x.VpcId === vpcId)) return { ok: true, result: { VpcAttachment: { VpcId: vpcId, State: 'attached' } } };
    if (attached.length > 0) return fail(validationError('InvalidParameterValue', 'VpnGatewayId', `${vgw.spec.VpnGatewayId} is already attached to ${attached[0]!.VpcId}; a virtual private gateway attaches to one VPC (R8)`, { value: vgwId }));
    for (const other of core.world.vpnGateways.values()) {
      if (other.attachments.some((x) => x.VpcId === vpcId && x.State === 'attached')) {
        return fail(validationError('InvalidParameterValue', 'VpcId', `${vpcId} already has ${other.spec.VpnGatewayId} attached; a VPC has one virtual private gateway at a time (R9)`, { value: vpcId }));
      }
    }
    vgw.attachments = [...vgw.attachments.filter((x) => x.VpcId !== vpcId), { VpcId: vpcId, State: 'attached' }];
  } else {
    if (!attached.some((x) => x.VpcId === vpcId)) return fail(validationError('InvalidVpnGatewayAttachment.NotFound', 'VpcId', `${vgw.spec.VpnGatewayId} is not attached to ${vpcId}`, { value: vpcId }));
    vgw.attachments = vgw.attachments.map((x) => (x.VpcId === vpcId ? { ...x, State: 'detached' as const } : x));
  }
  changed(core, vgw.spec.VpnGatewayId, `${attach ? 'attached to' : 'detached from'} ${vpcId}`);
  return { ok: true, result: { VpcAttachment: { VpcId: vpcId, State: attach ? 'attached' : 'detached' } } };
}

// `Type` names the action in scenario events, so the gateway type is always ipsec.1 (R2).
const createVpnGatewayInput = once(() => built(VpnGatewaySchema).omit({ VpcAttachments: true }));

/**
 * CreateVpnGateway (R341): a detached VGW of type ipsec.1 with the Amazon-side ASN given, or
 * 64512 (R40); a custom ASN must be private (R41, R42 Lab decision). It must then be attached to
 * a VPC (R10). The ID comes from the seeded ID stream unless the action names one.
 */
export function createVpnGateway(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const { type: _t, Type: _T, ...rest } = a;
  if ('VpcAttachments' in rest) {
    return fail(validationError('UnknownParameter', 'VpcAttachments', 'CreateVpnGateway does not attach the gateway; call AttachVpnGateway next (R10)', { value: rest['VpcAttachments'], allowed: 'AmazonSideAsn, AvailabilityZone, Tags, VpnGatewayId' }));
  }
  const id = typeof a['VpnGatewayId'] === 'string' ? a['VpnGatewayId'] : core.ids.next('vgw');
  const input = { AmazonSideAsn: 64512, ...rest, VpnGatewayId: id }; // R40: default Amazon ASN 64512
  const parsed = createVpnGatewayInput().safeParse(input);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, input, []));
  const spec = parsed.data;
  const asnErrors = checkAmazonSideAsn(spec.AmazonSideAsn ?? 64512, ['AmazonSideAsn']);
  if (asnErrors.length > 0) return fail(...asnErrors);
  if (core.world.vpnGateways.has(id)) return fail(validationError('InvalidParameterValue', 'VpnGatewayId', `virtual private gateway ${id} already exists`, { value: id }));
  core.ids.reserve(id);
  core.world.vpnGateways.set(id, { spec, state: 'available', attachments: [] });
  changed(core, id, 'created');
  return { ok: true, result: { VpnGateway: { VpnGatewayId: id, State: 'available', Type: 'ipsec.1', AmazonSideAsn: spec.AmazonSideAsn ?? 64512, VpcAttachments: [] } } };
}

/**
 * DeleteVpnGateway (R344): refused while the VGW is attached to a VPC (R369: detach first) or
 * while a VPN connection that is not deleted uses it (delete the connection first, R366 order).
 * Like DeleteCustomerGateway, the gateway disappears at once: the short `deleted` listing of R369
 * is not modelled. Route propagation from it is dropped with it.
 */
export function deleteVpnGateway(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const vgwId = a['VpnGatewayId'];
  const vgw = typeof vgwId === 'string' ? core.world.vpnGateways.get(vgwId) : undefined;
  if (!vgw || typeof vgwId !== 'string') return notFound(core, vgwId);
  const attached = vgw.attachments.find((x) => x.State === 'attached' || x.State === 'attaching');
  if (attached) {
    return fail(validationError('IncorrectState', 'VpnGatewayId', `${vgwId} is attached to ${attached.VpcId}; detach it from the VPC first (DetachVpnGateway, R369)`, { value: vgwId, allowed: 'a virtual private gateway with no VPC attachment' }));
  }
  const user = [...core.world.connections.values()].find((c) => c.vpnGatewayId === vgwId && c.state !== 'deleted');
  if (user) {
    return fail(validationError('IncorrectState', 'VpnGatewayId', `${vgwId} is used by ${user.id}; delete the VPN connection first (DeleteVpnConnection, R344)`, { value: vgwId, allowed: 'a virtual private gateway no VPN connection uses' }));
  }
  core.world.vpnGateways.delete(vgwId);
  for (const key of [...core.world.vgwPropagation]) if (key.endsWith(`|${vgwId}`)) core.world.vgwPropagation.delete(key);
  changed(core, vgwId, 'deleted');
  return { ok: true, result: { VpnGatewayId: vgwId, State: 'deleted' } };
}
