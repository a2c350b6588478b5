/**
 * Shared shapes of the device configuration module: what a generator takes (the AWS SDK's own
 * describe-* shapes), what it returns, what a parser returns and what a comparison reports.
 */
import type { CustomerGateway, VpnConnection } from '@aws-sdk/client-ec2';
import type { CustomerGatewayDeviceSpec } from '../schema/deviceSchema';
import type { ValidationError } from '../schema/validationError';
import type { LogMessageId } from '../telemetry/logMessages';

export const DEVICE_CONFIG_IDS = [
  'generic', 'cisco-ios', 'cisco-asa', 'juniper-srx', 'strongswan', 'palo-alto', 'fortinet', 'mikrotik', 'checkpoint',
] as const;
export type DeviceConfigId = (typeof DEVICE_CONFIG_IDS)[number];

/** Formats a parser exists for (bring your own configuration). */
export const PARSEABLE_FORMATS = ['strongswan', 'cisco-ios', 'fortinet'] as const;
export type ParseableFormat = (typeof PARSEABLE_FORMATS)[number];

export type IkeVersion = 'ikev1' | 'ikev2';

export interface GenerateInput {
  readonly connection: VpnConnection;
  readonly customerGateway: CustomerGateway;
  /** ASN of the VGW/TGW the connection ends on (R40, R361); the device's BGP peer AS. */
  readonly amazonSideAsn: number;
  /** Default: ikev2 when the tunnel allows it (R55), else ikev1. */
  readonly ikeVersion?: IkeVersion;
  /** VPC (AWS-side) CIDRs the device routes into the tunnels of a static connection (R306). */
  readonly vpcCidrs?: readonly string[];
  /** On-premises prefixes the device advertises over BGP; default the default route (R305). */
  readonly customerCidrs?: readonly string[];
}

export type GenerateResult =
  | { readonly ok: true; readonly text: string; readonly filename: string }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** What a parser recovers about one tunnel beyond the scenario's device shape. */
export interface ParsedTunnelEndpoint {
  /** The AWS outside IP the device talks to; how a parsed tunnel is matched to an AWS tunnel. */
  readonly remoteAddress?: string;
  readonly localAddress?: string;
  /** The device's own inside address (R61: second usable of the /30). */
  readonly insideAddress?: string;
  readonly bgpNeighbor?: string;
}

export interface ParsedDeviceConfig {
  readonly device: CustomerGatewayDeviceSpec;
  /** Setting path (`Tunnels[0].PreSharedKey`, `Bgp.Asn`) → 1-based line number in the text. */
  readonly lines: Readonly<Record<string, number>>;
  /** Per entry of `device.Tunnels`, same index. */
  readonly endpoints: readonly ParsedTunnelEndpoint[];
  /** false when the format cannot hold BGP / static routes (swanctl.conf): routing is not checked. */
  readonly routingInFile: boolean;
}

export interface ParseError {
  readonly line: number;
  readonly message: string;
  readonly text?: string;
}

export type ParseResult =
  | ({ readonly ok: true } & ParsedDeviceConfig)
  | { readonly ok: false; readonly errors: readonly ParseError[] };

export interface ParseOptions {
  readonly vpnConnectionId?: string;
  readonly customerGatewayId?: string;
}

export type MismatchSeverity = 'error' | 'warning';

export interface Mismatch {
  readonly severity: MismatchSeverity;
  /** AWS tunnel number the device tunnel was matched to (by outside address), 1 or 2. */
  readonly tunnelNumber: 1 | 2;
  /** Device setting path, e.g. `Tunnels[0].Phase1Proposal.EncryptionAlgorithms`. */
  readonly setting: string;
  /** 1-based line of the setting in the device configuration, when known. */
  readonly line?: number;
  readonly deviceValue: unknown;
  /** EC2 API name of the option it disagrees with, e.g. `Phase1EncryptionAlgorithms`. */
  readonly awsOption: string;
  readonly awsValue: unknown;
  /** What the lab shows when the tunnel negotiates, e.g. `NO_PROPOSAL_CHOSEN in phase 1`. */
  readonly failure: string;
  /** The AWS tunnel log line it produces (R378–R396), when there is one. */
  readonly logMessageId?: LogMessageId;
  readonly rules: readonly string[];
  readonly message: string;
}
