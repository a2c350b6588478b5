/**
 * The allowed values, ranges and defaults of every tunnel option, as the guide states them
 * (R48–R94). Lists are in the order of R68–R73, which is also the order in which the AWS
 * endpoint walks them when it picks a proposal (R89).
 */
export const IKE_VERSIONS = ['ikev1', 'ikev2'] as const; // R55
export const PHASE1_DH_GROUPS = [2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24] as const; // R68
export const PHASE2_DH_GROUPS = [2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24] as const; // R69
export const ENCRYPTION_ALGORITHMS = ['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16'] as const; // R70, R71
export const INTEGRITY_ALGORITHMS = ['SHA1', 'SHA2-256', 'SHA2-384', 'SHA2-512'] as const; // R72, R73
export const DPD_TIMEOUT_ACTIONS = ['clear', 'none', 'restart'] as const; // R52 (API forms)
export const STARTUP_ACTIONS = ['add', 'start'] as const; // R87 (API forms)
export const LOG_OUTPUT_FORMATS = ['json', 'text'] as const; // R53
export const OUTSIDE_IP_ADDRESS_TYPES = ['PublicIpv4', 'PrivateIpv4'] as const; // R91
export const TUNNEL_INSIDE_IP_VERSIONS = ['ipv4', 'ipv6'] as const; // R92

export type IkeVersionValue = (typeof IKE_VERSIONS)[number];
export type Phase1DhGroup = (typeof PHASE1_DH_GROUPS)[number];
export type Phase2DhGroup = (typeof PHASE2_DH_GROUPS)[number];
export type EncryptionAlgorithm = (typeof ENCRYPTION_ALGORITHMS)[number];
export type IntegrityAlgorithm = (typeof INTEGRITY_ALGORITHMS)[number];
export type DpdTimeoutAction = (typeof DPD_TIMEOUT_ACTIONS)[number];
export type StartupAction = (typeof STARTUP_ACTIONS)[number];
export type LogOutputFormat = (typeof LOG_OUTPUT_FORMATS)[number];
export type OutsideIpAddressType = (typeof OUTSIDE_IP_ADDRESS_TYPES)[number];
export type TunnelInsideIpVersion = (typeof TUNNEL_INSIDE_IP_VERSIONS)[number];

export const RANGES = {
  DPDTimeoutSeconds: { min: 30, max: Number.MAX_SAFE_INTEGER }, // R50: no upper limit stated
  Phase1LifetimeSeconds: { min: 900, max: 28_800 }, // R75
  Phase2LifetimeSeconds: { min: 900, max: 3_600 }, // R76
  RekeyMarginTimeSeconds: { min: 60, max: 1_800 }, // R83: upper bound is phase 2 / 2 (R84)
  RekeyFuzzPercentage: { min: 0, max: 100 }, // R82
  ReplayWindowSize: { min: 64, max: 2_048 }, // R86
} as const;

export const DEFAULTS = {
  DPDTimeoutSeconds: 40, // R50
  DPDTimeoutAction: 'clear', // R52
  Phase1LifetimeSeconds: 28_800, // R75
  Phase2LifetimeSeconds: 3_600, // R76
  RekeyMarginTimeSeconds: 270, // R83
  RekeyFuzzPercentage: 100, // R82
  ReplayWindowSize: 1_024, // R86
  StartupAction: 'add', // R87
  EnableTunnelLifecycleControl: false, // R88
  LogEnabled: false, // R54 Lab decision
  LogOutputFormat: 'json', // R54 Lab decision
  LocalIpv4NetworkCidr: '0.0.0.0/0', // R63
  RemoteIpv4NetworkCidr: '0.0.0.0/0', // R64
  LocalIpv6NetworkCidr: '::/0', // R65
  RemoteIpv6NetworkCidr: '::/0', // R66
  OutsideIpAddressType: 'PublicIpv4', // R91
  TunnelInsideIpVersion: 'ipv4', // R92, R198
  CustomerGatewayBgpAsn: 65_000, // R32
  AmazonSideAsn: 64_512, // R40
} as const;

/** R57: /30 blocks inside 169.254.0.0/16 that AWS refuses. */
export const RESERVED_INSIDE_CIDRS = [
  '169.254.0.0/30',
  '169.254.1.0/30',
  '169.254.2.0/30',
  '169.254.3.0/30',
  '169.254.4.0/30',
  '169.254.5.0/30',
  '169.254.169.252/30',
] as const;

/** R79 (Lab decision: ASCII letters and digits, `.` and `_`, 8–64 characters, not starting with 0). */
export const PSK_PATTERN = /^[A-Za-z1-9._][A-Za-z0-9._]{7,63}$/;
export const PSK_ALLOWED = '8–64 characters of A–Z, a–z, 0–9, "." and "_", not beginning with 0 (R79)';

/** R28–R33: customer gateway ASN range and the reserved public ASNs per Region. */
export const CUSTOMER_GATEWAY_ASN_RANGE = { min: 1, max: 2_147_483_647 } as const;
export const RESERVED_CUSTOMER_GATEWAY_ASNS: readonly { asn: number; region: string | '*' }[] = [
  { asn: 7224, region: '*' },
  { asn: 9059, region: 'eu-west-1' },
  { asn: 10124, region: 'ap-northeast-1' },
  { asn: 17943, region: 'ap-southeast-1' },
];
/** R41/R42: a custom Amazon-side ASN must be private. */
export const AMAZON_SIDE_ASN_RANGES = [
  { min: 64_512, max: 65_534 },
  { min: 4_200_000_000, max: 4_294_967_294 },
] as const;
