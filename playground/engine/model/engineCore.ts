import type { Kernel } from '../core/kernel';
import type { Rng } from '../core/seededRandom';
import type { EngineEvent } from '../events';
import type { Telemetry } from '../telemetry/index';
import type { KernelItem } from '../tunnel/tunnelHost';
import type { IdFactory, OutsideIpPool } from './ids';
import type { World } from './worldTypes';
import type { RoutingRuntime } from '../routingRuntime/routingState';

/** What action handlers and model helpers need from the Engine (kept narrow so they stay testable). */
export interface EngineCore {
  readonly kernel: Kernel<KernelItem>;
  readonly world: World;
  readonly seed: number;
  readonly ids: IdFactory;
  readonly ips: OutsideIpPool;
  /** Stream for AWS-generated option values (PSKs, inside CIDRs). */
  readonly optionRng: Rng;
  readonly telemetry: Telemetry;
  emit(e: EngineEvent): void;
  schedule(at: number, task: () => void): void;
  /** Mark state as changed so the next snapshot is rebuilt. */
  touch(): void;
  /** BGP, tunnel status, routing tables and routed byte counters. */
  readonly routing: RoutingRuntime;
}
