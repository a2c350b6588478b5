import { checkVpnConnection } from '../../schema/connectionRules';
import type { ResourceLookup } from '../../schema/scenarioLookup';
import { VpnConnectionOptionsSchema, VpnConnectionSchema } from '../../schema/vpnConnectionSchema';
import { ipv4Cidr, ipv6Cidr } from '../../schema/fieldTypes';
import { checkAsnClash } from '../../schema/asnRules';
import { validationError } from '../../schema/validationError';
import { zodIssuesToErrors } from '../../schema/zodIssues';
import { built } from '../../schema/lazySchema';
import { createConnection, deleteConnection } from '../connectionFactory';
import type { EngineCore } from '../engineCore';
import { replaceBoth } from '../replacement';
import type { World } from '../worldTypes';
import { fail, type ActionResult } from './actionTypes';
import { findConnection } from './lookup';

export function worldLookup(world: World): ResourceLookup {
  return {
    region: world.region,
    customerGateway: (id) => world.customerGateways.get(id),
    vpnGateway: (id) => world.vpnGateways.get(id)?.spec,
    transitGateway: (id) => world.transitGateways.get(id),
    transitGatewayAttachment: (id) => world.transitGatewayAttachments.get(id),
  };
}

/** CreateVpnConnection (R341): the schema and the connection rules of SCHEMA, then a pending connection (R21). */
export function createVpnConnection(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const { type: _type, Type: _Type, ...rest } = a;
  const input = { ...rest, VpnConnectionId: typeof a['VpnConnectionId'] === 'string' ? a['VpnConnectionId'] : 'vpn-0' };
  const parsed = VpnConnectionSchema.safeParse(input);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, input, []));
  const spec = parsed.data;
  const errors = checkVpnConnection(spec, worldLookup(core.world), []);
  if (errors.length > 0) return fail(...errors);
  const id = typeof a['VpnConnectionId'] === 'string' ? a['VpnConnectionId'] : core.ids.next('vpn');
  if (core.world.connections.has(id)) return fail(validationError('InvalidParameterValue', 'VpnConnectionId', `a VPN connection ${id} already exists`, { value: id }));
  core.ids.reserve(id);
  const c = createConnection(core, { ...spec, VpnConnectionId: id }, 'pending');
  return { ok: true, result: { VpnConnectionId: c.id, State: c.state } };
}

export function deleteVpnConnection(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findConnection(core.world, a);
  if (!f.ok) return fail(f.error);
  deleteConnection(core, f.value);
  return { ok: true, result: { VpnConnectionId: f.value.id, State: 'deleting' } };
}

const CIDR_FIELDS = ['LocalIpv4NetworkCidr', 'RemoteIpv4NetworkCidr', 'LocalIpv6NetworkCidr', 'RemoteIpv6NetworkCidr'] as const;

/** ModifyVpnConnectionOptions: only the four network CIDRs (R67, R362); both tunnels are replaced (R121, R363). */
export function modifyVpnConnectionOptions(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findConnection(core.world, a);
  if (!f.ok) return fail(f.error);
  const c = f.value;
  const change = Object.fromEntries(CIDR_FIELDS.filter((k) => a[k] !== undefined).map((k) => [k, a[k]]));
  if (Object.keys(change).length === 0) {
    return fail(validationError('MissingParameter', 'LocalIpv4NetworkCidr', 'give at least one network CIDR to change (R362)', { allowed: CIDR_FIELDS.join(', ') }));
  }
  const parsed = built(VpnConnectionOptionsSchema).pick({ LocalIpv4NetworkCidr: true, RemoteIpv4NetworkCidr: true, LocalIpv6NetworkCidr: true, RemoteIpv6NetworkCidr: true }).strict().safeParse(change);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, change, []));
  const v6 = c.options.TunnelInsideIpVersion === 'ipv6';
  for (const k of Object.keys(change)) {
    if (k.includes('Ipv6') !== v6) {
      return fail(validationError('InvalidParameterCombination', k, `${k} applies only to ${v6 ? 'IPv4' : 'IPv6'} connections (R63–R66)`, { value: change[k], allowed: v6 ? 'LocalIpv6NetworkCidr, RemoteIpv6NetworkCidr' : 'LocalIpv4NetworkCidr, RemoteIpv4NetworkCidr' }));
    }
  }
  c.options = { ...c.options, ...parsed.data } as typeof c.options;
  replaceBoth(core, c, 'connection options modified');
  return { ok: true, result: { VpnConnectionId: c.id } };
}

/** ModifyVpnConnection: a new target gateway (R346) or customer gateway (R365); both tunnels replaced (R119, R120). */
export function modifyVpnConnection(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findConnection(core.world, a);
  if (!f.ok) return fail(f.error);
  const c = f.value;
  const w = core.world;
  const vgw = a['VpnGatewayId'];
  const tgw = a['TransitGatewayId'];
  const cgw = a['CustomerGatewayId'];
  const given = [vgw, tgw, cgw].filter((x) => x !== undefined).length;
  if (given !== 1) return fail(validationError('InvalidParameterCombination', 'VpnGatewayId', 'give exactly one of VpnGatewayId, TransitGatewayId or CustomerGatewayId', { allowed: 'one new target gateway or one new customer gateway' }));
  if (cgw !== undefined) {
    const entry = typeof cgw === 'string' ? w.customerGateways.get(cgw) : undefined;
    if (!entry) return fail(validationError('InvalidCustomerGatewayID.NotFound', 'CustomerGatewayId', `the customer gateway ID '${String(cgw)}' does not exist`, { value: cgw, allowed: [...w.customerGateways.keys()].join(', ') }));
    c.customerGatewayId = entry.CustomerGatewayId;
    replaceBoth(core, c, 'customer gateway changed');
    return { ok: true, result: { VpnConnectionId: c.id } };
  }
  const id = (vgw ?? tgw) as unknown;
  const isVgw = vgw !== undefined;
  const exists = typeof id === 'string' && (isVgw ? w.vpnGateways.has(id) : w.transitGateways.has(id));
  if (!exists) {
    return fail(validationError(isVgw ? 'InvalidVpnGatewayID.NotFound' : 'InvalidTransitGatewayID.NotFound', isVgw ? 'VpnGatewayId' : 'TransitGatewayId', `the gateway ID '${String(id)}' does not exist`, { value: id }));
  }
  // R349 Lab decision: VGW → TGW is refused while the connection still has static routes.
  if (!isVgw && c.vpnGatewayId !== undefined && c.routes.length > 0) {
    return fail(validationError('IncorrectState', 'TransitGatewayId', `delete the ${c.routes.length} static route(s) of ${c.id} before moving it to a transit gateway, then add them to the transit gateway route table (R349)`, { value: id, allowed: 'a connection without CreateVpnConnectionRoute entries' }));
  }
  if (isVgw && c.options.EnableAcceleration) return fail(validationError('InvalidParameterCombination', 'VpnGatewayId', 'an accelerated connection cannot move to a virtual private gateway (R139)', { value: id }));
  if (!c.options.StaticRoutesOnly) {
    const asn = isVgw ? w.vpnGateways.get(id as string)?.spec.AmazonSideAsn : w.transitGateways.get(id as string)?.Options?.AmazonSideAsn;
    const errs = checkAsnClash(w.customerGateways.get(c.customerGatewayId)?.BgpAsn, asn, ['CustomerGatewayId'], id as string, c.customerGatewayId);
    if (errs.length > 0) return fail(...errs);
  }
  c.vpnGatewayId = isVgw ? (id as string) : undefined;
  c.transitGatewayId = isVgw ? undefined : (id as string);
  c.transitGatewayAttachmentId = isVgw ? undefined : core.ids.next('tgw-attach');
  replaceBoth(core, c, 'target gateway changed');
  return { ok: true, result: { VpnConnectionId: c.id } };
}

/** R342, R93: static routes exist only on static connections. */
export function vpnConnectionRoute(core: EngineCore, a: Record<string, unknown>, create: boolean): ActionResult {
  const f = findConnection(core.world, a);
  if (!f.ok) return fail(f.error);
  const c = f.value;
  const cidr = a['DestinationCidrBlock'];
  if (!(typeof cidr === 'string' && (ipv4Cidr.safeParse(cidr).success || ipv6Cidr.safeParse(cidr).success))) {
    return fail(validationError('InvalidParameterValue', 'DestinationCidrBlock', 'DestinationCidrBlock must be a CIDR block', { value: cidr, allowed: 'an IPv4 or IPv6 CIDR such as 10.1.0.0/16' }));
  }
  if (!c.options.StaticRoutesOnly) {
    return fail(validationError('InvalidParameterCombination', 'VpnConnectionId', `${c.id} uses dynamic routing; static routes need StaticRoutesOnly true (R93)`, { value: c.id }));
  }
  if (create) {
    if (!c.routes.includes(cidr)) c.routes.push(cidr);
  } else {
    if (!c.routes.includes(cidr)) return fail(validationError('InvalidRoute.NotFound', 'DestinationCidrBlock', `no route ${cidr} on ${c.id}`, { value: cidr, allowed: c.routes.join(', ') || 'no static routes exist' }));
    c.routes = c.routes.filter((r) => r !== cidr);
  }
  core.touch();
  return { ok: true, result: { VpnConnectionId: c.id, Routes: [...c.routes] } };
}
