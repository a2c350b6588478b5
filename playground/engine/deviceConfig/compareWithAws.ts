/**
 * Bring your own configuration, static check: a parsed device against the AWS tunnels of a
 * connection. Each disagreement names the device line, the tunnel option (EC2 API name) and the
 * failure the lab will show when the engine replays the negotiation (R100, R379–R396).
 * Device tunnels are matched to AWS tunnels by the AWS outside IP they point at (R19).
 */
import type { CustomerGateway, TunnelOption, VpnConnection } from '@aws-sdk/client-ec2';
import type { DeviceTunnelSpec } from '../schema/deviceSchema';
import { DEFAULTS } from '../schema/optionValues';

import { cidrWithin } from '../ike/trafficSelectors';
import { allowedLists } from './proposalChoice';
import { insideAddresses } from './insideAddresses';
import type { Mismatch, ParsedDeviceConfig } from './types';
import { proposalMismatches } from './proposalMismatches';

export interface CompareContext {
  readonly customerGateway?: CustomerGateway;
  readonly amazonSideAsn?: number;
}

function matchTunnels(parsed: ParsedDeviceConfig, options: readonly TunnelOption[]): (number | undefined)[] {
  const used = new Set<number>();
  return (parsed.device.Tunnels ?? []).map((t, i) => {
    const remote = parsed.endpoints[i]?.remoteAddress;
    let idx = remote ? options.findIndex((o) => o.OutsideIpAddress === remote) : -1;
    if (idx < 0 && !remote) idx = t.TunnelNumber - 1;
    if (idx < 0 || used.has(idx)) return undefined;
    used.add(idx);
    return idx;
  });
}

export function compareWithAws(parsed: ParsedDeviceConfig, connection: VpnConnection, ctx: CompareContext = {}): Mismatch[] {
  const options = connection.Options?.TunnelOptions ?? [];
  const out: Mismatch[] = [];
  const tunnels = parsed.device.Tunnels ?? [];
  const matched = matchTunnels(parsed, options);
  const lineOf = (path: string): { line?: number } => { const l = parsed.lines[path]; return l === undefined ? {} : { line: l }; };

  tunnels.forEach((dev, i) => {
    const idx = matched[i];
    const at = (f: string) => `Tunnels[${i}].${f}`;
    if (idx === undefined) {
      const remote = parsed.endpoints[i]?.remoteAddress;
      out.push({
        severity: 'error', tunnelNumber: dev.TunnelNumber, setting: at('RemoteAddress'), ...lineOf(at('RemoteAddress')), deviceValue: remote,
        awsOption: 'OutsideIpAddress', awsValue: options.map((o) => o.OutsideIpAddress), rules: ['R19', 'R261'],
        failure: 'no IKE response: the device talks to an address that is not an AWS tunnel endpoint',
        message: `The device peers with ${remote}, which is neither tunnel's outside IP address.`,
      });
      return;
    }
    const aws = options[idx] ?? {};
    const n = (idx + 1) as 1 | 2;
    out.push(...tunnelMismatches(dev, aws, n, i, lineOf, connection));
    const inside = aws.TunnelInsideCidr ? insideAddresses(aws.TunnelInsideCidr) : undefined;
    const own = parsed.endpoints[i]?.insideAddress;
    if (inside && own && own !== inside.device) {
      out.push({
        severity: 'error', tunnelNumber: n, setting: at('InsideAddress'), deviceValue: own, awsOption: 'TunnelInsideCidr', awsValue: aws.TunnelInsideCidr,
        rules: ['R61', 'R304'], failure: `inside ping to ${inside.aws} fails; BGP cannot establish`,
        message: `The tunnel interface should use ${inside.device} (the second address of ${aws.TunnelInsideCidr}, R61).`,
      });
    }
  });
  for (let idx = 0; idx < options.length; idx++) {
    if (matched.includes(idx)) continue;
    out.push({
      severity: 'warning', tunnelNumber: (idx + 1) as 1 | 2, setting: 'Tunnels', deviceValue: undefined, awsOption: 'OutsideIpAddress', awsValue: options[idx]?.OutsideIpAddress,
      rules: ['R7'], failure: 'tunnel stays DOWN; no redundancy during AWS maintenance',
      message: `Tunnel ${idx + 1} (${options[idx]?.OutsideIpAddress}) is not configured on the device (R7).`,
    });
  }
  if (parsed.routingInFile) out.push(...routingMismatches(parsed, connection, ctx));
  return out;
}

function tunnelMismatches(dev: DeviceTunnelSpec, aws: TunnelOption, n: 1 | 2, i: number, lineOf: (p: string) => { line?: number }, c: VpnConnection): Mismatch[] {
  const out: Mismatch[] = [];
  const at = (f: string) => `Tunnels[${i}].${f}`;
  const allowed = allowedLists(aws);
  const version = dev.IkeVersion ?? 'ikev2';
  if (!allowed.IkeVersions.includes(version)) {
    out.push({ severity: 'error', tunnelNumber: n, setting: at('IkeVersion'), ...lineOf(at('IkeVersion')), deviceValue: version, awsOption: 'IkeVersions', awsValue: allowed.IkeVersions, rules: ['R55'], failure: `AWS ignores ${version} messages: the tunnel never leaves DOWN`, message: `Tunnel ${n} allows ${allowed.IkeVersions.join(', ')} only.` });
    return out;
  }
  if (dev.PreSharedKey !== undefined && aws.PreSharedKey !== undefined && dev.PreSharedKey !== aws.PreSharedKey) {
    out.push({
      severity: 'error', tunnelNumber: n, setting: at('PreSharedKey'), ...lineOf(at('PreSharedKey')), deviceValue: dev.PreSharedKey, awsOption: 'PreSharedKey', awsValue: aws.PreSharedKey,
      rules: version === 'ikev1' ? ['R81', 'R379'] : ['R81', 'R391', 'R392'],
      failure: version === 'ikev1' ? 'IKEv1 phase 1 fails: invalid pre-shared key' : 'AUTHENTICATION_FAILED: PSK mismatch',
      logMessageId: version === 'ikev1' ? 'ikev1PskDecryptionFailed' : 'ikev2PskMismatch',
      message: `The device's pre-shared key differs from tunnel ${n}'s key.`,
    });
  }
  out.push(...proposalMismatches(dev, allowed, n, i, version, lineOf));
  const p1 = dev.Phase1LifetimeSeconds;
  const awsP1 = aws.Phase1LifetimeSeconds ?? DEFAULTS.Phase1LifetimeSeconds;
  if (p1 !== undefined && p1 !== awsP1) out.push({ severity: 'warning', tunnelNumber: n, setting: at('Phase1LifetimeSeconds'), ...lineOf(at('Phase1LifetimeSeconds')), deviceValue: p1, awsOption: 'Phase1LifetimeSeconds', awsValue: awsP1, rules: ['R78'], failure: 'none by itself (R78 Lab decision); rekeys follow the AWS lifetime', message: 'Phase 1 lifetimes differ.' });
  const p2 = dev.Phase2LifetimeSeconds;
  const awsP2 = aws.Phase2LifetimeSeconds ?? DEFAULTS.Phase2LifetimeSeconds;
  if (p2 !== undefined && p2 !== awsP2) out.push({ severity: 'warning', tunnelNumber: n, setting: at('Phase2LifetimeSeconds'), ...lineOf(at('Phase2LifetimeSeconds')), deviceValue: p2, awsOption: 'Phase2LifetimeSeconds', awsValue: awsP2, rules: ['R78'], failure: 'none by itself (R78 Lab decision); rekeys follow the AWS lifetime', message: 'Phase 2 lifetimes differ.' });
  const dynamic = c.Options?.StaticRoutesOnly !== true;
  if (dynamic && dev.Dpd?.Enabled === false) out.push({ severity: 'warning', tunnelNumber: n, setting: at('Dpd'), ...lineOf(at('Dpd')), deviceValue: false, awsOption: 'DpdTimeoutSeconds', awsValue: aws.DpdTimeoutSeconds ?? DEFAULTS.DPDTimeoutSeconds, rules: ['R116', 'R241'], failure: 'a dead path is noticed late: failover waits for SA expiry', message: 'Dynamic connections require dead peer detection on the device.' });
  const ts = dev.TrafficSelectors;
  const local = c.Options?.LocalIpv4NetworkCidr ?? DEFAULTS.LocalIpv4NetworkCidr;
  const remote = c.Options?.RemoteIpv4NetworkCidr ?? DEFAULTS.RemoteIpv4NetworkCidr;
  if (ts && (!cidrWithin(ts.Local, local) || !cidrWithin(ts.Remote, remote))) {
    const localBad = !cidrWithin(ts.Local, local);
    out.push({
      severity: 'error', tunnelNumber: n, setting: at(localBad ? 'TrafficSelectors.Local' : 'TrafficSelectors.Remote'), ...lineOf(at(localBad ? 'TrafficSelectors.Local' : 'TrafficSelectors.Remote')),
      deviceValue: localBad ? ts.Local : ts.Remote, awsOption: localBad ? 'LocalIpv4NetworkCidr' : 'RemoteIpv4NetworkCidr', awsValue: localBad ? local : remote,
      rules: ['R67', version === 'ikev2' ? 'R390' : 'R381'],
      failure: version === 'ikev2' ? 'TS_UNACCEPTABLE' : 'NO_PROPOSAL_CHOSEN in phase 2 (traffic selectors)',
      logMessageId: version === 'ikev2' ? 'ikev2TsUnacceptable' : 'ikev1NoProposalChosen',
      message: `The device's traffic selectors ${ts.Local} <-> ${ts.Remote} are wider than the connection's ${local} <-> ${remote}.`,
    });
  }
  return out;
}

function routingMismatches(parsed: ParsedDeviceConfig, c: VpnConnection, ctx: CompareContext): Mismatch[] {
  const out: Mismatch[] = [];
  const dynamic = c.Options?.StaticRoutesOnly !== true;
  const bgp = parsed.device.Bgp;
  const line = (p: string) => { const l = parsed.lines[p]; return l === undefined ? {} : { line: l }; };
  if (dynamic && (!bgp || bgp.Enabled === false)) {
    out.push({ severity: 'error', tunnelNumber: 1, setting: 'Bgp', deviceValue: undefined, awsOption: 'StaticRoutesOnly', awsValue: false, rules: ['R243', 'R305'], failure: 'tunnels come UP but no routes are exchanged', message: 'The connection uses dynamic routing but the device runs no BGP.' });
  }
  if (dynamic && bgp) {
    const cgwAsn = ctx.customerGateway ? Number(ctx.customerGateway.BgpAsnExtended ?? ctx.customerGateway.BgpAsn) : undefined;
    if (cgwAsn !== undefined && bgp.Asn !== undefined && bgp.Asn !== cgwAsn) out.push({ severity: 'error', tunnelNumber: 1, setting: 'Bgp.Asn', ...line('Bgp.Asn'), deviceValue: bgp.Asn, awsOption: 'CustomerGateway.BgpAsn', awsValue: cgwAsn, rules: ['R34', 'R305'], failure: 'BGP OPEN refused (bad peer AS): session never Established', message: 'The device speaks a different ASN than the customer gateway resource.' });
    if (ctx.amazonSideAsn !== undefined && bgp.PeerAsn !== undefined && bgp.PeerAsn !== ctx.amazonSideAsn) out.push({ severity: 'error', tunnelNumber: 1, setting: 'Bgp.PeerAsn', ...line('Bgp.PeerAsn'), deviceValue: bgp.PeerAsn, awsOption: 'AmazonSideAsn', awsValue: ctx.amazonSideAsn, rules: ['R46', 'R305'], failure: 'BGP OPEN refused (bad peer AS): session never Established', message: 'The device expects a different Amazon-side ASN.' });
  }
  if (!dynamic && (parsed.device.StaticRoutes ?? []).length === 0) {
    out.push({ severity: 'error', tunnelNumber: 1, setting: 'StaticRoutes', deviceValue: [], awsOption: 'StaticRoutesOnly', awsValue: true, rules: ['R306'], failure: 'tunnels UP but no traffic: the device has no route to the VPC', message: 'A static connection needs device routes to the VPC over both tunnels.' });
  }
  return out;
}

