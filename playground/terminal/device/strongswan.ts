/** strongSwan: `swanctl --list-sas` and `ipsec statusall`, from the live SAs of each tunnel. */
import { hex8, spiOf, type DeviceTunnelView, type DeviceView } from './deviceView';
import { traceLines } from './ikeTrace';
import { isIpv4, ping } from './ping';
import type { Platform } from './platform';

const ENC: Readonly<Record<string, string>> = { AES128: 'AES_CBC-128', AES256: 'AES_CBC-256', 'AES128-GCM-16': 'AES_GCM_16-128', 'AES256-GCM-16': 'AES_GCM_16-256' };
const INTEG: Readonly<Record<string, string>> = { SHA1: 'HMAC_SHA1_96', 'SHA2-256': 'HMAC_SHA2_256_128', 'SHA2-384': 'HMAC_SHA2_384_192', 'SHA2-512': 'HMAC_SHA2_512_256' };
const MODP: Readonly<Record<number, string>> = { 2: 'MODP_1024', 5: 'MODP_1536', 14: 'MODP_2048', 15: 'MODP_3072', 16: 'MODP_4096', 19: 'ECP_256', 20: 'ECP_384', 21: 'ECP_521', 24: 'MODP_2048_256' };

const ikeState = (t: DeviceTunnelView): string => (t.ikeUp ? 'ESTABLISHED' : t.t.phase1 === 'Negotiating' ? 'CONNECTING' : '');

function listSas(v: DeviceView): string {
  const lines: string[] = [];
  for (const t of v.tunnels) {
    const state = ikeState(t);
    if (!state) continue;
    const a1 = t.t.phase1Algorithms;
    const port = t.t.natTDetected ? 4500 : 500;
    lines.push(`AWS-${t.vpnConnectionId}-${t.tunnelNumber}: #${t.n}, ${state}, ${t.t.ikeVersion === 'ikev1' ? 'IKEv1' : 'IKEv2'}, ${hex8(spiOf(t, 'in'))}${hex8(spiOf(t, 'out'))}_i* ${t.ikeUp ? `${hex8(spiOf(t, 'out'))}${hex8(spiOf(t, 'in'))}_r` : '0000000000000000_r'}`);
    lines.push(`  local  '${v.outsideIp}' @ ${v.outsideIp}[${port}]`);
    lines.push(`  remote '${t.t.outsideIpAddress}' @ ${t.t.outsideIpAddress}[${port}]`);
    if (a1) lines.push(`  ${ENC[a1.encryption] ?? a1.encryption}/${INTEG[a1.integrity] ?? a1.integrity}/PRF_${(INTEG[a1.integrity] ?? 'HMAC_SHA1').replace(/_\d+$/, '')}/${MODP[a1.dhGroup] ?? `DH${a1.dhGroup}`}`);
    if (t.ikeUp) lines.push(`  established ${Math.floor((v.now - t.t.lastStatusChange) / 1000)}s ago`);
    if (t.ipsecUp) {
      const a2 = t.t.phase2Algorithms;
      lines.push(`  Tunnel${t.n}: #${t.n}, reqid ${t.n}, INSTALLED, TUNNEL${t.t.natTDetected ? '-in-UDP' : ''}, ESP:${a2 ? `${ENC[a2.encryption] ?? a2.encryption}${a2.encryption.includes('GCM') ? '' : `/${INTEG[a2.integrity] ?? a2.integrity}`}` : ''}`);
      lines.push(`    installed ${Math.floor((v.now - t.t.lastStatusChange) / 1000)}s ago`);
      lines.push(`    in  ${hex8(spiOf(t, 'in'))}, ${t.t.bytesIn} bytes, ${Math.floor(t.t.bytesIn / 100)} packets`);
      lines.push(`    out ${hex8(spiOf(t, 'out'))}, ${t.t.bytesOut} bytes, ${Math.floor(t.t.bytesOut / 100)} packets`);
      lines.push(`    local  ${t.localCidr}`, `    remote ${t.remoteCidr}`);
    }
  }
  return lines.join('\n');
}

function statusAll(v: DeviceView): string {
  const up = v.tunnels.filter((t) => t.ipsecUp).length;
  const connecting = v.tunnels.filter((t) => !t.ipsecUp && ikeState(t) !== '').length;
  return [
    'Status of IKE charon daemon (strongSwan 5.9.5, Linux):',
    `  worker threads: 16 total, 11 idle, working: 4/0/1/0`,
    'Listening IP addresses:',
    `  ${v.outsideIp}`,
    'Connections:',
    ...v.tunnels.map((t) => `AWS-${t.vpnConnectionId}-${t.tunnelNumber}:  ${v.outsideIp}...${t.t.outsideIpAddress}  ${t.t.ikeVersion === 'ikev1' ? 'IKEv1' : 'IKEv2'}, dpddelay=10s`),
    `Security Associations (${up} up, ${connecting} connecting):`,
    ...v.tunnels.filter((t) => ikeState(t)).map((t) => `AWS-${t.vpnConnectionId}-${t.tunnelNumber}[${t.n}]: ${ikeState(t)} ${t.ikeUp ? `${Math.floor((v.now - t.t.lastStatusChange) / 1000)} seconds ago` : ''}, ${v.outsideIp}...${t.t.outsideIpAddress}${t.ipsecUp ? `\nAWS-${t.vpnConnectionId}-${t.tunnelNumber}{${t.n}}:  INSTALLED, TUNNEL, ESP SPIs: ${hex8(spiOf(t, 'in'))}_i ${hex8(spiOf(t, 'out'))}_o` : ''}`),
  ].join('\n');
}

export const strongswan: Platform = {
  id: 'strongswan',
  label: 'strongSwan (Linux)',
  prompt: (h) => `root@${h}:~#`,
  commands: [
    { phrase: 'swanctl --list-sas', help: 'IKE and CHILD SAs (ESTABLISHED / INSTALLED when healthy)', run: listSas },
    { phrase: 'ipsec statusall', help: 'Daemon status, connections and SAs', run: statusAll },
    { phrase: 'ipsec status', help: 'Short SA status', run: (v) => statusAll(v).split('\n').filter((l) => l.startsWith('Security') || l.startsWith('AWS-') && /ESTABLISHED|CONNECTING|INSTALLED/.test(l)).join('\n') },
    { phrase: 'swanctl --log', help: 'IKE daemon log (the live IKE messages)', run: (v) => traceLines(v, 'ike').join('\n') },
    { phrase: 'ping *', help: 'ping [-M do] [-s size] <ip>', run: (v, a) => {
      const target = a.find(isIpv4) ?? '';
      if (!target) return 'ping: usage error: Destination address required';
      const si = a.indexOf('-s');
      const size = si >= 0 ? Number(a[si + 1]) : 56;
      const r = ping(v, target, size + 28, a.includes('do') && a.includes('-M'));
      if (r.kind === 'ok') return `PING ${target} ${size}(${size + 28}) bytes of data.\n${[1, 2, 3, 4, 5].map((i) => `${size + 8} bytes from ${target}: icmp_seq=${i} ttl=254 time=${r.rttMs} ms`).join('\n')}\n\n--- ${target} ping statistics ---\n5 packets transmitted, 5 received, 0% packet loss`;
      if (r.kind === 'too-big') return `PING ${target} ${size}(${size + 28}) bytes of data.\nping: local error: message too long, mtu=${r.mtu}\n\n--- ${target} ping statistics ---\n5 packets transmitted, 0 received, +5 errors, 100% packet loss`;
      return `PING ${target} ${size}(${size + 28}) bytes of data.\n\n--- ${target} ping statistics ---\n5 packets transmitted, 0 received, 100% packet loss`;
    } },
  ],
};
