import type { ValidationError } from '../../schema/validationError';
import type { TunnelOptionsSpec } from '../../schema/tunnelOptionsSchema';
import type { VpnConnectionSpec } from '../../schema/vpnConnectionSchema';
import type { CustomerGatewayDeviceSpec, DeviceTunnelSpec } from '../../schema/deviceSchema';
import type { Scenario } from '../../schema/scenarioSchema';
import type { MetricAlarmSpec } from '../../telemetry/types';
import type { TransitGatewayEntry } from '../../schema/scenarioLookup';

type TransitGatewayOptions = NonNullable<TransitGatewayEntry['Options']>;

/** A tunnel is chosen by its AWS outside IP (R19, as the API does) or, for convenience, by number. */
export interface TunnelSelector {
  VpnConnectionId: string;
  VpnTunnelOutsideIpAddress?: string;
  TunnelOutsideIpAddress?: string;
  TunnelNumber?: 1 | 2;
}

/** Actions, named like the EC2 API (R341–R344) plus the learner's faults. Fields use API names. */
export type EngineAction =
  | ({ type: 'CreateVpnConnection' } & Omit<VpnConnectionSpec, 'VpnConnectionId'> & { VpnConnectionId?: string })
  | { type: 'DeleteVpnConnection'; VpnConnectionId: string }
  | ({ type: 'ModifyVpnTunnelOptions'; TunnelOptions: TunnelOptionsSpec; SkipTunnelReplacement?: boolean } & TunnelSelector)
  | { type: 'ModifyVpnConnectionOptions'; VpnConnectionId: string; LocalIpv4NetworkCidr?: string; RemoteIpv4NetworkCidr?: string; LocalIpv6NetworkCidr?: string; RemoteIpv6NetworkCidr?: string }
  | { type: 'ModifyVpnConnection'; VpnConnectionId: string; VpnGatewayId?: string; TransitGatewayId?: string; CustomerGatewayId?: string }
  | { type: 'CreateVpnConnectionRoute'; VpnConnectionId: string; DestinationCidrBlock: string }
  | { type: 'DeleteVpnConnectionRoute'; VpnConnectionId: string; DestinationCidrBlock: string }
  | ({ type: 'ReplaceVpnTunnel'; ApplyPendingMaintenance?: boolean } & TunnelSelector)
  | ({ type: 'GetVpnTunnelReplacementStatus' } & TunnelSelector)
  | { type: 'AttachVpnGateway'; VpnGatewayId: string; VpcId: string }
  | { type: 'DetachVpnGateway'; VpnGatewayId: string; VpcId: string }
  | ({ type: 'FailTunnelPath' } & TunnelSelector)
  | ({ type: 'RestoreTunnelPath' } & TunnelSelector)
  | { type: 'FailDevice'; CustomerGatewayId: string }
  | { type: 'RestoreDevice'; CustomerGatewayId: string }
  | ({ type: 'DegradePath'; VpnConnectionId: string; LossPercent?: number; LatencyMs?: number } & Partial<TunnelSelector>)
  | { type: 'SetFirewallBlock'; CustomerGatewayId: string; BlockUdp500?: boolean; BlockUdp4500?: boolean; BlockEsp?: boolean }
  | { type: 'SetDeviceNat'; CustomerGatewayId: string; Enabled: boolean; PublicIpAddress?: string; PrivateIpAddress?: string }
  | ({ type: 'ConfigureDevice'; Config: Partial<Omit<DeviceTunnelSpec, 'VpnConnectionId' | 'TunnelNumber'>> } & TunnelSelector)
  | ({ type: 'DeviceDeleteSa'; Phase: 1 | 2 } & TunnelSelector)
  | ({ type: 'DeviceRekey' } & TunnelSelector)
  | ({ type: 'TriggerEndpointMaintenance'; Critical?: boolean } & Partial<TunnelSelector> & { VpnConnectionId: string })
  | { type: 'SetTrafficRate'; VpnConnectionId: string; BytesPerSecondIn: number; BytesPerSecondOut: number }
  | ({ type: 'PutMetricAlarm' } & MetricAlarmSpec)
  | { type: 'StartTraffic'; VpnConnectionId?: string; BytesPerSecondIn?: number; BytesPerSecondOut?: number }
  | { type: 'StopTraffic'; VpnConnectionId?: string }
  | { type: 'CreateCustomerGateway'; CustomerGatewayId?: string; BgpAsn?: number; IpAddress?: string; CertificateArn?: string; DeviceName?: string }
  | { type: 'DeleteCustomerGateway'; CustomerGatewayId: string }
  | { type: 'CreateVpnGateway'; VpnGatewayId?: string; AmazonSideAsn?: number; AvailabilityZone?: string; Tags?: { Key: string; Value?: string }[] }
  | { type: 'DeleteVpnGateway'; VpnGatewayId: string }
  | { type: 'CreateTransitGateway'; TransitGatewayId?: string; Description?: string; Options?: TransitGatewayOptions }
  | { type: 'ModifyTransitGateway'; TransitGatewayId: string; Options: Omit<TransitGatewayOptions, 'TransitGatewayCidrBlocks'> & { AddTransitGatewayCidrBlocks?: string[]; RemoveTransitGatewayCidrBlocks?: string[] } }
  | { type: 'DeleteTransitGateway'; TransitGatewayId: string }
  | { type: 'CreateTransitGatewayVpcAttachment'; TransitGatewayId: string; VpcId: string; SubnetIds?: string[] }
  | { type: 'DeleteTransitGatewayVpcAttachment'; TransitGatewayAttachmentId: string }
  /** Learner action on the device: each field given replaces that BGP setting; null removes it. */
  | { type: 'ConfigureDeviceBgp'; CustomerGatewayId: string; Bgp: { [K in keyof NonNullable<CustomerGatewayDeviceSpec['Bgp']>]?: NonNullable<CustomerGatewayDeviceSpec['Bgp']>[K] | null } }
  | { type: 'ConfigureDeviceInterface'; CustomerGatewayId: string; Mtu?: number | null; TcpMssClamp?: number | null }
  /** Lab-level (not EC2): an on-premises site of the scenario (`Sites[]`). */
  | ({ type: 'CreateSite' } & NonNullable<Scenario['Sites']>[number])
  | { type: 'DeleteSite'; Name: string }
  | { type: 'EnableVgwRoutePropagation' | 'DisableVgwRoutePropagation'; RouteTableId: string; GatewayId: string }
  | { type: 'FailDirectConnect' | 'RestoreDirectConnect'; DirectConnectGatewayId: string }
  | ({ type: 'ModifyVpnTunnelCertificate' } & TunnelSelector);

export type EngineActionType = EngineAction['type'];

export type ActionResult =
  | { readonly ok: true; readonly result?: unknown; readonly warnings?: readonly ValidationError[] }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

export const fail = (...errors: ValidationError[]): ActionResult => ({ ok: false, errors });
