/**
 * What a customer gateway device can see of itself, read from the engine snapshot: its
 * configured tunnels (numbered Tunnel1.. across its VPN connections), their SAs, BGP sessions
 * and its route table. Every platform printer formats this one view.
 */
import type { Engine } from '../../engine/engine';
import type { TunnelSnapshot } from '../../engine/model/snapshotTypes';
import type { BgpSessionSnapshot, RouteEntrySnapshot } from '../../engine/routingRuntime/routingSnapshot';
import { mtuFor } from '../../engine/routing/traffic/mtuTable';
import { routingOf } from '../routingView';

export interface DeviceTunnelView {
  /** 1-based interface number on the device (Tunnel1, st0.1, ...). */
  readonly n: number;
  readonly vpnConnectionId: string;
  readonly tunnelNumber: 1 | 2;
  readonly t: TunnelSnapshot;
  readonly ikeUp: boolean;
  readonly ipsecUp: boolean;
  readonly bgp: BgpSessionSnapshot | undefined;
  /** Tunnel MTU for the negotiated phase 2 algorithms and NAT-T (R251–R258). */
  readonly mtu: number;
  readonly localCidr: string;
  readonly remoteCidr: string;
}

export interface DeviceView {
  readonly cgwId: string;
  readonly hostname: string;
  readonly vendor: string;
  readonly platform: string;
  readonly up: boolean;
  readonly outsideIp: string;
  readonly asn: number;
  readonly now: number;
  readonly tunnels: readonly DeviceTunnelView[];
  /** undefined: routing is not simulated in this build. */
  readonly routes: readonly RouteEntrySnapshot[] | undefined;
  readonly advertised: readonly string[];
  readonly routingSimulated: boolean;
}

const up = (s: string): boolean => s === 'Established' || s === 'Rekeying';

export function deviceIds(engine: Engine): string[] {
  return [...engine.world().customerGateways.keys()];
}

export function deviceView(engine: Engine, cgwId: string): DeviceView | undefined {
  const world = engine.world();
  const cgw = world.customerGateways.get(cgwId);
  if (!cgw) return undefined;
  const s = engine.snapshot();
  const device = world.devices.get(cgwId);
  const spec = device?.spec;
  const routing = routingOf(s);
  const configured = (id: string, n: number): boolean => {
    const list = spec?.Tunnels;
    if (!list) return true;
    return list.some((x) => x.VpnConnectionId === id && x.TunnelNumber === n && x.Enabled !== false);
  };
  const tunnels: DeviceTunnelView[] = [];
  for (const c of s.connections) {
    if (c.customerGatewayId !== cgwId || c.state === 'deleted') continue;
    for (const t of c.tunnels) {
      const num = (t.index + 1) as 1 | 2;
      if (!configured(c.id, num)) continue;
      const p2 = t.phase2Algorithms;
      const row = p2 ? mtuFor(p2.encryption, p2.integrity, t.natTDetected) : undefined;
      tunnels.push({
        n: tunnels.length + 1, vpnConnectionId: c.id, tunnelNumber: num, t,
        ikeUp: up(t.phase1), ipsecUp: up(t.phase2),
        bgp: routing?.bgpSessions.find((b) => b.vpnConnectionId === c.id && b.tunnelOutsideIp === t.outsideIpAddress),
        mtu: row?.mtu ?? mtuFor('AES128', 'SHA1', t.natTDetected)?.mtu ?? 1438,
        localCidr: c.options.LocalIpv4NetworkCidr, remoteCidr: c.options.RemoteIpv4NetworkCidr,
      });
    }
  }
  const deviceTable = routing?.routeTables.find((r) => r.kind === 'device' && r.ownerId === cgwId);
  const behindNat = spec?.Nat?.Enabled === true;
  return {
    cgwId,
    hostname: (cgw.DeviceName ?? spec?.Platform ?? 'router').replace(/[^A-Za-z0-9-]/g, '-').toLowerCase() || 'router',
    vendor: spec?.Vendor ?? '',
    platform: spec?.Platform ?? '',
    up: device?.up ?? true,
    outsideIp: (behindNat ? spec?.Nat?.PrivateIpAddress : undefined) ?? cgw.IpAddress ?? '0.0.0.0',
    asn: Number(spec?.Bgp?.Asn ?? cgw.BgpAsn ?? 65000),
    now: s.t,
    tunnels,
    routes: routing ? (deviceTable?.routes ?? []) : undefined,
    advertised: spec?.Bgp?.AdvertisedPrefixes ?? [],
    routingSimulated: routing !== undefined,
  };
}

/** The tunnel whose AWS inside address (the BGP neighbor) is `ip`. */
export const tunnelByAwsInside = (v: DeviceView, ip: string): DeviceTunnelView | undefined => v.tunnels.find((x) => x.t.awsInsideIp === ip);
export const tunnelByOutside = (v: DeviceView, ip: string | undefined): DeviceTunnelView | undefined => v.tunnels.find((x) => x.t.outsideIpAddress === ip);

/** Deterministic SPIs: the same tunnel and SA generation always show the same value. */
export function spiOf(t: DeviceTunnelView, dir: 'in' | 'out'): number {
  const text = `${t.vpnConnectionId}|${t.t.outsideIpAddress}|${dir}|${t.t.lastStatusChange}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h === 0 ? 1 : h;
}

export const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** hh:mm:ss since `since` (for Up/Down columns). */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}

export function maskOf(prefix: number): string {
  const m = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((b) => (m >>> b) & 255).join('.');
}

export function splitCidr(cidr: string): { addr: string; len: number } {
  const [addr, len] = cidr.split('/');
  return { addr: addr ?? cidr, len: Number(len ?? 32) };
}

/** Packets for byte counters: the sample outputs count roughly 100-byte probes. */
export const packets = (bytes: number): number => Math.floor(bytes / 100);

/** IOS / ASA transform names for the negotiated phase 2 algorithms. */
export function ciscoTransform(t: TunnelSnapshot): string {
  const a = t.phase2Algorithms;
  if (!a) return 'esp-aes esp-sha-hmac';
  const enc = a.encryption.includes('GCM') ? `esp-gcm${a.encryption.startsWith('AES256') ? ' 256' : ''}` : `esp-aes${a.encryption === 'AES256' ? ' 256' : ''}`;
  if (a.encryption.includes('GCM')) return enc;
  const integ = { SHA1: 'esp-sha-hmac', 'SHA2-256': 'esp-sha256-hmac', 'SHA2-384': 'esp-sha384-hmac', 'SHA2-512': 'esp-sha512-hmac' }[a.integrity] ?? 'esp-sha-hmac';
  return `${enc} ${integ}`;
}
