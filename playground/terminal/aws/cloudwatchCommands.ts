/**
 * `aws cloudwatch` over the engine's AWS/VPN metrics and alarms (R406–R415): statistics are
 * computed from the snapshot's datapoints with the engine's own validation and bucketing.
 */
import type { EngineAction } from '../../engine/model/actions/actionTypes';
import { isoAt, SIM_EPOCH_MS } from '../../engine/core/simTime';
import { bucketize, isValidPeriod, STATISTICS, statisticOf, validateMetricAndDimensions } from '../../engine/telemetry/metricStatistics';
import type { Dimension, Statistic, TelemetryError } from '../../engine/telemetry/types';
import { engineErrors, serviceError } from './awsErrors';
import { p, req, type CommandSpec } from './commandSpec';

/** ISO timestamps as the CLI takes them, or simulated offsets like `0`, `-1h`, `now`. */
export function parseTime(text: string, now: number): number | undefined {
  if (text === 'now') return now;
  const rel = /^(-?)(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text);
  if (rel) {
    const n = Number(rel[2]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[rel[3] ?? 's'] ?? 1000);
    return rel[1] === '-' ? now - n : n;
  }
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t - SIM_EPOCH_MS;
}

const dims = (v: unknown): Dimension[] => (Array.isArray(v) ? v.map((d) => ({ Name: String((d as Record<string, unknown>)['Name']), Value: String((d as Record<string, unknown>)['Value']) }) as Dimension) : []);
const cwError = (op: string, errs: readonly TelemetryError[]) => engineErrors(op, errs);

export const cloudwatchCommands: CommandSpec[] = [
  {
    service: 'cloudwatch', name: 'get-metric-statistics', operation: 'GetMetricStatistics',
    help: 'Statistics of TunnelState, TunnelDataIn or TunnelDataOut (namespace AWS/VPN, R406–R413). Times: ISO 8601, simulated seconds (3600, 1h) or now / -1h.',
    params: [
      req('namespace', 'Namespace', 'string', 'AWS/VPN.'),
      req('metric-name', 'MetricName', 'string', 'TunnelState | TunnelDataIn | TunnelDataOut.'),
      p('dimensions', 'Dimensions', 'structure-list', 'Name=VpnId,Value=vpn-... or Name=TunnelIpAddress,Value=<outside IP>.'),
      req('start-time', 'StartTime', 'timestamp', 'Start of the range.'),
      req('end-time', 'EndTime', 'timestamp', 'End of the range.'),
      req('period', 'Period', 'integer', 'Seconds per datapoint: 10, 30 or a multiple of 60.'),
      p('statistics', 'Statistics', 'list', 'Average Sum Minimum Maximum SampleCount.', { choices: [...STATISTICS] }),
    ],
    run: (ctx, a) => {
      const op = 'GetMetricStatistics';
      const s = ctx.engine.snapshot();
      const start = parseTime(String(a['StartTime']), s.t);
      const end = parseTime(String(a['EndTime']), s.t);
      if (start === undefined || end === undefined) return { ok: false, result: serviceError(op, 'InvalidParameterValue', `Invalid timestamp: ${start === undefined ? String(a['StartTime']) : String(a['EndTime'])}`) };
      const metric = String(a['MetricName']);
      const d = dims(a['Dimensions']);
      const stats = Array.isArray(a['Statistics']) ? a['Statistics'].map(String) : [];
      const period = Number(a['Period']);
      const errs = validateMetricAndDimensions(metric, d, String(a['Namespace']));
      if (!isValidPeriod(period)) errs.push({ code: 'InvalidParameterValue', path: 'Period', value: period, message: 'The period must be 10, 30 or a multiple of 60 seconds.' });
      if (!(end > start)) errs.push({ code: 'InvalidParameterCombination', path: 'EndTime', value: end, message: 'The end time must be after the start time.' });
      if (stats.length === 0) errs.push({ code: 'MissingParameter', path: 'Statistics', allowed: STATISTICS.join(' | '), message: 'Ask for at least one statistic.' });
      if (errs.length > 0) return { ok: false, result: cwError(op, errs) };
      const key = (x: readonly Dimension[]) => x.map((y) => `${y.Name}=${y.Value}`).sort().join(',');
      const stream = s.telemetry.metrics.find((m) => m.MetricName === metric && key(m.Dimensions) === key(d));
      const buckets = bucketize(stream?.Datapoints ?? [], start, end, period * 1000);
      const unit = metric === 'TunnelState' ? 'None' : 'Bytes';
      const Datapoints = [...buckets.entries()].sort(([x], [y]) => x - y).map(([ts, values]) => {
        const dp: Record<string, unknown> = { Timestamp: isoAt(ts) };
        for (const st of stats) dp[st] = statisticOf(st as Statistic, values);
        dp['Unit'] = unit;
        return dp;
      });
      return { ok: true, data: { Label: metric, Datapoints } };
    },
  },
  {
    service: 'cloudwatch', name: 'list-metrics', operation: 'ListMetrics',
    help: 'Lists the AWS/VPN metric streams recorded so far.',
    params: [p('namespace', 'Namespace', 'string', 'AWS/VPN.'), p('metric-name', 'MetricName', 'string', 'Only this metric.')],
    run: (ctx, a) => {
      const ms = ctx.engine.snapshot().telemetry.metrics.filter((m) => (a['Namespace'] === undefined || m.Namespace === a['Namespace']) && (a['MetricName'] === undefined || m.MetricName === a['MetricName']));
      return { ok: true, data: { Metrics: ms.map((m) => ({ Namespace: m.Namespace, MetricName: m.MetricName, Dimensions: m.Dimensions })) } };
    },
  },
  {
    service: 'cloudwatch', name: 'put-metric-alarm', operation: 'PutMetricAlarm',
    help: 'Creates or updates an alarm on an AWS/VPN metric (R415), e.g. TunnelState < 1 for 3 periods.',
    params: [
      req('alarm-name', 'AlarmName', 'string', 'The name of the alarm.'),
      p('alarm-description', 'AlarmDescription', 'string', 'A description.'),
      req('metric-name', 'MetricName', 'string', 'TunnelState | TunnelDataIn | TunnelDataOut.'),
      req('namespace', 'Namespace', 'string', 'AWS/VPN.'),
      p('statistic', 'Statistic', 'string', 'Average | Sum | Minimum | Maximum | SampleCount.'),
      p('dimensions', 'Dimensions', 'structure-list', 'Name=VpnId,Value=vpn-... or Name=TunnelIpAddress,Value=<IP>.'),
      p('period', 'Period', 'integer', 'Seconds.'),
      req('evaluation-periods', 'EvaluationPeriods', 'integer', 'Periods to evaluate.'),
      p('datapoints-to-alarm', 'DatapointsToAlarm', 'integer', 'Breaching datapoints that trigger the alarm.'),
      p('threshold', 'Threshold', 'double', 'The threshold.'),
      req('comparison-operator', 'ComparisonOperator', 'string', 'GreaterThanOrEqualToThreshold | GreaterThanThreshold | LessThanThreshold | LessThanOrEqualToThreshold.'),
      p('treat-missing-data', 'TreatMissingData', 'string', 'breaching | notBreaching | ignore | missing.'),
      p('alarm-actions', 'AlarmActions', 'list', 'ARNs notified on ALARM (recorded only).'),
    ],
    run: (ctx, a) => {
      const spec = { ...a, Dimensions: dims(a['Dimensions']) };
      const r = ctx.engine.dispatch({ type: 'PutMetricAlarm', ...spec } as unknown as EngineAction);
      return r.ok ? { ok: true } : { ok: false, result: cwError('PutMetricAlarm', r.errors) };
    },
  },
  {
    service: 'cloudwatch', name: 'describe-alarms', operation: 'DescribeAlarms',
    help: 'Lists alarms with their state (OK, ALARM, INSUFFICIENT_DATA) and reason.',
    params: [p('alarm-names', 'AlarmNames', 'list', 'Only these alarms.'), p('state-value', 'StateValue', 'string', 'Only alarms in this state.', { choices: ['OK', 'ALARM', 'INSUFFICIENT_DATA'] })],
    run: (ctx, a) => {
      const names = Array.isArray(a['AlarmNames']) ? a['AlarmNames'].map(String) : undefined;
      const alarms = ctx.engine.snapshot().telemetry.alarms
        .filter((v) => (!names || names.includes(v.spec.AlarmName)) && (a['StateValue'] === undefined || v.StateValue === a['StateValue']))
        .map((v) => ({
          AlarmName: v.spec.AlarmName,
          AlarmArn: `arn:aws:cloudwatch:${ctx.engine.snapshot().region}:123456789012:alarm:${v.spec.AlarmName}`,
          StateValue: v.StateValue,
          StateReason: v.StateReason,
          StateUpdatedTimestamp: isoAt(v.StateUpdatedTimestamp),
          MetricName: v.spec.MetricName,
          Namespace: v.spec.Namespace,
          Statistic: v.spec.Statistic,
          Dimensions: v.spec.Dimensions,
          Period: v.spec.Period,
          EvaluationPeriods: v.spec.EvaluationPeriods,
          DatapointsToAlarm: v.spec.DatapointsToAlarm,
          Threshold: v.spec.Threshold,
          ComparisonOperator: v.spec.ComparisonOperator,
          TreatMissingData: v.spec.TreatMissingData,
        }));
      return { ok: true, data: { MetricAlarms: alarms, CompositeAlarms: [] } };
    },
  },
  {
    service: 'cloudwatch', name: 'delete-alarms', operation: 'DeleteAlarms',
    help: 'Not simulated: the engine has no action to delete an alarm yet.',
    params: [], unsupported: 'VPN Lab cannot delete alarms from the terminal yet (the engine has no DeleteAlarms action); remove it from the scenario Alarms.',
  },
];
