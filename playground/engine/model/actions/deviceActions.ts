import { CustomerGatewayDeviceSchema } from '../../schema/deviceSchema';
import { validationError } from '../../schema/validationError';
import { zodIssuesToErrors } from '../../schema/zodIssues';
import { built, once } from '../../schema/lazySchema';
import type { EngineCore } from '../engineCore';
import type { DeviceModel } from '../worldTypes';
import { fail, type ActionResult } from './actionTypes';

const bgpSchema = once(() => built(CustomerGatewayDeviceSchema).shape.Bgp.unwrap());
const bgpFields = once(() => Object.keys(bgpSchema().shape));
const interfaceSchema = once(() => built(CustomerGatewayDeviceSchema).pick({ Mtu: true, TcpMssClamp: true }));
/** Changing who the device is or whom it peers with resets its sessions, as a router does. */
const RESET_FIELDS = ['Enabled', 'Asn', 'PeerAsn'] as const;

function findDevice(core: EngineCore, a: Record<string, unknown>): { ok: true; d: DeviceModel } | { ok: false; r: ActionResult } {
  const id = a['CustomerGatewayId'];
  const cgw = typeof id === 'string' ? core.world.customerGateways.get(id) : undefined;
  if (!cgw) return { ok: false, r: fail(validationError('InvalidCustomerGatewayID.NotFound', 'CustomerGatewayId', `the customer gateway ID '${String(id)}' does not exist`, { value: id, allowed: [...core.world.customerGateways.keys()].join(', ') || 'no customer gateways exist' })) };
  let d = core.world.devices.get(cgw.CustomerGatewayId);
  if (!d) {
    d = { customerGatewayId: cgw.CustomerGatewayId, up: true, spec: { CustomerGatewayId: cgw.CustomerGatewayId } };
    core.world.devices.set(d.customerGatewayId, d);
  }
  return { ok: true, d };
}

/**
 * ConfigureDeviceBgp (learner action on the customer device, R159): edits the device's BGP
 * settings (`CustomerGatewayDevices[].Bgp`). Each field given replaces that field (a list such as
 * AdvertisedPrefixes or PerTunnel is replaced whole); `null` removes it so its default applies
 * again. Advertisements, prepending (R186), MED and local preference (R196) take effect as BGP
 * updates; a change of Enabled, Asn or PeerAsn restarts the device's sessions (R160, R361).
 */
export function configureDeviceBgp(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const bgp = a['Bgp'];
  if (typeof bgp !== 'object' || bgp === null || Array.isArray(bgp)) {
    return fail(validationError('MissingParameter', 'Bgp', 'give the BGP settings to change', { value: bgp, allowed: bgpFields().join(', ') }));
  }
  const patch = bgp as Record<string, unknown>;
  const unknown = Object.keys(patch).find((k) => !bgpFields().includes(k));
  if (unknown !== undefined) return fail(validationError('UnknownParameter', `Bgp.${unknown}`, `${unknown} is not a BGP setting of the device`, { value: patch[unknown], allowed: bgpFields().join(', ') }));
  const f = findDevice(core, a);
  if (!f.ok) return f.r;
  const device = f.d;
  const before = device.spec.Bgp ?? {};
  const merged: Record<string, unknown> = { ...before };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete merged[k];
    else merged[k] = v;
  }
  const parsed = bgpSchema().safeParse(merged);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, merged, ['Bgp']));
  const next = parsed.data;
  device.spec = { ...device.spec, Bgp: next };
  if (RESET_FIELDS.some((k) => (before as Record<string, unknown>)[k] !== (next as Record<string, unknown>)[k])) {
    for (const c of core.world.connections.values()) {
      if (c.customerGatewayId !== device.customerGatewayId) continue;
      for (const t of c.tunnels) {
        const old = t.bgp;
        t.bgp = null; // Engine.dispatch → routing.refreshAll starts a fresh session if BGP still runs
        old?.stop();
      }
    }
  }
  core.emit({ type: 'resourceChanged', t: core.kernel.now(), resource: 'customer-gateway-device', id: device.customerGatewayId, change: `BGP settings: ${Object.keys(patch).join(', ')}` });
  core.touch();
  return { ok: true, result: { CustomerGatewayId: device.customerGatewayId, Bgp: next } };
}

const INTERFACE_FIELDS = ['Mtu', 'TcpMssClamp'] as const;

/**
 * ConfigureDeviceInterface (learner action on the customer device): the tunnel interfaces' MTU
 * and TCP MSS clamping (R14 device settings; the MTU table's limits are what labs check).
 * `null` removes a setting.
 */
export function configureDeviceInterface(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const given = INTERFACE_FIELDS.filter((k) => a[k] !== undefined);
  if (given.length === 0) return fail(validationError('MissingParameter', 'Mtu', 'give Mtu, TcpMssClamp or both', { allowed: INTERFACE_FIELDS.join(', ') }));
  const candidate: Record<string, unknown> = {};
  for (const k of given) if (a[k] !== null) candidate[k] = a[k];
  const parsed = interfaceSchema().safeParse(candidate);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, candidate, []));
  const f = findDevice(core, a);
  if (!f.ok) return f.r;
  const spec: Record<string, unknown> = { ...f.d.spec };
  for (const k of given) {
    if (a[k] === null) delete spec[k];
    else spec[k] = parsed.data[k];
  }
  f.d.spec = spec as DeviceModel['spec'];
  core.emit({ type: 'resourceChanged', t: core.kernel.now(), resource: 'customer-gateway-device', id: f.d.customerGatewayId, change: `interface: ${given.join(', ')}` });
  core.touch();
  return { ok: true };
}
