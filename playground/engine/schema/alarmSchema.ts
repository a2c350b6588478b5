/** CloudWatch alarms of a scenario, with `PutMetricAlarm` names (R412–R416). */
import * as z from 'zod';

export const MetricAlarmSchema = z.lazy(() =>
  z
    .strictObject({
      AlarmName: z.string().min(1).describe('Name of the alarm.'),
      MetricName: z.enum(['TunnelState', 'TunnelDataIn', 'TunnelDataOut']).describe('VPN metric (namespace AWS/VPN).'),
      Namespace: z.literal('AWS/VPN').optional().describe('Always AWS/VPN.'),
      Dimensions: z
        .array(
          z.strictObject({
            Name: z.enum(['VpnId', 'TunnelIpAddress']).describe('Dimension name.'),
            Value: z.string().describe('VPN connection ID or tunnel outside IP address.'),
          }),
        )
        .optional()
        .describe('VpnId and/or TunnelIpAddress (R19).'),
      Statistic: z
        .enum(['Average', 'Minimum', 'Maximum', 'Sum', 'SampleCount'])
        .optional()
        .describe('Statistic over each period.'),
      Period: z.number().int().positive().optional().describe('Seconds per datapoint; default 300.'),
      EvaluationPeriods: z.number().int().positive().describe('Periods looked at when deciding the state.'),
      DatapointsToAlarm: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Breaching datapoints among them that set ALARM.'),
      Threshold: z.number().describe('Value compared with the statistic.'),
      ComparisonOperator: z
        .enum([
          'GreaterThanOrEqualToThreshold',
          'GreaterThanThreshold',
          'LessThanThreshold',
          'LessThanOrEqualToThreshold',
        ])
        .describe('How the statistic is compared with the threshold.'),
      TreatMissingData: z
        .enum(['breaching', 'notBreaching', 'ignore', 'missing'])
        .optional()
        .describe('How periods without data count.'),
    })
    .describe('A CloudWatch metric alarm on a VPN metric.'),
);
