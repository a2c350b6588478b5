/**
 * Rules of one VPN connection against the resources it names: target gateway (R12, R139,
 * R199), customer gateway (R24, R44, R87/R107), private IP VPN (R146), routing (R93) and the
 * per-tunnel cross-field rules. Shared by scenario validation and the Engine's CreateVpnConnection.
 */
import { checkAsnClash } from './asnRules';
import type { ResourceLookup, VpnConnectionEntry } from './scenarioLookup';
import { checkTunnelRules, effectiveRuleValues } from './tunnelOptionRules';
import { validationError, type ValidationError } from './validationError';

export function checkVpnConnection(
  c: VpnConnectionEntry,
  look: ResourceLookup,
  path: readonly PropertyKey[],
): ValidationError[] {
  const errors: ValidationError[] = [];
  const at = (...rest: PropertyKey[]) => [...path, ...rest];
  const o = c.Options ?? {};
  const cgw = look.customerGateway(c.CustomerGatewayId);
  if (!cgw) {
    errors.push(
      validationError(
        'InvalidCustomerGatewayID.NotFound',
        at('CustomerGatewayId'),
        `the customer gateway ID '${c.CustomerGatewayId}' does not exist`,
        { value: c.CustomerGatewayId, allowed: 'the ID of a customer gateway in CustomerGateways' },
      ),
    );
  }
  if (c.VpnGatewayId !== undefined && c.TransitGatewayId !== undefined) {
    errors.push(
      validationError(
        'InvalidParameterCombination',
        at('TransitGatewayId'),
        'a VPN connection has one target gateway: give VpnGatewayId or TransitGatewayId, not both (R12)',
        { value: c.TransitGatewayId },
      ),
    );
  }
  const vgw = c.VpnGatewayId !== undefined ? look.vpnGateway(c.VpnGatewayId) : undefined;
  if (c.VpnGatewayId !== undefined && !vgw) {
    errors.push(
      validationError(
        'InvalidVpnGatewayID.NotFound',
        at('VpnGatewayId'),
        `the virtual private gateway ID '${c.VpnGatewayId}' does not exist`,
        { value: c.VpnGatewayId, allowed: 'the ID of a gateway in VpnGateways' },
      ),
    );
  }
  const tgw = c.TransitGatewayId !== undefined ? look.transitGateway(c.TransitGatewayId) : undefined;
  if (c.TransitGatewayId !== undefined && !tgw) {
    errors.push(
      validationError(
        'InvalidTransitGatewayID.NotFound',
        at('TransitGatewayId'),
        `the transit gateway ID '${c.TransitGatewayId}' does not exist`,
        { value: c.TransitGatewayId, allowed: 'the ID of a gateway in TransitGateways' },
      ),
    );
  }
  const onVgw = c.VpnGatewayId !== undefined;
  const onTgw = c.TransitGatewayId !== undefined && !onVgw;
  const insideIpVersion = o.TunnelInsideIpVersion ?? 'ipv4';

  if (insideIpVersion === 'ipv6' && onVgw) {
    errors.push(
      validationError(
        'InvalidParameterCombination',
        at('Options', 'TunnelInsideIpVersion'),
        'IPv6 inside the tunnels is supported only on a transit gateway; virtual private gateways carry no IPv6 (R92, R199)',
        { value: 'ipv6', allowed: 'ipv4 on a virtual private gateway; ipv6 with TransitGatewayId' },
      ),
    );
  }
  const v4Only = ['LocalIpv4NetworkCidr', 'RemoteIpv4NetworkCidr'] as const;
  const v6Only = ['LocalIpv6NetworkCidr', 'RemoteIpv6NetworkCidr'] as const;
  for (const f of insideIpVersion === 'ipv6' ? v4Only : v6Only) {
    if (o[f] !== undefined) {
      errors.push(
        validationError(
          'InvalidParameterCombination',
          at('Options', f),
          `${f} applies only to ${insideIpVersion === 'ipv6' ? 'IPv4' : 'IPv6'} connections (R63–R66, R200)`,
          { value: o[f], allowed: `leave it out on an ${insideIpVersion} connection` },
        ),
      );
    }
  }
  const accelerated = o.EnableAcceleration === true;
  if (accelerated && onVgw) {
    errors.push(
      validationError(
        'InvalidParameterCombination',
        at('Options', 'EnableAcceleration'),
        'acceleration is supported only for connections on a transit gateway (or not associated), not on a virtual private gateway (R139)',
        { value: true, allowed: 'false on a virtual private gateway' },
      ),
    );
  }
  const privateIp = o.OutsideIpAddressType === 'PrivateIpv4';
  if (privateIp) {
    if (accelerated) {
      errors.push(
        validationError(
          'InvalidParameterCombination',
          at('Options', 'EnableAcceleration'),
          'acceleration does not apply to private IP VPN connections over Direct Connect (R146)',
          { value: true, allowed: 'false with OutsideIpAddressType PrivateIpv4' },
        ),
      );
    }
    if (!onTgw) {
      errors.push(
        validationError(
          'InvalidParameterCombination',
          at('Options', 'OutsideIpAddressType'),
          'a private IP VPN runs on a transit gateway over a Direct Connect gateway attachment (R146)',
          { value: 'PrivateIpv4', allowed: 'PrivateIpv4 with TransitGatewayId, or PublicIpv4' },
        ),
      );
    }
    const transport = o.TransportTransitGatewayAttachmentId;
    if (transport === undefined) {
      errors.push(
        validationError(
          'MissingParameter',
          at('Options', 'TransportTransitGatewayAttachmentId'),
          'a private IP VPN needs the transit gateway attachment of its Direct Connect gateway (R146)',
          { allowed: 'a tgw-attach- ID of type direct-connect-gateway on the same transit gateway' },
        ),
      );
    } else {
      const att = look.transitGatewayAttachment(transport);
      if (!att || att.ResourceType !== 'direct-connect-gateway' || att.TransitGatewayId !== c.TransitGatewayId) {
        errors.push(
          validationError(
            att ? 'InvalidParameterValue' : 'InvalidTransitGatewayAttachmentID.NotFound',
            at('Options', 'TransportTransitGatewayAttachmentId'),
            att
              ? `attachment ${transport} is not a Direct Connect gateway attachment of ${c.TransitGatewayId ?? "the connection's transit gateway"}`
              : `the transit gateway attachment ID '${transport}' does not exist`,
            {
              value: transport,
              allowed: 'a tgw-attach- ID of type direct-connect-gateway on the same transit gateway',
            },
          ),
        );
      }
    }
  } else if (o.TransportTransitGatewayAttachmentId !== undefined) {
    errors.push(
      validationError(
        'InvalidParameterCombination',
        at('Options', 'TransportTransitGatewayAttachmentId'),
        'a transport attachment is only for OutsideIpAddressType PrivateIpv4 (R146)',
        { value: o.TransportTransitGatewayAttachmentId },
      ),
    );
  }
  const staticOnly = o.StaticRoutesOnly === true;
  const routeCount = c.Routes?.length ?? 0;
  if (routeCount > 0 && onTgw) {
    errors.push(
      validationError(
        'InvalidVpnConnection.InvalidType',
        at('Routes'),
        'static routes of a connection on a transit gateway go in the transit gateway route table, not on the connection (R156)',
        {
          value: routeCount,
          allowed: 'no Routes; add TransitGateways[].RouteTables[].Routes with VpnConnectionId instead',
        },
      ),
    );
  } else if (routeCount > 0 && !staticOnly) {
    errors.push(
      validationError(
        'InvalidVpnConnection.InvalidType',
        at('Routes'),
        'a connection that uses BGP cannot also have static routes (R93, R151)',
        { value: routeCount, allowed: 'no Routes, or Options.StaticRoutesOnly: true' },
      ),
    );
  }
  if (!staticOnly && cgw) {
    const gwAsn = onVgw ? vgw?.AmazonSideAsn : tgw?.Options?.AmazonSideAsn;
    const gwId = c.VpnGatewayId ?? c.TransitGatewayId;
    if (gwId !== undefined && (vgw || tgw))
      errors.push(...checkAsnClash(cgw.BgpAsn, gwAsn, at('CustomerGatewayId'), gwId, cgw.CustomerGatewayId));
  }
  const tunnels = o.TunnelOptions ?? [];
  tunnels.forEach((t, i) => {
    const given = new Set(Object.keys(t));
    errors.push(
      ...checkTunnelRules(
        effectiveRuleValues(t),
        { accelerated, customerGatewayHasIp: cgw?.IpAddress !== undefined || !cgw, insideIpVersion },
        at('Options', 'TunnelOptions', i),
        given,
      ),
    );
  });
  return errors;
}
