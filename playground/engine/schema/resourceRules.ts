/**
 * Scenario-wide checks of the resources themselves: duplicate IDs, customer gateway identity
 * (R24) and ASNs (R28–R33), Amazon-side ASNs (R41), VGW attachment (R9), TGW attachments,
 * devices and sites that name resources, CloudHub ASN uniqueness (R215, warning).
 */
import { checkAmazonSideAsn, checkCustomerGatewayAsn } from './asnRules';
import type { Findings } from './insideCidrRules';
import { DEFAULT_REGION } from './scenarioLookup';
import type { Scenario } from './scenarioSchema';
import { validationError, type ValidationError } from './validationError';

function duplicates<T>(
  items: readonly T[] | undefined,
  key: (t: T) => string,
  list: string,
  field: string,
  errors: ValidationError[],
): Set<string> {
  const ids = new Set<string>();
  (items ?? []).forEach((item, i) => {
    const id = key(item);
    if (ids.has(id))
      errors.push(
        validationError('InvalidParameterValue', [list, i, field], `${field} ${id} is used twice`, {
          value: id,
          allowed: 'a unique ID',
        }),
      );
    ids.add(id);
  });
  return ids;
}

const notFound = (code: string, path: readonly PropertyKey[], what: string, id: string, list: string) =>
  validationError(code, path, `the ${what} ID '${id}' does not exist`, {
    value: id,
    allowed: `an ID listed in ${list}`,
  });

export function checkResources(s: Scenario): Findings {
  const errors: ValidationError[] = [];
  const warnings: ValidationError[] = [];
  const region = s.Region ?? DEFAULT_REGION;
  const cgwIds = duplicates(
    s.CustomerGateways,
    (c) => c.CustomerGatewayId,
    'CustomerGateways',
    'CustomerGatewayId',
    errors,
  );
  duplicates(s.VpnGateways, (g) => g.VpnGatewayId, 'VpnGateways', 'VpnGatewayId', errors);
  const tgwIds = duplicates(
    s.TransitGateways,
    (g) => g.TransitGatewayId,
    'TransitGateways',
    'TransitGatewayId',
    errors,
  );
  duplicates(
    s.TransitGatewayAttachments,
    (a) => a.TransitGatewayAttachmentId,
    'TransitGatewayAttachments',
    'TransitGatewayAttachmentId',
    errors,
  );
  const vpcIds = duplicates(s.Vpcs, (v) => v.VpcId, 'Vpcs', 'VpcId', errors);
  const dxIds = duplicates(
    s.DirectConnectGateways,
    (d) => d.DirectConnectGatewayId,
    'DirectConnectGateways',
    'DirectConnectGatewayId',
    errors,
  );
  const vpnIds = duplicates(s.VpnConnections, (c) => c.VpnConnectionId, 'VpnConnections', 'VpnConnectionId', errors);
  duplicates(
    s.CustomerGatewayDevices,
    (d) => d.CustomerGatewayId,
    'CustomerGatewayDevices',
    'CustomerGatewayId',
    errors,
  );

  (s.CustomerGateways ?? []).forEach((c, i) => {
    if (c.IpAddress === undefined && c.CertificateArn === undefined) {
      errors.push(
        validationError(
          'MissingParameter',
          ['CustomerGateways', i, 'IpAddress'],
          'a customer gateway needs an IP address or a private certificate ARN (R24)',
          { allowed: 'IpAddress, CertificateArn, or both' },
        ),
      );
    }
    if (c.BgpAsn !== undefined)
      errors.push(...checkCustomerGatewayAsn(c.BgpAsn, region, ['CustomerGateways', i, 'BgpAsn']));
  });
  const vgwOfVpc = new Map<string, string>();
  (s.VpnGateways ?? []).forEach((g, i) => {
    if (g.AmazonSideAsn !== undefined)
      errors.push(...checkAmazonSideAsn(g.AmazonSideAsn, ['VpnGateways', i, 'AmazonSideAsn']));
    (g.VpcAttachments ?? []).forEach((a, j) => {
      const path = ['VpnGateways', i, 'VpcAttachments', j, 'VpcId'];
      if (!vpcIds.has(a.VpcId)) errors.push(notFound('InvalidVpcID.NotFound', path, 'VPC', a.VpcId, 'Vpcs'));
      const other = vgwOfVpc.get(a.VpcId);
      if (other !== undefined && (a.State ?? 'attached') === 'attached') {
        errors.push(
          validationError(
            'InvalidParameterValue',
            path,
            `VPC ${a.VpcId} already has ${other} attached; a VPC has one virtual private gateway at a time (R9)`,
            { value: a.VpcId, allowed: 'a VPC without another virtual private gateway' },
          ),
        );
      }
      vgwOfVpc.set(a.VpcId, g.VpnGatewayId);
    });
  });
  (s.TransitGateways ?? []).forEach((g, i) => {
    const asn = g.Options?.AmazonSideAsn;
    if (asn !== undefined) errors.push(...checkAmazonSideAsn(asn, ['TransitGateways', i, 'Options', 'AmazonSideAsn']));
    (g.RouteTables ?? []).forEach((t, j) =>
      (t.Routes ?? []).forEach((r, k) => {
        if (r.VpnConnectionId === undefined) return;
        const conn = (s.VpnConnections ?? []).find((c) => c.VpnConnectionId === r.VpnConnectionId);
        if (!conn || conn.TransitGatewayId !== g.TransitGatewayId) {
          errors.push(
            validationError(
              'InvalidVpnConnectionID.NotFound',
              ['TransitGateways', i, 'RouteTables', j, 'Routes', k, 'VpnConnectionId'],
              `${r.VpnConnectionId} is not a VPN connection on ${g.TransitGatewayId} (R156)`,
              { value: r.VpnConnectionId, allowed: `a VPN connection with TransitGatewayId ${g.TransitGatewayId}` },
            ),
          );
        }
      }),
    );
  });
  (s.TransitGatewayAttachments ?? []).forEach((a, i) => {
    if (!tgwIds.has(a.TransitGatewayId))
      errors.push(
        notFound(
          'InvalidTransitGatewayID.NotFound',
          ['TransitGatewayAttachments', i, 'TransitGatewayId'],
          'transit gateway',
          a.TransitGatewayId,
          'TransitGateways',
        ),
      );
    const target =
      a.ResourceType === 'vpc'
        ? { ids: vpcIds, code: 'InvalidVpcID.NotFound', what: 'VPC', list: 'Vpcs' }
        : a.ResourceType === 'direct-connect-gateway'
          ? {
              ids: dxIds,
              code: 'DirectConnectGatewayNotFound',
              what: 'Direct Connect gateway',
              list: 'DirectConnectGateways',
            }
          : a.ResourceType === 'vpn'
            ? { ids: vpnIds, code: 'InvalidVpnConnectionID.NotFound', what: 'VPN connection', list: 'VpnConnections' }
            : undefined;
    if (target && !target.ids.has(a.ResourceId))
      errors.push(
        notFound(target.code, ['TransitGatewayAttachments', i, 'ResourceId'], target.what, a.ResourceId, target.list),
      );
  });
  const connById = new Map((s.VpnConnections ?? []).map((c) => [c.VpnConnectionId, c]));
  (s.CustomerGatewayDevices ?? []).forEach((d, i) => {
    if (!cgwIds.has(d.CustomerGatewayId))
      errors.push(
        notFound(
          'InvalidCustomerGatewayID.NotFound',
          ['CustomerGatewayDevices', i, 'CustomerGatewayId'],
          'customer gateway',
          d.CustomerGatewayId,
          'CustomerGateways',
        ),
      );
    const seen = new Set<string>();
    (d.Tunnels ?? []).forEach((t, j) => {
      const path = ['CustomerGatewayDevices', i, 'Tunnels', j];
      const conn = connById.get(t.VpnConnectionId);
      if (!conn)
        errors.push(
          notFound(
            'InvalidVpnConnectionID.NotFound',
            [...path, 'VpnConnectionId'],
            'VPN connection',
            t.VpnConnectionId,
            'VpnConnections',
          ),
        );
      else if (conn.CustomerGatewayId !== d.CustomerGatewayId) {
        errors.push(
          validationError(
            'InvalidParameterValue',
            [...path, 'VpnConnectionId'],
            `${t.VpnConnectionId} uses customer gateway ${conn.CustomerGatewayId}, not ${d.CustomerGatewayId}`,
            { value: t.VpnConnectionId, allowed: `a VPN connection of ${d.CustomerGatewayId}` },
          ),
        );
      }
      const key = `${t.VpnConnectionId}#${t.TunnelNumber}`;
      if (seen.has(key))
        errors.push(
          validationError(
            'InvalidParameterValue',
            [...path, 'TunnelNumber'],
            `tunnel ${t.TunnelNumber} of ${t.VpnConnectionId} is configured twice`,
            { value: t.TunnelNumber, allowed: 'each tunnel once' },
          ),
        );
      seen.add(key);
    });
  });
  (s.Sites ?? []).forEach((site, i) => {
    if (site.CustomerGatewayId !== undefined && !cgwIds.has(site.CustomerGatewayId)) {
      errors.push(
        notFound(
          'InvalidCustomerGatewayID.NotFound',
          ['Sites', i, 'CustomerGatewayId'],
          'customer gateway',
          site.CustomerGatewayId,
          'CustomerGateways',
        ),
      );
    }
    if (site.DirectConnectGatewayId !== undefined && !dxIds.has(site.DirectConnectGatewayId)) {
      errors.push(
        notFound(
          'DirectConnectGatewayNotFound',
          ['Sites', i, 'DirectConnectGatewayId'],
          'Direct Connect gateway',
          site.DirectConnectGatewayId,
          'DirectConnectGateways',
        ),
      );
    }
  });
  warnings.push(...cloudHubAsnWarnings(s));
  return { errors, warnings };
}

/**
 * R215: CloudHub sites (different advertised prefixes, R211) on one VGW that share an ASN cannot
 * reach each other. Redundant devices of one site advertise the same prefixes and may share it.
 */
function cloudHubAsnWarnings(s: Scenario): ValidationError[] {
  const asnOf = new Map((s.CustomerGateways ?? []).map((c) => [c.CustomerGatewayId, c.BgpAsn ?? 65_000]));
  const prefixesOf = new Map(
    (s.CustomerGatewayDevices ?? []).map((d) => [
      d.CustomerGatewayId,
      [...(d.Bgp?.AdvertisedPrefixes ?? [])].sort().join(','),
    ]),
  );
  const firstByKey = new Map<string, string>();
  const out: ValidationError[] = [];
  (s.VpnConnections ?? []).forEach((c, i) => {
    if (c.VpnGatewayId === undefined || c.Options?.StaticRoutesOnly === true) return;
    const asn = asnOf.get(c.CustomerGatewayId);
    if (asn === undefined) return;
    const key = `${c.VpnGatewayId}|${asn}`;
    const first = firstByKey.get(key);
    if (
      first !== undefined &&
      first !== c.CustomerGatewayId &&
      prefixesOf.get(first) !== prefixesOf.get(c.CustomerGatewayId)
    ) {
      out.push(
        validationError(
          'CloudHubAsnNotUnique',
          ['VpnConnections', i, 'CustomerGatewayId'],
          `customer gateways ${first} and ${c.CustomerGatewayId} share ASN ${asn} on ${c.VpnGatewayId}; with CloudHub each site needs a unique ASN or they drop each other's routes (R215)`,
          { value: asn },
        ),
      );
    } else if (first === undefined) firstByKey.set(key, c.CustomerGatewayId);
  });
  return out;
}
