import { validationError } from '../../schema/validationError';
import type { EngineCore } from '../engineCore';
import { fail, type ActionResult } from './actionTypes';

/** AttachVpnGateway (R10, R341): a VGW attaches to one VPC, and a VPC has one VGW at a time (R8, R9). */
export function attachVpnGateway(core: EngineCore, a: Record<string, unknown>, attach: boolean): ActionResult {
  const vgwId = a['VpnGatewayId'];
  const vpcId = a['VpcId'];
  const vgw = typeof vgwId === 'string' ? core.world.vpnGateways.get(vgwId) : undefined;
  if (!vgw) return fail(validationError('InvalidVpnGatewayID.NotFound', 'VpnGatewayId', `the virtual private gateway ID '${String(vgwId)}' does not exist`, { value: vgwId, allowed: [...core.world.vpnGateways.keys()].join(', ') }));
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
  core.touch();
  return { ok: true, result: { VpcAttachment: { VpcId: vpcId, State: attach ? 'attached' : 'detached' } } };
}
