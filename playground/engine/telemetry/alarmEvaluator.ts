/**
 * CloudWatch alarm evaluation over simulated time (R415–R419). An alarm is evaluated at every
 * boundary of its own Period (aligned on the simulation epoch) over the last EvaluationPeriods
 * periods; it goes to ALARM when at least DatapointsToAlarm of them breach ("M out of N").
 * Missing periods follow TreatMissingData like CloudWatch: breaching / notBreaching substitute a
 * value; missing / ignore skip the period, and with no data at all missing gives
 * INSUFFICIENT_DATA while ignore keeps the current state.
 */
import { bucketize, statisticOf } from './metricStatistics';
import type { MetricRecorder } from './metricRecorder';
import type { AlarmState, AlarmStateChange, AlarmView, ComparisonOperator, ResolvedAlarmSpec } from './types';

export function breaches(op: ComparisonOperator, value: number, threshold: number): boolean {
  switch (op) {
    case 'GreaterThanOrEqualToThreshold': return value >= threshold;
    case 'GreaterThanThreshold': return value > threshold;
    case 'LessThanThreshold': return value < threshold;
    case 'LessThanOrEqualToThreshold': return value <= threshold;
  }
}

const OP_TEXT: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  GreaterThanThreshold: 'greater than',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

/** Values of the last N periods ending at `end`, oldest first; undefined = missing. */
export function windowValues(rec: MetricRecorder, spec: ResolvedAlarmSpec, end: number): (number | undefined)[] {
  const periodMs = spec.Period * 1000;
  const start = end - spec.EvaluationPeriods * periodMs;
  const buckets = bucketize(rec.range(spec.MetricName, spec.Dimensions, start, end), start, end, periodMs);
  const out: (number | undefined)[] = [];
  for (let k = 0; k < spec.EvaluationPeriods; k++) {
    const values = buckets.get(start + k * periodMs);
    out.push(values ? statisticOf(spec.Statistic, values) : undefined);
  }
  return out;
}

/** The state the window implies; `undefined` = keep the current state (ignore with no data). */
export function decideState(spec: ResolvedAlarmSpec, values: readonly (number | undefined)[]): { state: AlarmState | undefined; reason: string } {
  let breaching = 0;
  let present = 0;
  for (const v of values) {
    if (v === undefined) {
      if (spec.TreatMissingData === 'breaching') breaching++;
      if (spec.TreatMissingData === 'breaching' || spec.TreatMissingData === 'notBreaching') present++;
      continue;
    }
    present++;
    if (breaches(spec.ComparisonOperator, v, spec.Threshold)) breaching++;
  }
  const shown = values.map((v) => (v === undefined ? '-' : String(v))).join(', ');
  const cmp = `${OP_TEXT[spec.ComparisonOperator]} the threshold (${spec.Threshold})`;
  if (breaching >= spec.DatapointsToAlarm)
    return { state: 'ALARM', reason: `Threshold Crossed: ${breaching} out of the last ${values.length} datapoints [${shown}] were ${cmp} (minimum ${spec.DatapointsToAlarm} datapoints for ALARM).` };
  if (present === 0)
    return spec.TreatMissingData === 'ignore'
      ? { state: undefined, reason: 'No datapoints; TreatMissingData=ignore keeps the current state.' }
      : { state: 'INSUFFICIENT_DATA', reason: `Insufficient Data: no datapoints were received for the last ${values.length} periods.` };
  return { state: 'OK', reason: `Threshold Crossed: ${breaching} out of the last ${values.length} datapoints [${shown}] were ${cmp}, fewer than ${spec.DatapointsToAlarm}.` };
}

export class AlarmEvaluator {
  private readonly alarms = new Map<string, AlarmView & { nextEval: number }>();
  private readonly history: AlarmStateChange[] = [];

  constructor(private readonly maxHistory = 1000) {}

  /** Create or replace; like CloudWatch an update keeps the current state. */
  put(spec: ResolvedAlarmSpec, t: number): void {
    const periodMs = spec.Period * 1000;
    const nextEval = (Math.floor(t / periodMs) + 1) * periodMs;
    const cur = this.alarms.get(spec.AlarmName);
    if (cur) {
      this.alarms.set(spec.AlarmName, { ...cur, spec, nextEval });
      return;
    }
    this.alarms.set(spec.AlarmName, {
      spec, nextEval, StateValue: 'INSUFFICIENT_DATA', StateReason: 'Unchecked: Initial alarm creation', StateUpdatedTimestamp: t,
    });
  }

  delete(name: string): boolean {
    return this.alarms.delete(name);
  }

  evaluate(rec: MetricRecorder, t: number): void {
    for (const a of this.alarms.values()) {
      const periodMs = a.spec.Period * 1000;
      while (a.nextEval <= t) {
        const { state, reason } = decideState(a.spec, windowValues(rec, a.spec, a.nextEval));
        if (state !== undefined && state !== a.StateValue) {
          this.history.push({ t: a.nextEval, AlarmName: a.spec.AlarmName, oldState: a.StateValue, newState: state, reason });
          if (this.history.length > this.maxHistory) this.history.shift();
          a.StateValue = state;
          a.StateReason = reason;
          a.StateUpdatedTimestamp = a.nextEval;
        }
        a.nextEval += periodMs;
      }
    }
  }

  views(): AlarmView[] {
    return [...this.alarms.values()].map(({ nextEval: _n, ...v }) => ({ ...v, spec: { ...v.spec, Dimensions: v.spec.Dimensions.map((d) => ({ ...d })) } }));
  }

  stateHistory(): AlarmStateChange[] {
    return [...this.history];
  }
}
