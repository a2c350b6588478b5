/** Juniper ScreenOS: `get sa` (Sta A/-, non-zero SPI, R332), `get vpn`, `get route`, tunnel.N (R333). */
import { NO_ROUTING } from '../routingView';
import { hex8, spiOf, splitCidr, type DeviceView } from './deviceView';
import { isIpv4, ping } from './ping';
import type { Platform } from './platform';

function getSa(v: DeviceView): string {
  return [
    `total configured sa: ${v.tunnels.length}`,
    'HEX ID    Gateway         Port Algorithm     SPI      Life:sec kb Sta   PID vsys',
    ...v.tunnels.flatMap((t) => (['<', '>'] as const).map((d) => {
      const spi = t.ipsecUp ? hex8(spiOf(t, d === '<' ? 'in' : 'out')) : '00000000';
      const life = t.ipsecUp ? Math.floor(t.t.options.Phase2LifetimeSeconds - ((v.now - t.t.lastStatusChange) / 1000) % t.t.options.Phase2LifetimeSeconds) : 0;
      return `${hex8(t.n)}${d} ${t.t.outsideIpAddress.padEnd(15)} ${t.t.natTDetected ? 4500 : 500}  esp:a128/sha1 ${spi} ${String(life).padEnd(4)} unlim ${t.ipsecUp ? 'A/-' : 'I/-'}   -1  0`;
    })),
  ].join('\n');
}

function getVpn(v: DeviceView): string {
  return [
    'Name            Gateway              Mode RPlay 1st Proposal         Monitor Use Cnt Interface',
    '--------------- -------------------- ---- ----- -------------------- ------- ------- ---------------',
    ...v.tunnels.map((t) => `IPSEC-${t.n}`.padEnd(16) + `GW-${t.t.outsideIpAddress}`.padEnd(21) + 'tunl No    g2-esp-aes128-sha    ' + (t.ipsecUp ? 'up     ' : 'down   ') + ' 1      ' + `tunnel.${t.n}`),
    `Total Auto VPN: ${v.tunnels.length}`,
  ].join('\n');
}

function getRoute(v: DeviceView): string {
  if (!v.routes) return NO_ROUTING;
  return [
    'IPv4 Dest-Routes for <trust-vr>:',
    '------------------------------------------------------------------------------',
    '         ID          IP-Prefix       Interface         Gateway   P Pref    Mtr',
    ...v.routes.filter((r) => r.selected).map((r, i) => {
      const t = v.tunnels.find((x) => x.t.outsideIpAddress === r.tunnelOutsideIp);
      return `*${String(i + 1).padStart(10)} ${r.destination.padStart(18)}  ${`tunnel.${t?.n ?? '?'}`.padEnd(16)} ${(t?.t.awsInsideIp ?? '0.0.0.0').padEnd(15)} ${r.origin === 'bgp' ? 'B' : 'S'}  ${r.origin === 'bgp' ? '40' : '20'}  ${r.med ?? 1}`;
    }),
  ].join('\n');
}

function tunnelIf(v: DeviceView, name: string): string {
  const n = Number(name.replace(/^tunnel\./, ''));
  const t = v.tunnels.find((x) => x.n === n);
  if (!t) return `Interface ${name} not found`;
  return `Interface tunnel.${n}:\n  description tunnel.${n}\n  number ${19 + n}, if_info ${1768 + n}, if_index ${n}, mode route\n  link ${t.ipsecUp ? 'ready' : 'not ready'}\n  vsys Root, zone Trust, vr trust-vr\n  admin mtu ${t.mtu}, operating mtu ${t.mtu}, default mtu 1500\n  *ip ${t.t.cgwInsideIp}/${splitCidr(t.t.insideCidr).len}`;
}

export const screenos: Platform = {
  id: 'screenos',
  label: 'Juniper ScreenOS (SSG / NetScreen)',
  prompt: (h) => `${h}->`,
  commands: [
    { phrase: 'get sa', help: 'IPsec SAs: Sta A/- and a non-zero SPI when healthy (R332)', run: getSa },
    { phrase: 'get vpn', help: 'Configured VPNs and their monitor state', run: getVpn },
    { phrase: 'get route', help: 'The trust-vr routing table', run: getRoute },
    { phrase: 'get interface <tunnel.n>', help: 'Tunnel interface: link ready (R333)', run: (v, a) => tunnelIf(v, a[0] ?? '') },
    { phrase: 'ping *', help: 'ping <ip> (R333)', run: (v, a) => {
      const target = a[0] ?? '';
      if (!isIpv4(target)) return 'Invalid IP address';
      const r = ping(v, target, 100, false);
      return `Type escape sequence to abort\n\nSending 5, 100-byte ICMP Echos to ${target}, timeout is 1 seconds\n${r.kind === 'ok' ? '!!!!!\nSuccess Rate is 100 percent (5/5)' : '.....\nSuccess Rate is 0 percent (0/5)'}`;
    } },
  ],
};
