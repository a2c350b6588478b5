/**
 * Site-to-Site VPN quotas (R428–R441) with the guide's exact names, and the checks a scenario
 * must pass. Route advertisement quotas (R437–R440) are enforced at run time (R442).
 */
import type { Scenario } from './scenarioSchema';
import { validationError, type ValidationError } from './validationError';

export interface VpnQuota {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly adjustable: boolean;
  readonly rule: string;
}

export const vpnQuotas = {
  customerGatewaysPerRegion: {
    id: 'customerGatewaysPerRegion',
    name: 'Customer gateways per Region',
    value: 50,
    adjustable: true,
    rule: 'R428',
  },
  vpnGatewaysPerRegion: {
    id: 'vpnGatewaysPerRegion',
    name: 'Virtual private gateways per Region',
    value: 5,
    adjustable: true,
    rule: 'R429',
  },
  connectionsPerRegion: {
    id: 'connectionsPerRegion',
    name: 'Site-to-Site VPN connections per Region',
    value: 50,
    adjustable: true,
    rule: 'R430',
  },
  connectionsPerVgw: {
    id: 'connectionsPerVgw',
    name: 'Site-to-Site VPN connections per virtual private gateway',
    value: 10,
    adjustable: true,
    rule: 'R431',
  },
  acceleratedPerRegion: {
    id: 'acceleratedPerRegion',
    name: 'Accelerated Site-to-Site VPN connections per Region',
    value: 10,
    adjustable: true,
    rule: 'R432',
  },
  unassociatedPerRegion: {
    id: 'unassociatedPerRegion',
    name: 'Unassociated Site-to-Site VPN connections per Region',
    value: 10,
    adjustable: true,
    rule: 'R433',
  },
  dynamicRoutesToVgw: {
    id: 'dynamicRoutesToVgw',
    name: 'Dynamic routes advertised from a customer gateway device to a Site-to-Site VPN connection on a virtual private gateway',
    value: 100,
    adjustable: false,
    rule: 'R437',
  },
  routesFromVgw: {
    id: 'routesFromVgw',
    name: 'Routes advertised from a Site-to-Site VPN connection on a virtual private gateway to a customer gateway device',
    value: 1_000,
    adjustable: false,
    rule: 'R438',
  },
  dynamicRoutesToTgw: {
    id: 'dynamicRoutesToTgw',
    name: 'Dynamic routes advertised from a customer gateway device to a Site-to-Site VPN connection on a transit gateway',
    value: 1_000,
    adjustable: false,
    rule: 'R439',
  },
  routesFromTgw: {
    id: 'routesFromTgw',
    name: 'Routes advertised from a Site-to-Site VPN connection on a transit gateway to a customer gateway device',
    value: 5_000,
    adjustable: false,
    rule: 'R440',
  },
  staticRoutesToVgw: {
    id: 'staticRoutesToVgw',
    name: 'Static routes from a customer gateway device to a Site-to-Site VPN connection on a virtual private gateway',
    value: 100,
    adjustable: false,
    rule: 'R441',
  },
} as const satisfies Record<string, VpnQuota>;

const exceeded = (code: string, path: readonly PropertyKey[], q: VpnQuota, count: number) =>
  validationError(code, path, `quota "${q.name}" is ${q.value}; the scenario has ${count} (${q.rule})`, {
    value: count,
    allowed: `at most ${q.value}`,
  });

export function checkQuotas(s: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const q = vpnQuotas;
  const cgws = s.CustomerGateways?.length ?? 0;
  if (cgws > q.customerGatewaysPerRegion.value)
    errors.push(exceeded('CustomerGatewayLimitExceeded', ['CustomerGateways'], q.customerGatewaysPerRegion, cgws));
  const vgws = s.VpnGateways?.length ?? 0;
  if (vgws > q.vpnGatewaysPerRegion.value)
    errors.push(exceeded('VpnGatewayLimitExceeded', ['VpnGateways'], q.vpnGatewaysPerRegion, vgws));
  const conns = s.VpnConnections ?? [];
  // R434: accelerated and unassociated connections count towards the 50 as well.
  if (conns.length > q.connectionsPerRegion.value)
    errors.push(exceeded('VpnConnectionLimitExceeded', ['VpnConnections'], q.connectionsPerRegion, conns.length));
  const accelerated = conns.filter((c) => c.Options?.EnableAcceleration === true).length;
  if (accelerated > q.acceleratedPerRegion.value)
    errors.push(exceeded('VpnConnectionLimitExceeded', ['VpnConnections'], q.acceleratedPerRegion, accelerated));
  const unassociated = conns.filter((c) => c.VpnGatewayId === undefined && c.TransitGatewayId === undefined).length;
  if (unassociated > q.unassociatedPerRegion.value)
    errors.push(exceeded('VpnConnectionLimitExceeded', ['VpnConnections'], q.unassociatedPerRegion, unassociated));
  const perVgw = new Map<string, number>();
  for (const c of conns)
    if (c.VpnGatewayId !== undefined) perVgw.set(c.VpnGatewayId, (perVgw.get(c.VpnGatewayId) ?? 0) + 1);
  for (const [vgw, n] of perVgw) {
    if (n > q.connectionsPerVgw.value)
      errors.push(
        exceeded(
          'VpnConnectionLimitExceeded',
          ['VpnConnections'],
          { ...q.connectionsPerVgw, name: `${q.connectionsPerVgw.name} (${vgw})` },
          n,
        ),
      );
  }
  conns.forEach((c, i) => {
    const n = c.Routes?.length ?? 0;
    if (c.VpnGatewayId !== undefined && n > q.staticRoutesToVgw.value)
      errors.push(exceeded('RouteLimitExceeded', ['VpnConnections', i, 'Routes'], q.staticRoutesToVgw, n));
  });
  return errors;
}
