/**
 * `aws ec2` commands for transit gateways and their VPC attachments (R11, R341). Each is one
 * engine action; responses are shaped like the AWS CLI's (the gateway as describe prints it).
 */
import { p, req, type CommandSpec } from './commandSpec';
import { act, tagsOf } from './engineAct';

const tgwId = req('transit-gateway-id', 'TransitGatewayId', 'string', 'The ID of the transit gateway.');
const OPTIONS_HELP =
  'AmazonSideAsn=integer,VpnEcmpSupport=enable|disable,DefaultRouteTableAssociation=enable|disable,DefaultRouteTablePropagation=enable|disable';

export const transitGatewayCommands: CommandSpec[] = [
  {
    service: 'ec2', name: 'create-transit-gateway', operation: 'CreateTransitGateway',
    help: 'Creates a transit gateway (R11, R341). Defaults: AmazonSideAsn 64512 (R40), VPN ECMP enabled (R190), default route table association and propagation enabled.',
    params: [
      p('description', 'Description', 'string', 'A description of the transit gateway.'),
      p('options', 'Options', 'structure', `${OPTIONS_HELP},TransitGatewayCidrBlocks=cidr,cidr (shorthand or JSON).`),
      p('tag-specifications', 'TagSpecifications', 'structure-list', 'Tags: ResourceType=transit-gateway,Tags=[{Key=k,Value=v}].'),
    ],
    run: (ctx, a) => {
      const { TagSpecifications: ts, ...rest } = a;
      const tags = tagsOf(ts);
      return act(ctx, 'CreateTransitGateway', { type: 'CreateTransitGateway', ...rest, ...(tags ? { Tags: tags } : {}) }, (r) => r);
    },
  },
  {
    service: 'ec2', name: 'modify-transit-gateway', operation: 'ModifyTransitGateway',
    help: 'Changes a transit gateway\'s options: VPN ECMP (R190), default association and propagation, private IP CIDR blocks (R225). The ASN cannot change while VPN or Direct Connect attachments use it.',
    params: [
      tgwId,
      p('description', 'Description', 'string', 'A description of the transit gateway.'),
      req('options', 'Options', 'structure', `${OPTIONS_HELP},AddTransitGatewayCidrBlocks=cidr,RemoveTransitGatewayCidrBlocks=cidr.`),
    ],
    run: (ctx, a) => {
      const { Description: _d, ...rest } = a;
      return act(ctx, 'ModifyTransitGateway', { type: 'ModifyTransitGateway', ...rest }, (r) => r);
    },
  },
  {
    service: 'ec2', name: 'delete-transit-gateway', operation: 'DeleteTransitGateway',
    help: 'Deletes a transit gateway; delete its VPN connections and VPC attachments first.',
    params: [tgwId],
    run: (ctx, a) => act(ctx, 'DeleteTransitGateway', { type: 'DeleteTransitGateway', ...a }, (r) => r),
  },
  {
    service: 'ec2', name: 'create-transit-gateway-vpc-attachment', operation: 'CreateTransitGatewayVpcAttachment',
    help: 'Attaches a VPC to a transit gateway (R11, R207); the VPC\'s route table still needs a route to the transit gateway (R164).',
    params: [
      tgwId,
      req('vpc-id', 'VpcId', 'string', 'The ID of the VPC.'),
      req('subnet-ids', 'SubnetIds', 'list', 'One subnet per Availability Zone (recorded, not modelled).'),
      p('options', 'Options', 'structure', 'DnsSupport, Ipv6Support, ApplianceModeSupport (accepted, not modelled).'),
      p('tag-specifications', 'TagSpecifications', 'structure-list', 'Tags (accepted, not stored).'),
    ],
    run: (ctx, a) => {
      const { Options: _o, TagSpecifications: _t, ...rest } = a;
      return act(ctx, 'CreateTransitGatewayVpcAttachment', { type: 'CreateTransitGatewayVpcAttachment', ...rest }, (r) => r);
    },
  },
  {
    service: 'ec2', name: 'delete-transit-gateway-vpc-attachment', operation: 'DeleteTransitGatewayVpcAttachment',
    help: 'Detaches a VPC from its transit gateway; its routes leave the transit gateway route tables.',
    params: [req('transit-gateway-attachment-id', 'TransitGatewayAttachmentId', 'string', 'The ID of the attachment.')],
    run: (ctx, a) => act(ctx, 'DeleteTransitGatewayVpcAttachment', { type: 'DeleteTransitGatewayVpcAttachment', ...a }, (r) => r),
  },
];
