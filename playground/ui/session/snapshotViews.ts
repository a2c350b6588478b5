/**
 * Reshapes an engine snapshot (plus the scenario's static structure) into what each view draws.
 * Only selection and naming happen here: every state shown comes from the snapshot.
 */
import type { EngineSnapshot, Scenario } from './engineBinding';
import type { GraphNode, TopologyGraph } from '../canvas/topologyGraph';
import type { LadderMessage } from '../panels/IkeLadder.svelte';

type TunnelSnap = EngineSnapshot['connections'][number]['tunnels'][number];

export function topologyOf(scenario: Scenario | null, snap: EngineSnapshot | null): TopologyGraph {
  if (!scenario || !snap) return { nodes: [], connections: [] };
  const nodes: GraphNode[] = [];
  // Gateways, their attachments and sites come from the snapshot, so resources created or deleted
  // by actions (Build panel, terminal, share-link replay) are drawn; VPCs come from the scenario.
  const res = snap.resources;
  const rankOf = (ids: readonly string[], declared: ReadonlySet<string>) => new Map(ids.filter((id) => !declared.has(id)).map((id, i) => [id, i + 1]));
  const vgwRank = rankOf(res.vpnGateways.map((g) => g.VpnGatewayId), new Set((scenario.VpnGateways ?? []).map((g) => g.VpnGatewayId)));
  const cgwRank = rankOf(res.customerGateways.map((g) => g.CustomerGatewayId), new Set((scenario.CustomerGateways ?? []).map((g) => g.CustomerGatewayId)));
  const siteRank = rankOf(res.sites.map((s) => s.Name), new Set((scenario.Sites ?? []).map((s) => s.Name)));
  const ranked = (rank: number | undefined) => (rank === undefined ? {} : { rank });
  const vgwByVpc = new Map<string, string[]>();
  for (const g of res.vpnGateways) {
    if (g.State === 'deleted') continue;
    const vpcs = g.VpcAttachments.filter((a) => a.State === 'attached' || a.State === 'attaching').map((a) => a.VpcId);
    for (const v of vpcs) vgwByVpc.set(v, [...(vgwByVpc.get(v) ?? []), g.VpnGatewayId]);
    nodes.push({ id: g.VpnGatewayId, kind: 'vgw', label: 'Virtual private gateway', detail: `ASN ${g.AmazonSideAsn}${vpcs.length ? '' : ' · detached'}`, links: vpcs, ...ranked(vgwRank.get(g.VpnGatewayId)) });
  }
  const tgwRank = rankOf(res.transitGateways.map((t) => t.TransitGatewayId), new Set((scenario.TransitGateways ?? []).map((t) => t.TransitGatewayId)));
  for (const t of res.transitGateways) {
    const vpcs = res.transitGatewayAttachments.filter((a) => a.TransitGatewayId === t.TransitGatewayId && a.ResourceType === 'vpc').map((a) => a.ResourceId);
    for (const v of vpcs) vgwByVpc.set(v, [...(vgwByVpc.get(v) ?? []), t.TransitGatewayId]);
    nodes.push({ id: t.TransitGatewayId, kind: 'tgw', label: 'Transit gateway', detail: `ASN ${t.AmazonSideAsn}${vpcs.length ? '' : ' · no VPC attached'}`, links: vpcs, ...ranked(tgwRank.get(t.TransitGatewayId)) });
  }
  for (const v of scenario.Vpcs ?? []) {
    nodes.push({ id: v.VpcId, kind: 'vpc', label: 'VPC', detail: v.CidrBlock, links: vgwByVpc.get(v.VpcId) ?? [] });
  }
  const devices = new Map(snap.devices.map((d) => [d.customerGatewayId, d]));
  const sitesByCgw = new Map<string, string[]>();
  for (const s of res.sites) {
    const id = siteNodeId(s.Name);
    if (s.CustomerGatewayId) sitesByCgw.set(s.CustomerGatewayId, [...(sitesByCgw.get(s.CustomerGatewayId) ?? []), id]);
    nodes.push({ id, kind: 'site', label: s.Name, detail: s.CidrBlocks.join(', '), links: s.CustomerGatewayId ? [s.CustomerGatewayId] : [], ...ranked(siteRank.get(s.Name)) });
  }
  for (const c of res.customerGateways) {
    const d = devices.get(c.CustomerGatewayId);
    nodes.push({
      id: c.CustomerGatewayId,
      kind: 'cgw',
      label: c.DeviceName ?? 'Customer gateway',
      detail: `${c.IpAddress ?? 'no IP'} · ASN ${c.BgpAsn}`,
      down: d ? !d.up : false,
      links: sitesByCgw.get(c.CustomerGatewayId) ?? [],
      ...ranked(cgwRank.get(c.CustomerGatewayId)),
    });
  }
  const connections = snap.connections
    .filter((c) => c.state !== 'deleted')
    .map((c) => {
      const egress = awsEgressIndex(c.tunnels);
      const tunnel = (t: TunnelSnap) => ({ outsideIp: t.outsideIpAddress, status: t.status, phase1: t.phase1, phase2: t.phase2, awsEgress: egress === t.index });
      return {
        id: c.id,
        gatewayId: c.vpnGatewayId ?? c.transitGatewayId ?? null,
        customerGatewayId: c.customerGatewayId,
        transport: c.options.EnableAcceleration ? ('accelerated' as const) : c.options.OutsideIpAddressType === 'PrivateIpv4' ? ('direct-connect' as const) : ('internet' as const),
        routing: c.options.StaticRoutesOnly ? ('static' as const) : ('dynamic' as const),
        tunnels: [tunnel(c.tunnels[0]), tunnel(c.tunnels[1])] as const,
      };
    });
  return { nodes, connections };
}

/** Canvas node id of a site (sites have names, not AWS ids). */
export const siteNodeId = (name: string): string => `site:${name}`;

/**
 * R6: AWS sends towards the site on one tunnel and moves to the other when it fails. Until the
 * routing engine reports the selected egress, the first UP tunnel is shown as AWS's choice.
 */
function awsEgressIndex(tunnels: readonly [TunnelSnap, TunnelSnap]): 0 | 1 | null {
  const up = tunnels.filter((t) => t.status === 'UP' && t.medPreference !== 'normal');
  if (up[0]) return up[0].index;
  const firstUp = tunnels.find((t) => t.status === 'UP');
  return firstUp ? firstUp.index : null;
}

export function ladderOf(t: TunnelSnap | undefined, limit = 24): LadderMessage[] {
  if (!t) return [];
  return t.trace.slice(-limit).map((m) => ({
    t: m.t,
    from: m.direction === 'aws->cgw' ? 'aws' : 'cgw',
    exchange: m.exchange,
    step: m.step,
    response: m.response,
    summary: `${m.payloads}${m.udpPort === 4500 ? ' (UDP 4500, NAT-T)' : ' (UDP 500)'}${m.dropped ? ` — lost: ${m.dropped}` : ''}`,
    ...(m.dropped ? { lost: true } : {}),
  }));
}

export function findTunnel(snap: EngineSnapshot | null, connectionId: string, index: 0 | 1): TunnelSnap | undefined {
  return snap?.connections.find((c) => c.id === connectionId)?.tunnels[index];
}

/** "Tunnel 2 phase 2: Rekeying → Established" lines for the polite live region. */
export function stateChanges(prev: EngineSnapshot | null, next: EngineSnapshot): string[] {
  if (!prev) return [];
  const out: string[] = [];
  for (const c of next.connections) {
    const before = prev.connections.find((p) => p.id === c.id);
    if (!before) continue;
    for (const t of c.tunnels) {
      const b = before.tunnels[t.index];
      const name = `${c.id} tunnel ${t.index + 1}`;
      if (b.status !== t.status) out.push(`${name}: ${b.status} → ${t.status}`);
      if (b.phase1 !== t.phase1) out.push(`${name} phase 1: ${b.phase1} → ${t.phase1}`);
      if (b.phase2 !== t.phase2) out.push(`${name} phase 2: ${b.phase2} → ${t.phase2}`);
    }
  }
  return out;
}
