import type { ConnectionState, MedPreference } from '../events';
import type { BgpSessionHost } from '../routingRuntime/bgpSessionHost';
import type { Scenario } from '../schema/scenarioSchema';
import type { ResolvedTunnelOptions } from '../schema/resolveTunnelOptions';
import type { CustomerGatewayDeviceSpec, DeviceTunnelSpec } from '../schema/deviceSchema';
import type { CustomerGatewayEntry, TransitGatewayAttachmentEntry, TransitGatewayEntry, VpnGatewayEntry } from '../schema/scenarioLookup';
import type { TunnelHost } from '../tunnel/tunnelHost';

/** Learner faults on one tunnel's outside path (between device and AWS endpoint). */
export interface PathFaults {
  pathUp: boolean;
  lossPct: number;
  latencyMs: number;
}

export interface Replacement {
  readonly kind: 'customer' | 'aws';
  readonly reason: string;
  readonly until: number;
}

/** R127: what get-vpn-tunnel-replacement-status reports. */
export interface MaintenanceState {
  pending: boolean;
  autoApplyAfter: number | null;
  lastApplied: number | null;
}

export interface TunnelModel {
  readonly index: 0 | 1;
  outsideIpAddress: string;
  options: ResolvedTunnelOptions;
  readonly host: TunnelHost;
  path: PathFaults;
  replacement: Replacement | null;
  maintenance: MaintenanceState;
  medPreference: MedPreference;
  /** Cumulative byte counters (R410, R411) and the time they were last brought up to date. */
  bytesIn: number;
  bytesOut: number;
  accruedTo: number;
  /** Routed traffic rates (bytes per second) this tunnel carries now, set by routingRuntime/trafficRates. */
  rateIn: number;
  rateOut: number;
  /** BGP speakers of this tunnel (dynamic connections with BGP on the device). */
  bgp: BgpSessionHost | null;
  /** Status last reported (R171/R408: for BGP connections UP needs the session Established) and since when. */
  reportedUp: boolean;
  statusChangedAt: number;
}

export interface ConnectionOptionsModel {
  StaticRoutesOnly: boolean;
  TunnelInsideIpVersion: 'ipv4' | 'ipv6';
  EnableAcceleration: boolean;
  OutsideIpAddressType: 'PublicIpv4' | 'PrivateIpv4';
  TransportTransitGatewayAttachmentId?: string;
  LocalIpv4NetworkCidr: string;
  RemoteIpv4NetworkCidr: string;
  LocalIpv6NetworkCidr: string;
  RemoteIpv6NetworkCidr: string;
}

export interface ConnectionModel {
  readonly id: string;
  customerGatewayId: string;
  vpnGatewayId: string | undefined;
  transitGatewayId: string | undefined;
  transitGatewayAttachmentId: string | undefined;
  state: ConnectionState;
  readonly createdAt: number;
  options: ConnectionOptionsModel;
  routes: string[];
  tags: { Key: string; Value: string }[];
  readonly tunnels: readonly [TunnelModel, TunnelModel];
  /** Simple traffic model until ROUTING's flows are wired in: bytes per second each way. */
  trafficBps: { in: number; out: number };
  /** Which tunnel carried the traffic since the counters were last brought up to date. */
  carrierIndex: 0 | 1 | null;
}

export interface DeviceModel {
  readonly customerGatewayId: string;
  up: boolean;
  spec: CustomerGatewayDeviceSpec;
}

export interface VpnGatewayModel {
  spec: VpnGatewayEntry;
  state: 'available' | 'deleted';
  attachments: { VpcId: string; State: 'attached' | 'attaching' | 'detached' | 'detaching' }[];
}

export interface World {
  region: string;
  customerGateways: Map<string, CustomerGatewayEntry>;
  vpnGateways: Map<string, VpnGatewayModel>;
  transitGateways: Map<string, TransitGatewayEntry>;
  transitGatewayAttachments: Map<string, TransitGatewayAttachmentEntry>;
  vpcIds: Set<string>;
  connections: Map<string, ConnectionModel>;
  devices: Map<string, DeviceModel>;
  /** Direct Connect gateways and whether their link is up (FailDirectConnect); ROUTING reads this. */
  directConnectUp: Map<string, boolean>;
  /** `rtb-…|vgw-…` pairs with route propagation enabled (R342); ROUTING reads this. */
  vgwPropagation: Set<string>;
  /** Scenario parts only routing reads: VPCs (subnets, hosts, route tables), sites, DX gateways. */
  vpcs: NonNullable<Scenario['Vpcs']>;
  sites: NonNullable<Scenario['Sites']>;
  directConnectGateways: NonNullable<Scenario['DirectConnectGateways']>;
}

export type { DeviceTunnelSpec };
