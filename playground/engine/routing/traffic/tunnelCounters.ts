/**
 * Per-tunnel traffic: the 1.25 Gbps / 140,000 pps ceilings (R443) and the byte counters behind
 * TunnelDataIn (received by AWS from the device, after decryption, R410) and TunnelDataOut (sent
 * by AWS to the device, before encryption, R411).
 */
import { tunnelLimits } from '../quotas';

export interface TunnelLoad {
  readonly offeredBps: number;
  readonly offeredPps: number;
  readonly carriedBps: number;
  readonly carriedPps: number;
  /** Which ceiling limited the tunnel, if any. */
  readonly limitedBy?: 'Maximum bandwidth per VPN tunnel' | 'Maximum packets per second (PPS) per VPN tunnel';
}

export function tunnelLoad(offeredBps: number, packetBytes: number): TunnelLoad {
  const offeredPps = packetBytes > 0 ? offeredBps / 8 / packetBytes : 0;
  const byBw = Math.min(1, tunnelLimits.maxBitsPerSecond / Math.max(offeredBps, 1));
  const byPps = Math.min(1, tunnelLimits.maxPacketsPerSecond / Math.max(offeredPps, 1));
  const f = Math.min(byBw, byPps);
  const base = { offeredBps, offeredPps, carriedBps: offeredBps * f, carriedPps: offeredPps * f };
  if (f >= 1) return base;
  return { ...base, limitedBy: byPps < byBw ? 'Maximum packets per second (PPS) per VPN tunnel' : 'Maximum bandwidth per VPN tunnel' };
}

export class TunnelCounters {
  private readonly bytes = new Map<string, { in: number; out: number }>();

  /** Add traffic for `ms` of simulated time in one direction of a tunnel. */
  add(tunnelId: string, direction: 'in' | 'out', bps: number, ms: number): void {
    const c = this.bytes.get(tunnelId) ?? { in: 0, out: 0 };
    c[direction] += Math.floor((bps / 8) * (ms / 1000));
    this.bytes.set(tunnelId, c);
  }

  /** Bytes since the previous read (each datapoint holds the bytes since the last, R410/R411). */
  drain(tunnelId: string): { TunnelDataIn: number; TunnelDataOut: number } {
    const c = this.bytes.get(tunnelId) ?? { in: 0, out: 0 };
    this.bytes.set(tunnelId, { in: 0, out: 0 });
    return { TunnelDataIn: c.in, TunnelDataOut: c.out };
  }
}
