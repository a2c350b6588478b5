import { resolveTunnelOptions } from '../schema/resolveTunnelOptions';
import type { VpnConnectionSpec } from '../schema/vpnConnectionSchema';
import type { EngineCore } from './engineCore';
import { DEFAULT_TRAFFIC_BPS, tunnelSamples } from './traffic';
import { createTunnelHost, refreshConnection } from './tunnelWiring';
import type { ConnectionModel, TunnelModel } from './worldTypes';

/** R21: creating a connection "can take a few minutes"; VPN Lab uses 5 minutes of simulated time. */
export const CONNECTION_CREATION_MS = 300_000;
/** R367: a deleted connection stays listed as `deleted` for a short time: 10 minutes here. */
export const DELETED_LISTING_MS = 600_000;
export const DELETING_MS = 30_000;
export const DEFAULT_LATENCY_MS = 20;

/** Inside /30s already used on the same VGW (R58, R60) or /126s on the same TGW (R62). */
function usedInside(core: EngineCore, gatewayId: string | undefined): { v4: Set<string>; v6: Set<string> } {
  const v4 = new Set<string>();
  const v6 = new Set<string>();
  for (const c of core.world.connections.values()) {
    if (gatewayId === undefined || (c.vpnGatewayId ?? c.transitGatewayId) !== gatewayId || c.state === 'deleted') continue;
    for (const t of c.tunnels) {
      v4.add(t.options.TunnelInsideCidr);
      if (t.options.TunnelInsideIpv6Cidr) v6.add(t.options.TunnelInsideIpv6Cidr);
    }
  }
  return { v4, v6 };
}

export function allocateOutsideIp(core: EngineCore, c: Pick<ConnectionModel, 'options' | 'transitGatewayId'>): string {
  if (c.options.OutsideIpAddressType === 'PrivateIpv4') {
    const block = c.transitGatewayId ? core.world.transitGateways.get(c.transitGatewayId)?.Options?.TransitGatewayCidrBlocks?.[0] : undefined;
    return core.ips.allocate('private', block);
  }
  return core.ips.allocate(c.options.EnableAcceleration ? 'accelerated' : 'public');
}

/** Build a connection and its two tunnels; `available` connections start negotiating at once. */
export function createConnection(core: EngineCore, spec: VpnConnectionSpec, state: 'pending' | 'available'): ConnectionModel {
  const o = spec.Options ?? {};
  const options: ConnectionModel['options'] = {
    StaticRoutesOnly: o.StaticRoutesOnly ?? false,
    TunnelInsideIpVersion: o.TunnelInsideIpVersion ?? 'ipv4',
    EnableAcceleration: o.EnableAcceleration ?? false,
    OutsideIpAddressType: o.OutsideIpAddressType ?? 'PublicIpv4',
    ...(o.TransportTransitGatewayAttachmentId !== undefined ? { TransportTransitGatewayAttachmentId: o.TransportTransitGatewayAttachmentId } : {}),
    LocalIpv4NetworkCidr: o.LocalIpv4NetworkCidr ?? '0.0.0.0/0',
    RemoteIpv4NetworkCidr: o.RemoteIpv4NetworkCidr ?? '0.0.0.0/0',
    LocalIpv6NetworkCidr: o.LocalIpv6NetworkCidr ?? '::/0',
    RemoteIpv6NetworkCidr: o.RemoteIpv6NetworkCidr ?? '::/0',
  };
  const used = usedInside(core, spec.VpnGatewayId ?? spec.TransitGatewayId);
  const now = core.kernel.now();
  const tunnels: TunnelModel[] = [];
  const conn: ConnectionModel = {
    id: spec.VpnConnectionId, customerGatewayId: spec.CustomerGatewayId, vpnGatewayId: spec.VpnGatewayId,
    transitGatewayId: spec.TransitGatewayId, transitGatewayAttachmentId: spec.TransitGatewayId ? core.ids.next('tgw-attach') : undefined,
    state, createdAt: now, options, routes: (spec.Routes ?? []).map((r) => r.DestinationCidrBlock),
    tags: (spec.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? '' })),
    tunnels: tunnels as unknown as readonly [TunnelModel, TunnelModel], trafficBps: { ...DEFAULT_TRAFFIC_BPS }, carrierIndex: null,
  };
  for (const index of [0, 1] as const) {
    const resolved = resolveTunnelOptions(spec.Options?.TunnelOptions?.[index], {
      rng: core.optionRng, insideIpVersion: options.TunnelInsideIpVersion,
      usedInsideCidrs: spec.VpnGatewayId ? used.v4 : new Set(), usedInsideIpv6Cidrs: used.v6,
    });
    used.v4.add(resolved.TunnelInsideCidr);
    if (resolved.TunnelInsideIpv6Cidr) used.v6.add(resolved.TunnelInsideIpv6Cidr);
    const tunnel: TunnelModel = {
      index, outsideIpAddress: allocateOutsideIp(core, conn), options: resolved,
      host: null as unknown as TunnelModel['host'],
      path: { pathUp: true, lossPct: 0, latencyMs: DEFAULT_LATENCY_MS }, replacement: null,
      maintenance: { pending: false, autoApplyAfter: null, lastApplied: null }, medPreference: 'normal',
      bytesIn: 0, bytesOut: 0, accruedTo: now, rateIn: 0, rateOut: 0, bgp: null, reportedUp: false, statusChangedAt: now,
    };
    (tunnel as { host: TunnelModel['host'] }).host = createTunnelHost(core, () => conn, () => tunnel, `${conn.id}:${index}`);
    tunnels.push(tunnel);
  }
  core.world.connections.set(conn.id, conn);
  core.emit({ type: 'connectionStateChanged', t: now, vpnConnectionId: conn.id, state });
  if (state === 'available') startTunnels(core, conn);
  else core.schedule(now + CONNECTION_CREATION_MS, () => becomeAvailable(core, conn));
  return conn;
}

function becomeAvailable(core: EngineCore, c: ConnectionModel): void {
  if (c.state !== 'pending') return;
  c.state = 'available';
  core.emit({ type: 'connectionStateChanged', t: core.kernel.now(), vpnConnectionId: c.id, state: 'available' });
  startTunnels(core, c);
}

/** R106: the startup action applies when the tunnels of a new or modified connection come up. */
export function startTunnels(core: EngineCore, c: ConnectionModel): void {
  refreshConnection(core, c);
  for (const t of c.tunnels) t.host.input({ type: 'start' });
  core.touch();
}

/** R366, R367: deleting leaves gateways in place; the connection is listed as deleted for a while. */
export function deleteConnection(core: EngineCore, c: ConnectionModel): void {
  const now = core.kernel.now();
  c.state = 'deleting';
  core.emit({ type: 'connectionStateChanged', t: now, vpnConnectionId: c.id, state: 'deleting' });
  for (const t of c.tunnels) t.host.input({ type: 'endpointDown', reason: 'VPN connection deleted' });
  refreshConnection(core, c);
  core.schedule(now + DELETING_MS, () => {
    c.state = 'deleted';
    for (const t of c.tunnels) t.host.stop();
    core.telemetry.recordTunnelSample(core.kernel.now(), tunnelSamples(c, true));
    core.emit({ type: 'connectionStateChanged', t: core.kernel.now(), vpnConnectionId: c.id, state: 'deleted' });
    core.touch();
    core.schedule(core.kernel.now() + DELETED_LISTING_MS, () => {
      core.world.connections.delete(c.id);
      core.touch();
    });
  });
}
