/**
 * Transit gateway route tables: each attachment is associated with one table (where its traffic
 * is looked up, R229) and propagates its routes into any number of tables (R174). VPN attachments
 * propagate their BGP routes; static routes and blackholes are added per table (R156).
 */
import { tgwPolicy } from '../selection/tgwSelection';
import type { Prefix, RouteCandidate } from '../types';
import { GatewayRib } from './gatewayRib';

export interface TgwRouteTableSpec {
  readonly routeTableId: string;
  readonly associations: readonly string[];
  readonly propagations: readonly string[];
  readonly staticRoutes: ReadonlyArray<{ prefix: Prefix; attachmentId?: string; blackhole?: boolean }>;
}

export class TransitGatewayRouting {
  readonly tables = new Map<string, GatewayRib>();
  private readonly specs = new Map<string, TgwRouteTableSpec>();

  constructor(readonly transitGatewayId: string, readonly vpnEcmpSupport: boolean, specs: readonly TgwRouteTableSpec[]) {
    for (const s of specs) {
      this.specs.set(s.routeTableId, s);
      this.tables.set(s.routeTableId, new GatewayRib(tgwPolicy(vpnEcmpSupport)));
      const blackholes = s.staticRoutes.filter((r) => r.blackhole).map((r) => ({ prefix: r.prefix, source: 'blackhole' as const, target: 'blackhole', asPath: [], med: 0, healthy: true, dynamic: false }));
      this.tables.get(s.routeTableId)?.replaceSource('blackhole', blackholes);
    }
  }

  /** The table an attachment's traffic is looked up in. */
  associatedTable(attachmentId: string): GatewayRib | undefined {
    for (const [id, s] of this.specs) if (s.associations.includes(attachmentId)) return this.tables.get(id);
    return undefined;
  }

  /**
   * Replace what one attachment contributes (its propagated routes, plus static routes that
   * point at it, expanded per tunnel for VPN attachments). Returns prefixes recomputed per table.
   */
  setAttachmentRoutes(attachmentId: string, propagated: readonly RouteCandidate[], staticTargets: readonly Omit<RouteCandidate, 'prefix'>[] = []): Map<string, Prefix[]> {
    const changed = new Map<string, Prefix[]>();
    for (const [id, s] of this.specs) {
      const rib = this.tables.get(id);
      if (!rib) continue;
      const props = s.propagations.includes(attachmentId) ? propagated : [];
      const statics = s.staticRoutes
        .filter((r) => !r.blackhole && r.attachmentId === attachmentId)
        .flatMap((r) => (staticTargets.length ? staticTargets : [{ source: 'tgw-static' as const, target: attachmentId, asPath: [], med: 0, healthy: true, dynamic: false }]).map((t) => ({ ...t, source: 'tgw-static' as const, prefix: r.prefix })));
      const p = rib.replaceSource(`propagated:${attachmentId}`, props);
      const q = rib.replaceSource(`static:${attachmentId}`, statics);
      changed.set(id, [...p, ...q]);
    }
    return changed;
  }
}
