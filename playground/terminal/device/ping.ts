/**
 * A ping from the device: over the tunnel whose inside address or route covers the target.
 * It succeeds only when that tunnel's IPsec SA carries data; with the DF bit set, a packet
 * larger than the tunnel MTU (R251–R258, R244: no PMTUD) cannot be sent (R320, R329).
 */
import type { DeviceTunnelView, DeviceView } from './deviceView';

export type PingOutcome =
  | { kind: 'ok'; rttMs: number; t: DeviceTunnelView | undefined }
  | { kind: 'too-big'; mtu: number; t: DeviceTunnelView }
  | { kind: 'timeout'; t: DeviceTunnelView | undefined }
  | { kind: 'no-route' };

const ipNum = (ip: string): number | undefined => {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((x) => x > 255)) return undefined;
  return (((parts[0] as number) << 24) | ((parts[1] as number) << 16) | ((parts[2] as number) << 8) | (parts[3] as number)) >>> 0;
};

export function inCidr(ip: string, cidr: string): boolean {
  const [net, lenText] = cidr.split('/');
  const a = ipNum(ip);
  const b = ipNum(net ?? '');
  const len = Number(lenText ?? 32);
  if (a === undefined || b === undefined) return false;
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return (a & mask) === (b & mask);
}

export const isIpv4 = (s: string): boolean => ipNum(s) !== undefined;

function tunnelFor(v: DeviceView, target: string): DeviceTunnelView | undefined | 'self' {
  if (v.tunnels.some((t) => t.t.cgwInsideIp === target) || target === v.outsideIp) return 'self';
  const direct = v.tunnels.find((t) => t.t.awsInsideIp === target || inCidr(target, t.t.insideCidr));
  if (direct) return direct;
  const routes = (v.routes ?? []).filter((r) => r.selected && inCidr(target, r.destination));
  routes.sort((a, b) => Number(b.destination.split('/')[1]) - Number(a.destination.split('/')[1]));
  for (const r of routes) {
    const t = v.tunnels.find((x) => x.t.outsideIpAddress === r.tunnelOutsideIp && x.ipsecUp);
    if (t) return t;
  }
  const best = routes[0];
  return best ? v.tunnels.find((x) => x.t.outsideIpAddress === best.tunnelOutsideIp) : undefined;
}

export function ping(v: DeviceView, target: string, size: number, df: boolean): PingOutcome {
  if (!v.up) return { kind: 'timeout', t: undefined };
  const t = tunnelFor(v, target);
  if (t === 'self') return { kind: 'ok', rttMs: 1, t: undefined };
  if (!t) return { kind: 'no-route' };
  if (!t.ipsecUp || !t.t.dataPlaneUp || !t.t.path.pathUp) return { kind: 'timeout', t };
  if (df && size > t.mtu) return { kind: 'too-big', mtu: t.mtu, t };
  if (t.t.path.lossPct >= 100) return { kind: 'timeout', t };
  return { kind: 'ok', rttMs: Math.max(1, Math.round(t.t.path.latencyMs * 2 + 20)), t };
}
