/** Input and output types of the telemetry layer (RUNTIME drives it, the UI reads snapshots). */
import type { LogMessageDetails, LogMessageId } from './logMessages';

/** Same shape as schema/validationError.ts `ValidationError` (kept local so telemetry has no schema dependency). */
export interface TelemetryError {
  code: string;
  path: string;
  value?: unknown;
  allowed?: string;
  message: string;
}

/** R377 */
export type IkePhaseState = 'Established' | 'Rekeying' | 'Negotiating' | 'Down';
/** R404, R54 */
export type LogOutputFormat = 'json' | 'text';

/** What the engine knows about a tunnel when it writes a log line (fields of R376). */
export interface TunnelLogState {
  dpdEnabled: boolean;
  natTDetected: boolean;
  ikePhase1State: IkePhaseState;
  ikePhase2State: IkePhaseState;
}

export interface TunnelLogging {
  enabled: boolean;
  /** R54: json when enabled without a format. */
  outputFormat?: LogOutputFormat;
  logGroupArn?: string;
}

/** One log line the engine wants written; becomes a record only if the tunnel's logging is on. */
export interface VpnLogEntry {
  t: number;
  vpnConnectionId: string;
  tunnelOutsideIp: string;
  messageId: LogMessageId;
  details?: LogMessageDetails;
  /** Tunnel state at the time of the line; falls back to the last TunnelSample of the tunnel. */
  state?: Partial<TunnelLogState>;
  /** Overrides the tunnel's logging setting known from samples. */
  logging?: TunnelLogging;
}

/** State and cumulative byte counters of one tunnel at an instant. */
export interface TunnelSample {
  vpnConnectionId: string;
  tunnelOutsideIp: string;
  /** R408: UP for static, ESTABLISHED BGP session for dynamic routing. */
  up: boolean;
  /** Cumulative bytes AWS received from the device after decryption (R410); a drop means a reset. */
  bytesIn: number;
  /** Cumulative bytes AWS sent to the device before encryption (R411). */
  bytesOut: number;
  loggingEnabled?: boolean;
  logOutputFormat?: LogOutputFormat;
  logGroupArn?: string;
  dpdEnabled?: boolean;
  natTDetected?: boolean;
  ikePhase1State?: IkePhaseState;
  ikePhase2State?: IkePhaseState;
  /** The tunnel no longer exists (connection deleted): no datapoints after this instant. */
  deleted?: boolean;
}

export type MetricName = 'TunnelState' | 'TunnelDataIn' | 'TunnelDataOut';
export type DimensionName = 'VpnId' | 'TunnelIpAddress';
export interface Dimension {
  Name: DimensionName;
  Value: string;
}
export type Statistic = 'Average' | 'Sum' | 'Minimum' | 'Maximum' | 'SampleCount';
export type ComparisonOperator =
  | 'GreaterThanOrEqualToThreshold'
  | 'GreaterThanThreshold'
  | 'LessThanThreshold'
  | 'LessThanOrEqualToThreshold';
export type TreatMissingData = 'breaching' | 'notBreaching' | 'ignore' | 'missing';
export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** PutMetricAlarm input, CloudWatch names. Period in seconds. */
export interface MetricAlarmSpec {
  AlarmName: string;
  AlarmDescription?: string;
  MetricName: string;
  Namespace: string;
  Dimensions: Dimension[];
  Statistic: string;
  Period: number;
  EvaluationPeriods: number;
  DatapointsToAlarm?: number;
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData?: string;
  AlarmActions?: string[];
}

/** One raw metric datapoint; Timestamp is the start of its period in simulated ms. */
export interface MetricDatapoint {
  Timestamp: number;
  Value: number;
}

export interface MetricStream {
  Namespace: 'AWS/VPN';
  MetricName: MetricName;
  Dimensions: Dimension[];
  Unit: 'None' | 'Bytes';
  Datapoints: MetricDatapoint[];
}

export interface GetMetricStatisticsInput {
  Namespace?: string;
  MetricName: string;
  Dimensions: Dimension[];
  StartTime: number;
  EndTime: number;
  Period: number;
  Statistics: string[];
}

export interface StatisticDatapoint {
  Timestamp: number;
  Unit: 'None' | 'Bytes';
  Average?: number;
  Sum?: number;
  Minimum?: number;
  Maximum?: number;
  SampleCount?: number;
}

export type GetMetricStatisticsResult =
  | { ok: true; result: { Label: string; Datapoints: StatisticDatapoint[] } }
  | { ok: false; errors: TelemetryError[] };

export interface AlarmStateChange {
  t: number;
  AlarmName: string;
  oldState: AlarmState;
  newState: AlarmState;
  reason: string;
}

/** A PutMetricAlarm input after validation and defaults. */
export interface ResolvedAlarmSpec {
  AlarmName: string;
  MetricName: MetricName;
  Namespace: 'AWS/VPN';
  Dimensions: Dimension[];
  Statistic: Statistic;
  Period: number;
  EvaluationPeriods: number;
  DatapointsToAlarm: number;
  Threshold: number;
  ComparisonOperator: ComparisonOperator;
  TreatMissingData: TreatMissingData;
}

export interface AlarmView {
  spec: ResolvedAlarmSpec;
  StateValue: AlarmState;
  StateReason: string;
  StateUpdatedTimestamp: number;
}

/** R376 fields in the guide's order. */
export interface VpnLogFields {
  VpnLogCreationTimestamp: string;
  VpnConnectionId: string;
  TunnelOutsideIPAddress: string;
  TunnelDPDEnabled: boolean;
  TunnelCGWNATTDetectionStatus: boolean;
  TunnelIKEPhase1State: IkePhaseState;
  TunnelIKEPhase2State: IkePhaseState;
  VpnLogDetail: string;
}

export interface VpnLogRecord {
  t: number;
  messageId: LogMessageId;
  format: LogOutputFormat;
  logGroupArn?: string;
  fields: VpnLogFields;
  /** The record as CloudWatch Logs would store it, in the tunnel's output format. */
  line: string;
}

export type HealthEventTypeCode =
  | 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_SCHEDULED'
  | 'AWS_VPN_TUNNEL_ENDPOINT_REPLACEMENT_COMPLETED'
  | 'AWS_VPN_SINGLE_TUNNEL_NOTIFICATION';

export interface HealthEvent {
  arn: string;
  service: 'VPN';
  eventTypeCode: HealthEventTypeCode;
  eventTypeCategory: 'scheduledChange' | 'accountNotification';
  title: string;
  description: string;
  startTime: number;
  lastUpdatedTime: number;
  statusCode: 'upcoming' | 'open' | 'closed';
  affectedEntities: string[];
}

export interface EndpointReplacementNotice {
  t: number;
  vpnConnectionId: string;
  tunnelOutsideIp: string;
  phase: 'scheduled' | 'completed';
  /** R427: upcoming replacements are announced only with lifecycle control on. */
  lifecycleControlEnabled?: boolean;
  /** "Maintenance auto applied after" (R127), simulated ms. */
  autoApplyAfter?: number;
  reason?: string;
}

export interface TelemetrySnapshot {
  t: number;
  periodSeconds: number;
  logRecords: VpnLogRecord[];
  metrics: MetricStream[];
  alarms: AlarmView[];
  alarmHistory: AlarmStateChange[];
  healthEvents: HealthEvent[];
}
