/**
 * The Engine's routing runtime: BGP speakers per tunnel, the reported tunnel status (R171/R408),
 * the routing tables (rebuilt lazily after a change, cached for snapshots and traces) and the
 * routed byte counters. A change closes the byte interval with the old rates; new rates are
 * computed once at the end of the instant, so a burst of changes costs one rebuild.
 */
import type { EngineCore } from '../model/engineCore';
import { tunnelSamples } from '../model/traffic';
import type { ConnectionModel, TunnelModel } from '../model/worldTypes';
import { BgpSessionHost, type BgpStateChange } from './bgpSessionHost';
import { buildRouting, type RoutingTables } from './buildRouting';
import { bgpPeerConfig, tunnelBgpSettings } from './deviceBgp';
import { buildRoutingSnapshot, type RoutingSnapshot } from './routingSnapshot';
import { assignRates } from './trafficRates';
import { carriesPackets, ipsecUp, statusMessage, tunnelUp } from './tunnelStatus';

export class RoutingRuntime {
  private cache: RoutingTables | undefined;
  private snap: RoutingSnapshot | undefined;
  private ratesDirty = false;
  private rateTaskAt = -1;
  private accruedAt = -1;
  private built = 0;
  private readonly signatures = new WeakMap<TunnelModel, string>();
  private readonly bothEstablished = new WeakMap<TunnelModel, boolean>();

  constructor(private readonly core: EngineCore) {}

  /** Number of table rebuilds so far (bench, tests). */
  get rebuilds(): number {
    return this.built;
  }

  tables(): RoutingTables {
    if (!this.cache) {
      this.built++;
      this.cache = buildRouting(this.core.world);
    }
    return this.cache;
  }

  /** `snapshot.routing`, rebuilt only after a routing or BGP change. */
  snapshot(): RoutingSnapshot {
    return (this.snap ??= buildRoutingSnapshot(this.core.world, this.tables()));
  }

  /** After an action: BGP enablement, static routes, propagation or DX may have changed. */
  refreshAll(): void {
    this.accrue();
    for (const c of this.core.world.connections.values()) for (const t of c.tunnels) this.tunnelChanged(c, t);
    this.changed();
  }

  /** Bring every tunnel's byte counters up to now (R410, R411) with the rates in force. */
  accrue(): void {
    const now = this.core.kernel.now();
    // Several changes in one instant: no time has passed, nothing to add, and the rates are
    // recomputed once by the end-of-instant task (a rebuild per change made bring-up O(n²)).
    if (now === this.accruedAt) return;
    this.accruedAt = now;
    if (this.ratesDirty) this.recomputeRates();
    for (const c of this.core.world.connections.values()) {
      for (const t of c.tunnels) {
        if (now > t.accruedTo) {
          const s = (now - t.accruedTo) / 1000;
          t.bytesIn += t.rateIn * s;
          t.bytesOut += t.rateOut * s;
        }
        t.accruedTo = now;
      }
    }
  }

  /** Routing-relevant state changed (tunnel, BGP, configuration): tables and rates are recomputed. */
  changed(): void {
    this.accrue();
    this.cache = undefined;
    this.snap = undefined;
    this.ratesDirty = true;
    this.core.touch();
    const now = this.core.kernel.now();
    if (this.rateTaskAt !== now) {
      this.rateTaskAt = now;
      this.core.schedule(now, () => {
        this.rateTaskAt = -1;
        if (this.ratesDirty) this.recomputeRates();
      });
    }
  }

  private recomputeRates(): void {
    this.ratesDirty = false;
    assignRates(this.core.world, this.tables());
  }

  /** A tunnel's SA, data plane or endpoint changed: move its BGP speakers, then its status. */
  tunnelChanged(c: ConnectionModel, t: TunnelModel): void {
    const enabled = c.state === 'available' && tunnelBgpSettings(this.core.world, c, t).enabled;
    if (enabled && !t.bgp) {
      t.bgp = new BgpSessionHost(this.core.kernel, (side) => bgpPeerConfig(this.core.world, c, t, side), {
        saUp: () => ipsecUp(t) && t.host.state.cgw.child !== null,
        alive: () => t.host.dataPlaneAlive && t.replacement === null && c.state === 'available',
        latencyMs: () => t.path.latencyMs,
      }, (e) => this.onBgp(c, t, e));
      t.bgp.start();
    } else if (!enabled && t.bgp) {
      const old = t.bgp;
      t.bgp = null;
      old.stop();
    } else t.bgp?.refresh();
    this.syncStatus(c, t);
    // rekeys and other SA notes that change nothing routing reads cost no rebuild
    const sig = `${c.state}|${ipsecUp(t)}|${carriesPackets(c, t)}|${t.bgp?.established ?? '-'}|${t.reportedUp}|${t.replacement === null}|${t.medPreference}`;
    if (this.signatures.get(t) === sig) return;
    this.signatures.set(t, sig);
    this.changed();
  }

  private onBgp(c: ConnectionModel, t: TunnelModel, e: BgpStateChange): void {
    this.snap = undefined;
    this.core.touch();
    this.core.emit({ type: 'bgpStateChanged', t: this.core.kernel.now(), vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, side: e.side, from: e.from, to: e.to, ...(e.reason ? { reason: e.reason } : {}) });
    // Tables and status read only "both speakers Established": one side arriving first changes nothing.
    const both = t.bgp?.established ?? false;
    if ((e.from === 'Established' || e.to === 'Established') && both !== this.bothEstablished.get(t)) {
      this.bothEstablished.set(t, both);
      this.syncStatus(c, t);
      this.changed();
    }
  }

  /** R171/R408: report UP/DOWN when the status a learner sees changes, with a telemetry sample (R409). */
  syncStatus(c: ConnectionModel, t: TunnelModel): void {
    const up = tunnelUp(c, t);
    if (up === t.reportedUp) return;
    const now = this.core.kernel.now();
    t.reportedUp = up;
    t.statusChangedAt = now;
    this.core.emit({ type: 'tunnelStatusChanged', t: now, vpnConnectionId: c.id, tunnelOutsideIp: t.outsideIpAddress, status: up ? 'UP' : 'DOWN', reason: statusMessage(c, t) });
    this.accrue();
    this.core.telemetry.recordTunnelSample(now, tunnelSamples(c));
  }
}
