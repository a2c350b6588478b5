/**
 * `aws ec2 describe-vpn-connections / -customer-gateways / -vpn-gateways / -transit-gateways`
 * JSON → a Scenario that the engine can run. Deleted resources are skipped; a connection whose
 * customer gateway or target gateway was not described is an error that says which command's
 * output is missing. The result goes through validateScenario like any scenario.
 */
import type { CustomerGateway, TransitGateway, VpnConnection, VpnGateway } from '@aws-sdk/client-ec2';
import type { Scenario, ScenarioInput } from '../schema/scenarioSchema';
import { validateScenario } from '../schema/validateScenario';
import { validationError, type ValidationError } from '../schema/validationError';
import { collectDescribeOutputs, type DescribeFile } from './describeOutputs';
import { asn, objects, mapCustomerGateway, mapTransitGateway, mapVpnGateway, str, tags } from './mapGateways';
import { compact, mapTunnelOption } from './mapTunnelOptions';
import { synthesizeDevice, type ImportedConnection } from './synthesizeDevice';

export type ImportResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly ValidationError[] }
  | { readonly ok: false; readonly errors: readonly ValidationError[]; readonly warnings: readonly ValidationError[] };

const GONE = new Set(['deleted', 'deleting']);
const live = <T extends { State?: unknown }>(items: readonly T[]) =>
  items.filter((i) => !GONE.has(String(i.State ?? '')));
function regionFrom(tgws: readonly TransitGateway[]): string | undefined {
  for (const t of tgws) {
    const m = /^arn:aws[a-z-]*:ec2:([a-z0-9-]+):/.exec(t.TransitGatewayArn ?? '');
    if (m?.[1]) return m[1];
  }
  return undefined;
}

export function importDescribeOutputs(
  files: readonly DescribeFile[],
  opts: { region?: string; name?: string } = {},
): ImportResult {
  const { inputs, errors } = collectDescribeOutputs(files);
  const warnings: ValidationError[] = [];
  const conns = live(inputs.vpnConnections as VpnConnection[]);
  const cgws = live(inputs.customerGateways as CustomerGateway[]);
  const vgws = live(inputs.vpnGateways as VpnGateway[]);
  const tgws = live(inputs.transitGateways as TransitGateway[]);
  const skipped = inputs.vpnConnections.length - conns.length + inputs.customerGateways.length - cgws.length;
  if (skipped > 0) warnings.push(validationError('ResourceSkipped', '', `${skipped} deleted resource(s) skipped`));

  const cgwById = new Map(cgws.filter((c) => str(c.CustomerGatewayId)).map((c) => [c.CustomerGatewayId as string, c]));
  const vgwIds = new Set(vgws.map((v) => v.VpnGatewayId));
  const tgwIds = new Set(tgws.map((t) => t.TransitGatewayId));
  const vpcIds = new Set<string>();
  const attachments: Record<string, unknown>[] = [];
  const dxGateways: Record<string, unknown>[] = [];

  const vpnConnections: Record<string, unknown>[] = [];
  const sites: Record<string, unknown>[] = [];
  const tgwStaticRoutes = new Map<string, Record<string, unknown>[]>();
  const imported = new Map<string, ImportedConnection[]>();
  conns.forEach((c, i) => {
    const id = str(c.VpnConnectionId);
    const path = `VpnConnections[${i}]`;
    if (!id) {
      errors.push(
        validationError(
          'MissingParameter',
          `${path}.VpnConnectionId`,
          'a VPN connection without VpnConnectionId cannot be imported',
        ),
      );
      return;
    }
    const cgwId = str(c.CustomerGatewayId);
    if (!cgwId || !cgwById.has(cgwId)) {
      errors.push(
        validationError(
          'InvalidCustomerGatewayID.NotFound',
          `${path}.CustomerGatewayId`,
          `${id} uses customer gateway ${cgwId ?? '(none)'}, which is not in the input; add the output of aws ec2 describe-customer-gateways`,
          { value: cgwId },
        ),
      );
    }
    const vgwId = str(c.VpnGatewayId);
    const tgwId = str(c.TransitGatewayId);
    if (vgwId && !vgwIds.has(vgwId)) {
      errors.push(
        validationError(
          'InvalidVpnGatewayID.NotFound',
          `${path}.VpnGatewayId`,
          `${id} targets ${vgwId}, which is not in the input; add the output of aws ec2 describe-vpn-gateways`,
          { value: vgwId },
        ),
      );
    }
    if (tgwId && !tgwIds.has(tgwId)) {
      errors.push(
        validationError(
          'InvalidTransitGatewayID.NotFound',
          `${path}.TransitGatewayId`,
          `${id} targets ${tgwId}, which is not in the input; add the output of aws ec2 describe-transit-gateways`,
          { value: tgwId },
        ),
      );
    }
    if (!vgwId && !tgwId && str(c.CoreNetworkArn)) {
      warnings.push(
        validationError(
          'UnsupportedFeature',
          `${path}.CoreNetworkArn`,
          `${id} is a Cloud WAN attachment; it is imported as "Not associated" (R12)`,
        ),
      );
    }
    const o = (typeof c.Options === 'object' && c.Options !== null ? c.Options : {}) as NonNullable<VpnConnection['Options']>;
    const tunnels = objects<NonNullable<NonNullable<VpnConnection['Options']>['TunnelOptions']>[number]>(o.TunnelOptions).slice(0, 2).map(mapTunnelOption);
    const transport = str(o.TransportTransitGatewayAttachmentId);
    if (transport && tgwId) {
      // The Direct Connect side is not part of describe-* output: stand-ins keep the private IP VPN valid.
      const dx = `dxgw-for-${transport}`;
      attachments.push({
        TransitGatewayAttachmentId: transport,
        TransitGatewayId: tgwId,
        ResourceType: 'direct-connect-gateway',
        ResourceId: dx,
      });
      dxGateways.push({ DirectConnectGatewayId: dx, AssociatedGatewayIds: [tgwId] });
      warnings.push(
        validationError(
          'PlaceholderCreated',
          `${path}.Options.TransportTransitGatewayAttachmentId`,
          `a stand-in Direct Connect gateway ${dx} was created for ${transport}`,
        ),
      );
    }
    const staticOnly = o.StaticRoutesOnly === true;
    const routes = staticOnly
      ? objects<NonNullable<VpnConnection['Routes']>[number]>(c.Routes)
          .filter((r) => !GONE.has(String(r.State ?? '')) && str(r.DestinationCidrBlock))
          .map((r) => ({ DestinationCidrBlock: r.DestinationCidrBlock as string }))
      : undefined;
    if (routes && routes.length > 0) {
      sites.push({
        Name: `site-of-${id}`,
        CustomerGatewayId: cgwId ?? '',
        CidrBlocks: routes.map((r) => r.DestinationCidrBlock),
      });
    }
    const onTgw = tgwId !== undefined && vgwId === undefined;
    if (onTgw && routes && routes.length > 0) {
      // R156: on a transit gateway the static routes live in its route table.
      const list = tgwStaticRoutes.get(tgwId) ?? [];
      list.push(...routes.map((r) => ({ DestinationCidrBlock: r.DestinationCidrBlock, VpnConnectionId: id })));
      tgwStaticRoutes.set(tgwId, list);
    }
    vpnConnections.push(
      compact({
        VpnConnectionId: id,
        CustomerGatewayId: cgwId ?? '',
        VpnGatewayId: vgwId,
        TransitGatewayId: tgwId,
        Options: compact({
          StaticRoutesOnly: typeof o.StaticRoutesOnly === 'boolean' ? o.StaticRoutesOnly : undefined,
          TunnelInsideIpVersion: str(o.TunnelInsideIpVersion),
          EnableAcceleration: typeof o.EnableAcceleration === 'boolean' ? o.EnableAcceleration : undefined,
          OutsideIpAddressType: str(o.OutsideIpAddressType),
          TransportTransitGatewayAttachmentId: transport,
          LocalIpv4NetworkCidr: str(o.LocalIpv4NetworkCidr),
          RemoteIpv4NetworkCidr: str(o.RemoteIpv4NetworkCidr),
          LocalIpv6NetworkCidr: str(o.LocalIpv6NetworkCidr),
          RemoteIpv6NetworkCidr: str(o.RemoteIpv6NetworkCidr),
          TunnelOptions: tunnels.length > 0 ? tunnels : undefined,
        }),
        Routes: !onTgw && routes && routes.length > 0 ? routes : undefined,
        Tags: tags(c.Tags),
      }),
    );
    if (cgwId) {
      const cert = str(cgwById.get(cgwId)?.CertificateArn);
      const list = imported.get(cgwId) ?? [];
      list.push({
        VpnConnectionId: id,
        staticRoutesOnly: staticOnly,
        tunnels,
        ...(cert ? { certificateArn: cert } : {}),
      });
      imported.set(cgwId, list);
    }
  });

  const customerGateways = cgws.map(mapCustomerGateway);
  const vpnGateways = vgws.map((v) => mapVpnGateway(v, vpcIds));
  const transitGateways = tgws.map((t) => mapTransitGateway(t, tgwStaticRoutes.get(t.TransitGatewayId ?? '')));
  const vpcs = [...vpcIds].map((VpcId, i) => {
    warnings.push(
      validationError(
        'PlaceholderCreated',
        `Vpcs[${i}].CidrBlock`,
        `VPC ${VpcId} was not described; a stand-in CIDR 10.${i}.0.0/16 is used (edit it to your VPC's CIDR)`,
        { value: VpcId },
      ),
    );
    return { VpcId, CidrBlock: `10.${i}.0.0/16` };
  });
  const devices = [...imported].map(([cgwId, list]) => synthesizeDevice(cgwId, asn(cgwById.get(cgwId)?.BgpAsn), list));

  if (conns.length + cgws.length + vgws.length + tgws.length === 0 && errors.length === 0) {
    errors.push(validationError('MissingParameter', '', 'the input describes no resources'));
  }
  if (errors.length > 0) return { ok: false, errors, warnings };
  const region = opts.region ?? regionFrom(tgws);
  const scenario: ScenarioInput = compact({
    Name: opts.name ?? 'Imported from describe-* output',
    Description: `Imported ${vpnConnections.length} VPN connection(s); the customer gateway device configuration is synthesised to match the AWS side.`,
    Region: region,
    CustomerGateways: customerGateways.length > 0 ? customerGateways : undefined,
    VpnGateways: vpnGateways.length > 0 ? vpnGateways : undefined,
    TransitGateways: transitGateways.length > 0 ? transitGateways : undefined,
    TransitGatewayAttachments: attachments.length > 0 ? attachments : undefined,
    DirectConnectGateways: dxGateways.length > 0 ? dxGateways : undefined,
    Vpcs: vpcs.length > 0 ? vpcs : undefined,
    VpnConnections: vpnConnections.length > 0 ? vpnConnections : undefined,
    CustomerGatewayDevices: devices.length > 0 ? devices : undefined,
    Sites: sites.length > 0 ? sites : undefined,
  } as Record<string, unknown>) as ScenarioInput;
  const checked = validateScenario(scenario);
  return checked.ok
    ? { ok: true, scenario: checked.scenario, warnings: [...warnings, ...checked.warnings] }
    : { ok: false, errors: checked.errors, warnings: [...warnings, ...checked.warnings] };
}
