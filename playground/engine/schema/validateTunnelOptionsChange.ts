/**
 * ModifyVpnTunnelOptions (R49, R364): checks a change against the tunnel's current options.
 * Cross-field rules run on the merged result, so R84 is checked whichever of phase 2 lifetime
 * and rekey margin changes. A refused change returns errors and changes nothing (R372).
 */
import type { ResolvedTunnelOptions } from './resolveTunnelOptions';
import { checkTunnelRules, type TunnelRuleContext } from './tunnelOptionRules';
import { TunnelOptionsSchema, type TunnelOptionsSpec } from './tunnelOptionsSchema';
import { validationError, type ValidationError } from './validationError';
import { zodIssuesToErrors } from './zodIssues';

export interface TunnelChangeContext extends TunnelRuleContext {
  /** `vgw`: the inside /30 must be unique on the gateway (R58); `tgw`: reuse only warns (R59). */
  readonly gatewayType?: 'vgw' | 'tgw' | 'none';
  /** Inside /30s of the gateway's other tunnels. */
  readonly otherInsideCidrs?: ReadonlySet<string>;
  /** Inside /126s of the transit gateway's other tunnels (R62). */
  readonly otherInsideIpv6Cidrs?: ReadonlySet<string>;
  /** Path prefix of errors; default `TunnelOptions`. */
  readonly path?: readonly PropertyKey[];
}

export type TunnelChangeResult =
  | { readonly ok: true; readonly options: ResolvedTunnelOptions; readonly warnings: readonly ValidationError[] }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

function merge(current: ResolvedTunnelOptions, change: TunnelOptionsSpec): ResolvedTunnelOptions {
  const { LogOptions, ...flat } = change;
  const defined = Object.fromEntries(Object.entries(flat).filter(([, v]) => v !== undefined));
  const cw = LogOptions?.CloudWatchLogOptions;
  const curCw = current.LogOptions.CloudWatchLogOptions;
  const logGroup = cw?.LogGroupArn ?? curCw.LogGroupArn;
  return {
    ...current,
    ...(defined as Partial<ResolvedTunnelOptions>),
    LogOptions: {
      CloudWatchLogOptions: {
        LogEnabled: cw?.LogEnabled ?? curCw.LogEnabled,
        LogOutputFormat: cw?.LogOutputFormat ?? curCw.LogOutputFormat,
        ...(logGroup !== undefined ? { LogGroupArn: logGroup } : {}),
      },
    },
  };
}

export function validateTunnelOptionsChange(
  current: ResolvedTunnelOptions,
  change: unknown,
  ctx: TunnelChangeContext,
): TunnelChangeResult {
  const path = ctx.path ?? ['TunnelOptions'];
  const parsed = TunnelOptionsSchema.safeParse(change);
  if (!parsed.success) return { ok: false, errors: zodIssuesToErrors(parsed.error.issues, change, path) };
  const merged = merge(current, parsed.data);
  const given = new Set(Object.keys(parsed.data));
  const errors = checkTunnelRules(merged, ctx, path, given);
  const warnings: ValidationError[] = [];
  const inside = parsed.data.TunnelInsideCidr;
  if (inside !== undefined && ctx.otherInsideCidrs?.has(inside)) {
    if (ctx.gatewayType === 'vgw') {
      errors.push(
        validationError(
          'InvalidParameterValue',
          [...path, 'TunnelInsideCidr'],
          `inside CIDR ${inside} is already used by another VPN connection on this virtual private gateway (R58)`,
          { value: inside, allowed: 'a /30 not used by any other tunnel on the same virtual private gateway' },
        ),
      );
    } else if (ctx.gatewayType === 'tgw') {
      warnings.push(
        validationError(
          'InsideCidrReused',
          [...path, 'TunnelInsideCidr'],
          `inside CIDR ${inside} is also used by another VPN connection on this transit gateway; accepted, but it can clash on the customer device (R59)`,
          { value: inside },
        ),
      );
    }
  }
  const inside6 = parsed.data.TunnelInsideIpv6Cidr;
  if (inside6 !== undefined && ctx.otherInsideIpv6Cidrs?.has(inside6)) {
    errors.push(
      validationError(
        'InvalidParameterValue',
        [...path, 'TunnelInsideIpv6Cidr'],
        `inside IPv6 CIDR ${inside6} is already used by another VPN connection on this transit gateway (R62)`,
        { value: inside6, allowed: 'a /126 in fd00::/8 unique on the transit gateway' },
      ),
    );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options: merged, warnings };
}
