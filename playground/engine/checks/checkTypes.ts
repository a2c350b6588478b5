/**
 * The lab check language: small predicates over an engine snapshot. Every check answers
 * `{ pass, message }`, and the message says what is still missing when it fails (PRACTICES #8).
 */
import type { EngineSnapshot } from '../model/snapshotTypes';

export interface CheckResult {
  readonly pass: boolean;
  readonly message: string;
}

/** What a check may read: the Engine satisfies this structurally (tracePath once routing lands). */
export interface CheckEngine {
  snapshot(): EngineSnapshot;
  tracePath?: (from: string, to: string) => unknown;
  world?: () => { readonly devices: ReadonlyMap<string, { readonly up: boolean; readonly spec: unknown }> };
}

/** A connection by id, or "the live connection of this customer gateway" for labs where the learner creates it. */
export type ConnectionRef = string | { readonly customerGateway: string; readonly gateway?: string | undefined };
export type TunnelRef = 1 | 2 | 'both';
export type SaState = 'Established' | 'Rekeying' | 'Negotiating' | 'Down';
export type BgpState = 'Idle' | 'Connect' | 'Active' | 'OpenSent' | 'OpenConfirm' | 'Established';
export type CompareOp = '<' | '<=' | '=' | '>=' | '>';
export type Scalar = string | number | boolean;

/** One expectation on a value; exactly one comparator is set. */
export interface ValueMatch {
  readonly equals?: Scalar | undefined;
  readonly notEquals?: Scalar | undefined;
  readonly includes?: Scalar | readonly Scalar[] | undefined;
  readonly excludes?: Scalar | readonly Scalar[] | undefined;
  readonly only?: readonly Scalar[] | undefined;
  readonly atLeast?: number | undefined;
  readonly atMost?: number | undefined;
  readonly inCidr?: string | undefined;
}

export interface TunnelCheck {
  readonly connection: ConnectionRef;
  readonly tunnel: TunnelRef;
  readonly status?: 'UP' | 'DOWN' | undefined;
  readonly phase1?: SaState | undefined;
  readonly phase2?: SaState | undefined;
  readonly ikeVersion?: 'ikev1' | 'ikev2' | undefined;
  readonly natT?: boolean | undefined;
  /** ESP actually carries traffic (NAT without NAT-T leaves IKE up but the data plane down). */
  readonly dataPlane?: boolean | undefined;
  readonly maintenancePending?: boolean | undefined;
  readonly maintenanceApplied?: boolean | undefined;
}
export interface ConnectionCheck {
  readonly connection: ConnectionRef;
  readonly exists?: boolean | undefined;
  readonly state?: 'pending' | 'available' | 'deleting' | 'deleted' | undefined;
  readonly staticRoute?: string | undefined;
}
export interface BgpCheck {
  readonly connection: ConnectionRef;
  readonly tunnel: TunnelRef;
  readonly state: BgpState;
  readonly prefixesReceived?: number | undefined;
  readonly prefixesAdvertised?: number | undefined;
}
export interface RouteCheck {
  readonly table: string;
  readonly destination: string;
  readonly present?: boolean | undefined;
  readonly selected?: boolean | undefined;
  readonly origin?: string | undefined;
  readonly target?: string | undefined;
  readonly via?: { readonly connection: ConnectionRef; readonly tunnel?: 1 | 2 | undefined } | undefined;
  readonly state?: 'active' | 'blackhole' | undefined;
}
export interface ReachCheck {
  readonly from: string;
  readonly to: string;
  readonly delivered?: boolean | undefined;
  readonly symmetric?: boolean | undefined;
  readonly dropCode?: string | undefined;
}
export interface LogCheck {
  readonly messageId: string;
  readonly connection?: ConnectionRef | undefined;
  readonly tunnel?: 1 | 2 | undefined;
  readonly seen?: boolean | undefined;
  readonly inRecords?: boolean | undefined;
}
export interface MetricCheck {
  readonly name: 'TunnelState' | 'TunnelDataIn' | 'TunnelDataOut';
  readonly connection: ConnectionRef;
  readonly tunnel?: 1 | 2 | undefined;
  readonly op: CompareOp;
  readonly value: number;
}
export interface AlarmCheck {
  readonly name: string;
  readonly state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  readonly ever?: boolean | undefined;
}
export interface OptionCheck extends ValueMatch {
  readonly connection: ConnectionRef;
  readonly tunnel?: TunnelRef | undefined;
  readonly name: string;
}
export interface DeviceSettingCheck extends ValueMatch {
  readonly customerGateway?: string | undefined;
  readonly connection?: ConnectionRef | undefined;
  readonly tunnel?: 1 | 2 | undefined;
  readonly name: string;
}

export type Check =
  | { readonly tunnel: TunnelCheck }
  | { readonly connection: ConnectionCheck }
  | { readonly bgp: BgpCheck }
  | { readonly route: RouteCheck }
  | { readonly reach: ReachCheck }
  | { readonly log: LogCheck }
  | { readonly metric: MetricCheck }
  | { readonly alarm: AlarmCheck }
  | { readonly option: OptionCheck }
  | { readonly deviceSetting: DeviceSettingCheck }
  | { readonly all: readonly Check[] }
  | { readonly any: readonly Check[] }
  | { readonly not: Check; readonly message?: string | undefined };

export const CHECK_KINDS = [
  'tunnel', 'connection', 'bgp', 'route', 'reach', 'log', 'metric', 'alarm', 'option', 'deviceSetting', 'all', 'any', 'not',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const ok = (message: string): CheckResult => ({ pass: true, message });
export const missing = (message: string): CheckResult => ({ pass: false, message });
