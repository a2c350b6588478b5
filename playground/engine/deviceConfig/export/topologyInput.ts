/** What the Terraform and CloudFormation exports take: the describe-* shapes of a topology. */
import type { CustomerGateway, TransitGateway, TunnelOption, VpnConnection, VpnGateway } from '@aws-sdk/client-ec2';

export interface TopologyExportInput {
  readonly vpnConnections: readonly VpnConnection[];
  readonly customerGateways: readonly CustomerGateway[];
  readonly vpnGateways?: readonly VpnGateway[];
  readonly transitGateways?: readonly TransitGateway[];
}

/** `vpn-0b2d…` → `vpn_0b2d…`: a resource name / logical id both tools accept. */
export const resourceName = (id: string | undefined, fallback: string): string => (id ?? fallback).replace(/[^A-Za-z0-9_]/g, '_');
export const logicalId = (id: string | undefined, fallback: string): string => (id ?? fallback).split(/[^A-Za-z0-9]/).map((p) => (p ? p[0]?.toUpperCase() + p.slice(1) : '')).join('');

export const listValues = <T>(l: readonly { Value?: T | undefined }[] | undefined): T[] | undefined => {
  const v = (l ?? []).map((x) => x.Value).filter((x): x is T => x !== undefined);
  return v.length ? v : undefined;
};

export type { TunnelOption };
