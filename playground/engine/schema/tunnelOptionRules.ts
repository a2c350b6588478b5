/**
 * Rules that relate two tunnel options, or a tunnel option and its connection (R76, R77,
 * R83/R84, R87/R107/R108, R143, R62). They run on the effective values (given or default), so
 * the same code serves scenario validation and ModifyVpnTunnelOptions.
 */
import { DEFAULTS, IKE_VERSIONS } from './optionValues';
import type { TunnelOptionsSpec } from './tunnelOptionsSchema';
import { validationError, type ValidationError } from './validationError';

export interface TunnelRuleContext {
  /** The connection has EnableAcceleration (R143). */
  readonly accelerated: boolean;
  /** The customer gateway has an IP address (R87, R107). */
  readonly customerGatewayHasIp: boolean;
  readonly insideIpVersion: 'ipv4' | 'ipv6';
}

/** Effective values the rules look at. */
export interface TunnelRuleValues {
  readonly Phase1LifetimeSeconds: number;
  readonly Phase2LifetimeSeconds: number;
  readonly RekeyMarginTimeSeconds: number;
  readonly StartupAction: 'add' | 'start';
  readonly DPDTimeoutAction: 'clear' | 'none' | 'restart';
  readonly IKEVersions: readonly ('ikev1' | 'ikev2')[];
  readonly TunnelInsideIpv6Cidr?: string | undefined;
}

export function effectiveRuleValues(spec: TunnelOptionsSpec | undefined): TunnelRuleValues {
  const s = spec ?? {};
  return {
    Phase1LifetimeSeconds: s.Phase1LifetimeSeconds ?? DEFAULTS.Phase1LifetimeSeconds,
    Phase2LifetimeSeconds: s.Phase2LifetimeSeconds ?? DEFAULTS.Phase2LifetimeSeconds,
    RekeyMarginTimeSeconds: s.RekeyMarginTimeSeconds ?? DEFAULTS.RekeyMarginTimeSeconds,
    StartupAction: s.StartupAction ?? DEFAULTS.StartupAction,
    DPDTimeoutAction: s.DPDTimeoutAction ?? DEFAULTS.DPDTimeoutAction,
    IKEVersions: s.IKEVersions ?? [...IKE_VERSIONS],
    TunnelInsideIpv6Cidr: s.TunnelInsideIpv6Cidr,
  };
}

/**
 * `given` names the fields the author actually wrote (or changed), so an error lands on the
 * field that was touched: shrinking phase 2 below twice the margin blames phase 2 (R84).
 */
export function checkTunnelRules(
  v: TunnelRuleValues,
  ctx: TunnelRuleContext,
  path: readonly PropertyKey[],
  given: ReadonlySet<string>,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const at = (field: string) => [...path, field];
  const p1 = v.Phase1LifetimeSeconds;
  const p2 = v.Phase2LifetimeSeconds;

  if (p1 <= 900 && p1 <= p2) {
    // R77: with phase 1 at 900 no phase 2 lifetime can be both ≥ 900 and below it.
    errors.push(
      validationError(
        'InvalidParameterValue',
        at('Phase1LifetimeSeconds'),
        `a phase 1 lifetime of ${p1} leaves no valid phase 2 lifetime (phase 2 must be at least 900 and less than phase 1) (R77)`,
        { value: p1, allowed: 'more than 900 seconds, up to 28800, so that phase 2 (≥ 900) can be below it' },
      ),
    );
  } else if (p2 >= p1) {
    const field =
      given.has('Phase2LifetimeSeconds') || !given.has('Phase1LifetimeSeconds')
        ? 'Phase2LifetimeSeconds'
        : 'Phase1LifetimeSeconds';
    errors.push(
      validationError(
        'InvalidParameterValue',
        at(field),
        `phase 2 lifetime (${p2}) must be less than the phase 1 lifetime (${p1}) (R76)`,
        {
          value: field === 'Phase2LifetimeSeconds' ? p2 : p1,
          allowed: `phase 2 lifetime 900–${Math.min(3600, p1 - 1)} seconds, below phase 1 (${p1})`,
        },
      ),
    );
  }

  const margin = v.RekeyMarginTimeSeconds;
  if (margin > p2 / 2) {
    const field = given.has('RekeyMarginTimeSeconds')
      ? 'RekeyMarginTimeSeconds'
      : given.has('Phase2LifetimeSeconds')
        ? 'Phase2LifetimeSeconds'
        : 'RekeyMarginTimeSeconds';
    errors.push(
      validationError(
        'InvalidParameterValue',
        at(field),
        `rekey margin time (${margin}) must be at most half the phase 2 lifetime (${p2} / 2 = ${Math.floor(p2 / 2)}) (R83, R84)`,
        field === 'RekeyMarginTimeSeconds'
          ? { value: margin, allowed: `60–${Math.floor(p2 / 2)} seconds (half the phase 2 lifetime)` }
          : {
              value: p2,
              allowed: `at least ${2 * margin} seconds (twice the rekey margin), or change the margin in the same call`,
            },
      ),
    );
  }

  if (v.StartupAction === 'start') {
    if (!v.IKEVersions.includes('ikev2')) {
      errors.push(
        validationError(
          'InvalidParameterCombination',
          at('StartupAction'),
          "startup action start needs ikev2 among the tunnel's IKE versions: AWS initiates with IKEv2 only (R108)",
          { value: 'start', allowed: 'add, or start with ikev2 in IKEVersions' },
        ),
      );
    }
    if (!ctx.customerGatewayHasIp) {
      errors.push(
        validationError(
          'InvalidParameterCombination',
          at('StartupAction'),
          'startup action start needs a customer gateway with an IP address: AWS cannot initiate towards an unknown address (R87, R107)',
          { value: 'start', allowed: 'add, or start with a customer gateway that has an IpAddress' },
        ),
      );
    }
    if (ctx.accelerated) {
      errors.push(
        validationError(
          'InvalidParameterCombination',
          at('StartupAction'),
          'an accelerated connection needs the device to initiate IKE: startup action start is refused (R143)',
          { value: 'start', allowed: 'add' },
        ),
      );
    }
  }
  if (ctx.accelerated && v.DPDTimeoutAction === 'restart') {
    errors.push(
      validationError(
        'InvalidParameterCombination',
        at('DPDTimeoutAction'),
        'an accelerated connection needs the device to initiate IKE: DPD timeout action restart is refused (R143)',
        { value: 'restart', allowed: 'clear or none' },
      ),
    );
  }
  if (ctx.insideIpVersion === 'ipv4' && v.TunnelInsideIpv6Cidr !== undefined) {
    errors.push(
      validationError(
        'InvalidParameterCombination',
        at('TunnelInsideIpv6Cidr'),
        'an inside IPv6 CIDR is only for connections with TunnelInsideIpVersion ipv6 (R62, R200)',
        {
          value: v.TunnelInsideIpv6Cidr,
          allowed: 'leave it out, or set Options.TunnelInsideIpVersion to ipv6 (transit gateway only)',
        },
      ),
    );
  }
  return errors;
}
