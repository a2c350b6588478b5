/**
 * EC2 commands that change the engine: each becomes one EngineAction (R341–R344); the engine
 * validates, the CLI prints the API response or the refusal as a service error.
 */
import { describeCustomerGateways, describeVpnGateways } from '../../engine/describe/describeGateways';
import { act, idOf, tagsOf } from './engineAct';
import { p, req, type CommandContext, type CommandSpec } from './commandSpec';
import { vpnConnectionsJson } from './ec2ReadCommands';

const vpnConnection = (ctx: CommandContext, id: unknown): unknown => ({ VpnConnection: vpnConnectionsJson(ctx).find((c) => c['VpnConnectionId'] === id) });

const connId = req('vpn-connection-id', 'VpnConnectionId', 'string', 'The ID of the VPN connection.');
const tunnelIp = (required: boolean) =>
  (required ? req : p)('vpn-tunnel-outside-ip-address', 'VpnTunnelOutsideIpAddress', 'string', 'The external IP address of the VPN tunnel (R19).');

export const ec2WriteCommands: CommandSpec[] = [
  {
    service: 'ec2', name: 'create-customer-gateway', operation: 'CreateCustomerGateway',
    help: 'Creates a customer gateway: the AWS record of your device (R23–R33). Default ASN 65000.',
    params: [
      req('type', 'Type', 'string', 'The type of VPN connection this gateway supports.', { choices: ['ipsec.1'] }),
      p('bgp-asn', 'BgpAsn', 'integer', 'The customer gateway BGP ASN (R28–R32).'),
      p('public-ip', 'IpAddress', 'string', 'Deprecated spelling of --ip-address.'),
      p('ip-address', 'IpAddress', 'string', 'The IP address of the device outside interface (R25).'),
      p('certificate-arn', 'CertificateArn', 'string', 'ARN of a private certificate (R95).'),
      p('device-name', 'DeviceName', 'string', 'A name for the customer gateway device.'),
    ],
    run: (ctx, a) => {
      const { Type: _t, ...rest } = a;
      return act(ctx, 'CreateCustomerGateway', { type: 'CreateCustomerGateway', ...rest }, (r) => {
        const id = idOf(idOf(r, 'CustomerGateway'), 'CustomerGatewayId');
        return { CustomerGateway: describeCustomerGateways(ctx.engine.world()).CustomerGateways.find((g) => g.CustomerGatewayId === id) };
      });
    },
  },
  {
    service: 'ec2', name: 'delete-customer-gateway', operation: 'DeleteCustomerGateway',
    help: 'Deletes a customer gateway; one still used by a VPN connection cannot be deleted (R368).',
    params: [req('customer-gateway-id', 'CustomerGatewayId', 'string', 'The ID of the customer gateway.')],
    run: (ctx, a) => act(ctx, 'DeleteCustomerGateway', { type: 'DeleteCustomerGateway', ...a }, () => undefined),
  },
  {
    service: 'ec2', name: 'create-vpn-gateway', operation: 'CreateVpnGateway',
    help: 'Creates a virtual private gateway; AmazonSideAsn defaults to 64512 and must be private if given (R40–R42). Attach it to a VPC afterwards (R10).',
    params: [
      req('type', 'Type', 'string', 'The type of VPN connection this gateway supports.', { choices: ['ipsec.1'] }),
      p('amazon-side-asn', 'AmazonSideAsn', 'integer', 'A private ASN for the Amazon side of a BGP session (R40–R42).'),
      p('availability-zone', 'AvailabilityZone', 'string', 'Not used by the service.'),
    ],
    run: (ctx, a) => {
      const { Type: _t, ...rest } = a;
      return act(ctx, 'CreateVpnGateway', { type: 'CreateVpnGateway', ...rest }, (r) => {
        const id = idOf(idOf(r, 'VpnGateway'), 'VpnGatewayId');
        return { VpnGateway: describeVpnGateways(ctx.engine.world()).VpnGateways.find((g) => g.VpnGatewayId === id) ?? idOf(r, 'VpnGateway') };
      });
    },
  },
  {
    service: 'ec2', name: 'delete-vpn-gateway', operation: 'DeleteVpnGateway',
    help: 'Deletes a virtual private gateway; it must be detached and no VPN connection may use it (R344, R369).',
    params: [req('vpn-gateway-id', 'VpnGatewayId', 'string', 'The ID of the virtual private gateway.')],
    run: (ctx, a) => act(ctx, 'DeleteVpnGateway', { type: 'DeleteVpnGateway', ...a }, () => undefined),
  },
  {
    service: 'ec2', name: 'attach-vpn-gateway', operation: 'AttachVpnGateway',
    help: 'Attaches a virtual private gateway to a VPC (R8).',
    params: [req('vpn-gateway-id', 'VpnGatewayId', 'string', 'The ID of the virtual private gateway.'), req('vpc-id', 'VpcId', 'string', 'The ID of the VPC.')],
    run: (ctx, a) => act(ctx, 'AttachVpnGateway', { type: 'AttachVpnGateway', ...a }, (r) => r),
  },
  {
    service: 'ec2', name: 'detach-vpn-gateway', operation: 'DetachVpnGateway',
    help: 'Detaches a virtual private gateway from a VPC.',
    params: [req('vpn-gateway-id', 'VpnGatewayId', 'string', 'The ID of the virtual private gateway.'), req('vpc-id', 'VpcId', 'string', 'The ID of the VPC.')],
    run: (ctx, a) => act(ctx, 'DetachVpnGateway', { type: 'DetachVpnGateway', ...a }, () => undefined),
  },
  {
    service: 'ec2', name: 'create-vpn-connection', operation: 'CreateVpnConnection',
    help: 'Creates a VPN connection with two tunnels between a customer gateway and a virtual private gateway or transit gateway (R4).',
    params: [
      req('type', 'Type', 'string', 'The type of VPN connection.', { choices: ['ipsec.1'] }),
      req('customer-gateway-id', 'CustomerGatewayId', 'string', 'The ID of the customer gateway.'),
      p('vpn-gateway-id', 'VpnGatewayId', 'string', 'The ID of the virtual private gateway.'),
      p('transit-gateway-id', 'TransitGatewayId', 'string', 'The ID of the transit gateway.'),
      p('options', 'Options', 'structure', 'StaticRoutesOnly=boolean,TunnelInsideIpVersion=ipv4|ipv6,TunnelOptions=[{...},{...}],... (shorthand or JSON).'),
      p('tag-specifications', 'TagSpecifications', 'structure-list', 'Tags: ResourceType=vpn-connection,Tags=[{Key=k,Value=v}].'),
    ],
    run: (ctx, a) => {
      const { Type: _t, TagSpecifications: ts, ...rest } = a;
      const tags = tagsOf(ts);
      return act(ctx, 'CreateVpnConnection', { type: 'CreateVpnConnection', ...rest, ...(tags ? { Tags: tags } : {}) }, (r) => vpnConnection(ctx, idOf(r, 'VpnConnectionId')));
    },
  },
  {
    service: 'ec2', name: 'delete-vpn-connection', operation: 'DeleteVpnConnection',
    help: 'Deletes a VPN connection; it is listed as deleted for a while (R370).',
    params: [connId],
    run: (ctx, a) => act(ctx, 'DeleteVpnConnection', { type: 'DeleteVpnConnection', ...a }, () => undefined),
  },
  {
    service: 'ec2', name: 'create-vpn-connection-route', operation: 'CreateVpnConnectionRoute',
    help: 'Adds a static route to a static VPN connection (R161).',
    params: [connId, req('destination-cidr-block', 'DestinationCidrBlock', 'string', 'The CIDR block of the customer network.')],
    run: (ctx, a) => act(ctx, 'CreateVpnConnectionRoute', { type: 'CreateVpnConnectionRoute', ...a }, () => undefined),
  },
  {
    service: 'ec2', name: 'delete-vpn-connection-route', operation: 'DeleteVpnConnectionRoute',
    help: 'Removes a static route from a VPN connection.',
    params: [connId, req('destination-cidr-block', 'DestinationCidrBlock', 'string', 'The CIDR block of the customer network.')],
    run: (ctx, a) => act(ctx, 'DeleteVpnConnectionRoute', { type: 'DeleteVpnConnectionRoute', ...a }, () => undefined),
  },
  {
    service: 'ec2', name: 'modify-vpn-tunnel-options', operation: 'ModifyVpnTunnelOptions',
    help: 'Modifies the options of one tunnel (R49); the tunnel is replaced unless --skip-tunnel-replacement (R125).',
    params: [
      connId, tunnelIp(true),
      req('tunnel-options', 'TunnelOptions', 'structure', 'Key=Value,Key2=[a,b] shorthand or JSON, e.g. DPDTimeoutSeconds=40,Phase1DHGroupNumbers=[{Value=14}].'),
      p('skip-tunnel-replacement', 'SkipTunnelReplacement', 'boolean', 'Apply without replacing the tunnel endpoint (lifecycle control options only).'),
    ],
    run: (ctx, a) => act(ctx, 'ModifyVpnTunnelOptions', { type: 'ModifyVpnTunnelOptions', ...a }, () => vpnConnection(ctx, a['VpnConnectionId'])),
  },
  {
    service: 'ec2', name: 'modify-vpn-connection-options', operation: 'ModifyVpnConnectionOptions',
    help: 'Modifies the local and remote network CIDRs of a VPN connection (traffic selectors, R67).',
    params: [
      connId,
      p('local-ipv4-network-cidr', 'LocalIpv4NetworkCidr', 'string', 'The IPv4 CIDR on the customer gateway side.'),
      p('remote-ipv4-network-cidr', 'RemoteIpv4NetworkCidr', 'string', 'The IPv4 CIDR on the AWS side.'),
      p('local-ipv6-network-cidr', 'LocalIpv6NetworkCidr', 'string', 'The IPv6 CIDR on the customer gateway side.'),
      p('remote-ipv6-network-cidr', 'RemoteIpv6NetworkCidr', 'string', 'The IPv6 CIDR on the AWS side.'),
    ],
    run: (ctx, a) => act(ctx, 'ModifyVpnConnectionOptions', { type: 'ModifyVpnConnectionOptions', ...a }, () => vpnConnection(ctx, a['VpnConnectionId'])),
  },
  {
    service: 'ec2', name: 'modify-vpn-connection', operation: 'ModifyVpnConnection',
    help: 'Changes the gateway (VGW or transit gateway) or the customer gateway of a VPN connection (R345).',
    params: [
      connId,
      p('transit-gateway-id', 'TransitGatewayId', 'string', 'The ID of the transit gateway.'),
      p('customer-gateway-id', 'CustomerGatewayId', 'string', 'The ID of the customer gateway.'),
      p('vpn-gateway-id', 'VpnGatewayId', 'string', 'The ID of the virtual private gateway.'),
    ],
    run: (ctx, a) => act(ctx, 'ModifyVpnConnection', { type: 'ModifyVpnConnection', ...a }, () => vpnConnection(ctx, a['VpnConnectionId'])),
  },
  {
    service: 'ec2', name: 'replace-vpn-tunnel', operation: 'ReplaceVpnTunnel',
    help: 'Replaces the AWS endpoint of one tunnel, or applies pending maintenance (R127).',
    params: [connId, tunnelIp(true), p('apply-pending-maintenance', 'ApplyPendingMaintenance', 'boolean', 'Apply pending maintenance now.')],
    run: (ctx, a) => act(ctx, 'ReplaceVpnTunnel', { type: 'ReplaceVpnTunnel', ...a }, (r) => r ?? { Return: true }),
  },
  {
    service: 'ec2', name: 'get-vpn-tunnel-replacement-status', operation: 'GetVpnTunnelReplacementStatus',
    help: 'Shows pending maintenance of a tunnel endpoint (R127).',
    params: [connId, tunnelIp(true)],
    run: (ctx, a) => act(ctx, 'GetVpnTunnelReplacementStatus', { type: 'GetVpnTunnelReplacementStatus', ...a }, (r) => r),
  },
  {
    service: 'ec2', name: 'enable-vgw-route-propagation', operation: 'EnableVgwRoutePropagation',
    help: 'Propagates the routes of a virtual private gateway into a VPC route table (R342).',
    params: [req('gateway-id', 'GatewayId', 'string', 'The ID of the virtual private gateway.'), req('route-table-id', 'RouteTableId', 'string', 'The ID of the route table.')],
    run: (ctx, a) => act(ctx, 'EnableVgwRoutePropagation', { type: 'EnableVgwRoutePropagation', ...a }, () => undefined),
  },
  {
    service: 'ec2', name: 'disable-vgw-route-propagation', operation: 'DisableVgwRoutePropagation',
    help: 'Stops propagating a virtual private gateway into a VPC route table.',
    params: [req('gateway-id', 'GatewayId', 'string', 'The ID of the virtual private gateway.'), req('route-table-id', 'RouteTableId', 'string', 'The ID of the route table.')],
    run: (ctx, a) => act(ctx, 'DisableVgwRoutePropagation', { type: 'DisableVgwRoutePropagation', ...a }, () => undefined),
  },
];
