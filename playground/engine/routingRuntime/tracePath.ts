/**
 * engine.tracePath(from, to): resolve hosts (Vpcs[].Subnets[].Hosts, Sites[].Hosts, or IPs), build
 * routing's TraceWorld from the current tables, and trace both directions (routing/traffic
 * traceRoundTrip) with Reachability-Analyzer-style drop codes: no route (R153/R164), tunnel down
 * (R113), blackhole (R156), packet too big with DF set (R244, MTU per R251–R258).
 */
import type { World } from '../model/worldTypes';
import { containsAddress, mtuFor, SERVICE_MAX, traceRoundTrip, type Prefix, type TraceResult, type TraceWorld } from '../routing/index';
import type { RoutingTables } from './buildRouting';
import { sitePrefixes, toPrefix } from './deviceBgp';
import { mainTableId } from './vpcTables';

export interface PathHop { readonly node: string; readonly routeTable?: string; readonly route?: string; readonly tunnelOutsideIp?: string; readonly note?: string }
export interface PathDrop { readonly code: string; readonly reason: string; readonly hop: string }
export type PathTraceResult =
  | { ok: true; forward: PathHop[]; reverse: PathHop[]; asymmetric: boolean; delivered: boolean; drop?: PathDrop }
  | { ok: false; errors: { code: string; path: string; value?: unknown; allowed?: string; message: string }[] };

export interface TraceOptions { readonly packetBytes?: number; readonly dontFragment?: boolean }

type Endpoint = { ip: string; vpcId: string; subnetId?: string } | { ip: string; deviceId: string };

function resolve(world: World, text: string): Endpoint | undefined {
  for (const v of world.vpcs) for (const s of v.Subnets ?? []) for (const h of s.Hosts ?? []) if (h.Name === text) return { ip: h.IpAddress, vpcId: v.VpcId, subnetId: s.SubnetId };
  for (const site of world.sites) for (const h of site.Hosts ?? []) if (h.Name === text && site.CustomerGatewayId) return { ip: h.IpAddress, deviceId: site.CustomerGatewayId };
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  for (const v of world.vpcs) {
    if (!toPrefix(v.CidrBlock).some((p) => containsAddress(p, text))) continue;
    const subnet = v.Subnets?.find((s) => toPrefix(s.CidrBlock).some((p) => containsAddress(p, text)));
    return { ip: text, vpcId: v.VpcId, ...(subnet ? { subnetId: subnet.SubnetId } : {}) };
  }
  for (const site of world.sites) if (site.CustomerGatewayId && site.CidrBlocks.flatMap(toPrefix).some((p) => containsAddress(p, text))) return { ip: text, deviceId: site.CustomerGatewayId };
  return undefined;
}

/**
 * The networks a device delivers into. A device that is a site's gateway sits at that site and
 * delivers only into its networks, even if it advertises more (a CloudHub overlap, R216). A device
 * with no site of its own is a second router at the site whose prefixes it advertises (R209).
 */
function deviceNetworks(world: World, r: RoutingTables, cgw: string): Prefix[] {
  const own = sitePrefixes(world, cgw);
  if (own.length > 0) return own;
  return [...new Set(r.tunnels.filter((t) => t.c.customerGatewayId === cgw).flatMap((t) => t.settings.prefixes))] as Prefix[];
}

/** The device a site host's traffic leaves through: its gateway, or a redundant router when that one has no route (R209). */
function siteExit(w: TraceWorld, e: Endpoint, towards: string): Endpoint {
  if (!('deviceId' in e) || w.devices[e.deviceId]?.rib.lookup(towards)) return e;
  const other = Object.entries(w.devices).find(([id, d]) => id !== e.deviceId && d.siteCidrs.some((c) => containsAddress(c, e.ip)) && d.rib.lookup(towards));
  return other ? { ip: e.ip, deviceId: other[0] } : e;
}

function traceWorld(world: World, r: RoutingTables, src: Endpoint): TraceWorld {
  const vpcs: Record<string, TraceWorld['vpcs'][string]> = {};
  for (const v of world.vpcs) {
    const tables = r.vpcTables.filter((t) => t.vpcId === v.VpcId);
    const subnetId = 'vpcId' in src && src.vpcId === v.VpcId ? src.subnetId : undefined;
    const table = tables.find((t) => subnetId !== undefined && t.subnetIds.includes(subnetId)) ?? tables.find((t) => t.main) ?? tables.find((t) => t.routeTableId === mainTableId(v.VpcId)) ?? tables[0];
    const gatewayId = [...r.vgws].find(([, g]) => g.vpcId === v.VpcId)?.[0];
    let tgwAttachmentId: string | undefined;
    for (const g of r.tgws.values()) tgwAttachmentId ??= g.attachments.find((a) => a.kind === 'vpc' && a.resourceId === v.VpcId)?.id;
    if (!table) continue;
    vpcs[v.VpcId] = { cidrs: toPrefix(v.CidrBlock), routeTable: table.result, ...(gatewayId ? { gatewayId } : {}), ...(tgwAttachmentId ? { tgwAttachmentId } : {}), inboundAllowed: toPrefix('0.0.0.0/0') };
  }
  const vgws = Object.fromEntries([...r.vgws].map(([id, g]) => [id, { rib: g.rib, ...(g.vpcId ? { vpcId: g.vpcId } : {}) }]));
  const tgws = Object.fromEntries([...r.tgws].map(([id, g]) => [id, {
    routing: g.routing,
    attachmentVpc: Object.fromEntries(g.attachments.filter((a) => a.kind === 'vpc').map((a) => [a.id, a.resourceId])),
    vpnAttachment: Object.fromEntries(g.attachments.filter((a) => a.kind === 'vpn').map((a) => [a.resourceId, a.id])),
  }]));
  const tunnels: Record<string, TraceWorld['tunnels'][string]> = {};
  for (const [id, { c, t, r: tr }] of r.tunnelById) {
    const chosen = t.host.state.aws.child?.chosen;
    const mtu = chosen ? mtuFor(chosen.encryption, chosen.integrity, t.host.state.natT)?.mtu ?? SERVICE_MAX.mtu : SERVICE_MAX.mtu;
    tunnels[id] = { view: tr.view, gatewayId: c.vpnGatewayId ?? c.transitGatewayId ?? '', deviceId: c.customerGatewayId, mtu };
  }
  const devices: Record<string, TraceWorld['devices'][string]> = {};
  for (const [cgw, d] of r.devices) devices[cgw] = { rib: d.table, siteCidrs: deviceNetworks(world, r, cgw) };
  const directConnect: Record<string, { siteCidrs: readonly Prefix[] }> = {};
  for (const dx of world.directConnectGateways) {
    const cidrs = world.sites.filter((s) => s.DirectConnectGatewayId === dx.DirectConnectGatewayId).flatMap((s) => s.CidrBlocks).flatMap(toPrefix);
    directConnect[dx.DirectConnectGatewayId] = { siteCidrs: cidrs };
    for (const g of r.tgws.values()) for (const a of g.attachments) if (a.kind === 'direct-connect-gateway' && a.resourceId === dx.DirectConnectGatewayId) directConnect[a.id] = { siteCidrs: cidrs };
  }
  return { vpcs, vgws, tgws, tunnels, devices, directConnect };
}

const hops = (t: TraceResult): PathHop[] => t.hops.map((h) => ({ node: h.component, route: h.action, ...(h.tunnelId ? { tunnelOutsideIp: h.tunnelId } : {}), note: `${h.explanation.rule}: ${h.explanation.text}` }));

export function tracePath(world: World, r: RoutingTables, from: string, to: string, opts: TraceOptions = {}): PathTraceResult {
  const src = resolve(world, from);
  const dst = resolve(world, to);
  const errors = [];
  if (!src) errors.push({ code: 'InvalidParameterValue', path: 'from', value: from, message: `'${from}' is neither a host name from Vpcs[].Subnets[].Hosts / Sites[].Hosts nor an address in a VPC or site` });
  if (!dst) errors.push({ code: 'InvalidParameterValue', path: 'to', value: to, message: `'${to}' is neither a host name from Vpcs[].Subnets[].Hosts / Sites[].Hosts nor an address in a VPC or site` });
  if (!src || !dst) return { ok: false, errors };
  const w = traceWorld(world, r, src);
  const loc = (e: Endpoint) => ('vpcId' in e ? { vpcId: e.vpcId } : { deviceId: e.deviceId });
  const exit = siteExit(w, src, dst.ip);
  const replyFrom = siteExit(w, dst, src.ip);
  const flow = { srcIp: src.ip, dstIp: dst.ip, protocol: 'tcp', srcPort: 49152, dstPort: 443, from: loc(exit), packetBytes: opts.packetBytes ?? 1400, dontFragment: opts.dontFragment ?? true };
  const rt = traceRoundTrip(w, flow, loc(replyFrom));
  const d = rt.forward.drop ?? rt.reverse.drop;
  return {
    ok: true, forward: hops(rt.forward), reverse: hops(rt.reverse), asymmetric: rt.asymmetric,
    delivered: rt.forward.delivered && rt.reverse.delivered,
    ...(d ? { drop: { code: d.code, reason: `${d.explanation.rule}: ${d.explanation.text}`, hop: d.at } } : {}),
  };
}
