/** CloudWatch alarms of a scenario, with `PutMetricAlarm` names (R412–R416). */
import * as z from 'zod';

export const MetricAlarmSchema = z
  .strictObject({
    AlarmName: z.string().min(1),
    MetricName: z.enum(['TunnelState', 'TunnelDataIn', 'TunnelDataOut']).describe('VPN metric (namespace AWS/VPN).'),
    Namespace: z.literal('AWS/VPN').optional(),
    Dimensions: z
      .array(z.strictObject({ Name: z.enum(['VpnId', 'TunnelIpAddress']), Value: z.string() }))
      .optional()
      .describe('VpnId and/or TunnelIpAddress (R19).'),
    Statistic: z.enum(['Average', 'Minimum', 'Maximum', 'Sum', 'SampleCount']).optional(),
    Period: z.number().int().positive().optional().describe('Seconds per datapoint; default 300.'),
    EvaluationPeriods: z.number().int().positive(),
    DatapointsToAlarm: z.number().int().positive().optional(),
    Threshold: z.number(),
    ComparisonOperator: z.enum([
      'GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold',
    ]),
    TreatMissingData: z.enum(['breaching', 'notBreaching', 'ignore', 'missing']).optional(),
  })
  .describe('A CloudWatch metric alarm on a VPN metric.');
