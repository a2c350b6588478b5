/**
 * A topology as a CloudFormation template: AWS::EC2::CustomerGateway, VPNGateway (+
 * VPCGatewayAttachment), TransitGateway, VPNConnection with VpnTunnelOptionsSpecifications,
 * VPNConnectionRoute. Returned as an object and as JSON text.
 */
import type { TunnelOption } from '@aws-sdk/client-ec2';
import { listValues, logicalId, type TopologyExportInput } from './topologyInput';

type Props = Record<string, unknown>;
const compact = (o: Props): Props => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const valueList = <T>(l: readonly { Value?: T | undefined }[] | undefined) => listValues(l)?.map((Value) => ({ Value }));
const cfnTags = (t: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined) => { const l = (t ?? []).filter((x) => x.Key).map((x) => ({ Key: x.Key, Value: x.Value ?? '' })); return l.length ? l : undefined; };

function tunnelSpec(t: TunnelOption): Props {
  const cw = t.LogOptions?.CloudWatchLogOptions;
  return compact({
    PreSharedKey: t.PreSharedKey, TunnelInsideCidr: t.TunnelInsideCidr, TunnelInsideIpv6Cidr: t.TunnelInsideIpv6Cidr,
    DPDTimeoutAction: t.DpdTimeoutAction, DPDTimeoutSeconds: t.DpdTimeoutSeconds, EnableTunnelLifecycleControl: t.EnableTunnelLifecycleControl,
    IKEVersions: valueList(t.IkeVersions),
    Phase1DHGroupNumbers: valueList(t.Phase1DHGroupNumbers), Phase1EncryptionAlgorithms: valueList(t.Phase1EncryptionAlgorithms),
    Phase1IntegrityAlgorithms: valueList(t.Phase1IntegrityAlgorithms), Phase1LifetimeSeconds: t.Phase1LifetimeSeconds,
    Phase2DHGroupNumbers: valueList(t.Phase2DHGroupNumbers), Phase2EncryptionAlgorithms: valueList(t.Phase2EncryptionAlgorithms),
    Phase2IntegrityAlgorithms: valueList(t.Phase2IntegrityAlgorithms), Phase2LifetimeSeconds: t.Phase2LifetimeSeconds,
    RekeyFuzzPercentage: t.RekeyFuzzPercentage, RekeyMarginTimeSeconds: t.RekeyMarginTimeSeconds, ReplayWindowSize: t.ReplayWindowSize,
    StartupAction: t.StartupAction,
    LogOptions: cw && cw.LogEnabled !== undefined ? { CloudwatchLogOptions: compact({ LogEnabled: cw.LogEnabled, LogGroupArn: cw.LogGroupArn, LogOutputFormat: cw.LogOutputFormat }) } : undefined,
  });
}

export function exportCloudFormationTemplate(input: TopologyExportInput): { AWSTemplateFormatVersion: string; Description: string; Resources: Record<string, { Type: string; Properties: Props }> } {
  const r: Record<string, { Type: string; Properties: Props }> = {};
  for (const g of input.customerGateways) {
    r[logicalId(g.CustomerGatewayId, 'Cgw')] = { Type: 'AWS::EC2::CustomerGateway', Properties: compact({ BgpAsn: g.BgpAsn === undefined ? undefined : Number(g.BgpAsn), IpAddress: g.IpAddress, Type: g.Type ?? 'ipsec.1', CertificateArn: g.CertificateArn, DeviceName: g.DeviceName, Tags: cfnTags(g.Tags) }) };
  }
  for (const v of input.vpnGateways ?? []) {
    const id = logicalId(v.VpnGatewayId, 'Vgw');
    r[id] = { Type: 'AWS::EC2::VPNGateway', Properties: compact({ Type: v.Type ?? 'ipsec.1', AmazonSideAsn: v.AmazonSideAsn, Tags: cfnTags(v.Tags) }) };
    const vpc = v.VpcAttachments?.find((a) => a.State === 'attached' || a.State === 'attaching')?.VpcId;
    if (vpc) r[`${id}Attachment`] = { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: vpc, VpnGatewayId: { Ref: id } } };
  }
  for (const t of input.transitGateways ?? []) {
    const o = t.Options ?? {};
    r[logicalId(t.TransitGatewayId, 'Tgw')] = { Type: 'AWS::EC2::TransitGateway', Properties: compact({ Description: t.Description, AmazonSideAsn: o.AmazonSideAsn, VpnEcmpSupport: o.VpnEcmpSupport, DnsSupport: o.DnsSupport, DefaultRouteTableAssociation: o.DefaultRouteTableAssociation, DefaultRouteTablePropagation: o.DefaultRouteTablePropagation, TransitGatewayCidrBlocks: o.TransitGatewayCidrBlocks, Tags: cfnTags(t.Tags) }) };
  }
  for (const c of input.vpnConnections) {
    const o = c.Options ?? {};
    const id = logicalId(c.VpnConnectionId, 'Vpn');
    r[id] = {
      Type: 'AWS::EC2::VPNConnection',
      Properties: compact({
        CustomerGatewayId: { Ref: logicalId(c.CustomerGatewayId, 'Cgw') }, Type: c.Type ?? 'ipsec.1',
        VpnGatewayId: c.VpnGatewayId ? { Ref: logicalId(c.VpnGatewayId, 'Vgw') } : undefined,
        TransitGatewayId: c.TransitGatewayId ? { Ref: logicalId(c.TransitGatewayId, 'Tgw') } : undefined,
        StaticRoutesOnly: o.StaticRoutesOnly, EnableAcceleration: o.EnableAcceleration,
        LocalIpv4NetworkCidr: o.LocalIpv4NetworkCidr, RemoteIpv4NetworkCidr: o.RemoteIpv4NetworkCidr,
        LocalIpv6NetworkCidr: o.LocalIpv6NetworkCidr, RemoteIpv6NetworkCidr: o.RemoteIpv6NetworkCidr,
        OutsideIpAddressType: o.OutsideIpAddressType, TransportTransitGatewayAttachmentId: o.TransportTransitGatewayAttachmentId,
        TunnelInsideIpVersion: o.TunnelInsideIpVersion,
        VpnTunnelOptionsSpecifications: (o.TunnelOptions ?? []).map(tunnelSpec),
        Tags: cfnTags(c.Tags),
      }),
    };
    (c.Routes ?? []).forEach((route, i) => {
      if (route.DestinationCidrBlock) r[`${id}Route${i + 1}`] = { Type: 'AWS::EC2::VPNConnectionRoute', Properties: { DestinationCidrBlock: route.DestinationCidrBlock, VpnConnectionId: { Ref: id } } };
    });
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Description: 'Generated by VPN Lab from a simulated Site-to-Site VPN topology.', Resources: r };
}

export function exportCloudFormation(input: TopologyExportInput): string {
  return `${JSON.stringify(exportCloudFormationTemplate(input), null, 2)}\n`;
}
