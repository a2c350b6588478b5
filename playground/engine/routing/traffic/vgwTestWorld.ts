/** A small VGW topology (one VPC, one site, one BGP connection with two tunnels) for trace tests. */
import { acceptFromDevice } from '../bgp/acceptRoutes';
import { vgwAdvertisements } from '../bgp/awsAdvertisements';
import { deviceAdvertisements } from '../bgp/deviceAdvertisement';
import { buildDeviceRib, type DevicePolicy } from '../device/deviceRib';
import { GatewayRib } from '../gateway/gatewayRib';
import { prefix } from '../prefix';
import { vgwPolicy } from '../selection/vgwSelection';
import { asn, type TunnelView } from '../types';
import { buildVpcRouteTable } from '../vpc/vpcRouteTable';
import type { TraceWorld } from './pathTrace';

export interface VgwWorldOptions {
  tunnels?: Partial<Record<'52.0.0.1' | '52.0.0.2', Partial<TunnelView>>>;
  prepend?: Record<string, number>;
  devicePolicy?: Partial<DevicePolicy>;
  inboundAllowed?: string[];
  mtu?: number;
}

export function vgwWorld(o: VgwWorldOptions = {}): TraceWorld {
  const vpcCidr = prefix('10.0.0.0/16');
  const site = prefix('192.168.0.0/16');
  const ids = ['52.0.0.1', '52.0.0.2'] as const;
  const inside: Record<string, string> = { '52.0.0.1': '169.254.10.1', '52.0.0.2': '169.254.10.5' };
  const tunnels = ids.map((id) => ({ tunnelId: id, vpnConnectionId: 'vpn-1', ipsecUp: true, endpointHealthy: true, ...o.tunnels?.[id] }));
  const rib = new GatewayRib(vgwPolicy);
  for (const t of tunnels) {
    if (!t.ipsecUp) continue; // BGP runs only over an up tunnel (R162)
    const ads = deviceAdvertisements({ asn: asn(65000), prefixes: [site], ...(o.prepend ? { asPathPrepend: o.prepend } : {}) }, t.tunnelId, 'x');
    rib.replaceSource(`bgp:${t.tunnelId}`, acceptFromDevice(ads, { gateway: 'vgw', gatewayAsn: asn(64512), tunnel: t, target: 'vpn-1' }).accepted);
  }
  const ads = vgwAdvertisements({ gatewayAsn: asn(64512), tunnels, awsInsideAddress: inside, vpcCidrs: [vpcCidr], vgwRib: rib.entries(), vpnConnectionId: 'vpn-1' });
  const deviceRib = buildDeviceRib(
    { asn: asn(65000), ...o.devicePolicy },
    tunnels.map((t) => ({ tunnelId: t.tunnelId, neighbor: inside[t.tunnelId] ?? '', bgpEstablished: t.ipsecUp, up: t.ipsecUp, received: ads.find((a) => a.tunnelId === t.tunnelId)?.routes ?? [] })),
    [],
  );
  const up = tunnels.some((t) => t.ipsecUp);
  const routeTable = buildVpcRouteTable({ routeTableId: 'rtb-1', vpcCidrs: [vpcCidr], staticRoutes: [], propagating: [{ vgwId: 'vgw-1', connections: [{ vpnConnectionId: 'vpn-1', up, prefixes: rib.entries().map((e) => e.prefix) }] }] });
  return {
    vpcs: { 'vpc-1': { cidrs: [vpcCidr], routeTable, inboundAllowed: (o.inboundAllowed ?? ['192.168.0.0/16']).map(prefix) } },
    vgws: { 'vgw-1': { rib, vpcId: 'vpc-1' } },
    tgws: {},
    tunnels: Object.fromEntries(tunnels.map((t) => [t.tunnelId, { view: t, gatewayId: 'vgw-1', deviceId: 'cgw-dev', mtu: o.mtu ?? 1422 }])),
    devices: { 'cgw-dev': { rib: deviceRib.table, siteCidrs: [site] } },
  };
}
