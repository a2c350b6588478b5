import type { ConnectionState, EngineEvent, MedPreference } from '../events';
import type { SaState } from '../ike/ikeTypes';
import type { ResolvedTunnelOptions } from '../schema/resolveTunnelOptions';
import type { ValidationError } from '../schema/validationError';
import type { TelemetrySnapshot } from '../telemetry/types';
import type { TraceEntry } from '../tunnel/tunnelHost';
import type { ConnectionOptionsModel } from './worldTypes';
import type { RoutingSnapshot } from '../routingRuntime/routingSnapshot';

export interface TunnelSnapshot {
  readonly index: 0 | 1;
  readonly outsideIpAddress: string;
  readonly status: 'UP' | 'DOWN';
  readonly phase1: SaState;
  readonly phase2: SaState;
  readonly lastStatusChange: number;
  readonly statusMessage: string;
  readonly insideCidr: string;
  readonly insideIpv6Cidr?: string;
  /** R61: AWS takes the first usable address of the /30, the device the second. */
  readonly awsInsideIp: string;
  readonly cgwInsideIp: string;
  readonly options: ResolvedTunnelOptions;
  readonly ikeVersion: 'ikev1' | 'ikev2' | null;
  readonly phase1Algorithms: { readonly encryption: string; readonly integrity: string; readonly dhGroup: number } | null;
  readonly phase2Algorithms: { readonly encryption: string; readonly integrity: string; readonly dhGroup: number | null } | null;
  readonly natTDetected: boolean;
  readonly dataPlaneUp: boolean;
  readonly path: { readonly pathUp: boolean; readonly lossPct: number; readonly latencyMs: number };
  readonly replacement: { readonly kind: 'customer' | 'aws'; readonly reason: string; readonly until: number } | null;
  readonly maintenance: { readonly pending: boolean; readonly autoApplyAfter: number | null; readonly lastApplied: number | null };
  /** R195: `lowered` while AWS updates the other tunnel; ROUTING reads this as the MED AWS advertises. */
  readonly medPreference: MedPreference;
  /** R78 Lab decision: device lifetimes that differ from AWS's never break the tunnel; they are only flagged. */
  readonly lifetimeMismatch: boolean;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly trace: readonly TraceEntry[];
}

export interface ConnectionSnapshot {
  readonly id: string;
  readonly state: ConnectionState;
  readonly customerGatewayId: string;
  readonly vpnGatewayId?: string;
  readonly transitGatewayId?: string;
  readonly transitGatewayAttachmentId?: string;
  readonly type: 'ipsec.1';
  readonly category: 'VPN';
  readonly options: ConnectionOptionsModel;
  readonly routes: readonly string[];
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  readonly tunnels: readonly [TunnelSnapshot, TunnelSnapshot];
}

export interface DeviceSnapshot {
  readonly customerGatewayId: string;
  readonly up: boolean;
  readonly behindNat: boolean;
  readonly firewall: { readonly blockUdp500: boolean; readonly blockUdp4500: boolean; readonly blockEsp: boolean };
}

/** The resources as they are now, created or deleted by actions included, in creation order (scenario first). */
export interface ResourcesSnapshot {
  readonly customerGateways: readonly {
    readonly CustomerGatewayId: string;
    readonly BgpAsn: number;
    readonly IpAddress?: string;
    readonly CertificateArn?: string;
    readonly DeviceName?: string;
  }[];
  readonly vpnGateways: readonly {
    readonly VpnGatewayId: string;
    readonly AmazonSideAsn: number;
    readonly State: 'available' | 'deleted';
    readonly VpcAttachments: readonly { readonly VpcId: string; readonly State: 'attached' | 'attaching' | 'detached' | 'detaching' }[];
  }[];
  readonly transitGateways: readonly { readonly TransitGatewayId: string; readonly AmazonSideAsn: number; readonly VpnEcmpSupport: 'enable' | 'disable' }[];
  /** VPC and Direct Connect gateway attachments (VPN attachments live on their connection). */
  readonly transitGatewayAttachments: readonly { readonly TransitGatewayAttachmentId: string; readonly TransitGatewayId: string; readonly ResourceType: string; readonly ResourceId: string }[];
  /** Lab-level on-premises sites (scenario `Sites[]`, CreateSite/DeleteSite). */
  readonly sites: readonly {
    readonly Name: string;
    readonly CustomerGatewayId?: string;
    readonly CidrBlocks: readonly string[];
    readonly Hosts?: readonly { readonly Name: string; readonly IpAddress: string }[];
    readonly DirectConnectGatewayId?: string;
  }[];
}

export interface EngineSnapshot {
  readonly t: number;
  readonly seed: number;
  readonly region: string;
  readonly connections: readonly ConnectionSnapshot[];
  readonly devices: readonly DeviceSnapshot[];
  readonly resources: ResourcesSnapshot;
  readonly telemetry: TelemetrySnapshot;
  /** Errors of scenario events and alarms that were refused while the scenario ran. */
  readonly errors: readonly { readonly t: number; readonly action: string; readonly errors: readonly ValidationError[] }[];
  readonly eventCount: number;
  readonly lastEvents: readonly EngineEvent[];
  /** BGP sessions and route tables (.helpers/ROUTING-SNAPSHOT.md). */
  readonly routing: RoutingSnapshot;
}
