import { linkHorizontal } from 'd3-shape';

/** Fixed geometry of the "one VPN connection, two tunnels" diagram (viewBox units). */
export const VIEW = { width: 780, height: 300 } as const;

export interface Point {
  x: number;
  y: number;
}

export const NODES = {
  vpc: { x: 70, y: 150 },
  gateway: { x: 200, y: 150 },
  endpoints: [
    { x: 340, y: 80 },
    { x: 340, y: 220 },
  ],
  device: { x: 590, y: 150 },
  network: { x: 720, y: 150 },
} as const;

const link = linkHorizontal<{ source: Point; target: Point }, Point>()
  .x((p) => p.x)
  .y((p) => p.y);

/** The path one tunnel takes: AWS endpoint in its Availability Zone → customer gateway device. */
export function tunnelPath(index: 0 | 1): string {
  return link({ source: NODES.endpoints[index], target: NODES.device }) ?? '';
}

/** Gateway → endpoint path inside AWS, used by the traffic animation. */
export function gatewayToEndpointPath(index: 0 | 1): string {
  return link({ source: NODES.gateway, target: NODES.endpoints[index] }) ?? '';
}

/** The whole route a packet takes from the VPC to the on-premises network over one tunnel. */
export function trafficPath(index: 0 | 1): string {
  const e = NODES.endpoints[index];
  const { vpc, gateway, device, network } = NODES;
  const toEndpoint = link({ source: gateway, target: e }) ?? '';
  const toDevice = link({ source: e, target: device }) ?? '';
  return `M${vpc.x},${vpc.y}L${gateway.x},${gateway.y}${toEndpoint.replace(/^M[^C]*/, '')}${toDevice.replace(/^M[^C]*/, '')}L${network.x},${network.y}`;
}
