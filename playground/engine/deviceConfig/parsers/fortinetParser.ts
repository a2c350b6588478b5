/**
 * FortiOS configuration → device: each `vpn ipsec phase1-interface` entry is a tunnel, its
 * phase2-interface entry (by `phase1name`) gives the IPsec settings, the same-named system
 * interface the inside addresses, MTU and MSS. Omitted settings take FortiOS defaults
 * (IKEv1, DH 14 5, keylife 86400, phase 2 43200 s, PFS on, DPD on-demand 20 s × 3).
 */
import type { CustomerGatewayDeviceSpec } from '../../schema/deviceSchema';
import type { ParseError, ParseOptions, ParseResult } from '../types';
import { fortinetNames as N, fromVendor } from '../algorithmNames';
import { maskToCidr } from '../insideAddresses';
import { configAt, parseFortios, type FortiConfig, type FortiEdit } from './fortiosGrammar';
import { addUnique, draftToSpec, newTunnelDraft, type ProposalDraft, type TunnelDraft } from './parsedTunnel';

const DEFAULT_PROPOSAL = ['aes128-sha256', 'aes256-sha256'];
const DEFAULT_DH = ['14', '5'];

function readProposal(e: FortiEdit, into: ProposalDraft, lines: Record<string, number>, prefix: string, errors: ParseError[]): void {
  const p = e.sets.get('proposal');
  for (const token of p?.values ?? DEFAULT_PROPOSAL) {
    const [encText, integText] = token.split('-');
    const enc = fromVendor(N.encryption, encText ?? '');
    const integ = integText ? fromVendor(N.integrity, integText.replace(/^prf/, '')) : undefined;
    if (!enc || (integText && !integ)) { errors.push({ line: p?.line ?? e.line, message: `unknown proposal '${token}'` }); continue; }
    addUnique(into.encryption, enc);
    if (integ) addUnique(into.integrity, integ);
  }
  const dh = e.sets.get('dhgrp');
  for (const g of dh?.values ?? DEFAULT_DH) addUnique(into.dhGroups, Number(g));
  lines[`${prefix}.EncryptionAlgorithms`] = p?.line ?? e.line;
  lines[`${prefix}.IntegrityAlgorithms`] = p?.line ?? e.line;
  lines[`${prefix}.DHGroupNumbers`] = dh?.line ?? e.line;
}

const value = (e: FortiEdit | FortiConfig | undefined, key: string): string | undefined => e?.sets.get(key)?.values[0];
const line = (e: FortiEdit, key: string): number => e.sets.get(key)?.line ?? e.line;
const subnet = (e: FortiEdit, key: string): string => { const v = e.sets.get(key)?.values; return v && v.length >= 2 ? maskToCidr(v[0] ?? '', v[1] ?? '') ?? '0.0.0.0/0' : v?.[0]?.includes('/') ? v[0] : '0.0.0.0/0'; };

function readTunnel(p1: FortiEdit, configs: FortiConfig[], errors: ParseError[]): TunnelDraft {
  const d = newTunnelDraft(p1.name);
  d.ikeVersion = value(p1, 'ike-version') === '2' ? 'ikev2' : 'ikev1';
  d.lines.IkeVersion = line(p1, 'ike-version');
  const remote = value(p1, 'remote-gw');
  if (remote) { d.endpoint.remoteAddress = remote; d.lines.RemoteAddress = line(p1, 'remote-gw'); }
  const local = value(p1, 'local-gw');
  if (local) d.endpoint.localAddress = local;
  const psk = value(p1, 'psksecret');
  if (psk !== undefined) { d.psk = psk; d.lines.PreSharedKey = line(p1, 'psksecret'); }
  readProposal(p1, d.phase1, d.lines, 'Phase1Proposal', errors);
  d.phase1LifetimeSeconds = Number(value(p1, 'keylife') ?? 86400);
  d.lines.Phase1LifetimeSeconds = line(p1, 'keylife');
  const dpd = value(p1, 'dpd') ?? 'on-demand';
  d.dpdEnabled = dpd !== 'disable';
  if (d.dpdEnabled) { d.dpdIntervalSeconds = Number(value(p1, 'dpd-retryinterval') ?? 20); d.dpdRetries = Number(value(p1, 'dpd-retrycount') ?? 3); }
  d.lines.Dpd = line(p1, 'dpd');
  const p2 = configAt(configs, 'vpn ipsec phase2-interface').flatMap((c) => c.edits).find((e) => value(e, 'phase1name') === p1.name);
  if (!p2) { errors.push({ line: p1.line, message: `no phase2-interface with phase1name "${p1.name}"` }); return d; }
  readProposal(p2, d.phase2, d.lines, 'Phase2Proposal', errors);
  d.phase2.pfs = value(p2, 'pfs') !== 'disable';
  if (!d.phase2.pfs) d.phase2.dhGroups = [];
  d.lines['Phase2Proposal.Pfs'] = line(p2, 'pfs');
  d.phase2LifetimeSeconds = Number(value(p2, 'keylifeseconds') ?? 43200);
  d.lines.Phase2LifetimeSeconds = line(p2, 'keylifeseconds');
  d.localTs = subnet(p2, 'src-subnet');
  d.remoteTs = subnet(p2, 'dst-subnet');
  d.lines['TrafficSelectors.Local'] = line(p2, 'src-subnet');
  d.lines['TrafficSelectors.Remote'] = line(p2, 'dst-subnet');
  d.initiate = value(p2, 'auto-negotiate') === 'enable';
  const iface = configAt(configs, 'system interface').flatMap((c) => c.edits).find((e) => e.name === p1.name);
  const ip = value(iface, 'ip');
  if (ip) d.endpoint.insideAddress = ip;
  const peerIp = value(iface, 'remote-ip');
  if (peerIp) d.endpoint.bgpNeighbor = peerIp;
  return d;
}

export function parseFortinet(text: string, opts: ParseOptions = {}): ParseResult {
  const tree = parseFortios(text);
  if (!tree.ok) return tree;
  const { configs } = tree;
  const errors: ParseError[] = [];
  const p1s = configAt(configs, 'vpn ipsec phase1-interface').flatMap((c) => c.edits);
  if (p1s.length === 0) return { ok: false, errors: [{ line: 1, message: 'no config vpn ipsec phase1-interface entry' }] };
  const drafts = p1s.map((p) => readTunnel(p, configs, errors));
  if (errors.length > 0) return { ok: false, errors };
  const vpn = opts.vpnConnectionId ?? 'vpn-unknown';
  const built = drafts.map((d, i) => draftToSpec(d, vpn, i === 0 ? 1 : 2));
  const lines: Record<string, number> = {};
  drafts.forEach((d, i) => { for (const [k, v] of Object.entries(d.lines)) lines[`Tunnels[${i}].${k}`] = v; });
  const device: CustomerGatewayDeviceSpec = { CustomerGatewayId: opts.customerGatewayId ?? 'cgw-unknown', Vendor: 'Fortinet', Tunnels: built.map((b) => b.spec) };
  const bgp = configAt(configs, 'router bgp')[0];
  if (bgp) {
    const neighbors = configAt(bgp.configs, 'neighbor').flatMap((c) => c.edits);
    const networks = configAt(bgp.configs, 'network').flatMap((c) => c.edits);
    device.Bgp = { Enabled: true, Asn: Number(value(bgp, 'as')), AdvertisedPrefixes: networks.map((n) => { const v = n.sets.get('prefix')?.values ?? []; return maskToCidr(v[0] ?? '', v[1] ?? '') ?? v[0] ?? ''; }) };
    lines['Bgp.Asn'] = bgp.sets.get('as')?.line ?? bgp.line;
    const first = neighbors[0];
    if (first) { device.Bgp.PeerAsn = Number(value(first, 'remote-as')); lines['Bgp.PeerAsn'] = line(first, 'remote-as'); }
  }
  const routes = configAt(configs, 'router static').flatMap((c) => c.edits);
  if (routes.length > 0) {
    device.StaticRoutes = routes.map((r, i) => {
      const dst = r.sets.get('dst')?.values ?? [];
      lines[`StaticRoutes[${i}]`] = r.line;
      const idx = p1s.findIndex((p) => p.name === value(r, 'device'));
      return { DestinationCidrBlock: maskToCidr(dst[0] ?? '', dst[1] ?? '') ?? dst[0] ?? '', VpnConnectionId: vpn, TunnelNumber: idx <= 0 ? 1 : 2 };
    });
  }
  const iface = configAt(configs, 'system interface').flatMap((c) => c.edits).find((e) => e.name === p1s[0]?.name);
  if (iface && value(iface, 'tcp-mss')) { device.TcpMssClamp = Number(value(iface, 'tcp-mss')); lines.TcpMssClamp = line(iface, 'tcp-mss'); }
  if (iface && value(iface, 'mtu')) { device.Mtu = Number(value(iface, 'mtu')); lines.Mtu = line(iface, 'mtu'); }
  return { ok: true, device, lines, endpoints: built.map((b) => b.endpoint), routingInFile: true };
}
