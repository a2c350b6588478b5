import { validationError, type ValidationError } from '../../schema/validationError';
import type { ConnectionModel, TunnelModel, World } from '../worldTypes';

type Found<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

export function findConnection(world: World, a: Record<string, unknown>, live = true): Found<ConnectionModel> {
  const id = a['VpnConnectionId'];
  if (!str(id)) return { ok: false, error: validationError('MissingParameter', 'VpnConnectionId', 'the request must name a VPN connection', { value: id, allowed: 'a vpn- ID' }) };
  const c = world.connections.get(id);
  if (!c || (live && (c.state === 'deleted' || c.state === 'deleting'))) {
    return { ok: false, error: validationError('InvalidVpnConnectionID.NotFound', 'VpnConnectionId', `the VPN connection ID '${id}' does not exist`, { value: id, allowed: [...world.connections.keys()].join(', ') || 'no VPN connections exist' }) };
  }
  return { ok: true, value: c };
}

/** R19: the tunnel is picked by its outside IP; TunnelNumber 1/2 is accepted as a shortcut. */
export function findTunnel(world: World, a: Record<string, unknown>): Found<{ c: ConnectionModel; t: TunnelModel }> {
  const fc = findConnection(world, a);
  if (!fc.ok) return fc;
  const c = fc.value;
  const ip = a['VpnTunnelOutsideIpAddress'] ?? a['TunnelOutsideIpAddress'];
  const n = a['TunnelNumber'];
  const allowed = c.tunnels.map((t) => t.outsideIpAddress).join(' or ');
  if (ip !== undefined) {
    const t = c.tunnels.find((x) => x.outsideIpAddress === ip);
    if (!t) return { ok: false, error: validationError('InvalidParameterValue', 'VpnTunnelOutsideIpAddress', `no tunnel of ${c.id} has the outside IP address ${String(ip)}`, { value: ip, allowed }) };
    return { ok: true, value: { c, t } };
  }
  if (n === 1 || n === 2) return { ok: true, value: { c, t: n === 1 ? c.tunnels[0] : c.tunnels[1] } };
  return { ok: false, error: validationError('MissingParameter', 'VpnTunnelOutsideIpAddress', 'the request must name one tunnel by its outside IP address (R19, R49)', { value: ip ?? n, allowed: `${allowed}, or TunnelNumber 1 or 2` }) };
}

export function requireBoolean(a: Record<string, unknown>, field: string, optional = true): ValidationError | undefined {
  const v = a[field];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'boolean') return validationError('InvalidParameterValue', field, `${field} must be true or false`, { value: v, allowed: 'true, false' });
  return undefined;
}

export function requireNumber(a: Record<string, unknown>, field: string, lo: number, hi: number, optional = true): ValidationError | undefined {
  const v = a[field];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) return validationError('InvalidParameterValue', field, `${field} must be a number from ${lo} to ${hi}`, { value: v, allowed: `${lo}–${hi}` });
  return undefined;
}
