/**
 * Address plan warnings: VPCs reaching one on-premises network should not overlap (R205);
 * CloudHub sites may not overlap one another (R216). Warnings, because AWS accepts the
 * resources; the overlap shows up as unreachable or misrouted traffic in the run.
 */
import { ipv4CidrsOverlap, parseIpv4Cidr } from './ipAddress';
import type { Scenario } from './scenarioSchema';
import { validationError, type ValidationError } from './validationError';

function overlaps(
  items: readonly { cidr: string; path: (string | number)[]; owner: string }[],
  code: string,
  rule: string,
  what: string,
): ValidationError[] {
  const out: ValidationError[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || a.owner === b.owner) continue;
      const ca = parseIpv4Cidr(a.cidr);
      const cb = parseIpv4Cidr(b.cidr);
      if (ca && cb && ipv4CidrsOverlap(ca, cb)) {
        out.push(
          validationError(code, a.path, `${a.cidr} of ${a.owner} overlaps ${b.cidr} of ${b.owner}; ${what} (${rule})`, {
            value: a.cidr,
          }),
        );
      }
    }
  }
  return out;
}

export function checkAddressPlan(s: Scenario): ValidationError[] {
  const vpcs = (s.Vpcs ?? []).map((v, i) => ({ cidr: v.CidrBlock, path: ['Vpcs', i, 'CidrBlock'], owner: v.VpcId }));
  const sites = (s.Sites ?? []).flatMap((site, i) =>
    site.CidrBlocks.map((cidr, j) => ({ cidr, path: ['Sites', i, 'CidrBlocks', j], owner: site.Name })),
  );
  return [
    ...overlaps(vpcs, 'OverlappingCidr', 'R205', 'VPCs that reach the same on-premises network should not overlap'),
    ...overlaps(sites, 'OverlappingCidr', 'R216', 'sites that reach each other through AWS may not overlap'),
  ];
}
