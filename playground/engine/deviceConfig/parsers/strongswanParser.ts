/**
 * swanctl.conf → device: each `connections.<name>` is a tunnel (its first child gives the
 * IPsec settings), `secrets.ike-*` give the PSKs matched by peer id or address. BGP and static
 * routes live outside swanctl.conf (FRR, ip route), so they are not read here.
 */
import type { CustomerGatewayDeviceSpec } from '../../schema/deviceSchema';
import type { ParseError, ParseOptions, ParseResult } from '../types';
import { strongswanNames as N, dhFromVendor, fromVendor } from '../algorithmNames';
import { parseSwanctl, section, setting, type SwanSection } from './swanctlGrammar';
import { addUnique, draftToSpec, newTunnelDraft, parseSeconds, type ProposalDraft, type TunnelDraft } from './parsedTunnel';

/** `aes256-sha256-modp2048, aes128-sha1-modp1024` → transforms in the device's order. */
function readProposals(value: string, into: ProposalDraft, line: number, errors: ParseError[]): void {
  for (const proposal of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    for (const token of proposal.split('-')) {
      const enc = fromVendor(N.encryption, token);
      const integ = fromVendor(N.integrity, token) ?? fromVendor(N.integrity, token.replace(/^prf/, ''));
      const dh = dhFromVendor(N.dh, token);
      if (enc) addUnique(into.encryption, enc);
      else if (integ) { if (!token.startsWith('prf')) addUnique(into.integrity, integ); }
      else if (dh !== undefined) addUnique(into.dhGroups, dh);
      else if (token !== 'esn' && token !== 'noesn') errors.push({ line, message: `unknown algorithm '${token}' in proposal '${proposal}'`, text: value });
    }
  }
}

function readConnection(conn: SwanSection, errors: ParseError[]): TunnelDraft {
  const d = newTunnelDraft(conn.name);
  const at = (path: string, line: number | undefined) => { if (line !== undefined) d.lines[path] = line; };
  const version = setting(conn, 'version');
  d.ikeVersion = version?.value === '1' ? 'ikev1' : 'ikev2'; // 0 (any) initiates with IKEv2
  at('IkeVersion', version?.line ?? conn.line);
  const remote = setting(conn, 'remote_addrs');
  if (remote) { d.endpoint.remoteAddress = remote.value.split(',')[0]?.trim() ?? ''; at('RemoteAddress', remote.line); }
  const local = setting(conn, 'local_addrs');
  if (local) d.endpoint.localAddress = local.value.split(',')[0]?.trim() ?? '';
  const proposals = setting(conn, 'proposals');
  if (proposals) {
    readProposals(proposals.value, d.phase1, proposals.line, errors);
    for (const k of ['EncryptionAlgorithms', 'IntegrityAlgorithms', 'DHGroupNumbers']) at(`Phase1Proposal.${k}`, proposals.line);
  }
  const rekey = setting(conn, 'rekey_time');
  if (rekey) { d.phase1LifetimeSeconds = parseSeconds(rekey.value); at('Phase1LifetimeSeconds', rekey.line); }
  const dpd = setting(conn, 'dpd_delay');
  const delay = dpd ? parseSeconds(dpd.value) : 0;
  d.dpdEnabled = (delay ?? 0) > 0;
  if (d.dpdEnabled) d.dpdIntervalSeconds = delay;
  at('Dpd', dpd?.line ?? conn.line);
  const dpdTimeout = setting(conn, 'dpd_timeout');
  const timeout = dpdTimeout ? parseSeconds(dpdTimeout.value) : undefined;
  if (timeout !== undefined && delay) d.dpdRetries = Math.round(timeout / delay);
  const remoteId = section(conn, 'remote') && setting(section(conn, 'remote') as SwanSection, 'id');
  if (remoteId) d.name = `${conn.name}\u0000${remoteId.value}`;

  const child = section(conn, 'children')?.sections[0];
  if (!child) { errors.push({ line: conn.line, message: `connection '${conn.name}' has no children section (no IPsec SA)` }); return d; }
  const esp = setting(child, 'esp_proposals');
  if (esp) {
    readProposals(esp.value, d.phase2, esp.line, errors);
    d.phase2.pfs = d.phase2.dhGroups.length > 0;
    for (const k of ['EncryptionAlgorithms', 'IntegrityAlgorithms', 'DHGroupNumbers', 'Pfs']) at(`Phase2Proposal.${k}`, esp.line);
  }
  const life = setting(child, 'rekey_time') ?? setting(child, 'life_time');
  if (life) { d.phase2LifetimeSeconds = parseSeconds(life.value); at('Phase2LifetimeSeconds', life.line); }
  const lts = setting(child, 'local_ts');
  const rts = setting(child, 'remote_ts');
  d.localTs = lts?.value.split(',')[0]?.trim() ?? '0.0.0.0/0'; // swanctl's default is the own address; route-based configs set 0/0
  d.remoteTs = rts?.value.split(',')[0]?.trim() ?? '0.0.0.0/0';
  at('TrafficSelectors.Local', lts?.line ?? child.line);
  at('TrafficSelectors.Remote', rts?.line ?? child.line);
  const start = setting(child, 'start_action');
  d.initiate = start ? /start|trap/.test(start.value) : false;
  at('Initiate', start?.line ?? child.line);
  return d;
}

export function parseStrongswan(text: string, opts: ParseOptions = {}): ParseResult {
  const tree = parseSwanctl(text);
  if (!tree.ok) return tree;
  const errors: ParseError[] = [];
  const connections = section(tree.root, 'connections')?.sections ?? [];
  if (connections.length === 0) return { ok: false, errors: [{ line: 1, message: 'no connections section with a connection in it' }] };
  const drafts = connections.map((c) => readConnection(c, errors));
  const secrets = section(tree.root, 'secrets')?.sections.filter((s) => s.name.startsWith('ike')) ?? [];
  for (const d of drafts) {
    const [, remoteId] = d.name.split('\u0000');
    const ids = [remoteId, d.endpoint.remoteAddress].filter((x): x is string => !!x);
    const secret = secrets.find((s) => s.settings.some((x) => /^id/.test(x.key) && ids.includes(x.value))) ?? (secrets.length === 1 ? secrets[0] : undefined);
    const value = secret && setting(secret, 'secret');
    if (value) { d.psk = value.value; d.lines.PreSharedKey = value.line; }
  }
  if (errors.length > 0) return { ok: false, errors };
  const vpn = opts.vpnConnectionId ?? 'vpn-unknown';
  const built = drafts.map((d, i) => draftToSpec(d, vpn, (i === 0 ? 1 : 2)));
  const lines: Record<string, number> = {};
  drafts.forEach((d, i) => { for (const [k, v] of Object.entries(d.lines)) lines[`Tunnels[${i}].${k}`] = v; });
  const device: CustomerGatewayDeviceSpec = { CustomerGatewayId: opts.customerGatewayId ?? 'cgw-unknown', Vendor: 'Strongswan', Tunnels: built.map((b) => b.spec) };
  return { ok: true, device, lines, endpoints: built.map((b) => b.endpoint), routingInFile: false };
}
