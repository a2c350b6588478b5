/**
 * The GenerateInput of one VPN connection, read from the engine: the describe-* JSON of the
 * connection and its customer gateway, the Amazon-side ASN, the VPC CIDRs behind the gateway
 * and the prefixes the device advertises (R273, R305, R306).
 */
import type { CustomerGateway, TransitGateway, VpnConnection, VpnGateway } from '@aws-sdk/client-ec2';
import type { Engine } from '../engine/engine';
import { describeCustomerGateways, describeTransitGateways, describeVpnGateways } from '../engine/describe/describeGateways';
import type { TopologyExportInput } from '../engine/deviceConfig/export/topologyInput';
import type { GenerateInput } from '../engine/deviceConfig/types';
import { vpnConnectionsJson } from './aws/ec2ReadCommands';

export type InputLookup = { ok: true; input: GenerateInput } | { ok: false; code: string; message: string };

export function generateInputFor(engine: Engine, vpnConnectionId: string): InputLookup {
  const conn = vpnConnectionsJson({ engine }).find((c) => c['VpnConnectionId'] === vpnConnectionId);
  if (!conn || conn['State'] === 'deleted') return { ok: false, code: 'InvalidVpnConnectionID.NotFound', message: `The vpnConnection ID '${vpnConnectionId}' does not exist` };
  const world = engine.world();
  const cgwId = String(conn['CustomerGatewayId']);
  const cgw = describeCustomerGateways(world).CustomerGateways.find((g) => g.CustomerGatewayId === cgwId);
  if (!cgw) return { ok: false, code: 'InvalidCustomerGatewayID.NotFound', message: `The customerGateway ID '${cgwId}' does not exist` };
  const vgw = typeof conn['VpnGatewayId'] === 'string' ? world.vpnGateways.get(conn['VpnGatewayId']) : undefined;
  const tgw = typeof conn['TransitGatewayId'] === 'string' ? world.transitGateways.get(conn['TransitGatewayId']) : undefined;
  const amazonSideAsn = Number(vgw?.spec.AmazonSideAsn ?? tgw?.Options?.AmazonSideAsn ?? 64512);
  const attachedVpcs = vgw ? vgw.attachments.map((a) => a.VpcId) : [...world.transitGatewayAttachments.values()].filter((a) => a.TransitGatewayId === tgw?.TransitGatewayId).map((a) => a.ResourceId);
  const vpcCidrs = world.vpcs.filter((v) => attachedVpcs.includes(v.VpcId)).map((v) => v.CidrBlock).filter((c): c is string => typeof c === 'string');
  const device = world.devices.get(cgwId);
  const site = world.sites.filter((s) => s.CustomerGatewayId === cgwId).flatMap((s) => s.CidrBlocks);
  const customerCidrs = device?.spec.Bgp?.AdvertisedPrefixes ?? (site.length > 0 ? site : undefined);
  return {
    ok: true,
    input: {
      connection: conn as unknown as VpnConnection,
      customerGateway: cgw as unknown as CustomerGateway,
      amazonSideAsn,
      ...(vpcCidrs.length > 0 ? { vpcCidrs } : {}),
      ...(customerCidrs ? { customerCidrs } : {}),
    },
  };
}

/** The live VPN connection ids (not deleted), in scenario order: the values `--connection` accepts. */
export function connectionIdsOf(engine: Engine): string[] {
  return vpnConnectionsJson({ engine })
    .filter((c) => c['State'] !== 'deleted')
    .map((c) => String(c['VpnConnectionId']));
}

/** The describe-* shapes of the whole topology, for the Terraform / CloudFormation exports. */
export function topologyExportInputFor(engine: Engine): TopologyExportInput {
  const world = engine.world();
  return {
    vpnConnections: vpnConnectionsJson({ engine }).filter((c) => c['State'] !== 'deleted') as unknown as VpnConnection[],
    customerGateways: describeCustomerGateways(world).CustomerGateways as unknown as CustomerGateway[],
    vpnGateways: describeVpnGateways(world).VpnGateways as unknown as VpnGateway[],
    transitGateways: describeTransitGateways(world).TransitGateways as unknown as TransitGateway[],
  };
}
