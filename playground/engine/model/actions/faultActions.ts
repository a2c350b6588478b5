import { DeviceTunnelSchema } from '../../schema/deviceSchema';
import { ipv4Address } from '../../schema/fieldTypes';
import { validationError } from '../../schema/validationError';
import { zodIssuesToErrors } from '../../schema/zodIssues';
import type { EngineCore } from '../engineCore';
import { refreshConnection } from '../tunnelWiring';
import type { ConnectionModel, DeviceModel } from '../worldTypes';
import { fail, type ActionResult } from './actionTypes';
import { editDeviceTunnel } from './deviceSpecEdit';
import { findConnection, findTunnel, requireBoolean, requireNumber } from './lookup';

const connectionsOf = (core: EngineCore, cgwId: string): ConnectionModel[] =>
  [...core.world.connections.values()].filter((c) => c.customerGatewayId === cgwId && c.state === 'available');

function findDevice(core: EngineCore, a: Record<string, unknown>): { ok: true; d: DeviceModel } | { ok: false; r: ActionResult } {
  const id = a['CustomerGatewayId'];
  const cgw = typeof id === 'string' ? core.world.customerGateways.get(id) : undefined;
  if (!cgw) return { ok: false, r: fail(validationError('InvalidCustomerGatewayID.NotFound', 'CustomerGatewayId', `the customer gateway ID '${String(id)}' does not exist`, { value: id, allowed: [...core.world.customerGateways.keys()].join(', ') })) };
  let d = core.world.devices.get(cgw.CustomerGatewayId);
  if (!d) {
    d = { customerGatewayId: cgw.CustomerGatewayId, up: true, spec: { CustomerGatewayId: cgw.CustomerGatewayId } };
    core.world.devices.set(d.customerGatewayId, d);
  }
  return { ok: true, d };
}

export function setTunnelPath(core: EngineCore, a: Record<string, unknown>, up: boolean): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  f.value.t.path = { ...f.value.t.path, pathUp: up };
  refreshConnection(core, f.value.c);
  return { ok: true };
}

export function setDevice(core: EngineCore, a: Record<string, unknown>, up: boolean): ActionResult {
  const f = findDevice(core, a);
  if (!f.ok) return f.r;
  if (f.d.up === up) return { ok: true };
  f.d.up = up;
  for (const c of connectionsOf(core, f.d.customerGatewayId)) {
    for (const t of c.tunnels) t.host.input({ type: up ? 'deviceUp' : 'deviceDown' });
    refreshConnection(core, c);
  }
  return { ok: true };
}

/** Internet weather: loss and latency on one tunnel's path, or on both. */
export function degradePath(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const err = requireNumber(a, 'LossPercent', 0, 100) ?? requireNumber(a, 'LatencyMs', 0, 60_000);
  if (err) return fail(err);
  const one = a['VpnTunnelOutsideIpAddress'] !== undefined || a['TunnelOutsideIpAddress'] !== undefined || a['TunnelNumber'] !== undefined;
  const fc = findConnection(core.world, a);
  if (!fc.ok) return fail(fc.error);
  const ft = one ? findTunnel(core.world, a) : undefined;
  if (ft && !ft.ok) return fail(ft.error);
  const targets = ft?.ok ? [ft.value.t] : fc.value.tunnels;
  for (const t of targets) {
    t.path = {
      ...t.path,
      ...(typeof a['LossPercent'] === 'number' ? { lossPct: a['LossPercent'] } : {}),
      ...(typeof a['LatencyMs'] === 'number' ? { latencyMs: a['LatencyMs'] } : {}),
    };
  }
  refreshConnection(core, fc.value);
  return { ok: true };
}

/** R38, R270: the customer firewall dropping IKE (UDP 500), NAT-T (UDP 4500) or ESP. */
export function setFirewallBlock(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const err = requireBoolean(a, 'BlockUdp500') ?? requireBoolean(a, 'BlockUdp4500') ?? requireBoolean(a, 'BlockEsp');
  if (err) return fail(err);
  const f = findDevice(core, a);
  if (!f.ok) return f.r;
  const fw = { ...f.d.spec.Firewall };
  for (const k of ['BlockUdp500', 'BlockUdp4500', 'BlockEsp'] as const) if (typeof a[k] === 'boolean') fw[k] = a[k];
  f.d.spec = { ...f.d.spec, Firewall: fw };
  for (const c of connectionsOf(core, f.d.customerGatewayId)) refreshConnection(core, c);
  return { ok: true };
}

/** Put the device behind NAT (R25) or take it out; its tunnels renegotiate. */
export function setDeviceNat(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const err = requireBoolean(a, 'Enabled', false);
  if (err) return fail(err);
  for (const k of ['PublicIpAddress', 'PrivateIpAddress'] as const) {
    if (a[k] !== undefined && !ipv4Address.safeParse(a[k]).success) return fail(validationError('InvalidParameterValue', k, `${k} must be an IPv4 address`, { value: a[k], allowed: 'an IPv4 address such as 192.168.1.10' }));
  }
  const f = findDevice(core, a);
  if (!f.ok) return f.r;
  f.d.spec = {
    ...f.d.spec,
    Nat: {
      Enabled: a['Enabled'] as boolean,
      ...(typeof a['PublicIpAddress'] === 'string' ? { PublicIpAddress: a['PublicIpAddress'] } : {}),
      ...(typeof a['PrivateIpAddress'] === 'string' ? { PrivateIpAddress: a['PrivateIpAddress'] } : {}),
    },
  };
  for (const c of connectionsOf(core, f.d.customerGatewayId)) for (const t of c.tunnels) t.host.input({ type: 'deviceCommand', command: 'initiate' });
  return { ok: true };
}

/** Change what the device is configured with for one tunnel (PSK, proposals, IKE version, DPD, selectors). */
export function configureDevice(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  const { c, t } = f.value;
  const cfg = a['Config'];
  const candidate = { ...(typeof cfg === 'object' && cfg !== null ? cfg : {}), VpnConnectionId: c.id, TunnelNumber: t.index + 1 };
  const parsed = DeviceTunnelSchema.safeParse(candidate);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, candidate, ['Config']));
  editDeviceTunnel(core.world, c, t.index, parsed.data);
  t.host.input({ type: 'deviceCommand', command: 'initiate' });
  core.touch();
  return { ok: true };
}

/** The device sends a Delete for its IKE SA (phase 1) or its IPsec SA (phase 2) (R382–R386). */
export function deviceDeleteSa(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  if (a['Phase'] !== 1 && a['Phase'] !== 2) return fail(validationError('InvalidParameterValue', 'Phase', 'Phase must be 1 (IKE SA) or 2 (IPsec SA)', { value: a['Phase'], allowed: '1, 2' }));
  f.value.t.host.input({ type: 'deviceCommand', command: a['Phase'] === 1 ? 'deleteIke' : 'deleteChild' });
  return { ok: true };
}

export function deviceRekey(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const f = findTunnel(core.world, a);
  if (!f.ok) return fail(f.error);
  f.value.t.host.input({ type: 'deviceCommand', command: 'rekeyChild' });
  return { ok: true };
}

export function setTrafficRate(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const err = requireNumber(a, 'BytesPerSecondIn', 0, 1e10, false) ?? requireNumber(a, 'BytesPerSecondOut', 0, 1e10, false);
  if (err) return fail(err);
  const fc = findConnection(core.world, a);
  if (!fc.ok) return fail(fc.error);
  refreshConnection(core, fc.value);
  fc.value.trafficBps = { in: a['BytesPerSecondIn'] as number, out: a['BytesPerSecondOut'] as number };
  return { ok: true };
}
