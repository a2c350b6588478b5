/**
 * The BGP settings of both speakers of one tunnel. AWS: the gateway's Amazon-side ASN (R40–R42)
 * peering with the customer gateway's ASN, timers 30/10 (R160). Device: CustomerGatewayDevices[].Bgp
 * with per-tunnel overrides (prepending R186, local preference and weight R196, MED), defaults
 * from the customer gateway resource; a PeerAsn other than the gateway's ASN never establishes
 * (R361). A device without an AdvertisedPrefixes list advertises its site's networks.
 */
import type { ConnectionModel, TunnelModel, World } from '../model/worldTypes';
import { asn, awsBgpTimers, parsePrefix, rfc4271BgpTimers, type Asn, type BgpPeerConfig, type Prefix } from '../routing/index';
import { deviceTunnelSpec } from '../model/tunnelPolicy';

export const DEFAULT_AMAZON_ASN = 64512;

export function gatewayAsn(world: World, c: Pick<ConnectionModel, 'vpnGatewayId' | 'transitGatewayId'>): Asn {
  if (c.vpnGatewayId) return asn(world.vpnGateways.get(c.vpnGatewayId)?.spec.AmazonSideAsn ?? DEFAULT_AMAZON_ASN);
  if (c.transitGatewayId) return asn(world.transitGateways.get(c.transitGatewayId)?.Options?.AmazonSideAsn ?? DEFAULT_AMAZON_ASN);
  return asn(DEFAULT_AMAZON_ASN);
}

export const customerAsn = (world: World, cgwId: string): Asn => asn(world.customerGateways.get(cgwId)?.BgpAsn ?? 65000);

export interface TunnelBgpSettings {
  readonly enabled: boolean;
  readonly deviceAsn: Asn;
  readonly devicePeerAsn: Asn;
  readonly prefixes: readonly Prefix[];
  readonly prepend: number;
  readonly med: number;
  readonly localPref: number;
  readonly weight: number;
}

/** R61: AWS takes the first usable address of the inside /30, the device the second. */
export function insideIps(t: TunnelModel): { aws: string; cgw: string } {
  const [addr = '0.0.0.0'] = t.options.TunnelInsideCidr.split('/');
  const p = addr.split('.').map(Number);
  const base = p.slice(0, 3).join('.');
  return { aws: `${base}.${(p[3] ?? 0) + 1}`, cgw: `${base}.${(p[3] ?? 0) + 2}` };
}

export function sitePrefixes(world: World, cgwId: string): Prefix[] {
  return world.sites.filter((s) => s.CustomerGatewayId === cgwId).flatMap((s) => s.CidrBlocks).flatMap(toPrefix);
}

export function toPrefix(text: string): Prefix[] {
  const p = parsePrefix(text);
  return typeof p === 'string' ? [p] : [];
}

export function tunnelBgpSettings(world: World, c: ConnectionModel, t: TunnelModel): TunnelBgpSettings {
  const device = world.devices.get(c.customerGatewayId);
  const bgp = device?.spec.Bgp;
  const per = bgp?.PerTunnel?.find((p) => p.VpnConnectionId === c.id && p.TunnelNumber === t.index + 1);
  return {
    enabled: !c.options.StaticRoutesOnly && bgp?.Enabled !== false && deviceTunnelSpec(device, c, t.index) !== undefined,
    deviceAsn: asn(bgp?.Asn ?? customerAsn(world, c.customerGatewayId)),
    devicePeerAsn: asn(bgp?.PeerAsn ?? gatewayAsn(world, c)),
    prefixes: bgp?.AdvertisedPrefixes ? bgp.AdvertisedPrefixes.flatMap(toPrefix) : sitePrefixes(world, c.customerGatewayId),
    prepend: per?.AsPathPrepend ?? bgp?.AsPathPrepend ?? 0,
    med: per?.Med ?? bgp?.Med ?? 0,
    localPref: per?.LocalPreference ?? bgp?.LocalPreference ?? 100,
    weight: per?.Weight ?? bgp?.Weight ?? 0,
  };
}

/** OPEN parameters of one side of the tunnel's session. */
export function bgpPeerConfig(world: World, c: ConnectionModel, t: TunnelModel, side: 'aws' | 'cgw'): BgpPeerConfig {
  const ips = insideIps(t);
  const s = tunnelBgpSettings(world, c, t);
  return side === 'aws'
    ? { localAsn: gatewayAsn(world, c), peerAsn: customerAsn(world, c.customerGatewayId), localAddress: ips.aws, peerAddress: ips.cgw, timers: awsBgpTimers }
    : { localAsn: s.deviceAsn, peerAsn: s.devicePeerAsn, localAddress: ips.cgw, peerAddress: ips.aws, timers: rfc4271BgpTimers };
}
