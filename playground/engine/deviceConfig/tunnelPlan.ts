/**
 * Everything a generator writes, worked out once from the describe-* shapes: per tunnel the
 * outside and inside addresses (R61), PSK, IKE version, the single proposal per phase
 * (proposalChoice.ts), lifetimes and DPD; per connection the ASNs and routes. Missing or
 * unusable input is reported as ValidationErrors, never thrown.
 */
import type { GenerateInput, IkeVersion } from './types';
import type { ValidationError } from '../schema/validationError';
import { validationError } from '../schema/validationError';
import { DEFAULTS } from '../schema/optionValues';
import { allowedLists, chooseProposals, type AllowedLists, type ProposalChoice } from './proposalChoice';
import { insideAddresses, type InsideAddresses } from './insideAddresses';

export interface TunnelPlan {
  readonly number: 1 | 2;
  readonly awsOutsideIp: string;
  readonly inside: InsideAddresses;
  readonly psk: string;
  readonly ikeVersion: IkeVersion;
  readonly phase1: ProposalChoice;
  readonly phase2: ProposalChoice;
  readonly allowed: AllowedLists;
  readonly phase1LifetimeSeconds: number;
  readonly phase2LifetimeSeconds: number;
  readonly dpdTimeoutSeconds: number;
  readonly dpdTimeoutAction: string;
  readonly startupAction: string;
  readonly replayWindowSize: number;
}

export interface ConnectionPlan {
  readonly vpnConnectionId: string;
  readonly customerGatewayId: string;
  readonly gatewayId: string;
  readonly gatewayLabel: 'Virtual Private Gateway' | 'Transit Gateway' | 'AWS';
  readonly cgwOutsideIp: string;
  readonly cgwAsn: number;
  readonly amazonSideAsn: number;
  readonly dynamic: boolean;
  /** Device-side traffic selectors (R63, R64, R67): Local = customer side, Remote = AWS side. */
  readonly localCidr: string;
  readonly remoteCidr: string;
  /** AWS-side networks the device routes into the tunnels (static, R306). */
  readonly vpcCidrs: readonly string[];
  /** Prefixes the device advertises (dynamic) or that AWS routes to the device (static Routes). */
  readonly customerCidrs: readonly string[];
  readonly tunnels: readonly [TunnelPlan, TunnelPlan];
}

const ANY4 = '0.0.0.0/0';

export function buildConnectionPlan(input: GenerateInput): { ok: true; plan: ConnectionPlan } | { ok: false; errors: ValidationError[] } {
  const { connection: c, customerGateway: cgw } = input;
  const errors: ValidationError[] = [];
  const o = c.Options ?? {};
  const tunnelOptions = o.TunnelOptions ?? [];
  if (o.TunnelInsideIpVersion?.toLowerCase() === 'ipv6') {
    errors.push(validationError('UnsupportedOperation', 'Options.TunnelInsideIpVersion', 'Device configurations for IPv6 inside tunnels are not generated yet.', { value: 'ipv6', allowed: 'ipv4' }));
  }
  if (tunnelOptions.length !== 2) {
    errors.push(validationError('InvalidParameterValue', 'Options.TunnelOptions', 'A VPN connection has exactly two tunnels (R4).', { value: tunnelOptions.length, allowed: '2 tunnels' }));
  }
  const cgwIp = cgw.IpAddress;
  if (!cgwIp) errors.push(validationError('MissingParameter', 'CustomerGateway.IpAddress', 'The device configuration needs the customer gateway IP address (R25).'));
  const cgwAsn = Number(cgw.BgpAsnExtended ?? cgw.BgpAsn ?? DEFAULTS.CustomerGatewayBgpAsn);
  const dynamic = o.StaticRoutesOnly !== true;
  const localCidr = o.LocalIpv4NetworkCidr ?? DEFAULTS.LocalIpv4NetworkCidr;
  const remoteCidr = o.RemoteIpv4NetworkCidr ?? DEFAULTS.RemoteIpv4NetworkCidr;
  const vpcCidrs = input.vpcCidrs ?? (remoteCidr !== ANY4 ? [remoteCidr] : []);
  if (!dynamic && vpcCidrs.length === 0) {
    errors.push(validationError('MissingParameter', 'vpcCidrs', 'A static connection needs the VPC CIDR blocks the device routes into the tunnels (R306).'));
  }
  const staticRoutes = (c.Routes ?? []).map((r) => r.DestinationCidrBlock).filter((d): d is string => !!d);
  const customerCidrs = input.customerCidrs ?? (dynamic ? (localCidr !== ANY4 ? [localCidr] : [ANY4]) : staticRoutes);

  const tunnels: TunnelPlan[] = [];
  tunnelOptions.slice(0, 2).forEach((t, i) => {
    const at = (f: string) => `Options.TunnelOptions[${i}].${f}`;
    const allowed = allowedLists(t);
    const inside = t.TunnelInsideCidr ? insideAddresses(t.TunnelInsideCidr) : undefined;
    if (!t.OutsideIpAddress) errors.push(validationError('MissingParameter', at('OutsideIpAddress'), 'The tunnel has no AWS outside IP address.'));
    if (!inside) errors.push(validationError('InvalidParameterValue', at('TunnelInsideCidr'), 'The tunnel needs a /30 inside CIDR (R56).', { value: t.TunnelInsideCidr, allowed: 'a /30 inside 169.254.0.0/16' }));
    if (!t.PreSharedKey) errors.push(validationError('MissingParameter', at('PreSharedKey'), 'Certificate authentication is not generated; the tunnel needs its pre-shared key (R95).'));
    const wanted = input.ikeVersion ?? (allowed.IkeVersions.includes('ikev2') ? 'ikev2' : 'ikev1');
    if (!allowed.IkeVersions.includes(wanted)) {
      errors.push(validationError('InvalidParameterValue', at('IkeVersions'), `The tunnel does not allow ${wanted} (R55).`, { value: wanted, allowed: allowed.IkeVersions.join(', ') }));
    }
    const chosen = chooseProposals(allowed);
    if (!chosen) errors.push(validationError('InvalidParameterValue', at('Phase1EncryptionAlgorithms'), 'The tunnel allows no known algorithm (R68–R73).'));
    if (!t.OutsideIpAddress || !inside || !t.PreSharedKey || !chosen) return;
    tunnels.push({
      number: (i + 1) as 1 | 2, awsOutsideIp: t.OutsideIpAddress, inside, psk: t.PreSharedKey, ikeVersion: wanted,
      phase1: chosen.phase1, phase2: chosen.phase2, allowed,
      phase1LifetimeSeconds: t.Phase1LifetimeSeconds ?? DEFAULTS.Phase1LifetimeSeconds,
      phase2LifetimeSeconds: t.Phase2LifetimeSeconds ?? DEFAULTS.Phase2LifetimeSeconds,
      dpdTimeoutSeconds: t.DpdTimeoutSeconds ?? DEFAULTS.DPDTimeoutSeconds,
      dpdTimeoutAction: (t.DpdTimeoutAction ?? DEFAULTS.DPDTimeoutAction).toLowerCase(),
      startupAction: (t.StartupAction ?? DEFAULTS.StartupAction).toLowerCase(),
      replayWindowSize: t.ReplayWindowSize ?? DEFAULTS.ReplayWindowSize,
    });
  });
  const [t1, t2] = tunnels;
  if (errors.length > 0 || !t1 || !t2 || !cgwIp) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      vpnConnectionId: c.VpnConnectionId ?? 'vpn-unknown',
      customerGatewayId: c.CustomerGatewayId ?? cgw.CustomerGatewayId ?? 'cgw-unknown',
      gatewayId: c.VpnGatewayId ?? c.TransitGatewayId ?? 'not associated',
      gatewayLabel: c.VpnGatewayId ? 'Virtual Private Gateway' : c.TransitGatewayId ? 'Transit Gateway' : 'AWS',
      cgwOutsideIp: cgwIp, cgwAsn, amazonSideAsn: input.amazonSideAsn, dynamic,
      localCidr, remoteCidr, vpcCidrs, customerCidrs, tunnels: [t1, t2],
    },
  };
}
