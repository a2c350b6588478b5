/** One consistent computation of every routing table from the world and the tunnels' state. */
import type { ConnectionModel, TunnelModel, World } from '../model/worldTypes';
import type { AdvertisedRoute } from '../routing/index';
import type { DeviceRibResult } from '../routing/device/deviceRib';
import { insideIps, tunnelBgpSettings } from './deviceBgp';
import { awsAdvertisements, buildDeviceRibs } from './deviceTables';
import { buildGatewayTables, type GatewayResult, type TunnelRouting } from './gatewayTables';
import { tunnelView } from './tunnelStatus';
import { buildVpcTables, type VpcTable } from './vpcTables';

export interface RoutingTables extends GatewayResult {
  readonly tunnels: readonly TunnelRouting[];
  readonly tunnelById: ReadonlyMap<string, { c: ConnectionModel; t: TunnelModel; r: TunnelRouting }>;
  readonly toDevice: Map<string, AdvertisedRoute[]>;
  readonly devices: Map<string, DeviceRibResult>;
  readonly vpcTables: readonly VpcTable[];
}

export function buildRouting(world: World): RoutingTables {
  const tunnels: TunnelRouting[] = [];
  const tunnelById = new Map<string, { c: ConnectionModel; t: TunnelModel; r: TunnelRouting }>();
  for (const c of world.connections.values()) {
    if (c.state === 'deleted' || c.state === 'pending') continue;
    for (const t of c.tunnels) {
      const r: TunnelRouting = { c, index: t.index, view: tunnelView(c, t), bgpUp: t.bgp?.established ?? false, settings: tunnelBgpSettings(world, c, t), inside: insideIps(t) };
      tunnels.push(r);
      tunnelById.set(t.outsideIpAddress, { c, t, r });
    }
  }
  const gw = buildGatewayTables(world, tunnels);
  const toDevice = awsAdvertisements(gw, tunnels);
  const devices = buildDeviceRibs(world, gw, tunnels, toDevice);
  const vpcTables = buildVpcTables(world, gw, tunnels);
  return { ...gw, tunnels, tunnelById, toDevice, devices, vpcTables };
}
