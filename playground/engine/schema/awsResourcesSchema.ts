/**
 * AWS-side resources of a scenario, named as the EC2 API names them: customer gateways,
 * virtual private gateways, transit gateways (with their attachments), VPCs and Direct Connect.
 * Field ranges that depend on the Region or on other resources are checked in asnRules.ts
 * and crossReferenceRules.ts.
 */
import * as z from 'zod';
import { asnNumber, caseInsensitiveEnum, ipv4Address, ipv4Cidr, ipv6Cidr, tags } from './fieldTypes';

const id = (prefix: string, example: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}-[0-9a-zA-Z]+$`), { error: `must look like ${example}` })
    .meta({ examples: [example] });

export const CustomerGatewaySchema = z.lazy(() =>
  z
    .strictObject({
      CustomerGatewayId: id('cgw', 'cgw-0e2a7c9d1b3f45a61').describe(
        'Identifier of the customer gateway resource (R17).',
      ),
      BgpAsn: asnNumber
        .optional()
        .describe(
          'BGP ASN of the device: 1–2147483647, not 7224 (nor 9059/10124/17943 in their Regions). Default 65000 (R28–R33).',
        ),
      IpAddress: ipv4Address
        .optional()
        .describe(
          "Static, internet-routable IPv4 address of the device's outside interface, or its NAT device's public IP (R25, R26); for a private IP VPN the device's private IP (R36).",
        ),
      CertificateArn: z
        .string()
        .optional()
        .describe('ARN of an ACM private certificate for certificate authentication (R35, R95).'),
      DeviceName: z.string().max(255).optional().describe('Optional device name (R23).'),
      Type: z.literal('ipsec.1').optional().describe('Only IPsec is offered (R2).'),
      Tags: tags.optional(),
    })
    .describe(
      'Customer gateway: the AWS resource describing the customer device (R13, R23). Needs an IP address or a certificate (R24).',
    ),
);

export const VpcAttachmentSchema = z.lazy(() =>
  z.strictObject({
    VpcId: id('vpc', 'vpc-0a1b2c3d4e5f67890').describe('VPC the gateway is attached to (R8, R10).'),
    State: caseInsensitiveEnum(['attached', 'attaching', 'detached', 'detaching'])
      .optional()
      .describe('Attachment state; default `attached`.'),
  }),
);

export const VpnGatewaySchema = z.lazy(() =>
  z
    .strictObject({
      VpnGatewayId: id('vgw', 'vgw-1a2b3c4d').describe('Identifier of the virtual private gateway (R16).'),
      AmazonSideAsn: asnNumber
        .optional()
        .describe('Amazon-side ASN: 64512–65534 or 4200000000–4294967294. Default 64512 (R40–R42).'),
      VpcAttachments: z
        .array(VpcAttachmentSchema)
        .max(1)
        .optional()
        .describe('The one VPC the gateway is attached to (R8, R9).'),
      AvailabilityZone: z.string().optional().describe('Availability Zone of the gateway (informational).'),
      Tags: tags.optional(),
    })
    .describe('Virtual private gateway: the VPN concentrator of one VPC (R8).'),
);

const enableDisable = z.lazy(() => caseInsensitiveEnum(['enable', 'disable']));

export const TransitGatewayOptionsSchema = z.lazy(() =>
  z.strictObject({
    AmazonSideAsn: asnNumber
      .optional()
      .describe(
        'Amazon-side ASN of the transit gateway: 64512–65534 or 4200000000–4294967294. Default 64512 (R40–R45).',
      ),
    VpnEcmpSupport: enableDisable
      .optional()
      .describe('Equal-cost multipath over VPN tunnels; default `enable` (R190, R191).'),
    DefaultRouteTableAssociation: enableDisable
      .optional()
      .describe('Associate new attachments with the default route table; default `enable`.'),
    DefaultRouteTablePropagation: enableDisable
      .optional()
      .describe('Propagate new attachments into the default route table; default `enable`.'),
    TransitGatewayCidrBlocks: z
      .array(z.union([ipv4Cidr, ipv6Cidr]))
      .optional()
      .describe('CIDR blocks of the transit gateway (outside addresses of private IP VPNs, R146).'),
  }),
);

export const TransitGatewayRouteSchema = z.lazy(() =>
  z.strictObject({
    DestinationCidrBlock: z.union([ipv4Cidr, ipv6Cidr]).describe('Destination prefix.'),
    TransitGatewayAttachmentId: z.string().optional().describe('Attachment the traffic goes to.'),
    VpnConnectionId: z
      .string()
      .optional()
      .describe(
        'VPN connection whose attachment the traffic goes to (its attachment ID is created with the connection, R156).',
      ),
    Blackhole: z.boolean().optional().describe('Drop matching traffic.'),
  }),
);

export const TransitGatewayRouteTableSchema = z.lazy(() =>
  z.strictObject({
    TransitGatewayRouteTableId: id('tgw-rtb', 'tgw-rtb-0a1b2c3d4e5f67890').describe(
      'Identifier of the transit gateway route table.',
    ),
    DefaultAssociationRouteTable: z.boolean().optional().describe('New attachments are associated with this table.'),
    DefaultPropagationRouteTable: z
      .boolean()
      .optional()
      .describe('New attachments propagate their routes into this table.'),
    Associations: z.array(z.string()).optional().describe('Attachment IDs associated with this table.'),
    Propagations: z.array(z.string()).optional().describe('Attachment IDs whose routes propagate into this table.'),
    Routes: z.array(TransitGatewayRouteSchema).optional().describe('Static routes of the table.'),
  }),
);

export const TransitGatewaySchema = z.lazy(() =>
  z
    .strictObject({
      TransitGatewayId: id('tgw', 'tgw-0a1b2c3d4e5f67890').describe('Identifier of the transit gateway (R17).'),
      Options: TransitGatewayOptionsSchema.optional().describe(
        'Transit gateway options (ASN, ECMP, default route table behaviour).',
      ),
      RouteTables: z
        .array(TransitGatewayRouteTableSchema)
        .optional()
        .describe('Route tables; a default table is created when omitted.'),
      Tags: tags.optional(),
    })
    .describe('Transit gateway: hub joining VPCs, VPN connections and Direct Connect (R11).'),
);

export const TransitGatewayAttachmentSchema = z.lazy(() =>
  z
    .strictObject({
      TransitGatewayAttachmentId: id('tgw-attach', 'tgw-attach-0a1b2c3d4e5f67890').describe(
        'Identifier of the attachment (R17).',
      ),
      TransitGatewayId: id('tgw', 'tgw-0a1b2c3d4e5f67890').describe('Transit gateway the attachment belongs to.'),
      ResourceType: caseInsensitiveEnum(['vpc', 'vpn', 'direct-connect-gateway', 'connect', 'peering']).describe(
        'What the attachment connects; VPN attachments are created by their VPN connection.',
      ),
      ResourceId: z.string().describe('VPC ID, VPN connection ID or Direct Connect gateway ID.'),
    })
    .describe(
      'Transit gateway attachment (R11). A `direct-connect-gateway` attachment is the transport of a private IP VPN (R146).',
    ),
);

export const RouteSchema = z.lazy(() =>
  z.strictObject({
    DestinationCidrBlock: z.union([ipv4Cidr, ipv6Cidr]).describe('Destination prefix of the route.'),
    GatewayId: z.string().optional().describe('`local`, an internet gateway or a virtual private gateway ID.'),
    TransitGatewayId: z.string().optional().describe('Transit gateway the route points to.'),
  }),
);

export const RouteTableSchema = z.lazy(() =>
  z.strictObject({
    RouteTableId: id('rtb', 'rtb-0a1b2c3d4e5f67890').describe('Identifier of the route table.'),
    Main: z.boolean().optional().describe('The main route table of the VPC (used by subnets without their own).'),
    SubnetIds: z.array(z.string()).optional().describe('Subnets explicitly associated with the table.'),
    Routes: z.array(RouteSchema).optional().describe('Static routes of the table (the `local` route is implied).'),
    PropagatingVgws: z
      .array(z.string())
      .optional()
      .describe('Virtual private gateways whose routes propagate into this table (R351).'),
  }),
);

export const SubnetSchema = z.lazy(() =>
  z.strictObject({
    SubnetId: id('subnet', 'subnet-0a1b2c3d4e5f67890').describe('Identifier of the subnet.'),
    CidrBlock: ipv4Cidr.describe('IPv4 CIDR of the subnet, inside the VPC CIDR.'),
    Ipv6CidrBlock: ipv6Cidr.optional().describe('IPv6 CIDR of the subnet.'),
    AvailabilityZone: z.string().optional().describe('Availability Zone of the subnet.'),
    Hosts: z
      .array(
        z.strictObject({
          Name: z.string().describe('Host name.'),
          IpAddress: ipv4Address.describe('Private IPv4 address of the instance.'),
        }),
      )
      .optional()
      .describe('Instances placed in the subnet (traffic endpoints).'),
  }),
);

export const VpcSchema = z.lazy(() =>
  z
    .strictObject({
      VpcId: id('vpc', 'vpc-0a1b2c3d4e5f67890').describe('Identifier of the VPC.'),
      CidrBlock: ipv4Cidr.describe('Primary IPv4 CIDR of the VPC.'),
      Ipv6CidrBlock: ipv6Cidr.optional().describe('IPv6 CIDR of the VPC (needed for IPv6 traffic, R204).'),
      Subnets: z.array(SubnetSchema).optional().describe('Subnets of the VPC.'),
      RouteTables: z.array(RouteTableSchema).optional().describe('Route tables of the VPC (R351–R359).'),
      Tags: tags.optional(),
    })
    .describe('A VPC with its subnets and route tables.'),
);

export const DirectConnectGatewaySchema = z.lazy(() =>
  z
    .strictObject({
      DirectConnectGatewayId: z.string().min(1).describe('Direct Connect gateway ID (a UUID, R17).'),
      AmazonSideAsn: asnNumber.optional().describe('Amazon-side ASN of the Direct Connect gateway.'),
      AssociatedGatewayIds: z
        .array(z.string())
        .optional()
        .describe('Virtual private gateways or transit gateways associated with the Direct Connect gateway.'),
      AllowedPrefixes: z
        .array(z.union([ipv4Cidr, ipv6Cidr]))
        .optional()
        .describe('Prefixes advertised to on premises.'),
      OnPremisesPrefixes: z
        .array(z.union([ipv4Cidr, ipv6Cidr]))
        .optional()
        .describe('Prefixes on premises advertises over Direct Connect.'),
      VirtualInterfaceType: caseInsensitiveEnum(['private', 'transit', 'public'])
        .optional()
        .describe('Type of virtual interface carrying the traffic (acceleration never runs over a public VIF, R140).'),
      State: caseInsensitiveEnum(['available', 'down'])
        .optional()
        .describe('Whether the Direct Connect link is up; default `available`.'),
    })
    .describe('Direct Connect gateway and its link (VPN over DX, private IP VPN).'),
);
