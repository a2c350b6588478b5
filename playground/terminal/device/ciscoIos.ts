/**
 * Cisco IOS: the guide's troubleshooting outputs (R317–R324) printed from the live engine.
 * Healthy: QM_IDLE/ACTIVE per AWS endpoint, ACTIVE ESP SAs, tunnel line protocol up,
 * BGP neighbors with a prefix count, five `!` for a DF ping of 1410 bytes.
 */
import { NO_ROUTING } from '../routingView';
import { ciscoTransform, clock, hex8, maskOf, packets, spiOf, splitCidr, tunnelByAwsInside, type DeviceTunnelView, type DeviceView } from './deviceView';
import { traceLines } from './ikeTrace';
import { isIpv4, ping } from './ping';
import type { Platform } from './platform';

function isakmpState(t: DeviceTunnelView): { state: string; status: string } | undefined {
  if (t.ikeUp) return { state: 'QM_IDLE', status: 'ACTIVE' };
  if (t.t.phase1 === 'Negotiating') return { state: 'MM_NO_STATE', status: 'ACTIVE' };
  return undefined;
}

export function showCryptoIsakmpSa(v: DeviceView): string {
  const rows = v.tunnels.flatMap((t) => {
    const s = isakmpState(t);
    return s ? [`${t.t.outsideIpAddress.padEnd(15)} ${v.outsideIp.padEnd(15)} ${s.state.padEnd(14)} ${String(2000 + t.n).padEnd(7)} 0 ${s.status}`] : [];
  });
  return ['IPv4 Crypto ISAKMP SA', 'dst             src             state          conn-id slot status', ...rows, '', 'IPv6 Crypto ISAKMP SA', ''].join('\n');
}

export function saSecondsLeft(v: DeviceView, t: DeviceTunnelView): number {
  const life = t.t.options.Phase2LifetimeSeconds * 1000;
  const age = Math.max(0, v.now - t.t.lastStatusChange) % life;
  return Math.floor((life - age) / 1000);
}

function espBlock(v: DeviceView, t: DeviceTunnelView, dir: 'in' | 'out', conn: number): string[] {
  const spi = spiOf(t, dir);
  const left = saSecondsLeft(v, t);
  return [
    `   spi: 0x${hex8(spi).toUpperCase()}(${spi})`,
    `     transform: ${ciscoTransform(t.t)} ,`,
    '     in use settings ={Tunnel, }',
    `     conn id: ${conn}, flow_id: SW:${conn}, crypto map: Tunnel${t.n}-head-0`,
    `     sa timing: remaining key lifetime (k/sec): (4608000/${left})`,
    '     IV size: 16 bytes',
    `     replay detection support: Y  replay window size: ${t.t.options.ReplayWindowSize}`,
    '     Status: ACTIVE(ACTIVE)',
  ];
}

export function showCryptoIpsecSa(v: DeviceView): string {
  return v.tunnels.map((t) => {
    const out = packets(t.t.bytesOut);
    const inn = packets(t.t.bytesIn);
    const sa = t.ipsecUp;
    return [
      `interface: Tunnel${t.n}`,
      `    Crypto map tag: Tunnel${t.n}-head-0, local addr ${v.outsideIp}`,
      '',
      '   protected vrf: (none)',
      '   local  ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)',
      '   remote ident (addr/mask/prot/port): (0.0.0.0/0.0.0.0/0/0)',
      `   current_peer ${t.t.outsideIpAddress} port ${t.t.natTDetected ? 4500 : 500}`,
      '     PERMIT, flags={origin_is_acl,}',
      `    #pkts encaps: ${out}, #pkts encrypt: ${out}, #pkts digest: ${out}`,
      `    #pkts decaps: ${inn}, #pkts decrypt: ${inn}, #pkts verify: ${inn}`,
      '    #send errors 0, #recv errors 0',
      '',
      `     local crypto endpt.: ${v.outsideIp}, remote crypto endpt.: ${t.t.outsideIpAddress}`,
      `     path mtu 1500, ip mtu ${t.mtu}, ip mtu idb GigabitEthernet1`,
      `     current outbound spi: ${sa ? `0x${hex8(spiOf(t, 'out')).toUpperCase()}(${spiOf(t, 'out')})` : '0x0(0)'}`,
      '',
      '     inbound esp sas:',
      ...(sa ? espBlock(v, t, 'in', 2 * t.n - 1) : []),
      '',
      '     outbound esp sas:',
      ...(sa ? espBlock(v, t, 'out', 2 * t.n) : []),
      '',
    ].join('\n');
  }).join('\n');
}

export function showInterfacesTunnel(v: DeviceView, n: number): string {
  const t = v.tunnels.find((x) => x.n === n);
  if (!t) return `                    ^\n% Invalid input detected at '^' marker. (Tunnel${n} is not configured on this device)`;
  const line = t.ipsecUp && t.t.dataPlaneUp ? 'up' : 'down';
  const { len } = splitCidr(t.t.insideCidr);
  return [
    `Tunnel${n} is up, line protocol is ${line}`,
    '  Hardware is Tunnel',
    `  Internet address is ${t.t.cgwInsideIp}/${len}`,
    '  MTU 17867 bytes, BW 100 Kbit/sec, DLY 50000 usec,',
    '  Encapsulation TUNNEL, loopback not set',
    '  Keepalive not set',
    `  Tunnel source ${v.outsideIp}, destination ${t.t.outsideIpAddress}`,
    '  Tunnel protocol/transport IPSEC/IP',
    '  Tunnel TTL 255',
    `  Tunnel transport MTU ${t.mtu} bytes`,
    `  Tunnel protection via IPSec (profile "ipsec-${t.vpnConnectionId}-${t.tunnelNumber - 1}")`,
    `  Last input ${t.t.bytesIn > 0 ? '00:00:01' : 'never'}, output ${t.t.bytesOut > 0 ? '00:00:01' : 'never'}, output hang never`,
    `    ${packets(t.t.bytesIn)} packets input, ${t.t.bytesIn} bytes, 0 no buffer`,
    `    ${packets(t.t.bytesOut)} packets output, ${t.t.bytesOut} bytes, 0 underruns`,
  ].join('\n');
}

export function ciscoPing(v: DeviceView, args: readonly string[]): string {
  const target = args[0] ?? '';
  if (!isIpv4(target)) return `% Unrecognized host or address, or protocol not running.`;
  const df = args.includes('df-bit');
  const si = args.indexOf('size');
  const size = si >= 0 ? Number(args[si + 1]) : 100;
  if (!Number.isInteger(size) || size < 36 || size > 18024) return '% Invalid input detected: size must be 36-18024.';
  const r = ping(v, target, size, df);
  const head = ['Type escape sequence to abort.', `Sending 5, ${size}-byte ICMP Echos to ${target}, timeout is 2 seconds:`, ...(df ? ['Packet sent with the DF bit set'] : [])];
  if (r.kind === 'ok') return [...head, '!!!!!', `Success rate is 100 percent (5/5), round-trip min/avg/max = ${r.rttMs}/${r.rttMs}/${r.rttMs} ms`].join('\n');
  if (r.kind === 'too-big') return [...head, 'M.M.M', `Success rate is 0 percent (0/5)`, `(the tunnel MTU is ${r.mtu} bytes for the negotiated algorithms: a ${size}-byte packet with DF set cannot be sent, R244)`].join('\n');
  if (r.kind === 'no-route') return [...head, 'UUUUU', 'Success rate is 0 percent (0/5)'].join('\n');
  return [...head, '.....', 'Success rate is 0 percent (0/5)'].join('\n');
}

function showIpBgpSummary(v: DeviceView): string {
  if (!v.routingSimulated) return NO_ROUTING;
  const sessions = v.tunnels.filter((t) => t.bgp);
  if (sessions.length === 0) return '% BGP not active';
  const rows = sessions.map((t) => {
    const b = t.bgp!;
    const est = b.deviceState === 'Established';
    const upFor = clock(v.now - t.t.lastStatusChange);
    const msgs = Math.floor((v.now - t.t.lastStatusChange) / 10_000) + 3;
    return [b.awsInsideIp.padEnd(15), '4', String(b.awsAsn).padEnd(6), String(est ? msgs : 0).padEnd(7), String(est ? msgs : 0).padEnd(7), '1', '0', '0', est ? upFor : 'never', est ? String(b.prefixesAdvertised) : b.deviceState].join(' ');
  });
  return [
    `BGP router identifier ${v.outsideIp}, local AS number ${v.asn}`,
    'BGP table version is 8, main routing table version 8',
    '',
    'Neighbor        V AS     MsgRcvd MsgSent TblVer InQ OutQ Up/Down  State/PfxRcd',
    ...rows,
    ...sessions.filter((t) => t.bgp?.lastError).map((t) => `% ${t.bgp!.awsInsideIp}: ${t.bgp!.lastError}`),
  ].join('\n');
}

function advertisedRoutes(v: DeviceView, neighbor: string): string {
  if (!v.routingSimulated) return NO_ROUTING;
  const t = tunnelByAwsInside(v, neighbor);
  if (!t?.bgp) return `% No such neighbor or address family`;
  const rows = t.bgp.deviceState === 'Established' ? v.advertised.map((p) => ` *>  ${p.padEnd(18)} 0.0.0.0                  0         32768 i`) : [];
  return [
    'For address family: IPv4 Unicast',
    `BGP table version is 3, local router ID is ${v.outsideIp}`,
    'Status codes: s suppressed, d damped, h history, * valid, > best, i - internal,',
    '              r RIB-failure, S Stale',
    'Origin codes: i - IGP, e - EGP, ? - incomplete',
    '',
    ...(v.advertised.includes('0.0.0.0/0') ? ['Originating default network 0.0.0.0', ''] : []),
    '     Network          Next Hop            Metric LocPrf Weight Path',
    ...rows,
    '',
    `Total number of prefixes ${rows.length}`,
  ].join('\n');
}

function showIpRoute(v: DeviceView, origin: 'bgp' | 'static'): string {
  if (!v.routes) return NO_ROUTING;
  const rows = v.routes.filter((r) => r.selected && (origin === 'bgp' ? r.origin === 'bgp' : r.origin !== 'bgp'));
  const lines = rows.map((r) => {
    const t = v.tunnels.find((x) => x.t.outsideIpAddress === r.tunnelOutsideIp);
    if (origin === 'static') return `S        ${r.destination} is directly connected, Tunnel${t?.n ?? '?'}`;
    return `B        ${r.destination} [20/${r.med ?? 0}] via ${t?.t.awsInsideIp ?? r.target}, ${clock(v.now - (t?.t.lastStatusChange ?? 0))}`;
  });
  return ['Codes: L - local, C - connected, S - static, B - BGP', '', 'Gateway of last resort is not set', '', ...lines].join('\n');
}

const mask = (cidr: string): string => {
  const { addr, len } = splitCidr(cidr);
  return `${addr} ${maskOf(len)}`;
};

export const ciscoIos: Platform = {
  id: 'cisco-ios',
  label: 'Cisco IOS (ISR / CSR)',
  prompt: (h) => `${h}#`,
  commands: [
    { phrase: 'show crypto isakmp sa', help: 'IKE SAs: healthy is QM_IDLE / ACTIVE per AWS endpoint (R317)', run: showCryptoIsakmpSa },
    { phrase: 'show crypto ikev2 sa', help: 'IKEv2 SAs (READY when established)', run: (v) => ['IPv4 Crypto IKEv2  SA', '', ...v.tunnels.filter((t) => t.ikeUp || t.t.phase1 === 'Negotiating').map((t) => `Tunnel-id Local                 Remote                fvrf/ivrf            Status\n${t.n}         ${v.outsideIp}/500      ${t.t.outsideIpAddress}/500      none/none            ${t.ikeUp ? 'READY' : 'IN-NEG'}`)].join('\n') },
    { phrase: 'show crypto ipsec sa', help: 'IPsec SAs: inbound and outbound ESP SAs with Status ACTIVE (R318)', run: showCryptoIpsecSa },
    { phrase: 'show interfaces <tunnel>', help: 'Tunnel interface: "Tunnel1 is up, line protocol is up" (R319)', run: (v, a) => {
      const m = /^tun(?:nel)?(\d+)$/i.exec(a[0] ?? '');
      return m ? showInterfacesTunnel(v, Number(m[1])) : `% Only tunnel interfaces are simulated: try "show interfaces tunnel1".`;
    } },
    { phrase: 'show ip bgp summary', help: 'BGP neighbors and State/PfxRcd (R321)', run: showIpBgpSummary },
    { phrase: 'show ip bgp neighbors <ip> advertised-routes', help: 'Prefixes the device advertises to AWS (R322)', run: (v, a) => advertisedRoutes(v, a[0] ?? '') },
    { phrase: 'show bgp all neighbors <ip> advertised-routes', help: 'Prefixes the device advertises to AWS (R322)', run: (v, a) => advertisedRoutes(v, a[0] ?? '') },
    { phrase: 'show ip route bgp', help: 'VPC prefixes learned from the AWS inside addresses (R323)', run: (v) => showIpRoute(v, 'bgp') },
    { phrase: 'show ip route static', help: 'Static routes into the tunnels (R324)', run: (v) => showIpRoute(v, 'static') },
    { phrase: 'show running-config', help: 'The tunnel part of the running configuration', run: (v) => v.tunnels.map((t) => `interface Tunnel${t.n}\n ip address ${mask(t.t.insideCidr).replace(splitCidr(t.t.insideCidr).addr, t.t.cgwInsideIp)}\n tunnel source ${v.outsideIp}\n tunnel destination ${t.t.outsideIpAddress}\n tunnel mode ipsec ipv4\n tunnel protection ipsec profile ipsec-${t.vpnConnectionId}-${t.tunnelNumber - 1}\n!`).join('\n') },
    { phrase: 'ping *', help: 'ping <ip> [df-bit] [size <bytes>] (R320)', run: ciscoPing },
    { phrase: 'debug crypto isakmp', help: 'IKE messages of the tunnels (from the live trace)', run: (v) => ['Crypto ISAKMP debugging is on', ...traceLines(v, 'ike')].join('\n') },
    { phrase: 'debug crypto ipsec', help: 'IPsec (child SA) negotiation messages', run: (v) => ['Crypto IPSEC debugging is on', ...traceLines(v, 'ipsec')].join('\n') },
    { phrase: 'no debug crypto isakmp', help: 'Stop IKE debugging', run: () => 'Crypto ISAKMP debugging is off' },
    { phrase: 'no debug crypto ipsec', help: 'Stop IPsec debugging', run: () => 'Crypto IPSEC debugging is off' },
    { phrase: 'undebug all', help: 'Stop all debugging', run: () => 'All possible debugging has been turned off' },
    { phrase: 'terminal monitor', help: 'Show debug output on this terminal', run: () => '' },
  ],
};
