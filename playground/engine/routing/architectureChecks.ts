/**
 * Findings a learner sees for CloudHub and private IP VPN set-ups: shared ASNs (R215),
 * overlapping site prefixes (R216), and the private IP VPN prerequisites (R223–R228).
 */
import { contains, overlaps } from './prefix';
import type { Asn, Explanation, Prefix } from './types';

export interface Finding extends Explanation {
  readonly severity: 'error' | 'warning';
}

export function cloudHubFindings(sites: ReadonlyArray<{ customerGatewayId: string; asn: Asn; prefixes: readonly Prefix[] }>): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < sites.length; i++) {
    for (let j = i + 1; j < sites.length; j++) {
      const a = sites[i], b = sites[j];
      if (!a || !b) continue;
      if (a.asn === b.asn) out.push({ severity: 'error', rule: 'R215', text: `${a.customerGatewayId} and ${b.customerGatewayId} share ASN ${a.asn}: each discards the other's prefixes (AS_PATH loop), so the sites cannot reach each other` });
      for (const p of a.prefixes) for (const q of b.prefixes) {
        if (overlaps(p, q)) out.push({ severity: 'error', rule: 'R216', text: `${p} (${a.customerGatewayId}) overlaps ${q} (${b.customerGatewayId}): the VGW selects one site for the overlapping addresses and the other becomes unreachable` });
      }
    }
  }
  return out;
}

export function privateIpVpnFindings(input: {
  gatewayKind: 'vgw' | 'tgw' | 'none';
  transportTransitGatewayAttachmentId?: string;
  tgwCidrBlocks: readonly Prefix[];
  otherAttachmentCidrs: readonly Prefix[];
  dxGatewayAllowedPrefixes: readonly Prefix[];
}): Finding[] {
  const out: Finding[] = [];
  if (input.gatewayKind !== 'tgw') out.push({ severity: 'error', rule: 'R223', text: 'a private IP VPN connection is always attached to a transit gateway' });
  if (!input.transportTransitGatewayAttachmentId) out.push({ severity: 'error', rule: 'R227', text: 'TransportTransitGatewayAttachmentId must name the Direct Connect gateway attachment' });
  if (input.tgwCidrBlocks.length === 0) out.push({ severity: 'error', rule: 'R224', text: 'the transit gateway needs a CIDR block for the private tunnel outside addresses (R228)' });
  for (const c of input.tgwCidrBlocks) {
    if (input.otherAttachmentCidrs.some((o) => overlaps(o, c))) out.push({ severity: 'warning', rule: 'R225', text: `transit gateway CIDR block ${c} overlaps another attachment's addresses` });
    if (!input.dxGatewayAllowedPrefixes.some((a) => contains(a, c))) out.push({ severity: 'error', rule: 'R226', text: `the Direct Connect gateway association does not allow ${c}` });
  }
  return out;
}
