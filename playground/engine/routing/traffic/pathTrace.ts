/**
 * Hop-by-hop path trace of one flow direction, in the style of Reachability Analyzer: each hop
 * names the component, the route entry used and its rule; a drop carries an explanation code
 * (Reachability Analyzer's where one exists, a Lab code otherwise). The Engine builds the
 * `TraceWorld` from the routing tables this folder computes.
 */
import type { DeviceRibEntry } from '../device/deviceRib';
import type { GatewayRib } from '../gateway/gatewayRib';
import type { TransitGatewayRouting } from '../gateway/tgwRouteTables';
import { containsAddress } from '../prefix';
import type { PrefixTable } from '../prefixTable';
import type { Explanation, Prefix, TunnelView } from '../types';
import { lookupVpcRoute, type VpcRouteTableResult } from '../vpc/vpcRouteTable';
import { pickEcmpMember, type FiveTuple } from './ecmpHash';

export type DropCode =
  | 'NO_ROUTE_TO_DESTINATION' // Reachability Analyzer
  | 'BAD_STATE_VPN' // Reachability Analyzer
  | 'BLACKHOLE_ROUTE_FOR_DESTINATION_FOUND' // Route Analyzer (TGW)
  | 'ENI_SG_RULES_MISMATCH' // Reachability Analyzer
  | 'PACKET_TOO_BIG_DF_SET'; // Lab code: no PMTUD (R244)

export interface Hop {
  readonly component: string;
  readonly action: string;
  readonly explanation: Explanation;
  readonly tunnelId?: string;
}
export interface Drop {
  readonly code: DropCode;
  readonly at: string;
  readonly explanation: Explanation;
}
export interface TraceResult {
  readonly hops: readonly Hop[];
  readonly delivered: boolean;
  readonly drop?: Drop;
  readonly tunnelId?: string;
}

export type Location = { readonly vpcId: string } | { readonly deviceId: string };
export interface Flow extends FiveTuple {
  readonly from: Location;
  readonly packetBytes: number;
  readonly dontFragment: boolean;
}

export interface TraceWorld {
  readonly vpcs: Readonly<Record<string, { cidrs: readonly Prefix[]; routeTable: VpcRouteTableResult; gatewayId?: string; tgwAttachmentId?: string; inboundAllowed: readonly Prefix[] }>>;
  readonly vgws: Readonly<Record<string, { rib: GatewayRib; vpcId?: string }>>;
  readonly tgws: Readonly<Record<string, { routing: TransitGatewayRouting; attachmentVpc: Readonly<Record<string, string>>; vpnAttachment: Readonly<Record<string, string>> }>>;
  readonly tunnels: Readonly<Record<string, { view: TunnelView; gatewayId: string; deviceId: string; mtu: number }>>;
  readonly devices: Readonly<Record<string, { rib: PrefixTable<DeviceRibEntry>; siteCidrs: readonly Prefix[] }>>;
  /** Direct Connect gateways by route target, with the on-premises networks behind them (R179, R219). */
  readonly directConnect?: Readonly<Record<string, { siteCidrs: readonly Prefix[] }>>;
}

type Step = { hops: Hop[] };
const drop = (s: Step, code: DropCode, at: string, explanation: Explanation): TraceResult => ({ hops: s.hops, delivered: false, drop: { code, at, explanation } });

/** Cross one tunnel: it must be up (R113, R177) and the packet must fit (R244, R246). */
function crossTunnel(s: Step, w: TraceWorld, tunnelId: string, flow: Flow, via: Explanation): TraceResult | undefined {
  const t = w.tunnels[tunnelId];
  if (!t || !t.view.ipsecUp) return drop(s, 'BAD_STATE_VPN', tunnelId, { rule: 'R113', text: `tunnel ${tunnelId} is DOWN: the route points into a tunnel without an IPsec SA` });
  if (flow.dontFragment && flow.packetBytes > t.mtu) {
    return drop(s, 'PACKET_TOO_BIG_DF_SET', tunnelId, { rule: 'R244', text: `${flow.packetBytes}-byte packet with DF set exceeds the tunnel MTU ${t.mtu}; Path MTU Discovery is not supported` });
  }
  s.hops.push({ component: tunnelId, action: 'encrypt and forward', explanation: via, tunnelId });
  return undefined;
}

function deliverToVpc(s: Step, w: TraceWorld, vpcId: string, flow: Flow): TraceResult {
  const vpc = w.vpcs[vpcId];
  if (!vpc || !vpc.cidrs.some((c) => containsAddress(c, flow.dstIp))) return drop(s, 'NO_ROUTE_TO_DESTINATION', vpcId, { rule: 'R153', text: `${flow.dstIp} is not in ${vpcId}` });
  if (!vpc.inboundAllowed.some((c) => containsAddress(c, flow.srcIp))) {
    return drop(s, 'ENI_SG_RULES_MISMATCH', vpcId, { rule: 'R176', text: `no security group rule allows ${flow.protocol} from ${flow.srcIp}` });
  }
  s.hops.push({ component: vpcId, action: `deliver to ${flow.dstIp}`, explanation: { rule: 'R176', text: 'security group allows the source' } });
  return { hops: s.hops, delivered: true };
}

/** AWS → on-premises, starting in a VPC subnet. */
function fromVpc(w: TraceWorld, vpcId: string, flow: Flow): TraceResult {
  const s: Step = { hops: [] };
  const vpc = w.vpcs[vpcId];
  const r = vpc && lookupVpcRoute(vpc.routeTable, flow.dstIp);
  if (!vpc || !r) return drop(s, 'NO_ROUTE_TO_DESTINATION', vpcId, { rule: 'R164', text: `no route for ${flow.dstIp} in the subnet route table` });
  s.hops.push({ component: vpcId, action: `route ${r.route.destination} → ${r.route.target}`, explanation: r.explanation });
  if (r.route.target === 'local') return deliverToVpc(s, w, vpcId, flow);
  const gw = r.route.target;
  let lookup;
  if (w.vgws[gw]) lookup = w.vgws[gw].rib.lookup(flow.dstIp);
  else if (w.tgws[gw] && vpc.tgwAttachmentId) lookup = w.tgws[gw].routing.associatedTable(vpc.tgwAttachmentId)?.lookup(flow.dstIp);
  else return drop(s, 'NO_ROUTE_TO_DESTINATION', gw, { rule: 'R164', text: `${gw} is not a gateway this VPC can use` });
  if (!lookup) return drop(s, 'NO_ROUTE_TO_DESTINATION', gw, { rule: 'R153', text: `${gw} knows no route to ${flow.dstIp}` });
  const entry = lookup.entry;
  if (entry.blackhole) return drop(s, 'BLACKHOLE_ROUTE_FOR_DESTINATION_FOUND', gw, lookup.explanation);
  return egress(s, w, gw, entry, lookup.explanation, flow);
}

type GatewayEntry = { readonly prefix: Prefix; readonly selected: readonly { readonly target: string; readonly tunnelId?: string }[] };

/** Leave a gateway towards on-premises: through a VPN tunnel to a device, or over Direct Connect. */
function egress(s: Step, w: TraceWorld, gw: string, entry: GatewayEntry, why: Explanation, flow: Flow): TraceResult {
  const chosen = pickEcmpMember(entry.selected, (c) => c.tunnelId ?? c.target, flow);
  const dx = chosen && !chosen.tunnelId ? w.directConnect?.[chosen.target] : undefined;
  if (dx && chosen) {
    s.hops.push({ component: gw, action: `route ${entry.prefix} → Direct Connect ${chosen.target}`, explanation: why });
    if (!dx.siteCidrs.some((c) => containsAddress(c, flow.dstIp))) return drop(s, 'NO_ROUTE_TO_DESTINATION', chosen.target, { rule: 'R153', text: `no on-premises network behind ${chosen.target} contains ${flow.dstIp}` });
    s.hops.push({ component: chosen.target, action: `deliver to ${flow.dstIp}`, explanation: { rule: 'R179', text: 'Direct Connect carries the packet to the on-premises network' } });
    return { hops: s.hops, delivered: true };
  }
  if (!chosen?.tunnelId) return drop(s, 'NO_ROUTE_TO_DESTINATION', gw, { rule: 'R153', text: `${entry.prefix} does not lead to a VPN tunnel` });
  s.hops.push({ component: gw, action: `route ${entry.prefix} → tunnel ${chosen.tunnelId}`, explanation: why, tunnelId: chosen.tunnelId });
  const bad = crossTunnel(s, w, chosen.tunnelId, flow, why);
  if (bad) return { ...bad, tunnelId: chosen.tunnelId };
  const dev = w.tunnels[chosen.tunnelId]?.deviceId ?? '';
  const site = w.devices[dev];
  if (!site?.siteCidrs.some((c) => containsAddress(c, flow.dstIp))) return drop(s, 'NO_ROUTE_TO_DESTINATION', dev, { rule: 'R152', text: `${dev} has no network containing ${flow.dstIp}` });
  s.hops.push({ component: dev, action: `deliver to ${flow.dstIp}`, explanation: { rule: 'R152', text: 'the device routes the packet into its on-premises network' } });
  return { hops: s.hops, delivered: true, tunnelId: chosen.tunnelId };
}

/** On-premises → AWS, starting at the customer gateway device. */
function fromDevice(w: TraceWorld, deviceId: string, flow: Flow): TraceResult {
  const s: Step = { hops: [] };
  const e = w.devices[deviceId]?.rib.lookup(flow.dstIp)?.value;
  if (!e) return drop(s, 'NO_ROUTE_TO_DESTINATION', deviceId, { rule: 'R306', text: `${deviceId} has no route to ${flow.dstIp}` });
  const chosen = pickEcmpMember(e.decision.selected, (c) => c.tunnelId, flow);
  if (!chosen) return drop(s, 'NO_ROUTE_TO_DESTINATION', deviceId, e.explanation);
  s.hops.push({ component: deviceId, action: `route ${e.prefix} → tunnel ${chosen.tunnelId}`, explanation: e.explanation, tunnelId: chosen.tunnelId });
  const bad = crossTunnel(s, w, chosen.tunnelId, flow, e.explanation);
  if (bad) return { ...bad, tunnelId: chosen.tunnelId };
  const t = w.tunnels[chosen.tunnelId];
  const gw = t?.gatewayId ?? '';
  const vgw = w.vgws[gw];
  let vpcId: string | undefined;
  const firstTunnel = chosen.tunnelId;
  const hairpin = (r: TraceResult): TraceResult => ({ ...r, tunnelId: firstTunnel });
  if (vgw) {
    const vpc = vgw.vpcId ? w.vpcs[vgw.vpcId] : undefined;
    const inVpc = vpc?.cidrs.some((c) => containsAddress(c, flow.dstIp)) ?? false;
    const l = inVpc ? undefined : vgw.rib.lookup(flow.dstIp);
    if (l && !l.entry.blackhole && l.entry.selected.length > 0) {
      // CloudHub (R212): the VGW sends traffic between its VPN connections without entering the VPC
      return hairpin(egress(s, w, gw, l.entry, l.explanation, flow));
    }
    vpcId = vgw.vpcId; // R153: a VGW forwards into the VPC it is attached to
    s.hops.push({ component: gw, action: `forward to ${vpcId ?? 'nothing'}`, explanation: { rule: 'R153', text: 'the VGW knows the CIDR of its attached VPC' } });
  } else if (w.tgws[gw] && t) {
    const tg = w.tgws[gw];
    const att = tg.vpnAttachment[t.view.vpnConnectionId] ?? '';
    const l = tg.routing.associatedTable(att)?.lookup(flow.dstIp);
    if (!l) return { ...drop(s, 'NO_ROUTE_TO_DESTINATION', gw, { rule: 'R229', text: `the route table associated with ${att} has no route to ${flow.dstIp}` }), tunnelId: chosen.tunnelId };
    if (l.entry.blackhole) return { ...drop(s, 'BLACKHOLE_ROUTE_FOR_DESTINATION_FOUND', gw, l.explanation), tunnelId: chosen.tunnelId };
    const target = l.entry.selected[0]?.target ?? '';
    vpcId = tg.attachmentVpc[target];
    if (!vpcId) return hairpin(egress(s, w, gw, l.entry, l.explanation, flow)); // VPN or Direct Connect attachment
    s.hops.push({ component: gw, action: `route ${l.entry.prefix} → ${target}`, explanation: l.explanation });
  }
  if (!vpcId) return { ...drop(s, 'NO_ROUTE_TO_DESTINATION', gw, { rule: 'R153', text: `${gw} has no VPC for ${flow.dstIp}` }), tunnelId: chosen.tunnelId };
  return { ...deliverToVpc(s, w, vpcId, flow), tunnelId: chosen.tunnelId };
}

export function traceFlow(w: TraceWorld, flow: Flow): TraceResult {
  return 'vpcId' in flow.from ? fromVpc(w, flow.from.vpcId, flow) : fromDevice(w, flow.from.deviceId, flow);
}

/** Both directions; `asymmetric` when the reply leaves through another tunnel (R6, R185). */
export function traceRoundTrip(w: TraceWorld, flow: Flow, replyFrom: Location): { forward: TraceResult; reverse: TraceResult; asymmetric: boolean } {
  const forward = traceFlow(w, flow);
  const reverse = traceFlow(w, { ...flow, from: replyFrom, srcIp: flow.dstIp, dstIp: flow.srcIp, srcPort: flow.dstPort, dstPort: flow.srcPort });
  // compare every tunnel crossed, so a CloudHub hairpin (two tunnels each way) is judged fairly
  const crossed = (t: TraceResult) => [...new Set(t.hops.flatMap((h) => (h.tunnelId ? [h.tunnelId] : [])))].sort().join(',');
  const asymmetric = forward.tunnelId !== undefined && reverse.tunnelId !== undefined && crossed(forward) !== crossed(reverse);
  return { forward, reverse, asymmetric };
}
