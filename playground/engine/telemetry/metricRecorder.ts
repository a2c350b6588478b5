/**
 * Builds AWS/VPN datapoints from tunnel samples (R406–R414). State between samples holds
 * until the next sample (a step function). Every period (R414: 300 s) it closes:
 * - TunnelState per tunnel = fraction of the period the tunnel was UP (R409, time-weighted),
 *   per connection = mean of its tunnels' values (R409: one UP + one DOWN = 0.5);
 * - TunnelDataIn/Out per tunnel = bytes counted during the period (R410, R411), per connection = sum.
 * Per-tunnel streams carry dimension TunnelIpAddress, per-connection streams VpnId (R413).
 */
import { compareText } from '../core/compareText';
import type { Dimension, MetricDatapoint, MetricName, MetricStream, TunnelSample } from './types';

interface TunnelAcc {
  vpnConnectionId: string;
  ip: string;
  lastT: number;
  up: boolean;
  bytesIn: number;
  bytesOut: number;
  upMs: number;
  knownMs: number;
  periodIn: number;
  periodOut: number;
  deleted: boolean;
}

/** R407: data kept 15 months. */
const RETENTION_MS = 15 * 30 * 86_400_000;

export const streamKey = (metric: string, dims: readonly Dimension[]): string =>
  `${metric}|${[...dims].sort((a, b) => compareText(a.Name, b.Name)).map((d) => `${d.Name}=${d.Value}`).join(',')}`;

export class MetricRecorder {
  private readonly tunnels = new Map<string, TunnelAcc>();
  private readonly streams = new Map<string, { meta: Omit<MetricStream, 'Datapoints'>; points: MetricDatapoint[] }>();
  private nextBoundary: number;
  private lastT = 0;

  constructor(readonly periodMs: number, startT = 0) {
    this.nextBoundary = startT + periodMs;
  }

  /** Close every period that ends strictly before t (or at t when inclusive). */
  advance(t: number, inclusive = true): void {
    if (t < this.lastT) return;
    while (this.nextBoundary < t || (inclusive && this.nextBoundary === t)) {
      this.integrateAll(this.nextBoundary);
      this.closePeriod(this.nextBoundary - this.periodMs);
      this.nextBoundary += this.periodMs;
    }
    this.integrateAll(t);
    this.lastT = t;
  }

  /** Applies samples taken at t; bytes since the previous sample count in the period ending at or after t. */
  sample(t: number, samples: readonly TunnelSample[]): void {
    if (t < this.lastT) return;
    this.advance(t, false);
    for (const s of samples) {
      let acc = this.tunnels.get(s.tunnelOutsideIp);
      if (!acc || acc.deleted || acc.vpnConnectionId !== s.vpnConnectionId) {
        if (s.deleted) continue;
        acc = {
          vpnConnectionId: s.vpnConnectionId, ip: s.tunnelOutsideIp, lastT: t, up: s.up,
          bytesIn: s.bytesIn, bytesOut: s.bytesOut, upMs: 0, knownMs: 0,
          // Counters run from the tunnel's creation, so a first sample's bytes are new bytes.
          periodIn: Math.max(0, s.bytesIn), periodOut: Math.max(0, s.bytesOut), deleted: false,
        };
        // Re-inserting keeps a replaced tunnel's stream but restarts its counters.
        this.tunnels.delete(s.tunnelOutsideIp);
        this.tunnels.set(s.tunnelOutsideIp, acc);
        continue;
      }
      // A counter that went down was reset (endpoint replaced): count from zero.
      acc.periodIn += s.bytesIn >= acc.bytesIn ? s.bytesIn - acc.bytesIn : s.bytesIn;
      acc.periodOut += s.bytesOut >= acc.bytesOut ? s.bytesOut - acc.bytesOut : s.bytesOut;
      acc.bytesIn = s.bytesIn;
      acc.bytesOut = s.bytesOut;
      acc.up = s.up;
      if (s.deleted) acc.deleted = true;
    }
    this.advance(t, true);
  }

  private integrateAll(t: number): void {
    for (const acc of this.tunnels.values()) {
      if (acc.deleted || t <= acc.lastT) continue;
      const dt = t - acc.lastT;
      acc.knownMs += dt;
      if (acc.up) acc.upMs += dt;
      acc.lastT = t;
    }
  }

  private closePeriod(start: number): void {
    const perVpn = new Map<string, { states: number[]; bytesIn: number; bytesOut: number }>();
    for (const [ip, acc] of this.tunnels) {
      // A tunnel first sampled exactly at the boundary has no time in this period: its bytes wait.
      if (acc.knownMs === 0 && !acc.deleted) continue;
      if (acc.knownMs > 0) {
        const state = acc.upMs / acc.knownMs;
        const dim: Dimension[] = [{ Name: 'TunnelIpAddress', Value: ip }];
        this.put('TunnelState', dim, start, state);
        this.put('TunnelDataIn', dim, start, acc.periodIn);
        this.put('TunnelDataOut', dim, start, acc.periodOut);
        const v = perVpn.get(acc.vpnConnectionId) ?? { states: [], bytesIn: 0, bytesOut: 0 };
        v.states.push(state);
        v.bytesIn += acc.periodIn;
        v.bytesOut += acc.periodOut;
        perVpn.set(acc.vpnConnectionId, v);
      }
      acc.upMs = 0;
      acc.knownMs = 0;
      acc.periodIn = 0;
      acc.periodOut = 0;
      if (acc.deleted) this.tunnels.delete(ip);
    }
    for (const [vpnId, v] of perVpn) {
      const dim: Dimension[] = [{ Name: 'VpnId', Value: vpnId }];
      this.put('TunnelState', dim, start, v.states.reduce((a, b) => a + b, 0) / v.states.length);
      this.put('TunnelDataIn', dim, start, v.bytesIn);
      this.put('TunnelDataOut', dim, start, v.bytesOut);
    }
  }

  private put(metric: MetricName, dims: Dimension[], ts: number, value: number): void {
    const key = streamKey(metric, dims);
    let s = this.streams.get(key);
    if (!s) {
      const unit = metric === 'TunnelState' ? 'None' : 'Bytes';
      s = { meta: { Namespace: 'AWS/VPN', MetricName: metric, Dimensions: dims, Unit: unit }, points: [] };
      this.streams.set(key, s);
    }
    s.points.push({ Timestamp: ts, Value: value });
    // R407: drop what is older than the retention, in batches so pushes stay cheap.
    const cap = Math.ceil(RETENTION_MS / this.periodMs);
    if (s.points.length > cap + 1024) s.points.splice(0, s.points.length - cap);
  }

  /** Datapoints with start <= Timestamp < end (points are in time order: binary search). */
  range(metric: string, dims: readonly Dimension[], start: number, end: number): MetricDatapoint[] {
    const pts = this.streams.get(streamKey(metric, dims))?.points;
    if (!pts) return [];
    const lower = (x: number): number => {
      let lo = 0;
      let hi = pts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((pts[mid]?.Timestamp ?? Infinity) < x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return pts.slice(lower(start), lower(end));
  }

  unitOf(metric: string): 'None' | 'Bytes' {
    return metric === 'TunnelState' ? 'None' : 'Bytes';
  }


  allStreams(): MetricStream[] {
    return [...this.streams.values()].map((s) => ({ ...s.meta, Dimensions: s.meta.Dimensions.map((d) => ({ ...d })), Datapoints: [...s.points] }));
  }
}
