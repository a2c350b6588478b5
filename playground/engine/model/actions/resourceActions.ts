import { CustomerGatewaySchema } from '../../schema/awsResourcesSchema';
import { checkCustomerGatewayAsn } from '../../schema/asnRules';
import { validationError } from '../../schema/validationError';
import { zodIssuesToErrors } from '../../schema/zodIssues';
import type { EngineCore } from '../engineCore';
import { refreshConnection } from '../tunnelWiring';
import { fail, type ActionResult } from './actionTypes';
import { findConnection, findTunnel, requireNumber } from './lookup';

const changed = (core: EngineCore, resource: string, id: string, change: string): void => {
  core.emit({ type: 'resourceChanged', t: core.kernel.now(), resource, id, change });
  core.touch();
};

/** CreateCustomerGateway (R23, R24, R28–R33): an IP address or a certificate, a valid ASN. */
export function createCustomerGateway(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const { type: _t, Type: _T, ...rest } = a;
  const id = typeof a['CustomerGatewayId'] === 'string' ? a['CustomerGatewayId'] : core.ids.next('cgw');
  const input = { BgpAsn: 65000, ...rest, CustomerGatewayId: id }; // R32: default ASN 65000
  const parsed = CustomerGatewaySchema.safeParse(input);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, input, []));
  const g = parsed.data;
  if (g.IpAddress === undefined && g.CertificateArn === undefined) {
    return fail(validationError('MissingParameter', 'IpAddress', 'a customer gateway needs an IP address or a private certificate ARN (R24)', { allowed: 'IpAddress, CertificateArn, or both' }));
  }
  const asnErrors = checkCustomerGatewayAsn(g.BgpAsn ?? 65000, core.world.region, ['BgpAsn']);
  if (asnErrors.length > 0) return fail(...asnErrors);
  if (core.world.customerGateways.has(id)) return fail(validationError('InvalidParameterValue', 'CustomerGatewayId', `customer gateway ${id} already exists`, { value: id }));
  core.ids.reserve(id);
  core.world.customerGateways.set(id, g);
  changed(core, 'customer-gateway', id, 'created');
  return { ok: true, result: { CustomerGateway: { CustomerGatewayId: id, State: 'available' } } };
}

/** R368: a customer gateway still used by a VPN connection cannot be deleted. */
export function deleteCustomerGateway(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const id = a['CustomerGatewayId'];
  if (typeof id !== 'string' || !core.world.customerGateways.has(id)) {
    return fail(validationError('InvalidCustomerGatewayID.NotFound', 'CustomerGatewayId', `the customer gateway ID '${String(id)}' does not exist`, { value: id }));
  }
  const user = [...core.world.connections.values()].find((c) => c.customerGatewayId === id && c.state !== 'deleted');
  if (user) return fail(validationError('IncorrectState', 'CustomerGatewayId', `${id} is used by ${user.id}; delete the VPN connection first (R368)`, { value: id }));
  core.world.customerGateways.delete(id);
  // Sites are lab-level: one behind this gateway stays, with no device, rather than pointing at nothing.
  if (core.world.sites.some((s) => s.CustomerGatewayId === id)) {
    core.world.sites = core.world.sites.map((s) => {
      if (s.CustomerGatewayId !== id) return s;
      const { CustomerGatewayId: _gone, ...rest } = s;
      return rest;
    });
  }
  changed(core, 'customer-gateway', id, 'deleted');
  return { ok: true };
}

/** Enable/DisableVgwRoutePropagation (R342): recorded for ROUTING. */
export function vgwRoutePropagation(core: EngineCore, a: Record<string, unknown>, enable: boolean): ActionResult {
  const rtb = a['RouteTableId'];
  const gw = a['GatewayId'];
  if (typeof rtb !== 'string' || !/^rtb-[0-9a-zA-Z]+$/.test(rtb)) return fail(validationError('InvalidRouteTableID.Malformed', 'RouteTableId', 'RouteTableId must be a route table ID', { value: rtb, allowed: 'rtb-…' }));
  if (typeof gw !== 'string' || !core.world.vpnGateways.has(gw)) return fail(validationError('InvalidVpnGatewayID.NotFound', 'GatewayId', `the virtual private gateway ID '${String(gw)}' does not exist`, { value: gw, allowed: [...core.world.vpnGateways.keys()].join(', ') }));
  const key = `${rtb}|${gw}`;
  if (enable) core.world.vgwPropagation.add(key);
  else core.world.vgwPropagation.delete(key);
  changed(core, 'route-table', rtb, `${enable ? 'enable' : 'disable'} propagation from ${gw}`);
  return { ok: true };
}

/** Learner fault on a Direct Connect link; ROUTING decides what the routes do. */
export function setDirectConnect(core: EngineCore, a: Record<string, unknown>, up: boolean): ActionResult {
  const id = a['DirectConnectGatewayId'];
  if (typeof id !== 'string' || !core.world.directConnectUp.has(id)) {
    return fail(validationError('InvalidDirectConnectGatewayID.NotFound', 'DirectConnectGatewayId', `the Direct Connect gateway '${String(id)}' does not exist`, { value: id, allowed: [...core.world.directConnectUp.keys()].join(', ') || 'no Direct Connect gateways exist' }));
  }
  core.world.directConnectUp.set(id, up);
  changed(core, 'direct-connect-gateway', id, up ? 'restored' : 'failed');
  return { ok: true };
}

/** Start or stop the simple traffic model on one connection or all (until ROUTING flows are wired in). */
export function setTraffic(core: EngineCore, a: Record<string, unknown>, start: boolean): ActionResult {
  const err = requireNumber(a, 'BytesPerSecondIn', 0, 1e10) ?? requireNumber(a, 'BytesPerSecondOut', 0, 1e10);
  if (err) return fail(err);
  let targets = [...core.world.connections.values()];
  if (a['VpnConnectionId'] !== undefined) {
    const f = findConnection(core.world, a);
    if (!f.ok) return fail(f.error);
    targets = [f.value];
  }
  for (const c of targets) {
    refreshConnection(core, c);
    c.trafficBps = start ? { in: (a['BytesPerSecondIn'] as number | undefined) ?? 2000, out: (a['BytesPerSecondOut'] as number | undefined) ?? 3000 } : { in: 0, out: 0 };
  }
  return { ok: true };
}

/** R101: rotating the AWS-side endpoint certificate changes nothing the tunnel negotiates with. */
export function modifyVpnTunnelCertificate(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  changed(core, 'vpn-tunnel', f.value.t.outsideIpAddress, 'AWS endpoint certificate rotated (R101)');
  return { ok: true };
}
