/**
 * Applies the AWS defaults to one tunnel's options (R48–R94). The AWS-generated values (PSK,
 * inside CIDRs) come from the seeded generator passed in, never from Math.random.
 */
import { parseIpv6Cidr, formatIpv6, formatIpv4 } from './ipAddress';
import {
  DEFAULTS,
  ENCRYPTION_ALGORITHMS,
  IKE_VERSIONS,
  INTEGRITY_ALGORITHMS,
  PHASE1_DH_GROUPS,
  PHASE2_DH_GROUPS,
  RESERVED_INSIDE_CIDRS,
  type DpdTimeoutAction,
  type EncryptionAlgorithm,
  type IkeVersionValue,
  type IntegrityAlgorithm,
  type LogOutputFormat,
  type Phase1DhGroup,
  type Phase2DhGroup,
  type StartupAction,
  type TunnelInsideIpVersion,
} from './optionValues';
import type { TunnelOptionsSpec } from './tunnelOptionsSchema';

/** The only thing resolution needs from the simulation's generator. */
export interface Rng {
  next(): number;
}

export interface ResolvedTunnelOptions {
  readonly TunnelInsideCidr: string;
  /** Present only on IPv6 connections (R202). */
  readonly TunnelInsideIpv6Cidr?: string;
  readonly PreSharedKey: string;
  readonly Phase1LifetimeSeconds: number;
  readonly Phase2LifetimeSeconds: number;
  readonly RekeyMarginTimeSeconds: number;
  readonly RekeyFuzzPercentage: number;
  readonly ReplayWindowSize: number;
  readonly DPDTimeoutSeconds: number;
  readonly DPDTimeoutAction: DpdTimeoutAction;
  /** Lists keep the order of R68–R73 (the order AWS walks them, R89). */
  readonly Phase1EncryptionAlgorithms: readonly EncryptionAlgorithm[];
  readonly Phase2EncryptionAlgorithms: readonly EncryptionAlgorithm[];
  readonly Phase1IntegrityAlgorithms: readonly IntegrityAlgorithm[];
  readonly Phase2IntegrityAlgorithms: readonly IntegrityAlgorithm[];
  readonly Phase1DHGroupNumbers: readonly Phase1DhGroup[];
  readonly Phase2DHGroupNumbers: readonly Phase2DhGroup[];
  readonly IKEVersions: readonly IkeVersionValue[];
  readonly StartupAction: StartupAction;
  readonly EnableTunnelLifecycleControl: boolean;
  readonly LogOptions: {
    readonly CloudWatchLogOptions: {
      readonly LogEnabled: boolean;
      readonly LogOutputFormat: LogOutputFormat;
      readonly LogGroupArn?: string;
    };
  };
}

export interface ResolveContext {
  readonly rng: Rng;
  /** `ipv6` adds an inside /126 (R202). Default ipv4. */
  readonly insideIpVersion?: TunnelInsideIpVersion;
  /** Inside /30s AWS must not pick (used on the same VGW, R58, R60). */
  readonly usedInsideCidrs?: ReadonlySet<string>;
  /** Inside /126s already used on the same TGW (R62). */
  readonly usedInsideIpv6Cidrs?: ReadonlySet<string>;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (rng: Rng, n: number): number => Math.min(n - 1, Math.floor(rng.next() * n));

/** R80: 32 alphanumeric characters; never starting with 0, so the key passes R79. */
export function generatePreSharedKey(rng: Rng): string {
  let psk = ALNUM[pick(rng, ALNUM.length - 10)] ?? 'A'; // a letter first
  for (let i = 1; i < 32; i++) psk += ALNUM[pick(rng, ALNUM.length)] ?? 'A';
  return psk;
}

const RESERVED = new Set<string>(RESERVED_INSIDE_CIDRS);
const LINK_LOCAL_BASE = 169 * 2 ** 24 + 254 * 2 ** 16;

/** R56, R60: a random /30 of 169.254.0.0/16 that is neither reserved nor used. */
export function generateInsideCidr(rng: Rng, used: ReadonlySet<string> = new Set()): string {
  const blocks = 2 ** 14;
  const start = pick(rng, blocks);
  for (let i = 0; i < blocks; i++) {
    const cidr = `${formatIpv4(LINK_LOCAL_BASE + ((start + i) % blocks) * 4)}/30`;
    if (!RESERVED.has(cidr) && !used.has(cidr)) return cidr;
  }
  return '169.254.255.252/30'; // unreachable in practice: 16377 usable blocks
}

/** R62: a random /126 of fd00::/8 not yet used. */
export function generateInsideIpv6Cidr(rng: Rng, used: ReadonlySet<string> = new Set()): string {
  for (;;) {
    let value = 0xfdn;
    for (let i = 0; i < 15; i++) value = (value << 8n) | BigInt(pick(rng, 256));
    value &= ~3n;
    const cidr = `${formatIpv6(value)}/126`;
    if (!used.has(cidr) && parseIpv6Cidr(cidr) !== null) return cidr;
  }
}

/** Keep the catalog order (R89), whatever order the scenario wrote. */
function inOrder<T>(all: readonly T[], chosen: readonly T[] | undefined): readonly T[] {
  return chosen === undefined ? [...all] : all.filter((v) => chosen.includes(v));
}

export function resolveTunnelOptions(spec: TunnelOptionsSpec | undefined, ctx: ResolveContext): ResolvedTunnelOptions {
  const s = spec ?? {};
  const cw = s.LogOptions?.CloudWatchLogOptions;
  const cloudWatch = {
    LogEnabled: cw?.LogEnabled ?? DEFAULTS.LogEnabled,
    LogOutputFormat: cw?.LogOutputFormat ?? DEFAULTS.LogOutputFormat,
    ...(cw?.LogGroupArn !== undefined ? { LogGroupArn: cw.LogGroupArn } : {}),
  };
  const ipv6 = (ctx.insideIpVersion ?? DEFAULTS.TunnelInsideIpVersion) === 'ipv6';
  return {
    TunnelInsideCidr: s.TunnelInsideCidr ?? generateInsideCidr(ctx.rng, ctx.usedInsideCidrs),
    ...(ipv6
      ? { TunnelInsideIpv6Cidr: s.TunnelInsideIpv6Cidr ?? generateInsideIpv6Cidr(ctx.rng, ctx.usedInsideIpv6Cidrs) }
      : {}),
    PreSharedKey: s.PreSharedKey ?? generatePreSharedKey(ctx.rng),
    Phase1LifetimeSeconds: s.Phase1LifetimeSeconds ?? DEFAULTS.Phase1LifetimeSeconds,
    Phase2LifetimeSeconds: s.Phase2LifetimeSeconds ?? DEFAULTS.Phase2LifetimeSeconds,
    RekeyMarginTimeSeconds: s.RekeyMarginTimeSeconds ?? DEFAULTS.RekeyMarginTimeSeconds,
    RekeyFuzzPercentage: s.RekeyFuzzPercentage ?? DEFAULTS.RekeyFuzzPercentage,
    ReplayWindowSize: s.ReplayWindowSize ?? DEFAULTS.ReplayWindowSize,
    DPDTimeoutSeconds: s.DPDTimeoutSeconds ?? DEFAULTS.DPDTimeoutSeconds,
    DPDTimeoutAction: s.DPDTimeoutAction ?? DEFAULTS.DPDTimeoutAction,
    Phase1EncryptionAlgorithms: inOrder(ENCRYPTION_ALGORITHMS, s.Phase1EncryptionAlgorithms),
    Phase2EncryptionAlgorithms: inOrder(ENCRYPTION_ALGORITHMS, s.Phase2EncryptionAlgorithms),
    Phase1IntegrityAlgorithms: inOrder(INTEGRITY_ALGORITHMS, s.Phase1IntegrityAlgorithms),
    Phase2IntegrityAlgorithms: inOrder(INTEGRITY_ALGORITHMS, s.Phase2IntegrityAlgorithms),
    Phase1DHGroupNumbers: inOrder(PHASE1_DH_GROUPS, s.Phase1DHGroupNumbers),
    Phase2DHGroupNumbers: inOrder(PHASE2_DH_GROUPS, s.Phase2DHGroupNumbers),
    IKEVersions: inOrder(IKE_VERSIONS, s.IKEVersions),
    StartupAction: s.StartupAction ?? DEFAULTS.StartupAction,
    EnableTunnelLifecycleControl: s.EnableTunnelLifecycleControl ?? DEFAULTS.EnableTunnelLifecycleControl,
    LogOptions: { CloudWatchLogOptions: cloudWatch },
  };
}
