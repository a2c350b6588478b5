import type { TunnelOption, VgwTelemetry, VpnConnection } from '@aws-sdk/client-ec2';
import { isoAt } from '../core/simTime';
import type { ConnectionSnapshot, TunnelSnapshot } from '../model/snapshotTypes';
import { compact, type CliJson } from './cliJson';

const values = <T>(xs: readonly T[]): { Value: T }[] => xs.map((Value) => ({ Value }));

/** One Options.TunnelOptions entry with every tunnel option (R49: read with DescribeVpnConnections). */
export function tunnelOptionJson(t: TunnelSnapshot): CliJson<TunnelOption> {
  const o = t.options;
  const cw = o.LogOptions.CloudWatchLogOptions;
  return compact({
    OutsideIpAddress: t.outsideIpAddress,
    TunnelInsideCidr: o.TunnelInsideCidr,
    TunnelInsideIpv6Cidr: o.TunnelInsideIpv6Cidr,
    PreSharedKey: o.PreSharedKey,
    Phase1LifetimeSeconds: o.Phase1LifetimeSeconds,
    Phase2LifetimeSeconds: o.Phase2LifetimeSeconds,
    RekeyMarginTimeSeconds: o.RekeyMarginTimeSeconds,
    RekeyFuzzPercentage: o.RekeyFuzzPercentage,
    ReplayWindowSize: o.ReplayWindowSize,
    DpdTimeoutSeconds: o.DPDTimeoutSeconds,
    DpdTimeoutAction: o.DPDTimeoutAction,
    Phase1EncryptionAlgorithms: values(o.Phase1EncryptionAlgorithms),
    Phase2EncryptionAlgorithms: values(o.Phase2EncryptionAlgorithms),
    Phase1IntegrityAlgorithms: values(o.Phase1IntegrityAlgorithms),
    Phase2IntegrityAlgorithms: values(o.Phase2IntegrityAlgorithms),
    Phase1DHGroupNumbers: values(o.Phase1DHGroupNumbers),
    Phase2DHGroupNumbers: values(o.Phase2DHGroupNumbers),
    IkeVersions: values(o.IKEVersions),
    StartupAction: o.StartupAction,
    LogOptions: { CloudWatchLogOptions: compact({ LogEnabled: cw.LogEnabled, LogGroupArn: cw.LogGroupArn, LogOutputFormat: cw.LogOutputFormat }) },
    EnableTunnelLifecycleControl: o.EnableTunnelLifecycleControl,
  });
}

/** VgwTelemetry: status per tunnel as the console's Tunnel details show it. */
export function vgwTelemetryJson(t: TunnelSnapshot, acceptedRouteCount: number): CliJson<VgwTelemetry> {
  return {
    AcceptedRouteCount: t.status === 'UP' ? acceptedRouteCount : 0,
    LastStatusChange: isoAt(t.lastStatusChange),
    OutsideIpAddress: t.outsideIpAddress,
    Status: t.status,
    StatusMessage: t.status === 'UP' ? (acceptedRouteCount > 0 ? `${acceptedRouteCount} BGP ROUTES` : '') : t.statusMessage,
  };
}

/**
 * `aws ec2 describe-vpn-connections` for the given connections. `acceptedRoutes` comes from
 * ROUTING (BGP routes accepted per tunnel); without it, static connections count their routes.
 */
export function describeVpnConnections(
  conns: readonly ConnectionSnapshot[],
  acceptedRoutes: (vpnId: string, outsideIp: string) => number | undefined = () => undefined,
): { VpnConnections: CliJson<VpnConnection>[] } {
  return {
    VpnConnections: conns.map((c) => compact({
      CustomerGatewayConfiguration: undefined,
      CustomerGatewayId: c.customerGatewayId,
      Category: c.category,
      State: c.state,
      Type: c.type,
      VpnConnectionId: c.id,
      VpnGatewayId: c.vpnGatewayId,
      TransitGatewayId: c.transitGatewayId,
      GatewayAssociationState: c.vpnGatewayId || c.transitGatewayId ? 'associated' : 'not-associated',
      Options: compact({
        EnableAcceleration: c.options.EnableAcceleration,
        StaticRoutesOnly: c.options.StaticRoutesOnly,
        LocalIpv4NetworkCidr: c.options.TunnelInsideIpVersion === 'ipv4' ? c.options.LocalIpv4NetworkCidr : undefined,
        RemoteIpv4NetworkCidr: c.options.TunnelInsideIpVersion === 'ipv4' ? c.options.RemoteIpv4NetworkCidr : undefined,
        LocalIpv6NetworkCidr: c.options.TunnelInsideIpVersion === 'ipv6' ? c.options.LocalIpv6NetworkCidr : undefined,
        RemoteIpv6NetworkCidr: c.options.TunnelInsideIpVersion === 'ipv6' ? c.options.RemoteIpv6NetworkCidr : undefined,
        OutsideIpAddressType: c.options.OutsideIpAddressType,
        TransportTransitGatewayAttachmentId: c.options.TransportTransitGatewayAttachmentId,
        TunnelInsideIpVersion: c.options.TunnelInsideIpVersion,
        TunnelOptions: c.tunnels.map(tunnelOptionJson),
      }),
      Routes: c.routes.map((r) => ({ DestinationCidrBlock: r, Source: 'Static', State: c.state === 'available' ? 'available' : 'pending' })),
      Tags: c.tags.map((t) => ({ ...t })),
      VgwTelemetry: c.tunnels.map((t) => vgwTelemetryJson(t, acceptedRoutes(c.id, t.outsideIpAddress) ?? (c.options.StaticRoutesOnly ? c.routes.length : 0))),
    }) as CliJson<VpnConnection>),
  };
}
