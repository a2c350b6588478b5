import type { EngineEvent } from '../events';
import type { TelemetrySnapshot } from '../telemetry/types';
import type { ConnectionSnapshot, DeviceSnapshot, EngineSnapshot, ResourcesSnapshot, TunnelSnapshot } from './snapshotTypes';
import { deviceTunnelSpec } from './tunnelPolicy';
import { statusMessage, tunnelUp } from '../routingRuntime/tunnelStatus';
import type { RoutingSnapshot } from '../routingRuntime/routingSnapshot';
import type { ConnectionModel, TunnelModel, World } from './worldTypes';

function insideHosts(cidr: string): [string, string] {
  const [addr = '0.0.0.0'] = cidr.split('/');
  const parts = addr.split('.').map(Number);
  const last = parts[3] ?? 0;
  const base = parts.slice(0, 3).join('.');
  return [`${base}.${last + 1}`, `${base}.${last + 2}`];
}

function lifetimeMismatch(world: World, c: ConnectionModel, t: TunnelModel): boolean {
  const spec = deviceTunnelSpec(world.devices.get(c.customerGatewayId), c, t.index);
  const p1 = spec?.Phase1LifetimeSeconds;
  const p2 = spec?.Phase2LifetimeSeconds;
  return (p1 !== undefined && p1 !== t.options.Phase1LifetimeSeconds) || (p2 !== undefined && p2 !== t.options.Phase2LifetimeSeconds);
}

function tunnelSnapshot(world: World, c: ConnectionModel, t: TunnelModel): TunnelSnapshot {
  const s = t.host.state;
  const [aws, cgw] = insideHosts(t.options.TunnelInsideCidr);
  return {
    // R171, R408: a dynamic connection's tunnel is UP only while its BGP session is Established.
    index: t.index, outsideIpAddress: t.outsideIpAddress, status: tunnelUp(c, t) ? 'UP' : 'DOWN', phase1: s.phase1, phase2: s.phase2,
    lastStatusChange: t.statusChangedAt, statusMessage: statusMessage(c, t), insideCidr: t.options.TunnelInsideCidr,
    ...(t.options.TunnelInsideIpv6Cidr ? { insideIpv6Cidr: t.options.TunnelInsideIpv6Cidr } : {}),
    awsInsideIp: aws, cgwInsideIp: cgw, options: t.options,
    ikeVersion: s.aws.ike?.version ?? null,
    phase1Algorithms: s.aws.ike ? { ...s.aws.ike.chosen } : null,
    phase2Algorithms: s.aws.child ? { ...s.aws.child.chosen } : null,
    natTDetected: s.natT, dataPlaneUp: t.host.dataPlaneAlive, path: { ...t.path },
    replacement: t.replacement ? { ...t.replacement } : null, maintenance: { ...t.maintenance }, medPreference: t.medPreference,
    lifetimeMismatch: lifetimeMismatch(world, c, t), bytesIn: Math.round(t.bytesIn), bytesOut: Math.round(t.bytesOut), trace: t.host.trace.slice(),
  };
}

function connectionSnapshot(world: World, c: ConnectionModel): ConnectionSnapshot {
  return {
    id: c.id, state: c.state, customerGatewayId: c.customerGatewayId,
    ...(c.vpnGatewayId ? { vpnGatewayId: c.vpnGatewayId } : {}),
    ...(c.transitGatewayId ? { transitGatewayId: c.transitGatewayId } : {}),
    ...(c.transitGatewayAttachmentId ? { transitGatewayAttachmentId: c.transitGatewayAttachmentId } : {}),
    type: 'ipsec.1', category: 'VPN', options: { ...c.options }, routes: [...c.routes], tags: c.tags.map((x) => ({ ...x })),
    tunnels: [tunnelSnapshot(world, c, c.tunnels[0]), tunnelSnapshot(world, c, c.tunnels[1])],
  };
}

/** `{ k: v }` when v is set, `{}` otherwise (snapshots carry no undefined fields). */
const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [k]: v } as { [P in K]?: V }));

/** Resources as they stand after every action (the canvas draws created ones from here). */
function resourcesSnapshot(world: World): ResourcesSnapshot {
  return {
    customerGateways: [...world.customerGateways.values()].map((g) => ({
      CustomerGatewayId: g.CustomerGatewayId, BgpAsn: g.BgpAsn ?? 65000,
      ...opt('IpAddress', g.IpAddress), ...opt('CertificateArn', g.CertificateArn), ...opt('DeviceName', g.DeviceName),
    })),
    vpnGateways: [...world.vpnGateways.values()].map((g) => ({
      VpnGatewayId: g.spec.VpnGatewayId, AmazonSideAsn: g.spec.AmazonSideAsn ?? 64512, State: g.state,
      VpcAttachments: g.attachments.map((x) => ({ VpcId: x.VpcId, State: x.State })),
    })),
    transitGateways: [...world.transitGateways.values()].map((g) => ({
      TransitGatewayId: g.TransitGatewayId, AmazonSideAsn: g.Options?.AmazonSideAsn ?? 64512, VpnEcmpSupport: g.Options?.VpnEcmpSupport ?? 'enable',
    })),
    transitGatewayAttachments: [...world.transitGatewayAttachments.values()].map((x) => ({
      TransitGatewayAttachmentId: x.TransitGatewayAttachmentId, TransitGatewayId: x.TransitGatewayId, ResourceType: x.ResourceType, ResourceId: x.ResourceId,
    })),
    sites: world.sites.map((s) => ({
      Name: s.Name, CidrBlocks: [...s.CidrBlocks], ...opt('CustomerGatewayId', s.CustomerGatewayId),
      ...opt('Hosts', s.Hosts?.map((h) => ({ Name: h.Name, IpAddress: h.IpAddress }))), ...opt('DirectConnectGatewayId', s.DirectConnectGatewayId),
    })),
  };
}

/** Deep-freeze so views cannot change engine state through a snapshot. */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** A plain-data copy: JSON round-trips it unchanged, so the CLI and share links can print it. */
export function buildSnapshot(args: {
  t: number; seed: number; world: World; telemetry: TelemetrySnapshot; errors: EngineSnapshot['errors']; eventCount: number; lastEvents: readonly EngineEvent[];
  routing: RoutingSnapshot;
}): EngineSnapshot {
  const { world } = args;
  const devices: DeviceSnapshot[] = [...world.customerGateways.keys()].map((id) => {
    const d = world.devices.get(id);
    const fw = d?.spec.Firewall;
    return {
      customerGatewayId: id, up: d?.up ?? true, behindNat: d?.spec.Nat?.Enabled === true,
      firewall: { blockUdp500: fw?.BlockUdp500 ?? false, blockUdp4500: fw?.BlockUdp4500 ?? false, blockEsp: fw?.BlockEsp ?? false },
    };
  });
  const snap: EngineSnapshot = {
    t: args.t, seed: args.seed, region: world.region,
    connections: [...world.connections.values()].map((c) => connectionSnapshot(world, c)),
    devices, resources: resourcesSnapshot(world), telemetry: JSON.parse(JSON.stringify(args.telemetry)) as TelemetrySnapshot,
    errors: args.errors.map((e) => ({ ...e })), eventCount: args.eventCount, lastEvents: args.lastEvents.slice(-50),
    routing: args.routing,
  };
  return deepFreeze(snap);
}
