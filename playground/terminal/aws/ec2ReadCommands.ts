/** Read-only EC2 commands: describe-* over the engine's world and snapshot (R23, R49, R342). */
import { describeCustomerGateways, describeTransitGateways, describeVpnGateways } from '../../engine/describe/describeGateways';
import { describeVpnConnections } from '../../engine/describe/describeVpnConnections';
import { acceptedRoutes, NO_ROUTING, routingOf } from '../routingView';
import { failed, EXIT } from '../result';
import { notFoundMessage, serviceError } from './awsErrors';
import { p, type CommandContext, type CommandSpec, type Outcome } from './commandSpec';
import { applyFilters, asFilters } from './describeFilters';

const filters = p('filters', 'Filters', 'structure-list', 'Filters: Name=<filter-name>,Values=<value>,<value>.');

/** Describe with `--<x>-ids`: every named ID must exist (InvalidXID.NotFound otherwise), then filters. */
function listed<T extends Record<string, unknown>>(op: string, code: string, idKey: string, items: T[], ids: unknown, fs: unknown): Outcome & { items?: T[] } {
  const want = Array.isArray(ids) ? ids.map(String) : [];
  for (const id of want) {
    if (!items.some((i) => i[idKey] === id)) return { ok: false, result: serviceError(op, code, notFoundMessage(code, id)) };
  }
  const picked = want.length > 0 ? items.filter((i) => want.includes(String(i[idKey]))) : items;
  return { ok: true, items: applyFilters(picked, asFilters(fs)) };
}

export function vpnConnectionsJson(ctx: CommandContext): Record<string, unknown>[] {
  const s = ctx.engine.snapshot();
  return describeVpnConnections(s.connections, acceptedRoutes(s)).VpnConnections as Record<string, unknown>[];
}

export function describeVpcRouteTables(ctx: CommandContext): Record<string, unknown>[] | undefined {
  const s = ctx.engine.snapshot();
  const r = routingOf(s);
  if (!r) return undefined;
  const world = ctx.engine.world();
  return r.routeTables
    .filter((t) => t.kind === 'vpc')
    .map((t) => ({
      RouteTableId: t.id,
      VpcId: t.ownerId,
      OwnerId: '123456789012',
      Routes: t.routes.filter((e) => e.selected).map((e) => {
        const gw = e.target === 'local' ? { GatewayId: 'local' } : e.target.startsWith('tgw-') && !e.target.startsWith('tgw-attach') ? { TransitGatewayId: e.target } : { GatewayId: e.target };
        const origin = e.origin === 'propagated' ? 'EnableVgwRoutePropagation' : e.origin === 'local' ? 'CreateRouteTable' : 'CreateRoute';
        return { DestinationCidrBlock: e.destination, ...gw, Origin: origin, State: e.state };
      }),
      PropagatingVgws: [...world.vgwPropagation].filter((k) => k.startsWith(`${t.id}|`)).map((k) => ({ GatewayId: k.split('|')[1] })),
      Associations: [],
      Tags: [],
    }));
}

export const ec2ReadCommands: CommandSpec[] = [
  {
    service: 'ec2', name: 'describe-vpn-connections', operation: 'DescribeVpnConnections',
    help: 'Describes your VPN connections: tunnel options, VgwTelemetry (tunnel status) and routes (R49).',
    params: [p('vpn-connection-ids', 'VpnConnectionIds', 'list', 'One or more VPN connection IDs.'), filters],
    run: (ctx, a) => {
      const r = listed('DescribeVpnConnections', 'InvalidVpnConnectionID.NotFound', 'VpnConnectionId', vpnConnectionsJson(ctx), a['VpnConnectionIds'], a['Filters']);
      return r.ok ? { ok: true, data: { VpnConnections: r.items } } : r;
    },
  },
  {
    service: 'ec2', name: 'describe-customer-gateways', operation: 'DescribeCustomerGateways',
    help: 'Describes your customer gateways (R23).',
    params: [p('customer-gateway-ids', 'CustomerGatewayIds', 'list', 'One or more customer gateway IDs.'), filters],
    run: (ctx, a) => {
      const all = describeCustomerGateways(ctx.engine.world()).CustomerGateways as Record<string, unknown>[];
      const r = listed('DescribeCustomerGateways', 'InvalidCustomerGatewayID.NotFound', 'CustomerGatewayId', all, a['CustomerGatewayIds'], a['Filters']);
      return r.ok ? { ok: true, data: { CustomerGateways: r.items } } : r;
    },
  },
  {
    service: 'ec2', name: 'describe-vpn-gateways', operation: 'DescribeVpnGateways',
    help: 'Describes your virtual private gateways and their VPC attachments (R8, R40).',
    params: [p('vpn-gateway-ids', 'VpnGatewayIds', 'list', 'One or more virtual private gateway IDs.'), filters],
    run: (ctx, a) => {
      const all = describeVpnGateways(ctx.engine.world()).VpnGateways as Record<string, unknown>[];
      const r = listed('DescribeVpnGateways', 'InvalidVpnGatewayID.NotFound', 'VpnGatewayId', all, a['VpnGatewayIds'], a['Filters']);
      return r.ok ? { ok: true, data: { VpnGateways: r.items } } : r;
    },
  },
  {
    service: 'ec2', name: 'describe-transit-gateways', operation: 'DescribeTransitGateways',
    help: 'Describes your transit gateways (R11).',
    params: [p('transit-gateway-ids', 'TransitGatewayIds', 'list', 'One or more transit gateway IDs.'), filters],
    run: (ctx, a) => {
      const all = describeTransitGateways(ctx.engine.world()).TransitGateways as Record<string, unknown>[];
      const r = listed('DescribeTransitGateways', 'InvalidTransitGatewayID.NotFound', 'TransitGatewayId', all, a['TransitGatewayIds'], a['Filters']);
      return r.ok ? { ok: true, data: { TransitGateways: r.items } } : r;
    },
  },
  {
    service: 'ec2', name: 'describe-transit-gateway-attachments', operation: 'DescribeTransitGatewayAttachments',
    help: 'Describes transit gateway attachments: VPCs, Direct Connect gateways and VPN connections (R11).',
    params: [p('transit-gateway-attachment-ids', 'TransitGatewayAttachmentIds', 'list', 'One or more attachment IDs.'), filters],
    run: (ctx, a) => {
      const w = ctx.engine.world();
      const items: Record<string, unknown>[] = [...w.transitGatewayAttachments.values()].map((t) => ({ ...(t as unknown as Record<string, unknown>), State: 'available' }));
      for (const c of w.connections.values()) {
        if (c.transitGatewayAttachmentId && c.state !== 'deleted') {
          items.push({ TransitGatewayAttachmentId: c.transitGatewayAttachmentId, TransitGatewayId: c.transitGatewayId, ResourceType: 'vpn', ResourceId: c.id, State: c.state === 'available' ? 'available' : 'pending' });
        }
      }
      const r = listed('DescribeTransitGatewayAttachments', 'InvalidTransitGatewayAttachmentID.NotFound', 'TransitGatewayAttachmentId', items, a['TransitGatewayAttachmentIds'], a['Filters']);
      return r.ok ? { ok: true, data: { TransitGatewayAttachments: r.items } } : r;
    },
  },
  {
    service: 'ec2', name: 'describe-route-tables', operation: 'DescribeRouteTables',
    help: 'Describes VPC route tables with their routes and propagating virtual private gateways (R342).',
    params: [p('route-table-ids', 'RouteTableIds', 'list', 'One or more route table IDs.'), filters],
    run: (ctx, a) => {
      const tables = describeVpcRouteTables(ctx);
      if (!tables) return { ok: false, result: failed(`${NO_ROUTING}\n`, EXIT.general) };
      const r = listed('DescribeRouteTables', 'InvalidRouteTableID.NotFound', 'RouteTableId', tables, a['RouteTableIds'], a['Filters']);
      return r.ok ? { ok: true, data: { RouteTables: r.items } } : r;
    },
  },
];
