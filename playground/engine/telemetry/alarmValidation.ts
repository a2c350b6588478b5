/** PutMetricAlarm input checks with CloudWatch's parameter names; returns errors, never throws. */
import { isValidPeriod, STATISTICS, validateMetricAndDimensions } from './metricStatistics';
import type { ComparisonOperator, MetricAlarmSpec, MetricName, ResolvedAlarmSpec, Statistic, TelemetryError, TreatMissingData } from './types';

export const COMPARISON_OPERATORS = [
  'GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold',
] as const satisfies readonly ComparisonOperator[];
export const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'] as const satisfies readonly TreatMissingData[];
/** CloudWatch: Period × EvaluationPeriods at most one day for periods of a minute or more. */
const MAX_EVALUATION_SECONDS = 86_400;

const e = (code: string, path: string, value: unknown, allowed: string, message: string): TelemetryError => ({ code, path, value, allowed, message });

export function validateAlarmSpec(spec: MetricAlarmSpec): { ok: true; spec: ResolvedAlarmSpec } | { ok: false; errors: TelemetryError[] } {
  const errors: TelemetryError[] = [];
  if (typeof spec.AlarmName !== 'string' || spec.AlarmName.trim() === '' || spec.AlarmName.length > 255)
    errors.push(e('InvalidParameterValue', 'AlarmName', spec.AlarmName, '1 to 255 characters', 'Give the alarm a name of 1 to 255 characters.'));
  errors.push(...validateMetricAndDimensions(spec.MetricName, spec.Dimensions, spec.Namespace ?? ''));
  if (!(STATISTICS as readonly string[]).includes(spec.Statistic))
    errors.push(e('InvalidParameterValue', 'Statistic', spec.Statistic, STATISTICS.join(' | '), `Unknown statistic "${spec.Statistic}".`));
  if (!isValidPeriod(spec.Period))
    errors.push(e('InvalidParameterValue', 'Period', spec.Period, '10, 30 or a multiple of 60 (seconds)', 'The period must be 10, 30 or a multiple of 60 seconds; VPN datapoints arrive every 300 s (R414).'));
  if (!Number.isInteger(spec.EvaluationPeriods) || spec.EvaluationPeriods < 1)
    errors.push(e('InvalidParameterValue', 'EvaluationPeriods', spec.EvaluationPeriods, 'an integer >= 1', 'EvaluationPeriods must be a whole number of at least 1.'));
  else if (isValidPeriod(spec.Period) && spec.Period * spec.EvaluationPeriods > MAX_EVALUATION_SECONDS)
    errors.push(e('InvalidParameterCombination', 'EvaluationPeriods', spec.EvaluationPeriods, `Period × EvaluationPeriods <= ${MAX_EVALUATION_SECONDS} s`,
      'The evaluation range (Period × EvaluationPeriods) cannot be longer than one day.'));
  const dta = spec.DatapointsToAlarm ?? spec.EvaluationPeriods;
  if (spec.DatapointsToAlarm !== undefined && (!Number.isInteger(dta) || dta < 1 || (Number.isInteger(spec.EvaluationPeriods) && dta > spec.EvaluationPeriods)))
    errors.push(e('InvalidParameterCombination', 'DatapointsToAlarm', dta, `1 to EvaluationPeriods (${spec.EvaluationPeriods})`,
      'DatapointsToAlarm (M of "M out of N") must be between 1 and EvaluationPeriods (N).'));
  if (typeof spec.Threshold !== 'number' || !Number.isFinite(spec.Threshold))
    errors.push(e('InvalidParameterValue', 'Threshold', spec.Threshold, 'a number', 'The threshold must be a number.'));
  if (!(COMPARISON_OPERATORS as readonly string[]).includes(spec.ComparisonOperator))
    errors.push(e('InvalidParameterValue', 'ComparisonOperator', spec.ComparisonOperator, COMPARISON_OPERATORS.join(' | '), `Unknown comparison operator "${spec.ComparisonOperator}".`));
  const tmd = spec.TreatMissingData ?? 'missing';
  if (!(TREAT_MISSING as readonly string[]).includes(tmd))
    errors.push(e('InvalidParameterValue', 'TreatMissingData', tmd, TREAT_MISSING.join(' | '), `TreatMissingData must be one of ${TREAT_MISSING.join(', ')}.`));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    spec: {
      AlarmName: spec.AlarmName, MetricName: spec.MetricName as MetricName, Namespace: 'AWS/VPN',
      Dimensions: spec.Dimensions.map((d) => ({ Name: d.Name, Value: d.Value })),
      Statistic: spec.Statistic as Statistic, Period: spec.Period, EvaluationPeriods: spec.EvaluationPeriods,
      DatapointsToAlarm: dta, Threshold: spec.Threshold, ComparisonOperator: spec.ComparisonOperator as ComparisonOperator,
      TreatMissingData: tmd as TreatMissingData,
    },
  };
}
