/** Cisco ASA: `show crypto isakmp sa` (MM_ACTIVE, R313), `show crypto ipsec sa` (R314), routes, sessions. */
import { NO_ROUTING } from '../routingView';
import { ciscoPing, saSecondsLeft } from './ciscoIos';
import { ciscoTransform, clock, hex8, maskOf, spiOf, splitCidr, type DeviceTunnelView, type DeviceView } from './deviceView';
import { traceLines } from './ikeTrace';
import type { Platform } from './platform';

function isakmp(v: DeviceView): string {
  const sas = v.tunnels.filter((t) => t.ikeUp || t.t.phase1 === 'Negotiating');
  const active = sas.filter((t) => t.ikeUp).length;
  const rekey = sas.filter((t) => t.t.phase1 === 'Rekeying').length;
  return [
    `Active SA: ${active}`,
    `    Rekey SA: ${rekey} (A tunnel will report 1 Active and 1 Rekey SA during rekey)`,
    `Total IKE SA: ${sas.length}`,
    '',
    ...sas.map((t, i) => [
      `${i + 1}   IKE Peer: ${t.t.outsideIpAddress}`,
      '    Type    : L2L             Role    : initiator',
      `    Rekey   : ${t.t.phase1 === 'Rekeying' ? 'yes' : 'no '}             State   : ${t.ikeUp ? 'MM_ACTIVE' : 'MM_WAIT_MSG2'}`,
    ].join('\n')),
  ].join('\n');
}

function espSa(v: DeviceView, t: DeviceTunnelView, dir: 'in' | 'out'): string[] {
  const spi = spiOf(t, dir);
  const pfs = t.t.phase2Algorithms?.dhGroup ? `PFS Group ${t.t.phase2Algorithms.dhGroup}, ` : '';
  return [
    `    spi: 0x${hex8(spi).toUpperCase()} (${spi})`,
    `       transform: ${ciscoTransform(t.t)} no compression`,
    `       in use settings ={L2L, Tunnel, ${pfs}}`,
    `       sa timing: remaining key lifetime (kB/sec): (4374000/${saSecondsLeft(v, t)})`,
    '       IV size: 16 bytes',
    '       replay detection support: Y',
  ];
}

function ipsec(v: DeviceView): string {
  return v.tunnels.map((t) => [
    `interface: outside-tunnel${t.n}`,
    `    Crypto map tag: __vti-crypto-map-Tunnel${t.n}-0-${t.n}, seq num: 65280, local addr: ${v.outsideIp}`,
    '',
    '      local ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)',
    '      remote ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)',
    `      current_peer: ${t.t.outsideIpAddress}`,
    '',
    `      #pkts encaps: ${Math.floor(t.t.bytesOut / 100)}, #pkts encrypt: ${Math.floor(t.t.bytesOut / 100)}`,
    `      #pkts decaps: ${Math.floor(t.t.bytesIn / 100)}, #pkts decrypt: ${Math.floor(t.t.bytesIn / 100)}`,
    '',
    `      local crypto endpt.: ${v.outsideIp}/${t.t.natTDetected ? 4500 : 500}, remote crypto endpt.: ${t.t.outsideIpAddress}/${t.t.natTDetected ? 4500 : 500}`,
    `      path mtu 1500, ipsec overhead 74(44), media mtu 1500`,
    `      current outbound spi: ${t.ipsecUp ? hex8(spiOf(t, 'out')).toUpperCase() : '00000000'}`,
    `      current inbound spi : ${t.ipsecUp ? hex8(spiOf(t, 'in')).toUpperCase() : '00000000'}`,
    '',
    '    inbound esp sas:',
    ...(t.ipsecUp ? espSa(v, t, 'in') : []),
    '    outbound esp sas:',
    ...(t.ipsecUp ? espSa(v, t, 'out') : []),
    '',
  ].join('\n')).join('\n');
}

function route(v: DeviceView): string {
  if (!v.routes) return NO_ROUTING;
  const rows = v.routes.filter((r) => r.selected).map((r) => {
    const t = v.tunnels.find((x) => x.t.outsideIpAddress === r.tunnelOutsideIp);
    const { addr, len } = splitCidr(r.destination);
    return r.origin === 'bgp'
      ? `B        ${addr} ${maskOf(len)} [20/${r.med ?? 0}] via ${t?.t.awsInsideIp ?? r.target}, ${clock(v.now - (t?.t.lastStatusChange ?? 0))}`
      : `S        ${addr} ${maskOf(len)} [1/0] via ${t?.t.awsInsideIp ?? r.target}, Tunnel${t?.n ?? '?'}`;
  });
  return ['Codes: L - local, C - connected, S - static, B - BGP', '', 'Gateway of last resort is not set', '', ...rows].join('\n');
}

function sessiondb(v: DeviceView): string {
  const up = v.tunnels.filter((t) => t.ipsecUp);
  return [
    'Session Type: LAN-to-LAN',
    '',
    ...up.map((t, i) => [
      `Connection   : ${t.t.outsideIpAddress}`,
      `Index        : ${i + 1}                      IP Addr      : ${t.t.outsideIpAddress}`,
      `Protocol     : ${t.t.ikeVersion === 'ikev1' ? 'IKEv1' : 'IKEv2'} IPsec`,
      `Encryption   : ${t.t.phase1Algorithms?.encryption ?? ''} / ${t.t.phase2Algorithms?.encryption ?? ''}`,
      `Hashing      : ${t.t.phase1Algorithms?.integrity ?? ''} / ${t.t.phase2Algorithms?.integrity ?? ''}`,
      `Bytes Tx     : ${t.t.bytesOut}                 Bytes Rx     : ${t.t.bytesIn}`,
      `Duration     : ${clock(v.now - t.t.lastStatusChange)}`,
      '',
    ].join('\n')),
    ...(up.length === 0 ? ['There are presently no active sessions of the type specified'] : []),
  ].join('\n');
}

export const ciscoAsa: Platform = {
  id: 'cisco-asa',
  label: 'Cisco ASA',
  prompt: (h) => `${h}#`,
  commands: [
    { phrase: 'show crypto isakmp sa', help: 'IKE SAs: healthy is MM_ACTIVE per AWS endpoint (R313)', run: isakmp },
    { phrase: 'show crypto ipsec sa', help: 'IPsec SAs with SPIs (R314)', run: ipsec },
    { phrase: 'show route', help: 'The routing table', run: route },
    { phrase: 'show vpn-sessiondb l2l', help: 'LAN-to-LAN sessions', run: sessiondb },
    { phrase: 'ping *', help: 'ping <ip> (R315: traffic brings the IPsec SA up)', run: (v, a) => ciscoPing(v, a.filter((w) => w !== 'outside' && w !== 'inside')) },
    { phrase: 'debug crypto isakmp', help: 'IKE messages (R313)', run: (v) => traceLines(v, 'ike').join('\n') },
    { phrase: 'debug crypto ipsec', help: 'IPsec negotiation messages (R314)', run: (v) => traceLines(v, 'ipsec').join('\n') },
    { phrase: 'no debug crypto isakmp', help: 'Stop IKE debugging', run: () => '' },
    { phrase: 'no debug crypto ipsec', help: 'Stop IPsec debugging', run: () => '' },
    { phrase: 'terminal monitor', help: 'Show debug output on this terminal', run: () => '' },
  ],
};
