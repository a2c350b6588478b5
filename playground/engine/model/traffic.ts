import type { TunnelSample } from '../telemetry/types';
import { tunnelUp } from '../routingRuntime/tunnelStatus';
import type { ConnectionModel, TunnelModel } from './worldTypes';

/**
 * Byte counters from a simple per-connection rate until ROUTING's flows are wired in. Traffic
 * uses one tunnel (R6: AWS prefers one; a tunnel with a lowered MED wins, R195), and only a
 * tunnel that is UP with a working data plane carries it.
 */
export const DEFAULT_TRAFFIC_BPS = { in: 2000, out: 3000 } as const;

const canCarry = (t: TunnelModel): boolean => t.host.state.status === 'UP' && t.host.dataPlaneAlive && t.replacement === null;

export function carryingTunnel(c: ConnectionModel): TunnelModel | undefined {
  if (c.state !== 'available') return undefined;
  const usable = c.tunnels.filter(canCarry);
  return usable.find((t) => t.medPreference === 'lowered') ?? usable[0];
}

/** Bring the counters up to `now` using the tunnel that carried traffic since the last call. */
export function accrueBytes(c: ConnectionModel, now: number, carrier: TunnelModel | undefined): void {
  for (const t of c.tunnels) {
    if (t === carrier && now > t.accruedTo) {
      const s = (now - t.accruedTo) / 1000;
      // Kept fractional and rounded on output, so stepping time in small or large jumps gives the same totals.
      t.bytesIn += c.trafficBps.in * s;
      t.bytesOut += c.trafficBps.out * s;
    }
    t.accruedTo = now;
  }
}

export function tunnelSamples(c: ConnectionModel, deleted = false): TunnelSample[] {
  return c.tunnels.map((t) => {
    const log = t.options.LogOptions.CloudWatchLogOptions;
    return {
      vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress,
      up: tunnelUp(c, t), bytesIn: Math.round(t.bytesIn), bytesOut: Math.round(t.bytesOut),
      loggingEnabled: log.LogEnabled, logOutputFormat: log.LogOutputFormat,
      ...(log.LogGroupArn !== undefined ? { logGroupArn: log.LogGroupArn } : {}),
      dpdEnabled: true, natTDetected: t.host.state.natT,
      ikePhase1State: t.host.state.phase1, ikePhase2State: t.host.state.phase2,
      ...(deleted ? { deleted: true } : {}),
    };
  });
}
