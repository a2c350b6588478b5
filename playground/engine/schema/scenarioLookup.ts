/**
 * Look-ups by ID over a scenario's resources. Connection rules take this interface rather than
 * the scenario, so the Engine can run the same rules for CreateVpnConnection over its world.
 */
import type { Scenario } from './scenarioSchema';

type Arr<K extends keyof Scenario> = NonNullable<Scenario[K]> extends readonly (infer T)[] ? T : never;
export type CustomerGatewayEntry = Arr<'CustomerGateways'>;
export type VpnGatewayEntry = Arr<'VpnGateways'>;
export type TransitGatewayEntry = Arr<'TransitGateways'>;
export type TransitGatewayAttachmentEntry = Arr<'TransitGatewayAttachments'>;
export type VpnConnectionEntry = Arr<'VpnConnections'>;

export interface ResourceLookup {
  readonly region: string;
  customerGateway(id: string): CustomerGatewayEntry | undefined;
  vpnGateway(id: string): VpnGatewayEntry | undefined;
  transitGateway(id: string): TransitGatewayEntry | undefined;
  transitGatewayAttachment(id: string): TransitGatewayAttachmentEntry | undefined;
}

function byId<T, K extends keyof T>(items: readonly T[] | undefined, key: K): Map<T[K], T> {
  const m = new Map<T[K], T>();
  for (const item of items ?? []) if (!m.has(item[key])) m.set(item[key], item);
  return m;
}

export const DEFAULT_REGION = 'us-east-1';

export function scenarioLookup(s: Scenario): ResourceLookup {
  const cgws = byId(s.CustomerGateways, 'CustomerGatewayId');
  const vgws = byId(s.VpnGateways, 'VpnGatewayId');
  const tgws = byId(s.TransitGateways, 'TransitGatewayId');
  const atts = byId(s.TransitGatewayAttachments, 'TransitGatewayAttachmentId');
  return {
    region: s.Region ?? DEFAULT_REGION,
    customerGateway: (id) => cgws.get(id),
    vpnGateway: (id) => vgws.get(id),
    transitGateway: (id) => tgws.get(id),
    transitGatewayAttachment: (id) => atts.get(id),
  };
}
