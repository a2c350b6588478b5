/**
 * TGW route table specs from the scenario: associations (R229), propagations (R174), static
 * routes and blackholes (R156). VPN attachments are created with their connection, so tables
 * flagged DefaultAssociationRouteTable / DefaultPropagationRouteTable (or the default table AWS
 * creates when none is given) take every attachment not placed elsewhere.
 */
import type { ConnectionModel, World } from '../model/worldTypes';
import type { Prefix, TgwRouteTableSpec } from '../routing/index';
import type { TransitGatewayEntry } from '../schema/scenarioLookup';
import { toPrefix } from './deviceBgp';

export interface TgwAttachment {
  readonly id: string;
  readonly kind: 'vpc' | 'vpn' | 'direct-connect-gateway' | 'other';
  readonly resourceId: string;
}

export function tgwAttachments(world: World, tgwId: string, connections: readonly ConnectionModel[]): TgwAttachment[] {
  const out: TgwAttachment[] = [];
  for (const a of world.transitGatewayAttachments.values()) {
    if (a.TransitGatewayId !== tgwId) continue;
    const kind = a.ResourceType === 'vpc' || a.ResourceType === 'direct-connect-gateway' ? a.ResourceType : a.ResourceType === 'vpn' ? 'vpn' : 'other';
    out.push({ id: a.TransitGatewayAttachmentId, kind, resourceId: a.ResourceId });
  }
  for (const c of connections) if (c.transitGatewayAttachmentId) out.push({ id: c.transitGatewayAttachmentId, kind: 'vpn', resourceId: c.id });
  return out;
}

export const defaultTableId = (tgwId: string): string => `tgw-rtb-${tgwId.replace(/^tgw-/, '')}`;

export function tgwTableSpecs(tgw: TransitGatewayEntry, attachments: readonly TgwAttachment[]): TgwRouteTableSpec[] {
  const byVpn = new Map(attachments.filter((a) => a.kind === 'vpn').map((a) => [a.resourceId, a.id]));
  const all = attachments.map((a) => a.id);
  const assocDefault = tgw.Options?.DefaultRouteTableAssociation !== 'disable';
  const propDefault = tgw.Options?.DefaultRouteTablePropagation !== 'disable';
  const tables = tgw.RouteTables ?? [];
  if (tables.length === 0) {
    return [{ routeTableId: defaultTableId(tgw.TransitGatewayId), associations: assocDefault ? all : [], propagations: propDefault ? all : [], staticRoutes: [] }];
  }
  const associated = new Set(tables.flatMap((t) => t.Associations ?? []));
  const propagatedSomewhere = new Set(tables.flatMap((t) => t.Propagations ?? []));
  return tables.map((t, i) => {
    const isAssocDefault = t.DefaultAssociationRouteTable ?? (i === 0 && !tables.some((x) => x.DefaultAssociationRouteTable));
    const isPropDefault = t.DefaultPropagationRouteTable ?? (i === 0 && !tables.some((x) => x.DefaultPropagationRouteTable));
    const staticRoutes: Array<{ prefix: Prefix; attachmentId?: string; blackhole?: boolean }> = [];
    for (const r of t.Routes ?? []) {
      for (const prefix of toPrefix(r.DestinationCidrBlock)) {
        const attachmentId = r.TransitGatewayAttachmentId ?? (r.VpnConnectionId ? byVpn.get(r.VpnConnectionId) : undefined);
        staticRoutes.push({ prefix, ...(attachmentId ? { attachmentId } : {}), ...(r.Blackhole ? { blackhole: true } : {}) });
      }
    }
    return {
      routeTableId: t.TransitGatewayRouteTableId,
      associations: [...(t.Associations ?? []), ...(assocDefault && isAssocDefault ? all.filter((a) => !associated.has(a)) : [])],
      propagations: [...(t.Propagations ?? []), ...(propDefault && isPropDefault ? all.filter((a) => !propagatedSomewhere.has(a)) : [])],
      staticRoutes,
    };
  });
}
