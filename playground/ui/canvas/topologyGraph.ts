/** What the topology canvas draws: a view of the engine snapshot, built by the session adapter. */
export type TunnelStatus = 'UP' | 'DOWN';

export interface GraphTunnel {
  /** AWS-side outside IP: how AWS names a tunnel (R19). */
  outsideIp: string;
  status: TunnelStatus;
  phase1: string;
  phase2: string;
  /** AWS sends towards the site on this tunnel. */
  awsEgress: boolean;
}

export interface GraphConnection {
  id: string;
  gatewayId: string | null;
  customerGatewayId: string;
  transport: 'internet' | 'direct-connect' | 'accelerated';
  routing: 'static' | 'dynamic';
  tunnels: readonly [GraphTunnel, GraphTunnel];
}

export interface GraphNode {
  id: string;
  kind: 'vpc' | 'vgw' | 'tgw' | 'dxgw' | 'cgw' | 'site';
  label: string;
  detail: string;
  down?: boolean;
  /** Other nodes this one is wired to (VPC ↔ gateway, customer gateway ↔ site). */
  links: readonly string[];
  /**
   * Layout order within a column: 0 (or absent) for the scenario's own resources, ordered by id;
   * resources created by actions get 1, 2, … in creation order, so a new node goes below the
   * others instead of landing at a random place among them (its id is random, R16).
   */
  rank?: number;
}

export interface TopologyGraph {
  nodes: readonly GraphNode[];
  connections: readonly GraphConnection[];
}
