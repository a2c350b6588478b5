import type { TransitGatewayEntry } from '../schema/scenarioLookup';
import type { CustomerGateway, TransitGateway, VpnGateway } from '@aws-sdk/client-ec2';
import type { World } from '../model/worldTypes';
import { compact, type CliJson } from './cliJson';

const ACCOUNT = '123456789012';

/** `aws ec2 describe-customer-gateways` (R23). */
export function describeCustomerGateways(world: Readonly<World>): { CustomerGateways: CliJson<CustomerGateway>[] } {
  return {
    CustomerGateways: [...world.customerGateways.values()].map((g) => compact({
      BgpAsn: String(g.BgpAsn ?? 65000),
      CustomerGatewayId: g.CustomerGatewayId,
      IpAddress: g.IpAddress,
      CertificateArn: g.CertificateArn,
      DeviceName: g.DeviceName,
      State: 'available',
      Type: 'ipsec.1',
      Tags: g.Tags?.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
    }) as CliJson<CustomerGateway>),
  };
}

/** `aws ec2 describe-vpn-gateways` (R8, R40, R43). */
export function describeVpnGateways(world: Readonly<World>): { VpnGateways: CliJson<VpnGateway>[] } {
  return {
    VpnGateways: [...world.vpnGateways.values()].map((g) => compact({
      State: g.state,
      Type: 'ipsec.1',
      VpcAttachments: g.attachments.map((a) => ({ State: a.State, VpcId: a.VpcId })),
      VpnGatewayId: g.spec.VpnGatewayId,
      AmazonSideAsn: g.spec.AmazonSideAsn ?? 64512,
      AvailabilityZone: g.spec.AvailabilityZone,
      Tags: g.spec.Tags?.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
    }) as CliJson<VpnGateway>),
  };
}

/** One transit gateway as `describe-transit-gateways` prints it (R11); `state` for create/delete answers. */
export function describeTransitGateway(world: Readonly<World>, g: TransitGatewayEntry, state = 'available'): CliJson<TransitGateway> {
  return compact({
    TransitGatewayId: g.TransitGatewayId,
    TransitGatewayArn: `arn:aws:ec2:${world.region}:${ACCOUNT}:transit-gateway/${g.TransitGatewayId}`,
    State: state,
    OwnerId: ACCOUNT,
    Options: compact({
      AmazonSideAsn: g.Options?.AmazonSideAsn ?? 64512,
      VpnEcmpSupport: g.Options?.VpnEcmpSupport ?? 'enable',
      DefaultRouteTableAssociation: g.Options?.DefaultRouteTableAssociation ?? 'enable',
      DefaultRouteTablePropagation: g.Options?.DefaultRouteTablePropagation ?? 'enable',
      TransitGatewayCidrBlocks: g.Options?.TransitGatewayCidrBlocks,
    }),
    Tags: g.Tags?.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
  }) as CliJson<TransitGateway>;
}

/** `aws ec2 describe-transit-gateways` (R11). */
export function describeTransitGateways(world: Readonly<World>): { TransitGateways: CliJson<TransitGateway>[] } {
  return { TransitGateways: [...world.transitGateways.values()].map((g) => describeTransitGateway(world, g)) };
}
