/**
 * MTU and TCP MSS written into device configurations. The interface MTU is the guide's
 * recommendation for the tunnel interface, 1399 (R242, R246 Lab decision); the MSS clamp is
 * MTU − 40 (R259), so TCP segments fit the interface without fragmentation. The path limit of
 * R251–R258 for the chosen algorithms is quoted next to it in the generated file.
 */
export const TUNNEL_INTERFACE_MTU = 1399; // R242
export const TCP_MSS_CLAMP = TUNNEL_INTERFACE_MTU - 40; // R259: MSS (IPv4) = MTU − 40
export const BGP_KEEPALIVE_SECONDS = 10; // R285, R334
export const BGP_HOLD_TIME_SECONDS = 30; // R285, R334
/** Device DPD: probe every 10 s, 3 misses (schema defaults, R116); within AWS's 30 s minimum timeout (R50). */
export const DEVICE_DPD_INTERVAL_SECONDS = 10;
export const DEVICE_DPD_RETRIES = 3;

export interface PathLimit {
  readonly mtu: number;
  readonly mssIpv4: number;
  readonly mssIpv6: number;
}

/** R251–R258: the largest packet the tunnel carries for the phase 2 algorithms and NAT-T state. */
export function pathLimit(encryption: string, integrity: string, natT: boolean): PathLimit {
  const row = (mtu: number): PathLimit => ({ mtu, mssIpv4: mtu - 40, mssIpv6: mtu - 60 });
  if (encryption.toUpperCase().includes('GCM')) return row(natT ? 1438 : 1446); // R251, R252
  const i = integrity.toUpperCase();
  if (i === 'SHA2-512') return row(natT ? 1406 : 1422); // R257, R258
  if (i === 'SHA2-384') return row(1422); // R255, R256
  return row(natT ? 1422 : 1438); // R253, R254
}
