import { Kernel } from './core/kernel';
import { namedStream } from './core/seededRandom';
import { EventLog, type EngineEvent } from './events';
import { dispatchAction } from './model/actions/dispatchAction';
import type { ActionResult, EngineAction } from './model/actions/actionTypes';
import { buildSnapshot } from './model/buildSnapshot';
import { buildWorld } from './model/buildWorld';
import { createConnection } from './model/connectionFactory';
import type { EngineCore } from './model/engineCore';
import { IdFactory, OutsideIpPool } from './model/ids';
import type { EngineSnapshot } from './model/snapshotTypes';
import { tunnelSamples } from './model/traffic';
import type { World } from './model/worldTypes';
import type { Scenario } from './schema/scenarioSchema';
import type { ValidationError } from './schema/validationError';
import { Telemetry } from './telemetry/index';
import { runHostItem, type KernelItem } from './tunnel/tunnelHost';
import { RoutingRuntime } from './routingRuntime/routingState';
import { tracePath, type PathTraceResult } from './routingRuntime/tracePath';

export interface EngineOptions {
  seed?: number;
  /** Scrollback of typed events. Default 5000. */
  eventCapacity?: number;
}

/**
 * The simulation facade: one kernel (clock, queue, seeded generator), the world built from a
 * scenario, telemetry, and the typed event log. State changes only through `dispatch` and time.
 */
export class Engine {
  private readonly core: EngineCore;
  private readonly log: EventLog;
  private readonly errors: { t: number; action: string; errors: readonly ValidationError[] }[] = [];
  private readonly listeners = new Set<(s: EngineSnapshot) => void>();
  private cached: EngineSnapshot | undefined;
  private readonly telemetry: Telemetry;
  readonly seed: number;

  private constructor(scenario: Scenario, opts: EngineOptions) {
    this.seed = (opts.seed ?? scenario.Seed ?? 1) >>> 0;
    // A fault inside one simulated step is reported, never thrown into the view that advanced time.
    const kernel = new Kernel<KernelItem>(this.seed, (item) => {
      try {
        runHostItem(item);
      } catch (e) {
        this.errors.push({ t: kernel.now(), action: 'internal', errors: [{ code: 'InternalError', path: 'engine', message: e instanceof Error ? e.message : String(e) }] });
      }
    });
    this.log = new EventLog(opts.eventCapacity ?? 5000);
    this.telemetry = new Telemetry({});
    const world: World = buildWorld(scenario);
    const ids = new IdFactory(namedStream(this.seed, 'ids'));
    const ips = new OutsideIpPool(namedStream(this.seed, 'outside-ips'));
    this.core = {
      kernel, world, seed: this.seed, ids, ips, optionRng: namedStream(this.seed, 'options'), telemetry: this.telemetry,
      emit: (e) => this.log.push(e),
      schedule: (at, task) => void kernel.at(at, { task }),
      touch: () => (this.cached = undefined),
      routing: undefined as unknown as RoutingRuntime,
    };
    (this.core as { routing: RoutingRuntime }).routing = new RoutingRuntime(this.core);
    for (const id of [...world.customerGateways.keys(), ...world.vpnGateways.keys(), ...world.transitGateways.keys()]) ids.reserve(id);
    for (const spec of scenario.VpnConnections ?? []) {
      ids.reserve(spec.VpnConnectionId);
      createConnection(this.core, spec, 'available');
    }
    for (const alarm of scenario.Alarms ?? []) {
      const errs = this.telemetry.putMetricAlarm(alarm as Parameters<Telemetry['putMetricAlarm']>[0], 0);
      if (errs.length > 0) this.errors.push({ t: 0, action: 'PutMetricAlarm', errors: errs });
    }
    for (const ev of scenario.Events ?? []) {
      this.core.schedule(ev.At, () => {
        const r = this.dispatch(ev.Action as unknown as EngineAction);
        if (!r.ok) this.errors.push({ t: kernel.now(), action: String(ev.Action.Type), errors: r.errors });
      });
    }
    this.schedulePeriod(this.telemetry.periodSeconds * 1000);
  }

  static fromScenario(scenario: Scenario, opts: EngineOptions = {}): Engine {
    return new Engine(scenario, opts);
  }

  /** R414: every metric period, bring counters up to date, sample every tunnel, run alarms and Health. */
  private schedulePeriod(at: number): void {
    this.core.schedule(at, () => {
      const now = this.core.kernel.now();
      const samples = [];
      this.core.routing.accrue();
      for (const c of this.core.world.connections.values()) {
        if (c.state === 'deleted') continue;
        samples.push(...tunnelSamples(c));
      }
      this.telemetry.recordTunnelSample(now, samples);
      this.telemetry.evaluate(now);
      this.cached = undefined;
      this.schedulePeriod(now + this.telemetry.periodSeconds * 1000);
    });
  }

  /** Never throws; refused actions change nothing (R372) and are reported as errors. */
  dispatch(action: EngineAction): ActionResult {
    const r = dispatchAction(this.core, action);
    if (r.ok) this.core.routing.refreshAll();
    const t = this.core.kernel.now();
    const type = String((action as { type?: unknown; Type?: unknown } | null)?.type ?? (action as { Type?: unknown } | null)?.Type ?? 'unknown');
    this.log.push(r.ok ? { type: 'actionApplied', t, action: type, summary: 'ok' } : { type: 'actionRejected', t, action: type, errors: r.errors });
    this.cached = undefined;
    this.notify();
    return r;
  }

  now(): number {
    return this.core.kernel.now();
  }

  advance(ms: number): void {
    this.core.kernel.advance(ms);
    this.settle();
  }

  runUntil(t: number): void {
    this.core.kernel.runUntil(t);
    this.settle();
  }

  stepToNextEvent(): boolean {
    const moved = this.core.kernel.stepToNextEvent();
    this.settle();
    return moved;
  }

  /** Number of kernel items processed so far (for the bench). */
  processedEvents(): number {
    return this.core.kernel.processed;
  }

  private settle(): void {
    this.core.routing.accrue();
    this.telemetry.evaluate(this.core.kernel.now());
    this.cached = undefined;
    this.notify();
  }

  snapshot(): EngineSnapshot {
    this.cached ??= buildSnapshot({
      t: this.core.kernel.now(), seed: this.seed, world: this.core.world, telemetry: this.telemetry.snapshot(),
      errors: this.errors, eventCount: this.log.total, lastEvents: this.log.all(), routing: this.core.routing.snapshot(),
    });
    return this.cached;
  }

  /**
   * Path of a flow between two hosts (names from Vpcs[].Subnets[].Hosts / Sites[].Hosts, or IPs),
   * both ways, with the drop and its reason when it does not arrive (routingRuntime/tracePath.ts).
   */
  tracePath(from: string, to: string): PathTraceResult {
    this.core.routing.accrue();
    return tracePath(this.core.world, this.core.routing.tables(), from, to);
  }

  subscribe(fn: (s: EngineSnapshot) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    const s = this.snapshot();
    for (const fn of this.listeners) fn(s);
  }

  events(): readonly EngineEvent[] {
    return this.log.all();
  }

  /** Read-only access for describe-* and ROUTING integration. */
  world(): Readonly<World> {
    return this.core.world;
  }
}
