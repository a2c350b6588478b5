import { describe, expect, it } from 'vitest';
import { Engine } from '../engine';
import { vgwScenario } from '../model/scenarioFixtures';
import { describeCustomerGateways, describeTransitGateways, describeVpnGateways } from './describeGateways';
import { describeVpnConnections } from './describeVpnConnections';

describe('describe-* output shaped like the AWS CLI', () => {
  it('R49/R19: describe-vpn-connections shows VgwTelemetry per tunnel and every tunnel option', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(5000);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: 'vpn-00000000000000001', TunnelNumber: 2 });
    e.advance(60_000);
    const out = describeVpnConnections(e.snapshot().connections);
    const c = out.VpnConnections[0]!;
    expect(c.State).toBe('available');
    expect(c.VgwTelemetry?.map((t) => t.Status)).toEqual(['UP', 'DOWN']);
    // R171/R408: a BGP tunnel reads DOWN once the session's 30 s hold timer (R160) expires, before DPD (40 s)
    expect(c.VgwTelemetry?.[1]?.LastStatusChange).toBe('2025-01-01T00:00:35.000Z');
    expect(c.VgwTelemetry?.[1]?.StatusMessage).toBeTruthy();
    expect(c.VgwTelemetry?.[0]?.OutsideIpAddress).toBe(c.Options?.TunnelOptions?.[0]?.OutsideIpAddress);
    const opt = c.Options?.TunnelOptions?.[0];
    expect(opt).toMatchObject({ Phase1LifetimeSeconds: 28800, Phase2LifetimeSeconds: 3600, RekeyMarginTimeSeconds: 270, RekeyFuzzPercentage: 100, ReplayWindowSize: 1024, DpdTimeoutSeconds: 40, DpdTimeoutAction: 'clear', StartupAction: 'add' });
    expect(opt?.Phase1DHGroupNumbers?.map((v) => v.Value)).toEqual([2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(opt?.IkeVersions?.map((v) => v.Value)).toEqual(['ikev1', 'ikev2']);
    expect(opt?.PreSharedKey).toMatch(/^[A-Za-z][A-Za-z0-9]{31}$/); // R80
    expect(opt?.TunnelInsideCidr).toMatch(/^169\.254\.\d+\.\d+\/30$/); // R56
  });

  it('describe-customer-gateways, describe-vpn-gateways and describe-transit-gateways list the scenario resources', () => {
    const e = Engine.fromScenario(vgwScenario({ TransitGateways: [{ TransitGatewayId: 'tgw-0123456789abcdef0' }] }));
    expect(describeCustomerGateways(e.world()).CustomerGateways[0]).toMatchObject({ CustomerGatewayId: 'cgw-0123456789abcdef0', BgpAsn: '65000', IpAddress: '198.51.100.7', Type: 'ipsec.1' });
    expect(describeVpnGateways(e.world()).VpnGateways[0]).toMatchObject({ AmazonSideAsn: 64512, VpcAttachments: [{ VpcId: 'vpc-0123456789abcdef0', State: 'attached' }] });
    expect(describeTransitGateways(e.world()).TransitGateways[0]?.Options?.AmazonSideAsn).toBe(64512);
  });

  it('output is plain JSON (round-trips)', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(5000);
    const out = describeVpnConnections(e.snapshot().connections);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});
