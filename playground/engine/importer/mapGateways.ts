/**
 * describe-customer-gateways / -vpn-gateways / -transit-gateways items → scenario resources.
 * The API prints some numbers as strings (`"BgpAsn": "65000"`), so values are coerced here.
 */
import type { CustomerGateway, TransitGateway, VpnGateway } from '@aws-sdk/client-ec2';
import { compact } from './mapTunnelOptions';

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A list field of describe output, keeping only object items: hand-edited JSON may hold anything. */
export const objects = <T extends object>(v: unknown): T[] =>
  Array.isArray(v) ? (v.filter((x) => typeof x === 'object' && x !== null && !Array.isArray(x)) as T[]) : [];

export function asn(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

export const tags = (t: unknown) =>
  Array.isArray(t) && t.length > 0
    ? t.filter((x) => typeof x?.Key === 'string').map((x) => ({ Key: String(x.Key), Value: String(x.Value ?? '') }))
    : undefined;

export function mapCustomerGateway(c: CustomerGateway) {
  return compact({
    CustomerGatewayId: c.CustomerGatewayId ?? '',
    BgpAsn: asn(c.BgpAsn) ?? asn(c.BgpAsnExtended),
    IpAddress: str(c.IpAddress),
    CertificateArn: str(c.CertificateArn),
    DeviceName: str(c.DeviceName),
    Tags: tags(c.Tags),
  });
}

/** Adds the attached VPC to `vpcIds` (R8: one VPC per gateway). */
export function mapVpnGateway(v: VpnGateway, vpcIds: Set<string>) {
  const attached = objects<NonNullable<VpnGateway['VpcAttachments']>[number]>(v.VpcAttachments).filter((a) => a.State === 'attached' && str(a.VpcId));
  for (const a of attached.slice(0, 1)) vpcIds.add(a.VpcId as string);
  return compact({
    VpnGatewayId: v.VpnGatewayId ?? '',
    AmazonSideAsn: asn(v.AmazonSideAsn),
    VpcAttachments: attached.length > 0 ? attached.slice(0, 1).map((a) => ({ VpcId: a.VpcId as string })) : undefined,
    Tags: tags(v.Tags),
  });
}

/** `staticRoutes`: routes of static VPN connections on this gateway, placed in its default table (R156). */
export function mapTransitGateway(t: TransitGateway, staticRoutes: readonly Record<string, unknown>[] | undefined) {
  const o = t.Options ?? {};
  return compact({
    TransitGatewayId: t.TransitGatewayId ?? '',
    Options: compact({
      AmazonSideAsn: asn(o.AmazonSideAsn),
      VpnEcmpSupport: str(o.VpnEcmpSupport),
      DefaultRouteTableAssociation: str(o.DefaultRouteTableAssociation),
      DefaultRouteTablePropagation: str(o.DefaultRouteTablePropagation),
      TransitGatewayCidrBlocks:
        o.TransitGatewayCidrBlocks && o.TransitGatewayCidrBlocks.length > 0 ? o.TransitGatewayCidrBlocks : undefined,
    }),
    RouteTables: staticRoutes
      ? [
          {
            TransitGatewayRouteTableId:
              str(o.AssociationDefaultRouteTableId) ?? `tgw-rtb-${(t.TransitGatewayId ?? '').slice(4)}`,
            DefaultAssociationRouteTable: true,
            DefaultPropagationRouteTable: true,
            Routes: staticRoutes,
          },
        ]
      : undefined,
    Tags: tags(t.Tags),
  });
}
