/**
 * Transit gateways and their VPC attachments, shaped like the EC2 API (R11, R341). Lab
 * simplification: AWS takes a few minutes to move a transit gateway or an attachment from
 * `pending` to `available`; here both are available at once, like CreateVpnGateway.
 */
import { TransitGatewayOptionsSchema, TransitGatewaySchema } from '../../schema/awsResourcesSchema';
import { checkAmazonSideAsn } from '../../schema/asnRules';
import { validationError } from '../../schema/validationError';
import { zodIssuesToErrors } from '../../schema/zodIssues';
import { built } from '../../schema/lazySchema';
import type { TransitGatewayEntry } from '../../schema/scenarioLookup';
import type { EngineCore } from '../engineCore';
import { fail, type ActionResult } from './actionTypes';
import { describeTransitGateway } from '../../describe/describeGateways';

const changed = (core: EngineCore, resource: string, id: string, change: string): void => {
  core.emit({ type: 'resourceChanged', t: core.kernel.now(), resource, id, change });
  core.touch();
};

const tgwNotFound = (core: EngineCore, id: unknown): ActionResult =>
  fail(validationError('InvalidTransitGatewayID.NotFound', 'TransitGatewayId', `the transit gateway ID '${String(id)}' does not exist`, { value: id, allowed: [...core.world.transitGateways.keys()].join(', ') || 'no transit gateways exist' }));

const liveVpnConnectionsOn = (core: EngineCore, tgwId: string) => [...core.world.connections.values()].filter((c) => c.transitGatewayId === tgwId && c.state !== 'deleted');

/** The gateway named by `TransitGatewayId`, or the NotFound refusal. */
function lookupTgw(core: EngineCore, a: Record<string, unknown>): { id: string; tgw: TransitGatewayEntry } | { refused: ActionResult } {
  const id = a['TransitGatewayId'];
  const tgw = typeof id === 'string' ? core.world.transitGateways.get(id) : undefined;
  return tgw && typeof id === 'string' ? { id, tgw } : { refused: tgwNotFound(core, id) };
}

/**
 * CreateTransitGateway (R341): options as the API names them, each optional with AWS's default
 * (ASN 64512, R40; ECMP for VPN enabled, R190; default route table association and propagation
 * enabled). The default route table is created with it (see tgwSpecs.defaultTableId).
 */
export function createTransitGateway(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const { type: _t, Type: _T, TransitGatewayId: given, Options: rawOptions, Description: _d, Tags: rawTags, ...unknown } = a;
  const extra = Object.keys(unknown)[0];
  if (extra !== undefined) return fail(validationError('UnknownParameter', extra, `CreateTransitGateway has no parameter ${extra}`, { value: unknown[extra], allowed: 'Options, Description, Tags, TransitGatewayId' }));
  const tags = built(TransitGatewaySchema).shape.Tags.safeParse(rawTags);
  if (!tags.success) return fail(...zodIssuesToErrors(tags.error.issues, rawTags, ['Tags']));
  const parsed = TransitGatewayOptionsSchema.safeParse(rawOptions ?? {});
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, rawOptions, ['Options']));
  const options = parsed.data;
  if (options.AmazonSideAsn !== undefined) {
    const asnErrors = checkAmazonSideAsn(options.AmazonSideAsn, ['Options', 'AmazonSideAsn']);
    if (asnErrors.length > 0) return fail(...asnErrors);
  }
  if (given !== undefined && (typeof given !== 'string' || !/^tgw-[0-9a-f]{8,17}$/.test(given))) {
    return fail(validationError('InvalidParameterValue', 'TransitGatewayId', 'a transit gateway ID is tgw- and 8 to 17 hex digits', { value: given, allowed: 'tgw-0a1b2c3d4e5f67890' }));
  }
  const id = typeof given === 'string' ? given : core.ids.next('tgw');
  if (core.world.transitGateways.has(id)) return fail(validationError('InvalidParameterValue', 'TransitGatewayId', `transit gateway ${id} already exists`, { value: id }));
  core.ids.reserve(id);
  const entry: TransitGatewayEntry = { TransitGatewayId: id, ...(Object.keys(options).length > 0 ? { Options: options } : {}), ...(tags.data?.length ? { Tags: tags.data } : {}) };
  core.world.transitGateways.set(id, entry);
  changed(core, 'transit-gateway', id, 'created');
  return { ok: true, result: { TransitGateway: describeTransitGateway(core.world, entry) } };
}

/**
 * ModifyTransitGateway: ECMP for VPN (R190, R191), default association and propagation, the
 * private IP CIDR blocks (R225: add or remove) and the Amazon-side ASN. AWS refuses a new ASN
 * while VPN or Direct Connect attachments use it (their BGP sessions are built on it); so does
 * the lab.
 */
export function modifyTransitGateway(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const found = lookupTgw(core, a);
  if ('refused' in found) return found.refused;
  const { id, tgw } = found;
  const raw = a['Options'];
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(validationError('MissingParameter', 'Options', 'ModifyTransitGateway needs Options', { value: raw, allowed: 'AmazonSideAsn, VpnEcmpSupport, DefaultRouteTableAssociation, DefaultRouteTablePropagation, AddTransitGatewayCidrBlocks, RemoveTransitGatewayCidrBlocks' }));
  }
  const { AddTransitGatewayCidrBlocks: add, RemoveTransitGatewayCidrBlocks: remove, ...plain } = raw as Record<string, unknown>;
  const parsed = built(TransitGatewayOptionsSchema).omit({ TransitGatewayCidrBlocks: true }).safeParse(plain);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, plain, ['Options']));
  const blocks = built(TransitGatewayOptionsSchema).shape.TransitGatewayCidrBlocks;
  const addParsed = blocks.safeParse(add);
  if (!addParsed.success) return fail(...zodIssuesToErrors(addParsed.error.issues, add, ['Options', 'AddTransitGatewayCidrBlocks']));
  const removeParsed = blocks.safeParse(remove);
  if (!removeParsed.success) return fail(...zodIssuesToErrors(removeParsed.error.issues, remove, ['Options', 'RemoveTransitGatewayCidrBlocks']));
  const next = { ...(tgw.Options ?? {}), ...parsed.data };
  const asn = parsed.data.AmazonSideAsn;
  if (asn !== undefined && asn !== (tgw.Options?.AmazonSideAsn ?? 64512)) {
    const asnErrors = checkAmazonSideAsn(asn, ['Options', 'AmazonSideAsn']);
    if (asnErrors.length > 0) return fail(...asnErrors);
    const user = liveVpnConnectionsOn(core, id)[0] ?? [...core.world.transitGatewayAttachments.values()].find((x) => x.TransitGatewayId === id && x.ResourceType === 'direct-connect-gateway');
    if (user) {
      const what = 'id' in user ? user.id : user.TransitGatewayAttachmentId;
      return fail(validationError('IncorrectState', ['Options', 'AmazonSideAsn'], `the Amazon-side ASN of ${id} cannot change while ${what} uses it; delete its VPN and Direct Connect attachments first`, { value: asn, allowed: `${tgw.Options?.AmazonSideAsn ?? 64512} (unchanged)` }));
    }
  }
  const current = tgw.Options?.TransitGatewayCidrBlocks ?? [];
  const cidrs = [...current.filter((c) => !(removeParsed.data ?? []).includes(c)), ...(addParsed.data ?? []).filter((c) => !current.includes(c))];
  const { TransitGatewayCidrBlocks: _old, ...rest } = next;
  const options = { ...rest, ...(cidrs.length > 0 ? { TransitGatewayCidrBlocks: cidrs } : {}) };
  const entry: TransitGatewayEntry = { ...tgw, Options: options };
  core.world.transitGateways.set(id, entry);
  changed(core, 'transit-gateway', id, 'modified');
  return { ok: true, result: { TransitGateway: describeTransitGateway(core.world, entry) } };
}

/**
 * DeleteTransitGateway: refused while attachments remain, VPN ones included (delete the VPN
 * connection first, R366 order), as AWS does. Gone at once (no `deleting` state in the lab).
 */
export function deleteTransitGateway(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const found = lookupTgw(core, a);
  if ('refused' in found) return found.refused;
  const { id, tgw } = found;
  const vpn = liveVpnConnectionsOn(core, id)[0];
  if (vpn) {
    const why = vpn.state === 'deleting' ? `${vpn.id} is still deleting; try again once it is deleted` : `delete the VPN connection first (DeleteVpnConnection)`;
    return fail(validationError('IncorrectState', 'TransitGatewayId', `${id} has the VPN attachment of ${vpn.id}; ${why}`, { value: id, allowed: 'a transit gateway with no attachments' }));
  }
  const other = [...core.world.transitGatewayAttachments.values()].find((x) => x.TransitGatewayId === id);
  if (other) return fail(validationError('IncorrectState', 'TransitGatewayId', `${id} still has attachment ${other.TransitGatewayAttachmentId} (${other.ResourceType} ${other.ResourceId}); delete it first (DeleteTransitGatewayVpcAttachment)`, { value: id, allowed: 'a transit gateway with no attachments' }));
  core.world.transitGateways.delete(id);
  changed(core, 'transit-gateway', id, 'deleted');
  return { ok: true, result: { TransitGateway: describeTransitGateway(core.world, tgw, 'deleting') } };
}

/**
 * CreateTransitGatewayVpcAttachment (R11, R207): joins a VPC to the transit gateway. The
 * attachment is associated with and propagates into the default route table when the gateway's
 * options say so (tgwSpecs does that for every attachment not placed elsewhere). The VPC still
 * needs a route to the transit gateway in its route table (R164). SubnetIds are accepted and
 * not modelled (the lab has one path per VPC).
 */
export function createTransitGatewayVpcAttachment(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const tgwId = a['TransitGatewayId'];
  const vpcId = a['VpcId'];
  if (typeof tgwId !== 'string' || !core.world.transitGateways.has(tgwId)) return tgwNotFound(core, tgwId);
  if (typeof vpcId !== 'string' || !core.world.vpcIds.has(vpcId)) {
    return fail(validationError('InvalidVpcID.NotFound', 'VpcId', `the VPC ID '${String(vpcId)}' does not exist`, { value: vpcId, allowed: [...core.world.vpcIds].join(', ') || 'no VPCs exist' }));
  }
  const subnets = a['SubnetIds'];
  if (subnets !== undefined && (!Array.isArray(subnets) || subnets.some((s) => typeof s !== 'string'))) {
    return fail(validationError('InvalidParameterValue', 'SubnetIds', 'SubnetIds is a list of subnet IDs', { value: subnets, allowed: 'subnet-… (one per Availability Zone)' }));
  }
  const dup = [...core.world.transitGatewayAttachments.values()].find((x) => x.TransitGatewayId === tgwId && x.ResourceType === 'vpc' && x.ResourceId === vpcId);
  if (dup) return fail(validationError('DuplicateTransitGatewayAttachment', 'VpcId', `${vpcId} is already attached to ${tgwId} by ${dup.TransitGatewayAttachmentId}`, { value: vpcId }));
  const id = core.ids.next('tgw-attach');
  core.world.transitGatewayAttachments.set(id, { TransitGatewayAttachmentId: id, TransitGatewayId: tgwId, ResourceType: 'vpc', ResourceId: vpcId });
  changed(core, 'transit-gateway-attachment', id, `attached ${vpcId} to ${tgwId}`);
  return { ok: true, result: { TransitGatewayVpcAttachment: { TransitGatewayAttachmentId: id, TransitGatewayId: tgwId, VpcId: vpcId, State: 'available', ...(subnets ? { SubnetIds: [...(subnets as string[])] } : {}) } } };
}

/**
 * DeleteTransitGatewayVpcAttachment: the VPC's routes leave the transit gateway's tables at once,
 * and the attachment is dropped from explicit associations and propagations. VPN attachments
 * belong to their connection (delete the connection instead).
 */
export function deleteTransitGatewayVpcAttachment(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const id = a['TransitGatewayAttachmentId'];
  const att = typeof id === 'string' ? core.world.transitGatewayAttachments.get(id) : undefined;
  const vpcAttachments = [...core.world.transitGatewayAttachments.values()].filter((x) => x.ResourceType === 'vpc').map((x) => x.TransitGatewayAttachmentId);
  if (!att || typeof id !== 'string' || att.ResourceType !== 'vpc') {
    const vpn = [...core.world.connections.values()].find((c) => c.transitGatewayAttachmentId === id);
    const why = vpn ? `${String(id)} is the VPN attachment of ${vpn.id}; delete the VPN connection instead` : `the transit gateway attachment ID '${String(id)}' does not exist`;
    return fail(validationError('InvalidTransitGatewayAttachmentID.NotFound', 'TransitGatewayAttachmentId', why, { value: id, allowed: vpcAttachments.join(', ') || 'no VPC attachments exist' }));
  }
  core.world.transitGatewayAttachments.delete(id);
  const tgw = core.world.transitGateways.get(att.TransitGatewayId);
  if (tgw?.RouteTables) {
    const without = (ids: readonly string[] | undefined) => ids?.filter((x) => x !== id);
    core.world.transitGateways.set(tgw.TransitGatewayId, {
      ...tgw,
      RouteTables: tgw.RouteTables.map((t) => ({ ...t, ...(t.Associations ? { Associations: without(t.Associations) } : {}), ...(t.Propagations ? { Propagations: without(t.Propagations) } : {}) })),
    });
  }
  changed(core, 'transit-gateway-attachment', id, `detached ${att.ResourceId} from ${att.TransitGatewayId}`);
  return { ok: true, result: { TransitGatewayVpcAttachment: { TransitGatewayAttachmentId: id, TransitGatewayId: att.TransitGatewayId, VpcId: att.ResourceId, State: 'deleting' } } };
}
