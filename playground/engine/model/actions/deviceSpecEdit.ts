import type { DeviceTunnelSpec } from '../../schema/deviceSchema';
import type { ConnectionModel, DeviceModel, World } from '../worldTypes';

/**
 * Write one tunnel's device configuration. A customer gateway with no device entry (or no
 * Tunnels list) gets one that lists both tunnels explicitly first, so nothing else changes.
 */
export function editDeviceTunnel(world: World, c: ConnectionModel, index: 0 | 1, patch: Partial<DeviceTunnelSpec>): DeviceModel {
  let device = world.devices.get(c.customerGatewayId);
  if (!device) {
    device = { customerGatewayId: c.customerGatewayId, up: true, spec: { CustomerGatewayId: c.customerGatewayId } };
    world.devices.set(c.customerGatewayId, device);
  }
  const tunnels = [...(device.spec.Tunnels ?? defaultTunnels(world, device))];
  const n = index === 0 ? 1 : 2;
  const at = tunnels.findIndex((x) => x.VpnConnectionId === c.id && x.TunnelNumber === n);
  const base: DeviceTunnelSpec = at >= 0 ? tunnels[at]! : { VpnConnectionId: c.id, TunnelNumber: n };
  const next = { ...base, ...patch } as DeviceTunnelSpec;
  if (at >= 0) tunnels[at] = next;
  else tunnels.push(next);
  device.spec = { ...device.spec, Tunnels: tunnels };
  return device;
}

/** Without a Tunnels list the device runs every tunnel of every connection on its customer gateway. */
function defaultTunnels(world: World, device: DeviceModel): DeviceTunnelSpec[] {
  const out: DeviceTunnelSpec[] = [];
  for (const c of world.connections.values()) {
    if (c.customerGatewayId !== device.customerGatewayId) continue;
    out.push({ VpnConnectionId: c.id, TunnelNumber: 1 }, { VpnConnectionId: c.id, TunnelNumber: 2 });
  }
  return out;
}
