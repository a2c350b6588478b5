/**
 * One tunnel's options as written in a scenario, with the EC2 API names of
 * `VpnTunnelOptionsSpecification` (R48–R94). Field-level ranges live here; rules that relate
 * two fields (R76, R84, R108, R143) live in tunnelOptionRules.ts.
 */
import * as z from 'zod';
import { caseInsensitiveEnum, numberEnum, valueList } from './fieldTypes';
import {
  isIpv4NetworkAligned,
  ipv4CidrContains,
  parseIpv4Cidr,
  parseIpv6Cidr,
  ipv6CidrContains,
  isIpv6NetworkAligned,
} from './ipAddress';
import {
  DPD_TIMEOUT_ACTIONS,
  ENCRYPTION_ALGORITHMS,
  IKE_VERSIONS,
  INTEGRITY_ALGORITHMS,
  LOG_OUTPUT_FORMATS,
  PHASE1_DH_GROUPS,
  PHASE2_DH_GROUPS,
  PSK_ALLOWED,
  RANGES,
  RESERVED_INSIDE_CIDRS,
  STARTUP_ACTIONS,
} from './optionValues';

const LINK_LOCAL = parseIpv4Cidr('169.254.0.0/16')!;
const ULA = parseIpv6Cidr('fd00::/8')!;

/** R56, R57: a /30 inside 169.254.0.0/16 that is not reserved. */
export function insideCidrProblem(text: string): string | null {
  const c = parseIpv4Cidr(text);
  if (c === null) return 'is not an IPv4 CIDR block';
  if (c.prefixLength !== 30) return 'must be a /30 block (R56)';
  if (!isIpv4NetworkAligned(c)) return 'must start on a /30 boundary (last octet a multiple of 4)';
  if (!ipv4CidrContains(LINK_LOCAL, c)) return 'must lie inside 169.254.0.0/16 (R56)';
  if ((RESERVED_INSIDE_CIDRS as readonly string[]).includes(text)) return 'is a reserved block (R57)';
  return null;
}

/** R62: a /126 inside fd00::/8. */
export function insideIpv6CidrProblem(text: string): string | null {
  const c = parseIpv6Cidr(text);
  if (c === null) return 'is not an IPv6 CIDR block';
  if (c.prefixLength !== 126) return 'must be a /126 block (R62)';
  if (!isIpv6NetworkAligned(c)) return 'must start on a /126 boundary';
  if (!ipv6CidrContains(ULA, c)) return 'must lie inside fd00::/8 (R62)';
  return null;
}

/** R79 with the Lab decision (ASCII letters and digits). */
export function preSharedKeyProblem(psk: string): string | null {
  if (psk.length < 8 || psk.length > 64) return `must be 8–64 characters long (it has ${psk.length}) (R79)`;
  if (psk.startsWith('0')) return 'must not begin with 0 (R79)';
  if (!/^[A-Za-z0-9._]*$/.test(psk)) return 'may only hold A–Z, a–z, 0–9, "." and "_" (R79)';
  return null;
}

const withProblem = (check: (s: string) => string | null) =>
  z.string().superRefine((s, ctx) => {
    const problem = check(s);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

const rangedInt = (name: keyof typeof RANGES, rule: string) => {
  const { min, max } = RANGES[name];
  const allowed = max === Number.MAX_SAFE_INTEGER ? `an integer of ${min} or more` : `an integer from ${min} to ${max}`;
  return z
    .number({ error: `must be ${allowed} (${rule})` })
    .int({ error: `must be ${allowed} (${rule})` })
    .min(min, { error: `must be ${allowed} (${rule})` })
    .max(max, { error: `must be ${allowed} (${rule})` });
};

export const CloudWatchLogOptionsSchema = z.lazy(() =>
  z.strictObject({
    LogEnabled: z.boolean().optional().describe('Publish tunnel activity logs to CloudWatch Logs. Default off (R54).'),
    LogGroupArn: z.string().optional().describe('ARN of the CloudWatch Logs log group receiving the records.'),
    LogOutputFormat: caseInsensitiveEnum(LOG_OUTPUT_FORMATS)
      .optional()
      .describe('Log record format: `json` or `text` (R53); `json` when logging is on and no format is given (R54).'),
  }),
);

export const TunnelOptionsSchema = z.lazy(() =>
  z
    .strictObject({
      TunnelInsideCidr: withProblem(insideCidrProblem)
        .optional()
        .describe(
          'Inside IPv4 /30 of the tunnel, inside 169.254.0.0/16 and not reserved (R56, R57). Default: AWS picks one.',
        ),
      TunnelInsideIpv6Cidr: withProblem(insideIpv6CidrProblem)
        .optional()
        .describe(
          'Inside IPv6 /126 inside fd00::/8, IPv6 connections on a transit gateway only (R62). Default: AWS picks one.',
        ),
      PreSharedKey: withProblem(preSharedKeyProblem)
        .optional()
        .describe(`Pre-shared key: ${PSK_ALLOWED}. Default: AWS generates 32 alphanumeric characters (R80).`),
      Phase1LifetimeSeconds: rangedInt('Phase1LifetimeSeconds', 'R75')
        .optional()
        .describe('Phase 1 (IKE SA) lifetime, 900–28800 seconds. Default 28800 (R75).'),
      Phase2LifetimeSeconds: rangedInt('Phase2LifetimeSeconds', 'R76')
        .optional()
        .describe('Phase 2 (IPsec SA) lifetime, 900–3600 seconds and below the phase 1 lifetime. Default 3600 (R76).'),
      RekeyMarginTimeSeconds: rangedInt('RekeyMarginTimeSeconds', 'R83')
        .optional()
        .describe(
          'Time before expiry during which AWS rekeys: 60 seconds up to half the phase 2 lifetime. Default 270 (R83, R84).',
        ),
      RekeyFuzzPercentage: rangedInt('RekeyFuzzPercentage', 'R82')
        .optional()
        .describe(
          'Share of the rekey margin inside which the rekey time is drawn at random, 0–100. Default 100 (R82, R85).',
        ),
      ReplayWindowSize: rangedInt('ReplayWindowSize', 'R86')
        .optional()
        .describe('IKE replay window size in packets, 64–2048. Default 1024 (R86).'),
      DPDTimeoutSeconds: rangedInt('DPDTimeoutSeconds', 'R50')
        .optional()
        .describe(
          'Seconds without traffic from the peer before dead peer detection times out, 30 or more. Default 40 (R50, R51).',
        ),
      DPDTimeoutAction: caseInsensitiveEnum(DPD_TIMEOUT_ACTIONS)
        .optional()
        .describe(
          'What AWS does at DPD timeout: `clear` (end IKE session, tunnel down), `none`, `restart` (AWS re-initiates). Default `clear` (R52).',
        ),
      Phase1EncryptionAlgorithms: valueList(caseInsensitiveEnum(ENCRYPTION_ALGORITHMS))
        .optional()
        .describe(
          'Phase 1 encryption algorithms AWS accepts: one or more of AES128, AES256, AES128-GCM-16, AES256-GCM-16. Default all four (R70).',
        ),
      Phase2EncryptionAlgorithms: valueList(caseInsensitiveEnum(ENCRYPTION_ALGORITHMS))
        .optional()
        .describe(
          'Phase 2 encryption algorithms AWS accepts: one or more of AES128, AES256, AES128-GCM-16, AES256-GCM-16. Default all four (R71).',
        ),
      Phase1IntegrityAlgorithms: valueList(caseInsensitiveEnum(INTEGRITY_ALGORITHMS))
        .optional()
        .describe(
          'Phase 1 integrity algorithms: one or more of SHA1, SHA2-256, SHA2-384, SHA2-512. Default all four (R72).',
        ),
      Phase2IntegrityAlgorithms: valueList(caseInsensitiveEnum(INTEGRITY_ALGORITHMS))
        .optional()
        .describe(
          'Phase 2 integrity algorithms: one or more of SHA1, SHA2-256, SHA2-384, SHA2-512. Default all four (R73).',
        ),
      Phase1DHGroupNumbers: valueList(numberEnum(PHASE1_DH_GROUPS))
        .optional()
        .describe('Phase 1 Diffie-Hellman groups: one or more of 2, 14–24. Default all twelve (R68).'),
      Phase2DHGroupNumbers: valueList(numberEnum(PHASE2_DH_GROUPS))
        .optional()
        .describe('Phase 2 Diffie-Hellman groups: one or more of 2, 5, 14–24. Default all thirteen (R69).'),
      IKEVersions: valueList(caseInsensitiveEnum(IKE_VERSIONS))
        .optional()
        .describe('IKE versions AWS accepts: `ikev1`, `ikev2` or both. Default both (R55).'),
      StartupAction: caseInsensitiveEnum(STARTUP_ACTIONS)
        .optional()
        .describe(
          '`add`: the device starts IKE; `start`: AWS starts it (needs IKEv2 and a customer gateway IP address). Default `add` (R87, R107, R108).',
        ),
      EnableTunnelLifecycleControl: z
        .boolean()
        .optional()
        .describe(
          'Let the customer decide when AWS-managed endpoint replacements are applied. Default off (R88, R125).',
        ),
      LogOptions: z
        .strictObject({
          CloudWatchLogOptions: CloudWatchLogOptionsSchema.optional().describe('Publishing to CloudWatch Logs (R53).'),
        })
        .optional()
        .describe('Tunnel activity logging (R53, R54).'),
    })
    .describe('Options of one tunnel; anything left out takes the AWS default (R48).'),
);

export type TunnelOptionsSpec = z.output<typeof TunnelOptionsSchema>;
export type TunnelOptionsInput = z.input<typeof TunnelOptionsSchema>;
