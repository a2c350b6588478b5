/** Yamaha RTX: `show ipsec sa` (R337, R338), `show status tunnel N` (R339), `show status bgp neighbor` (R340). */
import { NO_ROUTING } from '../routingView';
import { clock, type DeviceView } from './deviceView';
import type { Platform } from './platform';

function ipsecSa(v: DeviceView): string {
  return [
    'Total: isakmp:' + v.tunnels.filter((t) => t.ikeUp).length + ' send:' + v.tunnels.filter((t) => t.ipsecUp).length + ' recv:' + v.tunnels.filter((t) => t.ipsecUp).length,
    '',
    'sgw  flags local-id                  remote-id         # of sa',
    '--------------------------------------------------------------------------',
    ...v.tunnels.filter((t) => t.ikeUp || t.ipsecUp).map((t) => `${String(t.n).padEnd(4)} U K   ${v.outsideIp.padEnd(25)} ${t.t.outsideIpAddress.padEnd(17)} i:${t.ikeUp ? 2 : 0} s:${t.ipsecUp ? 1 : 0} r:${t.ipsecUp ? 1 : 0}`),
  ].join('\n');
}

function statusTunnel(v: DeviceView, n: number): string {
  const t = v.tunnels.find((x) => x.n === n);
  if (!t) return `TUNNEL[${n}]: not configured`;
  return [
    `TUNNEL[${n}]:`,
    `Description: ${t.vpnConnectionId} tunnel ${t.tunnelNumber}`,
    '  Interface type: IPsec',
    `  Current status is ${t.ipsecUp ? 'Online' : 'Offline'}.`,
    `  from ${t.ipsecUp ? clock(v.now - t.t.lastStatusChange) : '-'} connection continues.`,
    `  Received:    (IPv4) ${Math.floor(t.t.bytesIn / 100)} packets [${t.t.bytesIn} octets]`,
    `  Transmitted: (IPv4) ${Math.floor(t.t.bytesOut / 100)} packets [${t.t.bytesOut} octets]`,
  ].join('\n');
}

function bgpNeighbor(v: DeviceView): string {
  if (!v.routingSimulated) return NO_ROUTING;
  return v.tunnels.filter((t) => t.bgp).map((t) => {
    const b = t.bgp!;
    const est = b.deviceState === 'Established';
    return [
      `BGP neighbor is ${b.awsInsideIp}, remote AS ${b.awsAsn}, local AS ${b.customerAsn}, external link`,
      `BGP version 4, remote router ID ${est ? b.awsInsideIp : '0.0.0.0'}`,
      `BGP state = ${b.deviceState}`,
      `Last read ${est ? '00:00:05' : '00:00:00'}, hold time is ${est ? 30 : 0}, keepalive interval is ${est ? 10 : 0} seconds`,
      `Connection established ${est ? 1 : 0}; dropped 0`,
      `Last reset ${b.lastError ?? 'never'}`,
      `Local host: ${est ? b.customerInsideIp : 'unspecified'}`,
      `Foreign host: ${b.awsInsideIp}, Foreign port: ${est ? 179 : 0}`,
      '',
    ].join('\n');
  }).join('\n');
}

export const yamaha: Platform = {
  id: 'yamaha',
  label: 'Yamaha RTX',
  prompt: () => '#',
  commands: [
    { phrase: 'show ipsec sa', help: 'SAs per security gateway: remote-id is the AWS endpoint (R337)', run: ipsecSa },
    { phrase: 'show ipsec sa gateway <n>', help: 'SAs of one gateway (R337)', run: (v, a) => ipsecSa({ ...v, tunnels: v.tunnels.filter((t) => t.n === Number(a[0])) }) },
    { phrase: 'show status tunnel <n>', help: '"Current status is Online." (R339)', run: (v, a) => statusTunnel(v, Number(a[0])) },
    { phrase: 'show status bgp neighbor', help: 'BGP state per neighbor (R340)', run: bgpNeighbor },
  ],
};
