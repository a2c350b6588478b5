/** Juniper JunOS (SRX): IKE/IPsec SAs (R327, R328), st0.N (R329), BGP (R330, R331), routes. */
import { NO_ROUTING } from '../routingView';
import { clock, hex8, spiOf, splitCidr, tunnelByAwsInside, type DeviceView } from './deviceView';
import { traceLines } from './ikeTrace';
import { isIpv4, ping } from './ping';
import type { Platform } from './platform';

/** 16 hex digits derived from an SPI seed, like an IKE SPI (cookie). */
const cookie = (n: number): string => hex8(n) + hex8(Math.imul(n, 2654435761) >>> 0);

function ike(v: DeviceView): string {
  const rows = v.tunnels.filter((t) => t.ikeUp || t.t.phase1 === 'Negotiating').map((t) => {
    const c = spiOf(t, 'in');
    return `${String(t.n + 2).padEnd(8)}${t.t.outsideIpAddress.padEnd(16)}${(t.ikeUp ? 'UP' : 'DOWN').padEnd(6)}${cookie(c).padEnd(18)}${(t.ikeUp ? cookie(spiOf(t, 'out')) : '0000000000000000').padEnd(18)}${t.t.ikeVersion === 'ikev1' ? 'Main' : 'IKEv2'}`;
  });
  return ['Index   Remote Address  State Initiator cookie  Responder cookie  Mode', ...rows].join('\n');
}

function ipsec(v: DeviceView): string {
  const up = v.tunnels.filter((t) => t.ipsecUp);
  const alg = (t: (typeof up)[number]): string => {
    const a = t.t.phase2Algorithms;
    const enc = a?.encryption.startsWith('AES256') ? 'aes-256' : 'aes-128';
    const integ = a?.encryption.includes('GCM') ? 'gcm' : a?.integrity === 'SHA1' ? 'sha1' : (a?.integrity ?? 'sha1').toLowerCase().replace('sha2-', 'sha');
    return `ESP:${enc}/${integ}`;
  };
  return [
    `Total active tunnels: ${up.length}`,
    'ID      Gateway         Port  Algorithm        SPI      Life:sec/kb  Mon vsys',
    ...up.flatMap((t) => (['<', '>'] as const).map((d) => `${d}${131072 + t.n}  ${t.t.outsideIpAddress.padEnd(15)} ${t.t.natTDetected ? 4500 : 500}   ${alg(t).padEnd(16)} ${hex8(spiOf(t, d === '<' ? 'in' : 'out'))} ${Math.floor(t.t.options.Phase2LifetimeSeconds - ((v.now - t.t.lastStatusChange) / 1000) % t.t.options.Phase2LifetimeSeconds)}/ unlim  -   0`)),
  ].join('\n');
}

function st0(v: DeviceView, unit: string): string {
  const n = Number(unit.replace(/^st0\./, ''));
  const t = v.tunnels.find((x) => x.n === n);
  if (!t) return `error: device st0.${unit.replace(/^st0\./, '')} not found`;
  const { addr, len } = splitCidr(t.t.insideCidr);
  return [
    `  Logical interface st0.${n} (Index ${69 + n}) (SNMP ifIndex ${125 + n})`,
    `    Flags: ${t.ipsecUp ? 'Up ' : 'Down '}Point-To-Point SNMP-Traps Encapsulation: Secure-Tunnel`,
    `    Input packets : ${Math.floor(t.t.bytesIn / 100)}`,
    `    Output packets: ${Math.floor(t.t.bytesOut / 100)}`,
    '    Security: Zone: Trust',
    '    Allowed host-inbound traffic : bgp ping ssh traceroute',
    `    Protocol inet, MTU: ${t.mtu}`,
    '      Flags: None',
    '      Addresses, Flags: Is-Preferred Is-Primary',
    `        Destination: ${addr}/${len}, Local: ${t.t.cgwInsideIp}`,
  ].join('\n');
}

function bgpSummary(v: DeviceView): string {
  if (!v.routingSimulated) return NO_ROUTING;
  const s = v.tunnels.filter((t) => t.bgp);
  const down = s.filter((t) => t.bgp!.deviceState !== 'Established').length;
  return [
    `Groups: 1 Peers: ${s.length} Down peers: ${down}`,
    'Peer                     AS      InPkt     OutPkt    OutQ   Flaps Last Up/Dwn State|#Active/Received/Accepted/Damped...',
    ...s.map((t) => {
      const b = t.bgp!;
      const est = b.deviceState === 'Established';
      const pk = est ? Math.floor((v.now - t.t.lastStatusChange) / 10_000) + 3 : 0;
      return `${b.awsInsideIp.padEnd(24)} ${String(b.awsAsn).padEnd(7)} ${String(pk).padEnd(9)} ${String(pk).padEnd(9)} 0      0     ${clock(v.now - t.t.lastStatusChange)} ${est ? `${b.prefixesAdvertised}/${b.prefixesAdvertised}/${b.prefixesAdvertised}/0` : b.deviceState}`;
    }),
  ].join('\n');
}

function bgpNeighbor(v: DeviceView, ip: string): string {
  if (!v.routingSimulated) return NO_ROUTING;
  const t = tunnelByAwsInside(v, ip);
  if (!t?.bgp) return `error: BGP peer ${ip} not found`;
  const b = t.bgp;
  return [
    `Peer: ${b.awsInsideIp}+179 AS ${b.awsAsn} Local: ${b.customerInsideIp} AS ${b.customerAsn}`,
    `  Type: External    State: ${b.deviceState}    Flags: <ImportEval Sync>`,
    `  Last Error: ${b.lastError ?? 'None'}`,
    '  Holdtime: 30 Preference: 170',
    '  Keepalive Interval: 10',
    `  Local Interface: st0.${t.n}`,
    '  Table inet.0 Bit: 10000',
    `    Received prefixes:        ${b.deviceState === 'Established' ? b.prefixesAdvertised : 0}`,
    `    Accepted prefixes:        ${b.deviceState === 'Established' ? b.prefixesAdvertised : 0}`,
    `    Advertised prefixes:      ${b.deviceState === 'Established' ? b.prefixesReceived : 0}`,
  ].join('\n');
}

function routeBgp(v: DeviceView): string {
  if (!v.routes) return NO_ROUTING;
  const rows = v.routes.filter((r) => r.origin === 'bgp');
  return [
    `inet.0: ${rows.length} destinations, ${rows.length} routes (${rows.filter((r) => r.selected).length} active, 0 holddown, 0 hidden)`,
    '+ = Active Route, - = Last Active, * = Both',
    '',
    ...rows.map((r) => {
      const t = v.tunnels.find((x) => x.t.outsideIpAddress === r.tunnelOutsideIp);
      return `${r.destination.padEnd(18)} ${r.selected ? '*' : ' '}[BGP/170] ${clock(v.now - (t?.t.lastStatusChange ?? 0))}, MED ${r.med ?? 0}, localpref 100\n                      AS path: ${(r.asPath ?? []).join(' ')} I\n                    > to ${t?.t.awsInsideIp ?? r.target} via st0.${t?.n ?? '?'}`;
    }),
  ].join('\n');
}

function junosPing(v: DeviceView, a: readonly string[]): string {
  const target = a[0] ?? '';
  if (!isIpv4(target)) return 'ping: cannot resolve host';
  const si = a.indexOf('size');
  const size = si >= 0 ? Number(a[si + 1]) : 56;
  const r = ping(v, target, size + 28, a.includes('do-not-fragment'));
  const head = `PING ${target} (${target}): ${size} data bytes`;
  if (r.kind === 'ok') return [head, ...[0, 1, 2, 3, 4].map((i) => `${size + 8} bytes from ${target}: icmp_seq=${i} ttl=254 time=${r.rttMs}.000 ms`), '', `--- ${target} ping statistics ---`, '5 packets transmitted, 5 packets received, 0% packet loss'].join('\n');
  if (r.kind === 'too-big') return [head, ...[0, 1, 2, 3, 4].map(() => `ping: sendto: Message too long (tunnel MTU ${r.mtu})`), '', `--- ${target} ping statistics ---`, '5 packets transmitted, 0 packets received, 100% packet loss'].join('\n');
  return [head, '', `--- ${target} ping statistics ---`, '5 packets transmitted, 0 packets received, 100% packet loss'].join('\n');
}

export const junos: Platform = {
  id: 'junos',
  label: 'Juniper JunOS (SRX)',
  prompt: (h) => `user@${h}>`,
  commands: [
    { phrase: 'show security ike security-associations', help: 'IKE SAs: State UP per AWS endpoint (R327)', run: ike },
    { phrase: 'show security ipsec security-associations', help: 'IPsec SAs: < inbound, > outbound (R328)', run: ipsec },
    { phrase: 'show interfaces <st0.n>', help: 'Secure tunnel interface st0.1 (R329)', run: (v, a) => st0(v, a[0] ?? '') },
    { phrase: 'show bgp summary', help: 'Peers and Down peers (R330)', run: bgpSummary },
    { phrase: 'show bgp neighbor <ip>', help: 'State, Last Error, received/advertised prefixes (R330)', run: (v, a) => bgpNeighbor(v, a[0] ?? '') },
    { phrase: 'show route protocol bgp', help: 'Routes learned over BGP', run: routeBgp },
    { phrase: 'show route advertising-protocol bgp <ip>', help: 'Prefixes sent to AWS (R331)', run: (v, a) => (tunnelByAwsInside(v, a[0] ?? '')?.bgp?.deviceState === 'Established' ? ['inet.0:', '  Prefix                Nexthop          MED    Lclpref    AS path', ...v.advertised.map((p) => `* ${p.padEnd(21)} Self              0                 I`)].join('\n') : '') },
    { phrase: 'ping *', help: 'ping <ip> size <n> do-not-fragment (R329)', run: junosPing },
    { phrase: 'monitor start kmd', help: 'IKE daemon messages (R327)', run: (v) => traceLines(v, 'ike').join('\n') },
  ],
};
