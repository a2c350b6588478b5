import type { PeerConfig } from '../ike/ikeTypes';
import type { PathConditions } from '../tunnel/tunnelHost';
import type { AwsTunnelPolicy, DevicePolicy } from '../tunnel/tunnelTypes';
import type { DeviceTunnelSpec } from '../schema/deviceSchema';
import type { ConnectionModel, DeviceModel, TunnelModel, World } from './worldTypes';

/** The AWS endpoint of a tunnel, from its resolved options (R48–R94) and connection CIDRs (R67). */
export function awsPolicy(world: World, c: ConnectionModel, t: TunnelModel): AwsTunnelPolicy {
  const o = t.options;
  const v6 = c.options.TunnelInsideIpVersion === 'ipv6';
  const cert = world.customerGateways.get(c.customerGatewayId)?.CertificateArn;
  const peer: PeerConfig = {
    // R95: with a private certificate the AUTH payload proves the certificate instead of the PSK.
    side: 'aws', psk: cert !== undefined ? `certificate:${cert}` : o.PreSharedKey, ikeVersions: o.IKEVersions,
    phase1: { encryption: o.Phase1EncryptionAlgorithms, integrity: o.Phase1IntegrityAlgorithms, dhGroups: o.Phase1DHGroupNumbers },
    phase2: { encryption: o.Phase2EncryptionAlgorithms, integrity: o.Phase2IntegrityAlgorithms, dhGroups: o.Phase2DHGroupNumbers, pfs: true },
    // The AWS side's own range is the Remote CIDR (R64), the customer's the Local CIDR (R63).
    localTs: v6 ? c.options.RemoteIpv6NetworkCidr : c.options.RemoteIpv4NetworkCidr,
    remoteTs: v6 ? c.options.LocalIpv6NetworkCidr : c.options.LocalIpv4NetworkCidr,
    ownAddress: t.outsideIpAddress,
  };
  return {
    peer, phase1LifetimeS: o.Phase1LifetimeSeconds, phase2LifetimeS: o.Phase2LifetimeSeconds,
    rekeyMarginS: o.RekeyMarginTimeSeconds, rekeyFuzzPct: o.RekeyFuzzPercentage,
    dpdTimeoutS: o.DPDTimeoutSeconds, dpdAction: o.DPDTimeoutAction, startupAction: o.StartupAction,
    cgwIp: world.customerGateways.get(c.customerGatewayId)?.IpAddress,
    forceNatT: c.options.EnableAcceleration,
    authMethod: cert !== undefined ? 'certificate' : 'psk',
  };
}

/**
 * The device's configuration for one tunnel. A customer gateway without a device entry, or a
 * device entry without a Tunnels list, is configured from the AWS sample configuration (both
 * tunnels, AWS's keys); a device with a Tunnels list has only the tunnels it lists (R7).
 */
export function deviceTunnelSpec(device: DeviceModel | undefined, c: ConnectionModel, index: 0 | 1): DeviceTunnelSpec | undefined {
  const tunnels = device?.spec.Tunnels;
  if (!tunnels) return { VpnConnectionId: c.id, TunnelNumber: index === 0 ? 1 : 2 };
  const spec = tunnels.find((x) => x.VpnConnectionId === c.id && x.TunnelNumber === index + 1);
  return spec && spec.Enabled !== false ? spec : undefined;
}

/** A device on a certificate customer gateway uses that certificate unless its tunnel names another one. */
const certificateOf = (world: World, c: ConnectionModel): string | undefined => world.customerGateways.get(c.customerGatewayId)?.CertificateArn;

export function devicePolicy(world: World, c: ConnectionModel, t: TunnelModel): DevicePolicy | undefined {
  const device = world.devices.get(c.customerGatewayId);
  const spec = deviceTunnelSpec(device, c, t.index);
  if (!spec) return undefined;
  const cgwIp = world.customerGateways.get(c.customerGatewayId)?.IpAddress ?? '0.0.0.0';
  const nat = device?.spec.Nat;
  const behindNat = nat?.Enabled === true;
  const any = c.options.TunnelInsideIpVersion === 'ipv6' ? '::/0' : '0.0.0.0/0';
  const p1 = spec.Phase1Proposal;
  const p2 = spec.Phase2Proposal;
  const version = spec.IkeVersion ?? 'ikev2';
  const peer: PeerConfig = {
    side: 'cgw', ikeVersions: [version],
    psk: spec.CertificateArn !== undefined ? `certificate:${spec.CertificateArn}` : certificateOf(world, c) !== undefined ? `certificate:${certificateOf(world, c)}` : spec.PreSharedKey ?? t.options.PreSharedKey,
    // Default proposal: AES128 / SHA1 / group 2, as in the AWS sample configurations.
    phase1: { encryption: p1?.EncryptionAlgorithms ?? ['AES128'], integrity: p1?.IntegrityAlgorithms ?? ['SHA1'], dhGroups: p1?.DHGroupNumbers ?? [2] },
    phase2: {
      encryption: p2?.EncryptionAlgorithms ?? ['AES128'], integrity: p2?.IntegrityAlgorithms ?? ['SHA1'],
      dhGroups: p2?.Pfs === false ? [] : p2?.DHGroupNumbers ?? [2], pfs: p2?.Pfs ?? true,
    },
    localTs: spec.TrafficSelectors?.Local ?? any,
    remoteTs: spec.TrafficSelectors?.Remote ?? any,
    ownAddress: behindNat ? nat.PrivateIpAddress ?? '192.168.1.10' : cgwIp,
  };
  return {
    peer, ikeVersion: version, initiates: spec.Initiate ?? true, dpdEnabled: spec.Dpd?.Enabled ?? true,
    // Device DPD defaults: probe every 10 s, dead after 3 unanswered retries (schema defaults).
    dpdIntervalMs: (spec.Dpd?.IntervalSeconds ?? 10) * 1000,
    dpdRetries: spec.Dpd?.Retries ?? 3,
    natTraversal: spec.NatTraversal ?? true,
    seenAddress: behindNat ? nat.PublicIpAddress ?? cgwIp : cgwIp,
  };
}

export function pathConditions(world: World, c: ConnectionModel, t: TunnelModel): PathConditions {
  const device = world.devices.get(c.customerGatewayId);
  const fw = device?.spec.Firewall;
  // Without NAT-T, ESP (IP protocol 50) does not cross the customer's NAT: the data plane is dead.
  const espThroughNat = !(device?.spec.Nat?.Enabled === true && deviceTunnelSpec(device, c, t.index)?.NatTraversal === false);
  return {
    pathUp: t.path.pathUp,
    deviceUp: device?.up ?? true,
    endpointUp: t.replacement === null && c.state === 'available',
    lossPct: t.path.lossPct,
    latencyMs: t.path.latencyMs,
    blockUdp500: fw?.BlockUdp500 ?? false,
    blockUdp4500: fw?.BlockUdp4500 ?? false,
    blockEsp: (fw?.BlockEsp ?? false) || !espThroughNat,
  };
}
