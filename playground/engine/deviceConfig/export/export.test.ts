import { describe, expect, it } from 'vitest';
import type { CustomerGateway, TransitGateway, VpnConnection, VpnGateway } from '@aws-sdk/client-ec2';
import conns from '../fixtures/describe-vpn-connections.json';
import cgws from '../fixtures/describe-customer-gateways.json';
import gateways from '../fixtures/gateways.json';
import { exportTerraform } from './terraformExport';
import { exportCloudFormation } from './cloudFormationExport';
import type { TopologyExportInput } from './topologyInput';

const input: TopologyExportInput = {
  vpnConnections: conns.VpnConnections as unknown as VpnConnection[],
  customerGateways: cgws.CustomerGateways as unknown as CustomerGateway[],
  vpnGateways: gateways.VpnGateways as unknown as VpnGateway[],
  transitGateways: gateways.TransitGateways as unknown as TransitGateway[],
};
const [dyn, stat] = input.vpnConnections;

describe('Terraform export', () => {
  const tf = exportTerraform(input);
  it('R4 R48: braces balance and every resource is declared', () => {
    const stripped = tf.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect([...stripped].filter((c) => c === '{').length).toBe([...stripped].filter((c) => c === '}').length);
    for (const r of ['aws_customer_gateway', 'aws_vpn_gateway', 'aws_ec2_transit_gateway', 'aws_vpn_connection', 'aws_vpn_connection_route']) expect(tf).toMatch(new RegExp(`resource "${r}" "`));
    expect(tf.match(/resource "aws_vpn_connection_route"/g)).toHaveLength(stat?.Routes?.length ?? 0);
  });

  it('R48-R94: both tunnels keep every option under its provider argument name', () => {
    const t1 = dyn?.Options?.TunnelOptions?.[0];
    expect(tf).toContain(`tunnel1_preshared_key`);
    expect(tf).toMatch(new RegExp(`tunnel1_preshared_key\\s+= "${t1?.PreSharedKey}"`));
    expect(tf).toMatch(/tunnel1_phase1_dh_group_numbers\s+= \[14, 19, 20\]/);
    expect(tf).toMatch(/tunnel1_phase1_encryption_algorithms\s+= \["AES128", "AES256"\]/);
    expect(tf).toMatch(/tunnel2_dpd_timeout_action\s+= "restart"/);
    expect(tf).toMatch(/tunnel1_inside_cidr\s+= "169.254.44.232\/30"/);
    expect(tf).toMatch(/static_routes_only\s+= true/);
    expect(tf).toContain('cloudwatch_log_options {');
    expect(tf).toMatch(/transit_gateway_id\s+= aws_ec2_transit_gateway\.tgw_0262a0e521b7c9d3e\.id/);
    expect(tf).toMatch(/amazon_side_asn\s+= "64512"/);
  });
});

describe('CloudFormation export', () => {
  const tpl = JSON.parse(exportCloudFormation(input)) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  const byType = (t: string) => Object.values(tpl.Resources).filter((r) => r.Type === t);
  it('R4: the template is JSON with every resource type', () => {
    expect(byType('AWS::EC2::CustomerGateway')).toHaveLength(2);
    expect(byType('AWS::EC2::VPNGateway')).toHaveLength(1);
    expect(byType('AWS::EC2::VPCGatewayAttachment')).toHaveLength(1);
    expect(byType('AWS::EC2::TransitGateway')).toHaveLength(1);
    expect(byType('AWS::EC2::VPNConnection')).toHaveLength(2);
    expect(byType('AWS::EC2::VPNConnectionRoute').map((r) => r.Properties.DestinationCidrBlock)).toEqual(stat?.Routes?.map((r) => r.DestinationCidrBlock));
  });

  it('R48-R94: VpnTunnelOptionsSpecifications carry both tunnels in CloudFormation names', () => {
    const vpn = byType('AWS::EC2::VPNConnection')[0]?.Properties;
    const specs = vpn?.VpnTunnelOptionsSpecifications as Record<string, unknown>[];
    expect(specs).toHaveLength(2);
    expect(specs[0]).toMatchObject({ PreSharedKey: dyn?.Options?.TunnelOptions?.[0]?.PreSharedKey, DPDTimeoutSeconds: 40, Phase1DHGroupNumbers: [{ Value: 14 }, { Value: 19 }, { Value: 20 }], IKEVersions: [{ Value: 'ikev1' }, { Value: 'ikev2' }] });
    expect(specs[0]?.LogOptions).toEqual({ CloudwatchLogOptions: { LogEnabled: true, LogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:vpn-logs:*', LogOutputFormat: 'json' } });
    expect(vpn?.CustomerGatewayId).toEqual({ Ref: 'Cgw0e11f167e1f1a8d2c' });
    expect(Object.keys(tpl.Resources)).toContain('Cgw0e11f167e1f1a8d2c');
  });
});
