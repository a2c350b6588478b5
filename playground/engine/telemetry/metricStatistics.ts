/** GetMetricStatistics over the recorded AWS/VPN datapoints, CloudWatch-shaped (R406–R413). */
import type { MetricRecorder } from './metricRecorder';
import type {
  Dimension, GetMetricStatisticsInput, GetMetricStatisticsResult, MetricDatapoint, Statistic, StatisticDatapoint, TelemetryError,
} from './types';

export const NAMESPACE = 'AWS/VPN';
export const METRIC_NAMES = ['TunnelState', 'TunnelDataIn', 'TunnelDataOut'] as const;
export const DIMENSION_NAMES = ['VpnId', 'TunnelIpAddress'] as const;
export const STATISTICS = ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'] as const;

const err = (code: string, path: string, value: unknown, allowed: string, message: string): TelemetryError => ({ code, path, value, allowed, message });

/** CloudWatch periods: 10, 30 or a multiple of 60 seconds. */
export const isValidPeriod = (p: number): boolean => Number.isInteger(p) && p > 0 && (p === 10 || p === 30 || p % 60 === 0);

export function validateMetricAndDimensions(metricName: string, dims: readonly Dimension[], namespace: string | undefined): TelemetryError[] {
  const errors: TelemetryError[] = [];
  if (namespace !== undefined && namespace !== NAMESPACE)
    errors.push(err('InvalidParameterValue', 'Namespace', namespace, NAMESPACE, `Site-to-Site VPN metrics are in namespace ${NAMESPACE} (R406).`));
  if (!(METRIC_NAMES as readonly string[]).includes(metricName))
    errors.push(err('InvalidParameterValue', 'MetricName', metricName, METRIC_NAMES.join(' | '), `AWS/VPN has the metrics ${METRIC_NAMES.join(', ')} (R408–R411).`));
  if (!Array.isArray(dims) || dims.length !== 1)
    errors.push(err('InvalidParameterCombination', 'Dimensions', dims, 'exactly one of VpnId or TunnelIpAddress',
      'A VPN metric is published per connection (VpnId) or per tunnel (TunnelIpAddress): give exactly one dimension (R413).'));
  else dims.forEach((d, i) => {
    if (!(DIMENSION_NAMES as readonly string[]).includes(d.Name))
      errors.push(err('InvalidParameterValue', `Dimensions[${i}].Name`, d.Name, DIMENSION_NAMES.join(' | '), 'VPN metric dimensions are VpnId and TunnelIpAddress (R413).'));
    if (typeof d.Value !== 'string' || d.Value.length === 0)
      errors.push(err('MissingParameter', `Dimensions[${i}].Value`, d.Value, 'a VPN connection ID or a tunnel outside IP', 'The dimension needs a value.'));
  });
  return errors;
}

/** Aggregate of raw datapoints for one statistic. */
export function statisticOf(stat: Statistic, values: readonly number[]): number {
  switch (stat) {
    case 'Sum': return values.reduce((a, b) => a + b, 0);
    case 'Average': return values.reduce((a, b) => a + b, 0) / values.length;
    case 'Minimum': return Math.min(...values);
    case 'Maximum': return Math.max(...values);
    case 'SampleCount': return values.length;
  }
}

/** Raw datapoints grouped into buckets of periodMs aligned on startMs; empty buckets omitted. */
export function bucketize(points: readonly MetricDatapoint[], startMs: number, endMs: number, periodMs: number): Map<number, number[]> {
  const buckets = new Map<number, number[]>();
  for (const p of points) {
    if (p.Timestamp < startMs || p.Timestamp >= endMs) continue;
    const b = startMs + Math.floor((p.Timestamp - startMs) / periodMs) * periodMs;
    const list = buckets.get(b) ?? [];
    list.push(p.Value);
    buckets.set(b, list);
  }
  return buckets;
}

export function getMetricStatistics(rec: MetricRecorder, input: GetMetricStatisticsInput): GetMetricStatisticsResult {
  const errors = validateMetricAndDimensions(input.MetricName, input.Dimensions, input.Namespace);
  if (!isValidPeriod(input.Period))
    errors.push(err('InvalidParameterValue', 'Period', input.Period, '10, 30 or a multiple of 60 (seconds)', 'The period must be 10, 30 or a multiple of 60 seconds.'));
  if (!(input.EndTime > input.StartTime))
    errors.push(err('InvalidParameterCombination', 'EndTime', input.EndTime, `greater than StartTime (${input.StartTime})`, 'The end time must be after the start time.'));
  const stats = Array.isArray(input.Statistics) ? input.Statistics : [];
  if (stats.length === 0)
    errors.push(err('MissingParameter', 'Statistics', input.Statistics, STATISTICS.join(' | '), 'Ask for at least one statistic.'));
  stats.forEach((s, i) => {
    if (!(STATISTICS as readonly string[]).includes(s))
      errors.push(err('InvalidParameterValue', `Statistics[${i}]`, s, STATISTICS.join(' | '), `Unknown statistic "${s}".`));
  });
  if (errors.length > 0) return { ok: false, errors };

  const unit = rec.unitOf(input.MetricName);
  const periodMs = input.Period * 1000;
  const points = rec.range(input.MetricName, input.Dimensions, input.StartTime, input.EndTime);
  const buckets = bucketize(points, input.StartTime, input.EndTime, periodMs);
  const Datapoints: StatisticDatapoint[] = [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ts, values]) => {
      const dp: StatisticDatapoint = { Timestamp: ts, Unit: unit };
      for (const s of stats as Statistic[]) dp[s] = statisticOf(s, values);
      return dp;
    });
  return { ok: true, result: { Label: input.MetricName, Datapoints } };
}
