import { describe, expect, it } from 'vitest';
import { cloudHubFindings, privateIpVpnFindings } from './architectureChecks';
import { prefix } from './prefix';
import { asn } from './types';

describe('architecture findings', () => {
  it('R215: CloudHub sites sharing an ASN are flagged', () => {
    const f = cloudHubFindings([
      { customerGatewayId: 'cgw-a', asn: asn(65000), prefixes: [prefix('10.0.0.0/24')] },
      { customerGatewayId: 'cgw-b', asn: asn(65000), prefixes: [prefix('10.0.1.0/24')] },
    ]);
    expect(f.map((x) => x.rule)).toEqual(['R215']);
  });
  it('R216: overlapping CloudHub site prefixes are flagged', () => {
    const f = cloudHubFindings([
      { customerGatewayId: 'cgw-a', asn: asn(65001), prefixes: [prefix('10.0.0.0/16')] },
      { customerGatewayId: 'cgw-b', asn: asn(65002), prefixes: [prefix('10.0.1.0/24')] },
    ]);
    expect(f.map((x) => x.rule)).toEqual(['R216']);
  });
  it('R223/R226/R227: private IP VPN prerequisites', () => {
    const f = privateIpVpnFindings({ gatewayKind: 'vgw', tgwCidrBlocks: [prefix('10.200.0.0/24')], otherAttachmentCidrs: [], dxGatewayAllowedPrefixes: [] });
    expect(f.map((x) => x.rule)).toEqual(['R223', 'R227', 'R226']);
    const ok = privateIpVpnFindings({ gatewayKind: 'tgw', transportTransitGatewayAttachmentId: 'tgw-attach-dx', tgwCidrBlocks: [prefix('10.200.0.0/24')], otherAttachmentCidrs: [prefix('10.200.0.0/16')], dxGatewayAllowedPrefixes: [prefix('10.200.0.0/24')] });
    expect(ok.map((x) => [x.rule, x.severity])).toEqual([['R225', 'warning']]);
  });
});
