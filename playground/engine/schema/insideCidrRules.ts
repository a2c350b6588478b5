/**
 * Inside CIDRs across connections: unique per VGW (R58), reuse on a TGW only warns (R59),
 * IPv6 /126 unique per TGW (R62).
 */
import type { Scenario } from './scenarioSchema';
import { validationError, type ValidationError } from './validationError';

export interface Findings {
  readonly errors: ValidationError[];
  readonly warnings: ValidationError[];
}

export function checkInsideCidrs(s: Scenario): Findings {
  const errors: ValidationError[] = [];
  const warnings: ValidationError[] = [];
  const seen4 = new Map<string, string>(); // gateway|cidr → path of first use
  const seen6 = new Map<string, string>();
  (s.VpnConnections ?? []).forEach((c, ci) => {
    const gateway = c.VpnGatewayId ?? c.TransitGatewayId;
    if (gateway === undefined) return;
    const onVgw = c.VpnGatewayId !== undefined;
    (c.Options?.TunnelOptions ?? []).forEach((t, ti) => {
      const base = ['VpnConnections', ci, 'Options', 'TunnelOptions', ti] as const;
      const here = `VpnConnections[${ci}].Options.TunnelOptions[${ti}]`;
      if (t.TunnelInsideCidr !== undefined) {
        const key = `${gateway}|${t.TunnelInsideCidr}`;
        const first = seen4.get(key);
        if (first === undefined) seen4.set(key, here);
        else if (onVgw) {
          errors.push(
            validationError(
              'InvalidParameterValue',
              [...base, 'TunnelInsideCidr'],
              `inside CIDR ${t.TunnelInsideCidr} is already used on ${gateway} by ${first} (R58)`,
              {
                value: t.TunnelInsideCidr,
                allowed: 'a /30 not used by any other tunnel on the same virtual private gateway',
              },
            ),
          );
        } else {
          warnings.push(
            validationError(
              'InsideCidrReused',
              [...base, 'TunnelInsideCidr'],
              `inside CIDR ${t.TunnelInsideCidr} is also used on ${gateway} by ${first}; a transit gateway accepts this, but it can clash on the customer device (R59)`,
              { value: t.TunnelInsideCidr },
            ),
          );
        }
      }
      if (t.TunnelInsideIpv6Cidr !== undefined && !onVgw) {
        const key = `${gateway}|${t.TunnelInsideIpv6Cidr.toLowerCase()}`;
        const first = seen6.get(key);
        if (first === undefined) seen6.set(key, here);
        else {
          errors.push(
            validationError(
              'InvalidParameterValue',
              [...base, 'TunnelInsideIpv6Cidr'],
              `inside IPv6 CIDR ${t.TunnelInsideIpv6Cidr} is already used on ${gateway} by ${first} (R62)`,
              { value: t.TunnelInsideIpv6Cidr, allowed: 'a /126 in fd00::/8 unique on the transit gateway' },
            ),
          );
        }
      }
    });
  });
  return { errors, warnings };
}
