/**
 * Option values: AWS tunnel options (R48–R94, resolved with their defaults), connection options,
 * what a tunnel negotiated (`negotiated.phase1.encryption`), and the device's own settings.
 */
import type { ConnectionSnapshot, EngineSnapshot, TunnelSnapshot } from '../model/snapshotTypes';
import { missing, ok, type CheckEngine, type CheckResult, type DeviceSettingCheck, type OptionCheck } from './checkTypes';
import { findConnection, notFound, tunnelLabel, tunnelsOf } from './connectionRef';
import { mismatch, readPath } from './valueMatch';

function tunnelValue(t: TunnelSnapshot, name: string): unknown {
  if (name.startsWith('negotiated.')) {
    const [, phase, field] = name.split('.');
    const algos = phase === 'phase1' ? t.phase1Algorithms : phase === 'phase2' ? t.phase2Algorithms : undefined;
    return field === undefined || algos === null || algos === undefined ? undefined : readPath(algos, field);
  }
  // camelCase names read the tunnel itself (outsideIpAddress, insideCidr); API names read its options.
  if (/^[a-z]/.test(name) && name in t) return readPath(t, name);
  return readPath(t.options, name);
}

function connectionValue(c: ConnectionSnapshot, name: string): unknown {
  if (name === 'routes') return c.routes;
  if (name === 'transitGatewayId' || name === 'vpnGatewayId' || name === 'customerGatewayId') return c[name];
  return readPath(c.options, name);
}

export function checkOption(s: EngineSnapshot, c: OptionCheck): CheckResult {
  const conn = findConnection(s, c.connection);
  if (!conn) return missing(`${notFound(c.connection)}, so ${c.name} cannot be checked`);
  if (c.tunnel === undefined) {
    const why = mismatch(connectionValue(conn, c.name), c);
    return why ? missing(`${c.name} of ${conn.id} ${why}`) : ok(`${c.name} of ${conn.id} is as required`);
  }
  const fails: string[] = [];
  for (const { n, tunnel } of tunnelsOf(conn, c.tunnel)) {
    const why = mismatch(tunnelValue(tunnel, c.name), c);
    if (why) fails.push(`${c.name} on ${tunnelLabel(n, conn).toLowerCase()} ${why}`);
  }
  return fails.length > 0 ? missing(fails.join('; ')) : ok(`${c.name} is as required on ${c.tunnel === 'both' ? 'both tunnels' : `tunnel ${c.tunnel}`} of ${conn.id}`);
}

/** Device settings are read from the device model (world); `up` and `firewall.*` are also in the snapshot. */
export function checkDeviceSetting(engine: CheckEngine, s: EngineSnapshot, c: DeviceSettingCheck): CheckResult {
  let cgw = c.customerGateway;
  let conn: ConnectionSnapshot | undefined;
  if (c.connection !== undefined) {
    conn = findConnection(s, c.connection);
    if (!conn) return missing(`${notFound(c.connection)}, so the device setting ${c.name} cannot be checked`);
    cgw ??= conn.customerGatewayId;
  }
  if (cgw === undefined) return missing('A device setting check needs a customerGateway or a connection');
  const device = engine.world?.().devices.get(cgw);
  let value: unknown;
  if (c.name === 'up') value = device?.up ?? s.devices.find((d) => d.customerGatewayId === cgw)?.up;
  else if (conn && c.tunnel !== undefined) {
    const tunnels = readPath(device?.spec, 'Tunnels');
    const entry = Array.isArray(tunnels)
      ? (tunnels as unknown[]).find((x) => readPath(x, 'VpnConnectionId') === conn.id && readPath(x, 'TunnelNumber') === c.tunnel)
      : undefined;
    value = readPath(entry, c.name);
  } else value = readPath(device?.spec, c.name);
  const label = `The device ${cgw}${c.tunnel !== undefined ? ` (tunnel ${c.tunnel})` : ''}: ${c.name}`;
  const why = mismatch(value, c);
  return why ? missing(`${label} ${why}`) : ok(`${label} is as required`);
}
