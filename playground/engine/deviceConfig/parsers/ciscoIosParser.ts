/**
 * Cisco IOS configuration → device. A tunnel is an `interface TunnelN` with IPsec protection;
 * its IPsec profile leads to the transform set, PFS group and lifetime, and to an IKEv2 profile
 * (IKEv2: the one IKEv2 policy that applies to the tunnel source) or, without one, to the ISAKMP
 * policies and keyring (IKEv1). Settings a file leaves
 * out take the IOS defaults, so a bare ISAKMP policy reads as DES / SHA1 / group 1.
 */
import type { CustomerGatewayDeviceSpec } from '../../schema/deviceSchema';
import type { ParseError, ParseOptions, ParseResult } from '../types';
import { ciscoIosNames as N, fromVendor } from '../algorithmNames';
import { maskToCidr } from '../insideAddresses';
import { findAll, findFirst, indentedBlocks, type ConfigLine } from './indentedBlocks';
import { addUnique, draftToSpec, newTunnelDraft, type TunnelDraft } from './parsedTunnel';

const IOS_ISAKMP_DEFAULTS = { encryption: 'DES', hash: 'SHA1', group: 1, lifetime: 86400 };
const arg = (l: ConfigLine | undefined, i: number): string | undefined => l?.words[i];
const named = (blocks: readonly ConfigLine[], name: string, ...prefix: string[]) => findAll(blocks, ...prefix).find((b) => b.words[prefix.length] === name);

function readIkev1(d: TunnelDraft, blocks: ConfigLine[], peer: string, errors: ParseError[]): void {
  const policies = findAll(blocks, 'crypto', 'isakmp', 'policy').sort((a, b) => Number(a.words[3]) - Number(b.words[3]));
  if (policies.length === 0) errors.push({ line: 1, message: 'IKEv1 tunnel without any crypto isakmp policy' });
  for (const p of policies) {
    const enc = findFirst(p.children, 'encryption');
    const hash = findFirst(p.children, 'hash');
    const group = findFirst(p.children, 'group');
    const encValue = enc ? fromVendor(N.isakmpEncryption, enc.words.slice(1).join(' ')) : IOS_ISAKMP_DEFAULTS.encryption;
    const hashValue = hash ? fromVendor(N.isakmpHash, hash.words[1] ?? '') : IOS_ISAKMP_DEFAULTS.hash;
    if (!encValue) errors.push({ line: enc?.line ?? p.line, message: `unknown ISAKMP encryption '${enc?.text}'` });
    if (!hashValue) errors.push({ line: hash?.line ?? p.line, message: `unknown ISAKMP hash '${hash?.text}'` });
    if (encValue) addUnique(d.phase1.encryption, encValue);
    if (hashValue) addUnique(d.phase1.integrity, hashValue);
    addUnique(d.phase1.dhGroups, group ? Number(group.words[1]) : IOS_ISAKMP_DEFAULTS.group);
    d.lines['Phase1Proposal.EncryptionAlgorithms'] ??= enc?.line ?? p.line;
    d.lines['Phase1Proposal.IntegrityAlgorithms'] ??= hash?.line ?? p.line;
    d.lines['Phase1Proposal.DHGroupNumbers'] ??= group?.line ?? p.line;
    if (d.phase1LifetimeSeconds === undefined) {
      const life = findFirst(p.children, 'lifetime');
      d.phase1LifetimeSeconds = life ? Number(life.words[1]) : IOS_ISAKMP_DEFAULTS.lifetime;
      d.lines.Phase1LifetimeSeconds = life?.line ?? p.line;
    }
  }
  const key = findAll(blocks, 'pre-shared-key', 'address').find((k) => k.words[2] === peer);
  if (key) { d.psk = key.words[key.words.indexOf('key') + 1]; d.lines.PreSharedKey = key.line; }
  const profile = findAll(blocks, 'crypto', 'isakmp', 'profile').find((p) => findAll(p.children, 'match', 'identity', 'address').some((m) => m.words[3] === peer));
  const keepalive = (profile && findFirst(profile.children, 'keepalive')) ?? findFirst(blocks, 'crypto', 'isakmp', 'keepalive');
  d.dpdEnabled = keepalive !== undefined;
  if (keepalive) {
    const at = keepalive.words.indexOf('keepalive');
    d.dpdIntervalSeconds = Number(keepalive.words[at + 1]);
    d.lines.Dpd = keepalive.line;
  }
}

function readIkev2(d: TunnelDraft, blocks: ConfigLine[], profileName: string, peer: string, source: string | undefined, errors: ParseError[]): void {
  const profile = named(blocks, profileName, 'crypto', 'ikev2', 'profile');
  if (!profile) { errors.push({ line: 1, message: `crypto ikev2 profile ${profileName} is not defined` }); return; }
  // IOS offers the proposals of one policy: the first whose `match address local` names the
  // tunnel source, else the first without such a match (a wildcard); never a union of policies.
  const all = findAll(blocks, 'crypto', 'ikev2', 'policy');
  const localOf = (p: ConfigLine) => findFirst(p.children, 'match', 'address', 'local')?.words[3];
  const chosen = all.find((p) => source !== undefined && localOf(p) === source) ?? all.find((p) => localOf(p) === undefined);
  if (!chosen) {
    errors.push({ line: all[0]?.line ?? profile.line, message: `no crypto ikev2 policy applies to local address ${source ?? '(no tunnel source)'}; declare one (VPN Lab does not model the IOS default IKEv2 policy)` });
    return;
  }
  for (const pol of [chosen]) {
    for (const ref of findAll(pol.children, 'proposal')) {
      const prop = named(blocks, ref.words[1] ?? '', 'crypto', 'ikev2', 'proposal');
      if (!prop) { errors.push({ line: ref.line, message: `crypto ikev2 proposal ${ref.words[1]} is not defined` }); continue; }
      const enc = findFirst(prop.children, 'encryption');
      const integ = findFirst(prop.children, 'integrity') ?? findFirst(prop.children, 'prf');
      const group = findFirst(prop.children, 'group');
      for (const w of enc?.words.slice(1) ?? []) { const v = fromVendor(N.ikev2Encryption, w); if (v) addUnique(d.phase1.encryption, v); else errors.push({ line: enc?.line ?? prop.line, message: `unknown IKEv2 encryption '${w}'` }); }
      for (const w of integ?.words.slice(1) ?? []) { const v = fromVendor(N.ikev2Integrity, w); if (v) addUnique(d.phase1.integrity, v); else errors.push({ line: integ?.line ?? prop.line, message: `unknown IKEv2 integrity '${w}'` }); }
      for (const w of group?.words.slice(1) ?? []) addUnique(d.phase1.dhGroups, Number(w));
      d.lines['Phase1Proposal.EncryptionAlgorithms'] ??= enc?.line ?? prop.line;
      d.lines['Phase1Proposal.IntegrityAlgorithms'] ??= integ?.line ?? prop.line;
      d.lines['Phase1Proposal.DHGroupNumbers'] ??= group?.line ?? prop.line;
    }
  }
  const life = findFirst(profile.children, 'lifetime');
  d.phase1LifetimeSeconds = life ? Number(life.words[1]) : 86400;
  d.lines.Phase1LifetimeSeconds = life?.line ?? profile.line;
  const dpd = findFirst(profile.children, 'dpd') ?? findFirst(blocks, 'crypto', 'ikev2', 'dpd');
  d.dpdEnabled = dpd !== undefined;
  if (dpd) { d.dpdIntervalSeconds = Number(dpd.words[dpd.words.indexOf('dpd') + 1]); d.lines.Dpd = dpd.line; }
  const keyringName = arg(findFirst(profile.children, 'keyring', 'local'), 2);
  const keyring = keyringName ? named(blocks, keyringName, 'crypto', 'ikev2', 'keyring') : undefined;
  const peerBlock = keyring?.children.find((p) => p.words[0] === 'peer' && findAll(p.children, 'address').some((a) => a.words[1] === peer));
  const key = peerBlock && findFirst(peerBlock.children, 'pre-shared-key');
  if (key) { d.psk = key.words[key.words.length - 1]; d.lines.PreSharedKey = key.line; }
}

function readTunnel(iface: ConfigLine, blocks: ConfigLine[], errors: ParseError[]): TunnelDraft | undefined {
  const protection = findFirst(iface.children, 'tunnel', 'protection', 'ipsec', 'profile');
  const dest = arg(findFirst(iface.children, 'tunnel', 'destination'), 2);
  if (!protection || !dest) return undefined;
  const d = newTunnelDraft(iface.words[1] ?? 'Tunnel');
  d.endpoint.remoteAddress = dest;
  d.lines.RemoteAddress = findFirst(iface.children, 'tunnel', 'destination')?.line ?? iface.line;
  const source = arg(findFirst(iface.children, 'tunnel', 'source'), 2);
  if (source) d.endpoint.localAddress = source;
  const addr = findFirst(iface.children, 'ip', 'address');
  if (addr?.words[2]) d.endpoint.insideAddress = addr.words[2];
  d.localTs = '0.0.0.0/0'; // a VTI proposes any/any
  d.remoteTs = '0.0.0.0/0';
  d.initiate = true;
  const profile = named(blocks, protection.words[4] ?? '', 'crypto', 'ipsec', 'profile');
  if (!profile) { errors.push({ line: protection.line, message: `crypto ipsec profile ${protection.words[4]} is not defined` }); return d; }
  const tsName = arg(findFirst(profile.children, 'set', 'transform-set'), 2);
  const ts = tsName ? named(blocks, tsName, 'crypto', 'ipsec', 'transform-set') : undefined;
  if (ts) {
    const words = ts.words.slice(4);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      const sized = /^\d+$/.test(words[i + 1] ?? '') ? `${w} ${words[i + 1]}` : undefined;
      const enc = (sized && fromVendor(N.espEncryption, sized)) ?? fromVendor(N.espEncryption, w === 'esp-gcm' ? 'esp-gcm 128' : w);
      if (sized && fromVendor(N.espEncryption, sized)) i++;
      const integ = fromVendor(N.espIntegrity, w);
      if (enc) addUnique(d.phase2.encryption, enc);
      else if (integ) addUnique(d.phase2.integrity, integ);
      else errors.push({ line: ts.line, message: `unknown transform '${w}'` });
    }
    d.lines['Phase2Proposal.EncryptionAlgorithms'] = ts.line;
    d.lines['Phase2Proposal.IntegrityAlgorithms'] = ts.line;
  } else errors.push({ line: profile.line, message: `ipsec profile ${profile.words[3]} has no defined transform set` });
  const pfs = findFirst(profile.children, 'set', 'pfs');
  d.phase2.pfs = pfs !== undefined;
  if (pfs) addUnique(d.phase2.dhGroups, Number((pfs.words[2] ?? '').replace(/^group/, '')));
  d.lines['Phase2Proposal.DHGroupNumbers'] = pfs?.line ?? profile.line;
  d.lines['Phase2Proposal.Pfs'] = pfs?.line ?? profile.line;
  const life = findFirst(profile.children, 'set', 'security-association', 'lifetime', 'seconds');
  d.phase2LifetimeSeconds = life ? Number(life.words[4]) : 3600;
  d.lines.Phase2LifetimeSeconds = life?.line ?? profile.line;
  const v2 = findFirst(profile.children, 'set', 'ikev2-profile');
  d.ikeVersion = v2 ? 'ikev2' : 'ikev1';
  d.lines.IkeVersion = v2?.line ?? protection.line;
  if (v2) readIkev2(d, blocks, v2.words[2] ?? '', dest, source, errors);
  else readIkev1(d, blocks, dest, errors);
  return d;
}

export function parseCiscoIos(text: string, opts: ParseOptions = {}): ParseResult {
  const blocks = indentedBlocks(text);
  const errors: ParseError[] = [];
  const ifaces = findAll(blocks, 'interface').filter((i) => /^tunnel\d+$/i.test(i.words[1] ?? ''));
  const drafts = ifaces.map((i) => readTunnel(i, blocks, errors)).filter((d): d is TunnelDraft => d !== undefined);
  if (drafts.length === 0) errors.push({ line: 1, message: 'no interface TunnelN with tunnel protection ipsec profile' });
  if (errors.length > 0) return { ok: false, errors };
  const vpn = opts.vpnConnectionId ?? 'vpn-unknown';
  const built = drafts.map((d, i) => draftToSpec(d, vpn, i === 0 ? 1 : 2));
  const lines: Record<string, number> = {};
  drafts.forEach((d, i) => { for (const [k, v] of Object.entries(d.lines)) lines[`Tunnels[${i}].${k}`] = v; });
  const device: CustomerGatewayDeviceSpec = { CustomerGatewayId: opts.customerGatewayId ?? 'cgw-unknown', Vendor: 'Cisco Systems, Inc.', Tunnels: built.map((b) => b.spec) };
  const bgp = findFirst(blocks, 'router', 'bgp');
  if (bgp) {
    const peers = findAll(bgp.children, 'neighbor').filter((n) => n.words[2] === 'remote-as');
    const networks = findAll(bgp.children, 'network').map((n) => maskToCidr(n.words[1] ?? '', n.words[3] ?? '255.255.255.255')).filter((c): c is string => !!c);
    const originate = findAll(bgp.children, 'neighbor').some((n) => n.words[2] === 'default-originate');
    device.Bgp = { Enabled: true, Asn: Number(bgp.words[2]), AdvertisedPrefixes: [...(originate ? ['0.0.0.0/0'] : []), ...networks] };
    lines['Bgp.Asn'] = bgp.line;
    if (peers[0]) { device.Bgp.PeerAsn = Number(peers[0].words[3]); lines['Bgp.PeerAsn'] = peers[0].line; }
    built.forEach((b, i) => {
      const own = b.endpoint.insideAddress;
      const n = peers.find((p) => own !== undefined && sameSlash30(p.words[1] ?? '', own));
      if (n?.words[1]) built[i] = { spec: b.spec, endpoint: { ...b.endpoint, bgpNeighbor: n.words[1] } };
    });
  }
  const routes = findAll(blocks, 'ip', 'route').filter((r) => /^tunnel\d+$/i.test(r.words[4] ?? ''));
  if (routes.length > 0) {
    device.StaticRoutes = routes.map((r, i) => {
      lines[`StaticRoutes[${i}]`] = r.line;
      const idx = ifaces.findIndex((f) => f.words[1]?.toLowerCase() === r.words[4]?.toLowerCase());
      return { DestinationCidrBlock: maskToCidr(r.words[2] ?? '', r.words[3] ?? '') ?? '0.0.0.0/0', VpnConnectionId: vpn, TunnelNumber: idx === 0 ? 1 : 2 };
    });
  }
  const mss = findFirst(blocks, 'ip', 'tcp', 'adjust-mss');
  if (mss) { device.TcpMssClamp = Number(mss.words[3]); lines.TcpMssClamp = mss.line; }
  const mtu = findFirst(blocks, 'ip', 'mtu');
  if (mtu) { device.Mtu = Number(mtu.words[2]); lines.Mtu = mtu.line; }
  return { ok: true, device, lines, endpoints: built.map((b) => b.endpoint), routingInFile: true };
}

function sameSlash30(a: string, b: string): boolean {
  const n = (ip: string) => ip.split('.').map(Number).reduce((acc, x) => acc * 256 + x, 0);
  return Math.floor(n(a) / 4) === Math.floor(n(b) / 4);
}
