/**
 * What the customer configured on the customer gateway device (R14): per tunnel the PSK, IKE
 * version, proposals in the device's own order, lifetimes, DPD and traffic selectors; for the
 * box its NAT, firewall, BGP and static routes. Device values may lie outside what AWS accepts
 * (`3DES`, `MD5`, DH group 1): that is how broken setups are modelled.
 */
import * as z from 'zod';
import { once } from './lazySchema';
import { asnNumber, caseInsensitiveEnum, ipv4Address, ipv4Cidr, ipv6Address, ipv6Cidr } from './fieldTypes';

export const DEVICE_ENCRYPTION_ALGORITHMS = [
  'AES128',
  'AES256',
  'AES128-GCM-16',
  'AES256-GCM-16',
  '3DES',
  'DES',
] as const;
export const DEVICE_INTEGRITY_ALGORITHMS = ['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512', 'MD5'] as const;
export const DEVICE_DH_GROUPS = [1, 2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24] as const;

const dhGroup = z.lazy(() => z.literal(DEVICE_DH_GROUPS, { error: `must be one of ${DEVICE_DH_GROUPS.join(', ')}` }));

/** How many extra copies of the own ASN go in front of the AS_PATH (0-10). */
const asPathPrepend = (description: string) => z.number().int().min(0).max(10).optional().describe(description);

const proposalSchema = once(() =>
  z.strictObject({
    EncryptionAlgorithms: z
      .array(caseInsensitiveEnum(DEVICE_ENCRYPTION_ALGORITHMS))
      .min(1)
      .describe('In the order the device proposes them.'),
    IntegrityAlgorithms: z
      .array(caseInsensitiveEnum(DEVICE_INTEGRITY_ALGORITHMS))
      .min(1)
      .describe('In the order the device proposes them.'),
    DHGroupNumbers: z.array(dhGroup).min(1).describe('In the order the device proposes them.'),
  }),
);

export const DeviceTunnelSchema = z.lazy(() =>
  z
    .strictObject({
      VpnConnectionId: z.string().describe('The VPN connection this tunnel belongs to.'),
      TunnelNumber: z.union([z.literal(1), z.literal(2)]).describe('Tunnel 1 or 2 of that connection (R4).'),
      Enabled: z.boolean().optional().describe('false: the tunnel is not configured on the device (R7). Default true.'),
      PreSharedKey: z
        .string()
        .min(1)
        .optional()
        .describe("The device's PSK; must equal the AWS tunnel's key (R81, R96). Default: the AWS key."),
      CertificateArn: z
        .string()
        .optional()
        .describe('Certificate the device authenticates with instead of a PSK (R95).'),
      IkeVersion: caseInsensitiveEnum(['ikev1', 'ikev2'])
        .optional()
        .describe('IKE version the device uses. Default ikev2.'),
      Phase1Proposal: proposalSchema()
        .optional()
        .describe(
          'Phase 1 (IKE SA) transforms the device offers. Default AES128/SHA1/group 2 like the AWS sample configurations.',
        ),
      Phase2Proposal: proposalSchema()
        .extend({
          Pfs: z.boolean().optional().describe('Perfect forward secrecy: propose a DH group in phase 2. Default true.'),
        })
        .optional()
        .describe('Phase 2 (IPsec SA) transforms the device offers.'),
      Phase1LifetimeSeconds: z.number().int().positive().optional().describe('Device-side IKE SA lifetime (R78).'),
      Phase2LifetimeSeconds: z.number().int().positive().optional().describe('Device-side IPsec SA lifetime (R78).'),
      Dpd: z
        .strictObject({
          Enabled: z.boolean().optional().describe('Default true (R116).'),
          IntervalSeconds: z.number().int().positive().optional().describe('Seconds between DPD probes. Default 10.'),
          Retries: z
            .number()
            .int()
            .nonnegative()
            .optional()
            .describe('Unanswered probes before the peer is declared dead. Default 3.'),
        })
        .optional()
        .describe('Dead peer detection on the device (R116).'),
      TrafficSelectors: z
        .strictObject({
          Local: z.union([ipv4Cidr, ipv6Cidr]).describe('Customer-side range the device proposes (R67).'),
          Remote: z.union([ipv4Cidr, ipv6Cidr]).describe('AWS-side range the device proposes (R67).'),
        })
        .optional()
        .describe('Traffic selectors; default any (0.0.0.0/0 both ways) for route-based VPNs.'),
      NatTraversal: z
        .boolean()
        .optional()
        .describe('The device uses NAT-T (UDP 4500) when NAT is detected. Default true (R142).'),
      Initiate: z.boolean().optional().describe('The device opens IKE negotiation (R104). Default true.'),
    })
    .describe('One tunnel as configured on the device.'),
);

export const CustomerGatewayDeviceSchema = z.lazy(() =>
  z
    .strictObject({
      CustomerGatewayId: z.string().describe('The customer gateway resource this device is (R13).'),
      Vendor: z.string().optional().describe('Vendor, e.g. Cisco (R39).'),
      Platform: z.string().optional().describe('Platform, e.g. ISR Series Routers (R39).'),
      Software: z.string().optional().describe('Software version, e.g. IOS 12.4 (R39).'),
      State: caseInsensitiveEnum(['up', 'down']).optional().describe('Whether the device is running. Default up.'),
      Tunnels: z
        .array(DeviceTunnelSchema)
        .optional()
        .describe('Tunnels configured on the device; a tunnel not listed is not configured (R7).'),
      Nat: z
        .strictObject({
          Enabled: z.boolean().describe('The device sits behind a NAT device (R25, R38).'),
          PublicIpAddress: ipv4Address
            .optional()
            .describe('Public IP of the NAT device (the customer gateway IP address, R25).'),
          PrivateIpAddress: ipv4Address.optional().describe("The device's own address behind the NAT."),
        })
        .optional()
        .describe('NAT in front of the device (R25, R38).'),
      Firewall: z
        .strictObject({
          BlockUdp500: z.boolean().optional().describe('Drop IKE (UDP 500) between device and AWS (R38).'),
          BlockUdp4500: z.boolean().optional().describe('Drop NAT-T (UDP 4500) (R38).'),
          BlockEsp: z.boolean().optional().describe('Drop ESP (IP protocol 50).'),
        })
        .optional()
        .describe('Firewall between the device and AWS (R38).'),
      Bgp: z
        .strictObject({
          Enabled: z.boolean().optional().describe('Run BGP over the tunnels. Default: true for dynamic connections.'),
          Asn: asnNumber.optional().describe("ASN the device speaks; default the customer gateway's BgpAsn."),
          PeerAsn: asnNumber
            .optional()
            .describe("ASN the device expects from AWS; default the gateway's Amazon-side ASN (R361)."),
          AdvertisedPrefixes: z
            .array(z.union([ipv4Cidr, ipv6Cidr]))
            .optional()
            .describe('Prefixes the device advertises to AWS.'),
          AsPathPrepend: asPathPrepend('Extra copies of the own ASN prepended to advertisements.'),
          Med: z.number().int().min(0).optional().describe('MED sent with advertisements.'),
          LocalPreference: z
            .number()
            .int()
            .min(0)
            .optional()
            .describe('Local preference for routes received from AWS.'),
          Weight: z.number().int().min(0).optional().describe('Cisco weight for routes received from AWS.'),
          PerTunnel: z
            .array(
              z.strictObject({
                VpnConnectionId: z.string().describe('The VPN connection of the tunnel.'),
                TunnelNumber: z.union([z.literal(1), z.literal(2)]).describe('Tunnel 1 or 2.'),
                AsPathPrepend: asPathPrepend('Prepends on this tunnel (makes it less preferred by AWS).'),
                Med: z.number().int().min(0).optional().describe('MED on this tunnel.'),
                LocalPreference: z
                  .number()
                  .int()
                  .min(0)
                  .optional()
                  .describe('Local preference for routes from this tunnel.'),
                Weight: z.number().int().min(0).optional().describe('Cisco weight for routes from this tunnel.'),
              }),
            )
            .optional()
            .describe('Per-tunnel overrides (active/standby designs).'),
        })
        .optional()
        .describe('BGP on the device (dynamic routing, R159).'),
      StaticRoutes: z
        .array(
          z.strictObject({
            DestinationCidrBlock: z.union([ipv4Cidr, ipv6Cidr]).describe('AWS-side prefix routed into the tunnel.'),
            VpnConnectionId: z.string().optional().describe('Connection whose tunnel the route uses.'),
            TunnelNumber: z
              .union([z.literal(1), z.literal(2)])
              .optional()
              .describe('Tunnel 1 or 2; both when left out.'),
          }),
        )
        .optional()
        .describe('Routes on the device pointing into the tunnels (static connections).'),
      TcpMssClamp: z
        .number()
        .int()
        .min(500)
        .max(1460)
        .optional()
        .describe('TCP MSS clamping on the tunnel interfaces.'),
      Mtu: z.number().int().min(576).max(9001).optional().describe('MTU of the tunnel interfaces.'),
    })
    .describe('The customer gateway device as configured by the customer (R14).'),
);

export const SiteSchema = z.lazy(() =>
  z
    .strictObject({
      Name: z.string().min(1).describe('Name of the on-premises site.'),
      CustomerGatewayId: z.string().optional().describe('Device through which the site reaches AWS.'),
      CidrBlocks: z
        .array(z.union([ipv4Cidr, ipv6Cidr]))
        .min(1)
        .describe('Networks of the site.'),
      Hosts: z
        .array(
          z.strictObject({
            Name: z.string().describe('Host name.'),
            IpAddress: z.union([ipv4Address, ipv6Address]).describe('IPv4 or IPv6 address of the host.'),
          }),
        )
        .optional()
        .describe('Hosts used as traffic endpoints.'),
      DirectConnectGatewayId: z
        .string()
        .optional()
        .describe('Direct Connect gateway the site also reaches AWS through.'),
    })
    .describe('An on-premises network behind a customer gateway device.'),
);

export type CustomerGatewayDeviceSpec = z.output<typeof CustomerGatewayDeviceSchema>;
export type DeviceTunnelSpec = z.output<typeof DeviceTunnelSchema>;
