/**
 * Telemetry: AWS Site-to-Site VPN log records, AWS/VPN CloudWatch metrics, alarms and AWS Health
 * events, all driven by simulated time (R373–R427). RUNTIME calls recordLog / recordTunnelSample /
 * evaluate as the simulation runs; views read snapshot().
 */
import { AlarmEvaluator } from './alarmEvaluator';
import { validateAlarmSpec } from './alarmValidation';
import { HealthTracker } from './healthEvents';
import { LogRecorder } from './logRecorder';
import { MetricRecorder } from './metricRecorder';
import { getMetricStatistics } from './metricStatistics';
import { TunnelRegistry } from './tunnelRegistry';
import type {
  EndpointReplacementNotice, GetMetricStatisticsInput, GetMetricStatisticsResult, MetricAlarmSpec,
  TelemetryError, TelemetrySnapshot, TunnelSample, VpnLogEntry, VpnLogRecord,
} from './types';

export * from './types';
export * from './logMessages';
export { formatLogJson, formatLogText, formatLogRecord, LOG_FIELD_ORDER } from './logFormat';
export { RingBuffer } from './ringBuffer';

/** R414 (Lab decision): one datapoint every 300 s of simulated time. */
export const DEFAULT_PERIOD_SECONDS = 300;

export interface TelemetryOptions {
  periodSeconds?: number;
  /** Scrollback of log records kept (oldest dropped first). */
  logCapacity?: number;
  /** Simulated ms at which telemetry starts (period boundaries align on multiples of the period). */
  startT?: number;
}

export class Telemetry {
  readonly periodSeconds: number;
  private readonly tunnels = new TunnelRegistry();
  private readonly logs: LogRecorder;
  private readonly metrics: MetricRecorder;
  private readonly alarms = new AlarmEvaluator();
  private readonly health: HealthTracker;
  private t: number;

  constructor(opts: TelemetryOptions = {}) {
    const p = opts.periodSeconds;
    this.periodSeconds = p !== undefined && Number.isInteger(p) && p > 0 ? p : DEFAULT_PERIOD_SECONDS;
    this.t = opts.startT ?? 0;
    const periodMs = this.periodSeconds * 1000;
    this.logs = new LogRecorder(this.tunnels, opts.logCapacity ?? 5000);
    this.metrics = new MetricRecorder(periodMs, Math.floor(this.t / periodMs) * periodMs);
    this.health = new HealthTracker(this.t);
  }

  /** Writes an AWS log record if the tunnel's logging is on (R54, R404); returns it. */
  recordLog(entry: VpnLogEntry): VpnLogRecord | undefined {
    return this.logs.record(entry);
  }

  /** Tunnel states and cumulative byte counters at t; also updates logging settings and log fields. */
  recordTunnelSample(t: number, samples: readonly TunnelSample[]): void {
    if (t < this.t) return;
    this.metrics.sample(t, samples);
    this.health.sample(t, samples);
    for (const s of samples) this.tunnels.applySample(s);
    this.t = t;
  }

  /** R423, R427: a replacement that completed, or one scheduled on a lifecycle-controlled tunnel. */
  recordEndpointReplacement(notice: EndpointReplacementNotice): void {
    this.health.notifyReplacement(notice);
  }

  /** Validates like CloudWatch PutMetricAlarm; on success creates or replaces the alarm. */
  /** `t` (default: the latest time seen) sets the first evaluation: the next Period boundary. */
  putMetricAlarm(spec: MetricAlarmSpec, t?: number): TelemetryError[] {
    const v = validateAlarmSpec(spec);
    if (!v.ok) return v.errors;
    this.alarms.put(v.spec, Math.max(t ?? this.t, this.t));
    return [];
  }

  deleteAlarm(alarmName: string): boolean {
    return this.alarms.delete(alarmName);
  }

  getMetricStatistics(input: GetMetricStatisticsInput): GetMetricStatisticsResult {
    return getMetricStatistics(this.metrics, input);
  }

  /** Closes metric periods up to t, then runs alarms and the Health rules. */
  evaluate(t: number): void {
    if (t < this.t) return;
    this.metrics.advance(t);
    this.health.advance(t);
    this.alarms.evaluate(this.metrics, t);
    this.t = t;
  }

  snapshot(): TelemetrySnapshot {
    return {
      t: this.t,
      periodSeconds: this.periodSeconds,
      logRecords: this.logs.all(),
      metrics: this.metrics.allStreams(),
      alarms: this.alarms.views(),
      alarmHistory: this.alarms.stateHistory(),
      healthEvents: this.health.all(),
    };
  }
}
