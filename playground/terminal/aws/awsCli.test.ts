import { describe, expect, it } from 'vitest';
import { presetSession } from '../testEngine';

const VPN = 'vpn-04d5cc9b88example';
const json = (out: string): Record<string, unknown> => JSON.parse(out) as Record<string, unknown>;
type Telemetry = { Status: string; OutsideIpAddress: string }[];

describe('aws ec2 over a running engine', () => {
  it('R49: describe-vpn-connections prints the CLI JSON shape, both tunnels UP when healthy', () => {
    const { session } = presetSession('single-vgw');
    const r = session.run(`aws ec2 describe-vpn-connections --vpn-connection-ids ${VPN}`);
    expect(r.exitCode).toBe(0);
    expect(r.output).toMatch(/^\{\n {4}"VpnConnections"/);
    const c = (json(r.output)['VpnConnections'] as Record<string, unknown>[])[0]!;
    expect((c['VgwTelemetry'] as Telemetry).map((t) => t.Status)).toEqual(['UP', 'UP']);
  });

  it('R96: describe-vpn-connections shows tunnel 1 DOWN when the device PSK is wrong', () => {
    const { session } = presetSession('psk-mismatch');
    const c = (json(session.run('aws ec2 describe-vpn-connections').output)['VpnConnections'] as Record<string, unknown>[])[0]!;
    expect((c['VgwTelemetry'] as Telemetry).map((t) => t.Status)).toEqual(['DOWN', 'UP']);
  });

  it('R372: an unknown VPN connection is a service error worded like the CLI, exit 254', () => {
    const { session } = presetSession('single-vgw', 0);
    const r = session.run('aws ec2 describe-vpn-connections --vpn-connection-ids vpn-x');
    expect(r.exitCode).toBe(254);
    expect(r.output.trim()).toBe("An error occurred (InvalidVpnConnectionID.NotFound) when calling the DescribeVpnConnections operation: The vpnConnection ID 'vpn-x' does not exist");
    const del = session.run('aws ec2 delete-vpn-connection --vpn-connection-id vpn-x');
    expect(del.output).toContain('when calling the DeleteVpnConnection operation: The vpnConnection ID \'vpn-x\' does not exist');
  });

  it('R19: a missing required argument is a usage error, exit 252', () => {
    const { session } = presetSession('single-vgw', 0);
    const r = session.run('aws ec2 modify-vpn-tunnel-options --tunnel-options DPDTimeoutSeconds=40');
    expect(r.exitCode).toBe(252);
    expect(r.output).toContain('aws: error: argument --vpn-connection-id is required');
    expect(r.output).toContain('usage: aws [options]');
  });

  it('unknown options and unknown commands are usage errors (252)', () => {
    const { session } = presetSession('single-vgw', 0);
    const a = session.run('aws ec2 describe-vpn-connections --bogus 1');
    expect(a).toEqual({ output: 'Unknown options: --bogus, 1\n', exitCode: 252 });
    const b = session.run('aws ec2 describe-vpn-tunnels');
    expect(b.exitCode).toBe(252);
    expect(b.output).toContain('argument operation: Invalid choice');
    expect(session.run('aws s3 ls').output).toContain('argument command: Invalid choice');
  });

  it('R49, R50: modify-vpn-tunnel-options takes shorthand and JSON and changes the tunnel', () => {
    const { session, engine } = presetSession('single-vgw');
    const ip = engine.snapshot().connections[0]!.tunnels[0].outsideIpAddress;
    const r = session.run(`aws ec2 modify-vpn-tunnel-options --vpn-connection-id ${VPN} --vpn-tunnel-outside-ip-address ${ip} --tunnel-options DPDTimeoutSeconds=45,Phase1DHGroupNumbers=[{Value=14},{Value=20}]`);
    expect(r.exitCode).toBe(0);
    const t = engine.snapshot().connections[0]!.tunnels[0];
    expect(t.options.DPDTimeoutSeconds).toBe(45);
    expect(t.options.Phase1DHGroupNumbers).toEqual([14, 20]);
    const j = session.run(`aws ec2 modify-vpn-tunnel-options --vpn-connection-id ${VPN} --vpn-tunnel-outside-ip-address ${ip} --tunnel-options '{"DPDTimeoutAction":"restart"}'`);
    expect(j.exitCode).toBe(0);
    expect(engine.snapshot().connections[0]!.tunnels[0].options.DPDTimeoutAction).toBe('restart');
  });

  it('R50: an out-of-range tunnel option is refused with the field path, exit 254', () => {
    const { session, engine } = presetSession('single-vgw', 0);
    const ip = engine.snapshot().connections[0]!.tunnels[0].outsideIpAddress;
    const r = session.run(`aws ec2 modify-vpn-tunnel-options --vpn-connection-id ${VPN} --vpn-tunnel-outside-ip-address ${ip} --tunnel-options DPDTimeoutSeconds=5`);
    expect(r.exitCode).toBe(254);
    expect(r.output).toMatch(/An error occurred \(\w+\) when calling the ModifyVpnTunnelOptions operation: .*DPDTimeoutSeconds/);
  });

  it('R23: create-customer-gateway returns the new gateway and describe lists it', () => {
    const { session } = presetSession('single-vgw', 0);
    const r = session.run('aws ec2 create-customer-gateway --type ipsec.1 --bgp-asn 65010 --public-ip 198.51.100.7');
    expect(r.exitCode).toBe(0);
    const g = json(r.output)['CustomerGateway'] as Record<string, unknown>;
    expect(g['IpAddress']).toBe('198.51.100.7');
    expect(g['BgpAsn']).toBe('65010');
    expect(session.run(`aws ec2 describe-customer-gateways --customer-gateway-ids ${String(g['CustomerGatewayId'])}`).output).toContain('198.51.100.7');
  });

  it('R93: static routes are added and removed on a static connection, refused on a BGP one', () => {
    const st = presetSession('ts-mismatch', 0);
    expect(st.session.run(`aws ec2 create-vpn-connection-route --vpn-connection-id ${VPN} --destination-cidr-block 172.16.0.0/16`).exitCode).toBe(0);
    expect(st.engine.snapshot().connections[0]!.routes).toContain('172.16.0.0/16');
    expect(st.session.run(`aws ec2 delete-vpn-connection-route --vpn-connection-id ${VPN} --destination-cidr-block 172.16.0.0/16`).exitCode).toBe(0);
    expect(st.engine.snapshot().connections[0]!.routes).not.toContain('172.16.0.0/16');
    const dyn = presetSession('single-vgw', 0).session.run(`aws ec2 create-vpn-connection-route --vpn-connection-id ${VPN} --destination-cidr-block 172.16.0.0/16`);
    expect(dyn.exitCode).toBe(254);
    expect(dyn.output).toContain('An error occurred (InvalidParameterCombination) when calling the CreateVpnConnectionRoute operation');
  });

  it('R342: describe-route-tables shows the VGW-propagated route; disable-vgw-route-propagation removes the propagation', () => {
    const { session } = presetSession('single-vgw');
    const tables = json(session.run('aws ec2 describe-route-tables').output)['RouteTables'] as { RouteTableId: string; PropagatingVgws: unknown[]; Routes: { DestinationCidrBlock: string; Origin: string }[] }[];
    const t = tables.find((x) => x.RouteTableId === 'rtb-0a1b2c3d4e5f60001')!;
    expect(t.PropagatingVgws).toEqual([{ GatewayId: 'vgw-1a2b3c4d' }]);
    expect(t.Routes.some((r) => r.DestinationCidrBlock === '192.168.0.0/16' && r.Origin === 'EnableVgwRoutePropagation')).toBe(true);
    expect(session.run('aws ec2 disable-vgw-route-propagation --gateway-id vgw-1a2b3c4d --route-table-id rtb-0a1b2c3d4e5f60001').exitCode).toBe(0);
    const after = json(session.run('aws ec2 describe-route-tables --route-table-ids rtb-0a1b2c3d4e5f60001').output)['RouteTables'] as { PropagatingVgws: unknown[] }[];
    expect(after[0]!.PropagatingVgws).toEqual([]);
  });

  it('R127: get-vpn-tunnel-replacement-status and replace-vpn-tunnel', () => {
    const { session, engine } = presetSession('single-vgw');
    const ip = engine.snapshot().connections[0]!.tunnels[1].outsideIpAddress;
    const s = json(session.run(`aws ec2 get-vpn-tunnel-replacement-status --vpn-connection-id ${VPN} --vpn-tunnel-outside-ip-address ${ip}`).output);
    expect(s['VpnTunnelOutsideIpAddress']).toBe(ip);
    expect(s['MaintenanceDetails']).toEqual({ PendingMaintenance: 'None' });
    expect(json(session.run(`aws ec2 replace-vpn-tunnel --vpn-connection-id ${VPN} --vpn-tunnel-outside-ip-address ${ip}`).output)).toEqual({ Return: true });
  });

  it('R8: attach-vpn-gateway to an unknown VPC is refused; an operation the lab does not simulate says so', () => {
    const { session } = presetSession('single-vgw', 0);
    expect(session.run('aws ec2 attach-vpn-gateway --vpn-gateway-id vgw-1a2b3c4d --vpc-id vpc-nope').exitCode).toBe(254);
    const u = session.run('aws cloudwatch delete-alarms --alarm-names x');
    expect(u.exitCode).toBe(255);
    expect(u.output).toContain('not simulated');
  });

  it('R11, R40, R190, R207: transit gateways and VPC attachments are created, changed and deleted from the terminal', () => {
    const { session, engine } = presetSession('single-tgw');
    const created = json(session.run('aws ec2 create-transit-gateway --description lab --options AmazonSideAsn=64700,VpnEcmpSupport=disable --tag-specifications ResourceType=transit-gateway,Tags=[{Key=Name,Value=hub}]').output)['TransitGateway'] as Record<string, unknown>;
    expect(created['TransitGatewayId']).toMatch(/^tgw-[0-9a-f]{17}$/);
    expect(created['Options']).toMatchObject({ AmazonSideAsn: 64700, VpnEcmpSupport: 'disable', DefaultRouteTableAssociation: 'enable' });
    expect(created['Tags']).toEqual([{ Key: 'Name', Value: 'hub' }]);
    const tgw = String(created['TransitGatewayId']);
    const bad = session.run(`aws ec2 modify-transit-gateway --transit-gateway-id ${tgw} --options VpnEcmpSupport=sometimes`);
    expect(bad.exitCode).toBe(254);
    expect(bad.output).toContain('Options.VpnEcmpSupport');
    expect(session.run(`aws ec2 modify-transit-gateway --transit-gateway-id ${tgw} --options VpnEcmpSupport=enable`).exitCode).toBe(0);
    const att = json(session.run(`aws ec2 create-transit-gateway-vpc-attachment --transit-gateway-id ${tgw} --vpc-id vpc-0a1b2c3d4e5f60001 --subnet-ids subnet-0a1b2c3d4e5f60001`).output)['TransitGatewayVpcAttachment'] as Record<string, unknown>;
    expect(att).toMatchObject({ TransitGatewayId: tgw, VpcId: 'vpc-0a1b2c3d4e5f60001', State: 'available' });
    const listed = json(session.run(`aws ec2 describe-transit-gateway-attachments --filters Name=transit-gateway-id,Values=${tgw}`).output)['TransitGatewayAttachments'] as Record<string, unknown>[];
    expect(listed.map((x) => x['TransitGatewayAttachmentId'])).toEqual([att['TransitGatewayAttachmentId']]);
    const refused = session.run(`aws ec2 delete-transit-gateway --transit-gateway-id ${tgw}`);
    expect(refused.exitCode).toBe(254);
    expect(refused.output).toContain('IncorrectState');
    expect(session.run(`aws ec2 delete-transit-gateway-vpc-attachment --transit-gateway-attachment-id ${String(att['TransitGatewayAttachmentId'])}`).exitCode).toBe(0);
    expect(session.run(`aws ec2 delete-transit-gateway --transit-gateway-id ${tgw}`).exitCode).toBe(0);
    expect(engine.snapshot().resources.transitGateways).toHaveLength(1);
  });

  it('R40, R41, R344: create-vpn-gateway defaults to ASN 64512, refuses a public ASN, and delete refuses a gateway in use', () => {
    const { session } = presetSession('single-vgw', 0);
    const created = json(session.run('aws ec2 create-vpn-gateway --type ipsec.1').output)['VpnGateway'] as { VpnGatewayId: string; AmazonSideAsn: number };
    expect(created.VpnGatewayId).toMatch(/^vgw-/);
    expect(created.AmazonSideAsn).toBe(64512);
    const bad = session.run('aws ec2 create-vpn-gateway --type ipsec.1 --amazon-side-asn 7018');
    expect(bad.exitCode).toBe(254);
    expect(bad.output).toContain('AmazonSideAsn');
    expect(session.run('aws ec2 delete-vpn-gateway --vpn-gateway-id vgw-1a2b3c4d').exitCode).toBe(254);
    expect(session.run(`aws ec2 delete-vpn-gateway --vpn-gateway-id ${created.VpnGatewayId}`).exitCode).toBe(0);
    const left = json(session.run('aws ec2 describe-vpn-gateways').output)['VpnGateways'] as { VpnGatewayId: string; State: string }[];
    expect(left.filter((g) => g.VpnGatewayId === created.VpnGatewayId && g.State !== 'deleted')).toEqual([]);
  });

  it('R273: device types and a sample configuration come from deviceConfig', () => {
    const { session } = presetSession('single-vgw', 0);
    const types = json(session.run('aws ec2 get-vpn-connection-device-types').output)['VpnConnectionDeviceTypes'] as { VpnConnectionDeviceTypeId: string }[];
    expect(types.map((t) => t.VpnConnectionDeviceTypeId)).toContain('cisco-ios');
    const cfg = json(session.run(`aws ec2 get-vpn-connection-device-sample-configuration --vpn-connection-id ${VPN} --vpn-connection-device-type-id strongswan`).output);
    expect(String(cfg['VpnConnectionDeviceSampleConfiguration'])).toContain(VPN);
    expect(session.run(`aws ec2 get-vpn-connection-device-sample-configuration --vpn-connection-id ${VPN} --vpn-connection-device-type-id nope`).exitCode).toBe(254);
  });

  it('--output text and table print the same data in the other CLI formats', () => {
    const { session } = presetSession('single-vgw', 0);
    const text = session.run('aws ec2 describe-customer-gateways --output text').output;
    expect(text.split('\n')[0]).toBe('CUSTOMERGATEWAYS\t65000\tcgw-0e11f167e1f1a8d2c\tbranch-router\t203.0.113.12\tavailable\tipsec.1');
    const table = session.run('aws --output table ec2 describe-customer-gateways').output;
    expect(table).toContain('DescribeCustomerGateways');
    expect(table).toMatch(/\|\s+IpAddress\s+\|\s+203\.0\.113\.12\s+\|/);
    expect(session.run('aws ec2 describe-customer-gateways --output yaml').exitCode).toBe(252);
  });

  it('help exists at each level', () => {
    const { session } = presetSession('single-vgw', 0);
    expect(session.run('aws help').output).toContain('AVAILABLE SERVICES');
    expect(session.run('aws ec2 help').output).toContain('modify-vpn-tunnel-options');
    expect(session.run('aws ec2 modify-vpn-tunnel-options help').output).toContain('--tunnel-options (structure) [required]');
    expect(session.run('help').output).toContain('connect <cgw-id>');
  });
});

describe('aws cloudwatch over the engine telemetry', () => {
  it('R408: get-metric-statistics returns TunnelState datapoints of 1 for a healthy tunnel', () => {
    const { session, engine } = presetSession('single-vgw', 1_800_000);
    const ip = engine.snapshot().connections[0]!.tunnels[1].outsideIpAddress;
    const r = session.run(`aws cloudwatch get-metric-statistics --namespace AWS/VPN --metric-name TunnelState --dimensions Name=TunnelIpAddress,Value=${ip} --start-time 2025-01-01T00:00:00Z --end-time 2025-01-01T00:30:00Z --period 300 --statistics Maximum`);
    expect(r.exitCode).toBe(0);
    const dps = json(r.output)['Datapoints'] as { Maximum: number; Timestamp: string }[];
    expect(dps.length).toBeGreaterThan(0);
    expect(dps.at(-1)!.Maximum).toBe(1);
  });

  it('R408: TunnelState is 0 for the tunnel whose PSK is wrong', () => {
    const { session, engine } = presetSession('psk-mismatch', 1_800_000);
    const ip = engine.snapshot().connections[0]!.tunnels[0].outsideIpAddress;
    const r = session.run(`aws cloudwatch get-metric-statistics --namespace AWS/VPN --metric-name TunnelState --dimensions Name=TunnelIpAddress,Value=${ip} --start-time 0 --end-time now --period 300 --statistics Maximum`);
    const dps = json(r.output)['Datapoints'] as { Maximum: number }[];
    expect(dps.length).toBeGreaterThan(0);
    expect(dps.every((d) => d.Maximum === 0)).toBe(true);
  });

  it('R413: a wrong dimension is refused like CloudWatch', () => {
    const { session } = presetSession('single-vgw', 0);
    const r = session.run('aws cloudwatch get-metric-statistics --namespace AWS/VPN --metric-name TunnelState --dimensions Name=Bogus,Value=x --start-time 0 --end-time 3600 --period 300 --statistics Maximum');
    expect(r.exitCode).toBe(254);
    expect(r.output).toContain('when calling the GetMetricStatistics operation');
  });

  it('R415: put-metric-alarm creates an alarm that describe-alarms lists and that fires on a down tunnel', () => {
    const { session, engine } = presetSession('psk-mismatch', 0);
    const ip = engine.snapshot().connections[0]!.tunnels[0].outsideIpAddress;
    const put = session.run(`aws cloudwatch put-metric-alarm --alarm-name t1-down --namespace AWS/VPN --metric-name TunnelState --dimensions Name=TunnelIpAddress,Value=${ip} --statistic Maximum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator LessThanThreshold`);
    expect(put).toEqual({ output: '', exitCode: 0 });
    engine.advance(1_200_000);
    const alarms = json(session.run('aws cloudwatch describe-alarms --alarm-names t1-down').output)['MetricAlarms'] as { AlarmName: string; StateValue: string }[];
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.StateValue).toBe('ALARM');
  });
});
