/**
 * Input and output types of the routing layer. Routing is pure: the Engine hands it plain data
 * (tunnel states, learned routes, route tables) and gets back route tables, advertisements and
 * path traces. Nothing here imports the model of other engine folders.
 */

/** A canonical CIDR such as `10.0.0.0/16` or `fd00::/126` (host bits cleared). Build with `parsePrefix`. */
export type Prefix = string & { readonly __brand: 'Prefix' };
/** A BGP autonomous system number (R28, R41). */
export type Asn = number & { readonly __brand: 'Asn' };
export const asn = (n: number): Asn => n as Asn;

/** A RULES.md rule id, e.g. `R177`. Every explanation the UI shows names one. */
export type RuleId = `R${number}`;

/** Why an entry exists or won: the deciding rule plus a sentence for the "why this route" panel. */
export interface Explanation {
  readonly rule: RuleId;
  readonly text: string;
}

/** A tunnel as routing sees it. `tunnelId` is the AWS outside IP (R19). */
export interface TunnelView {
  readonly tunnelId: string;
  readonly vpnConnectionId: string;
  /** IPsec SA established (the tunnel carries packets). */
  readonly ipsecUp: boolean;
  /** AWS endpoint healthy (false while AWS replaces it or it failed, R177). */
  readonly endpointHealthy: boolean;
  /** AWS is updating this tunnel's endpoint (MED shifts to the other tunnel, R195). */
  readonly underMaintenance?: boolean;
}

export type GatewayRef =
  | { readonly kind: 'vgw'; readonly id: string }
  | { readonly kind: 'tgw'; readonly id: string; readonly attachmentId: string };

/** A route learned over BGP or configured statically, before selection. */
export interface RouteCandidate {
  readonly prefix: Prefix;
  readonly source: RouteSource;
  /** Tunnel the route points at (absent for DX, VPC and blackhole routes). */
  readonly tunnelId?: string;
  readonly vpnConnectionId?: string;
  /** Next-hop attachment on a TGW, or VPC / DX gateway id. */
  readonly target: string;
  readonly asPath: readonly Asn[];
  readonly med: number;
  /** Tunnel endpoint healthy and tunnel up; DX and VPC routes are always healthy here. */
  readonly healthy: boolean;
  /** Connection is dynamic (BGP). Static VPNs get no ECMP on a TGW (R190). */
  readonly dynamic: boolean;
}

export type RouteSource =
  | 'vpc' // a VPC CIDR (attached VPC on a VGW, VPC attachment on a TGW)
  | 'dx-bgp' // BGP routes propagated from Direct Connect (R179)
  | 'vpn-static' // CreateVpnConnectionRoute / TGW static route to a VPN attachment (R180)
  | 'vpn-bgp' // BGP routes from a VPN tunnel (R181)
  | 'tgw-static' // static route in a TGW route table
  | 'blackhole'; // TGW blackhole route

/** An error in the engine's shared shape (schema/validationError.ts uses the same fields). */
export interface RoutingError {
  readonly code: string;
  readonly path: string;
  readonly value?: unknown;
  readonly allowed?: string;
  readonly message: string;
}
