/**
 * A Site-to-Site VPN connection as `CreateVpnConnection` takes it (R93, R341): the customer
 * gateway, the target (VGW, TGW, or none), connection options and the two tunnels' options.
 */
import * as z from 'zod';
import { caseInsensitiveEnum, ipv4Cidr, ipv6Cidr, tags } from './fieldTypes';
import { OUTSIDE_IP_ADDRESS_TYPES, TUNNEL_INSIDE_IP_VERSIONS } from './optionValues';
import { TunnelOptionsSchema } from './tunnelOptionsSchema';

export const VpnConnectionOptionsSchema = z.lazy(() =>
  z.strictObject({
    StaticRoutesOnly: z
      .boolean()
      .optional()
      .describe('true: static routing with `Routes`; false (default): dynamic routing with BGP (R93).'),
    TunnelInsideIpVersion: caseInsensitiveEnum(TUNNEL_INSIDE_IP_VERSIONS)
      .optional()
      .describe(
        '`ipv4` (default) or `ipv6` traffic inside the tunnels; `ipv6` on transit gateways only (R92, R199, R200).',
      ),
    EnableAcceleration: z
      .boolean()
      .optional()
      .describe(
        'Accelerated VPN through AWS Global Accelerator; transit gateway connections only, chosen at creation (R138, R139).',
      ),
    OutsideIpAddressType: caseInsensitiveEnum(OUTSIDE_IP_ADDRESS_TYPES, { publicipv4: 'PublicIpv4' })
      .optional()
      .describe('`PublicIpv4` (default, internet) or `PrivateIpv4` (private IP VPN over Direct Connect) (R91).'),
    TransportTransitGatewayAttachmentId: z
      .string()
      .optional()
      .describe('The Direct Connect gateway attachment of the transit gateway carrying a private IP VPN (R146).'),
    LocalIpv4NetworkCidr: ipv4Cidr
      .optional()
      .describe('Customer-side IPv4 range allowed through the tunnels; default 0.0.0.0/0 (R63, R67).'),
    RemoteIpv4NetworkCidr: ipv4Cidr
      .optional()
      .describe('AWS-side IPv4 range allowed through the tunnels; default 0.0.0.0/0 (R64, R67).'),
    LocalIpv6NetworkCidr: ipv6Cidr.optional().describe('Customer-side IPv6 range; default ::/0 (R65, R67).'),
    RemoteIpv6NetworkCidr: ipv6Cidr.optional().describe('AWS-side IPv6 range; default ::/0 (R66, R67).'),
    TunnelOptions: z
      .array(TunnelOptionsSchema)
      .max(2, { error: 'a VPN connection has exactly two tunnels (R4)' })
      .optional()
      .describe('Options of tunnel 1 and tunnel 2 (R4, R48).'),
  }),
);

export const VpnConnectionSchema = z.lazy(() =>
  z
    .strictObject({
      VpnConnectionId: z
        .string()
        .regex(/^vpn-[0-9a-zA-Z]+$/, { error: 'must look like vpn-04d5cc9b88example' })
        .describe('Identifier of the VPN connection (R16).'),
      Type: z.literal('ipsec.1').optional().describe('Only IPsec is offered (R2).'),
      CustomerGatewayId: z.string().describe('The customer gateway of this connection (R3).'),
      VpnGatewayId: z
        .string()
        .optional()
        .describe(
          'Target virtual private gateway (give this or TransitGatewayId, or neither for "Not associated", R12).',
        ),
      TransitGatewayId: z.string().optional().describe('Target transit gateway (R11).'),
      Options: VpnConnectionOptionsSchema.optional().describe(
        'Connection options: routing, IP versions, acceleration, network CIDRs, tunnel options.',
      ),
      Routes: z
        .array(z.strictObject({ DestinationCidrBlock: z.union([ipv4Cidr, ipv6Cidr]).describe('On-premises prefix.') }))
        .optional()
        .describe(
          'Static routes (`CreateVpnConnectionRoute`), for static connections only (R93, R342); at most 100 on a VGW (R441).',
        ),
      Tags: tags.optional(),
    })
    .describe('A Site-to-Site VPN connection with exactly two tunnels (R3, R4).'),
);

export type VpnConnectionSpec = z.output<typeof VpnConnectionSchema>;
