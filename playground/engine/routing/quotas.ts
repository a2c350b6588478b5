/** Route and throughput quotas of the guide (R437–R443, R230), as data so docs can render them. */
import type { RuleId } from './types';

export interface RouteQuota {
  readonly name: string;
  readonly value: number;
  readonly adjustable: false;
  readonly rule: RuleId;
}

export const routeQuotas = {
  vgwDynamicFromDevice: { name: 'Dynamic routes advertised from a customer gateway device to a Site-to-Site VPN connection on a virtual private gateway', value: 100, adjustable: false, rule: 'R437' },
  vgwToDevice: { name: 'Routes advertised from a Site-to-Site VPN connection on a virtual private gateway to a customer gateway device', value: 1000, adjustable: false, rule: 'R438' },
  tgwDynamicFromDevice: { name: 'Dynamic routes advertised from a customer gateway device to a Site-to-Site VPN connection on a transit gateway', value: 1000, adjustable: false, rule: 'R439' },
  tgwToDevice: { name: 'Routes advertised from a Site-to-Site VPN connection on a transit gateway to a customer gateway device', value: 5000, adjustable: false, rule: 'R440' },
  vgwStaticFromDevice: { name: 'Static routes from a customer gateway device to a Site-to-Site VPN connection on a virtual private gateway', value: 100, adjustable: false, rule: 'R441' },
} as const satisfies Record<string, RouteQuota>;

/** R230: private IP VPN route scale (5,000 out / 1,000 in) against Direct Connect alone (200 / 100). */
export const privateIpVpnRouteLimits = { outbound: 5000, inbound: 1000, dxAloneOutbound: 200, dxAloneInbound: 100, rule: 'R230' } as const;

/** R443: per-tunnel ceilings, neither adjustable. */
export const tunnelLimits = { maxBitsPerSecond: 1.25e9, maxPacketsPerSecond: 140_000, rule: 'R443' } as const;

/** Quota that caps what a device may advertise into a connection on this gateway kind. */
export const inboundQuota = (gateway: 'vgw' | 'tgw'): RouteQuota =>
  gateway === 'vgw' ? routeQuotas.vgwDynamicFromDevice : routeQuotas.tgwDynamicFromDevice;
export const outboundQuota = (gateway: 'vgw' | 'tgw'): RouteQuota =>
  gateway === 'vgw' ? routeQuotas.vgwToDevice : routeQuotas.tgwToDevice;
