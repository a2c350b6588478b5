import { describe, expect, it } from 'vitest';
import { decideState } from './alarmEvaluator';
import { Telemetry } from './index';
import type { MetricAlarmSpec, ResolvedAlarmSpec, TunnelSample } from './types';

const VPN = 'vpn-0123456789abcdef0';
const T1 = '203.0.113.10';
const T2 = '203.0.113.20';
const MIN = 60_000;
const s = (ip: string, up: boolean, bytesIn = 0, bytesOut = 0): TunnelSample => ({ vpnConnectionId: VPN, tunnelOutsideIp: ip, up, bytesIn, bytesOut });

/** R416: TunnelState of one tunnel lower than 1, 3 out of 3 five-minute datapoints. */
const tunnelDown: MetricAlarmSpec = {
  AlarmName: 'tunnel1-down', Namespace: 'AWS/VPN', MetricName: 'TunnelState', Dimensions: [{ Name: 'TunnelIpAddress', Value: T1 }],
  Statistic: 'Average', Period: 300, EvaluationPeriods: 3, DatapointsToAlarm: 3, Threshold: 1, ComparisonOperator: 'LessThanThreshold',
};

const stateAt = (tel: Telemetry, name: string) => tel.snapshot().alarms.find((a) => a.spec.AlarmName === name)?.StateValue;

describe('CloudWatch alarms', () => {
  it('R416: fires only after three consecutive 5-minute datapoints show the tunnel DOWN', () => {
    const tel = new Telemetry();
    expect(tel.putMetricAlarm(tunnelDown)).toEqual([]);
    tel.recordTunnelSample(0, [s(T1, true)]);
    tel.evaluate(15 * MIN);
    expect(stateAt(tel, 'tunnel1-down')).toBe('OK');
    tel.recordTunnelSample(15 * MIN, [s(T1, false)]);
    tel.evaluate(25 * MIN);
    expect(stateAt(tel, 'tunnel1-down')).toBe('OK');
    tel.evaluate(30 * MIN);
    expect(stateAt(tel, 'tunnel1-down')).toBe('ALARM');
    tel.recordTunnelSample(30 * MIN, [s(T1, true)]);
    tel.evaluate(35 * MIN);
    expect(stateAt(tel, 'tunnel1-down')).toBe('OK');
    expect(tel.snapshot().alarmHistory.map((h) => [h.t / MIN, h.oldState, h.newState])).toEqual([
      [5, 'INSUFFICIENT_DATA', 'OK'],
      [30, 'OK', 'ALARM'],
      [35, 'ALARM', 'OK'],
    ]);
  });

  it('R415: 2 out of 3 datapoints alarm even when the breaches are not consecutive', () => {
    const tel = new Telemetry();
    tel.putMetricAlarm({ ...tunnelDown, AlarmName: 'm-of-n', DatapointsToAlarm: 2 });
    tel.recordTunnelSample(0, [s(T1, false)]);
    tel.recordTunnelSample(5 * MIN, [s(T1, true)]);
    tel.recordTunnelSample(10 * MIN, [s(T1, true)]);
    tel.evaluate(10 * MIN);
    expect(stateAt(tel, 'm-of-n')).toBe('OK');
    tel.recordTunnelSample(12 * MIN, [s(T1, false)]);
    tel.evaluate(15 * MIN);
    expect(stateAt(tel, 'm-of-n')).toBe('ALARM');
  });

  it('R417: connection alarm with Maximum <= 0 fires when both tunnels are down, Minimum <= 0.5 when one is', () => {
    const tel = new Telemetry();
    const base = { Namespace: 'AWS/VPN', MetricName: 'TunnelState', Dimensions: [{ Name: 'VpnId' as const, Value: VPN }], Period: 300, EvaluationPeriods: 1, ComparisonOperator: 'LessThanOrEqualToThreshold' };
    tel.putMetricAlarm({ ...base, AlarmName: 'both-down', Statistic: 'Maximum', Threshold: 0 });
    tel.putMetricAlarm({ ...base, AlarmName: 'one-down', Statistic: 'Minimum', Threshold: 0.5 });
    tel.recordTunnelSample(0, [s(T1, true), s(T2, false)]);
    tel.evaluate(5 * MIN);
    expect([stateAt(tel, 'both-down'), stateAt(tel, 'one-down')]).toEqual(['OK', 'ALARM']);
    tel.recordTunnelSample(5 * MIN, [s(T1, false)]);
    tel.evaluate(10 * MIN);
    expect([stateAt(tel, 'both-down'), stateAt(tel, 'one-down')]).toEqual(['ALARM', 'ALARM']);
  });

  it('R418: TunnelDataIn Sum over 15 minutes >= 5000000 bytes', () => {
    const tel = new Telemetry();
    tel.putMetricAlarm({ AlarmName: 'in-high', Namespace: 'AWS/VPN', MetricName: 'TunnelDataIn', Dimensions: [{ Name: 'TunnelIpAddress', Value: T1 }], Statistic: 'Sum', Period: 900, EvaluationPeriods: 1, Threshold: 5_000_000, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    tel.recordTunnelSample(0, [s(T1, true, 0)]);
    tel.recordTunnelSample(5 * MIN, [s(T1, true, 2_000_000)]);
    tel.recordTunnelSample(10 * MIN, [s(T1, true, 4_999_999)]);
    tel.evaluate(15 * MIN);
    expect(stateAt(tel, 'in-high')).toBe('OK');
    tel.recordTunnelSample(20 * MIN, [s(T1, true, 9_999_999)]);
    tel.evaluate(30 * MIN);
    expect(stateAt(tel, 'in-high')).toBe('ALARM');
  });

  it('starts in INSUFFICIENT_DATA and stays there without datapoints (TreatMissingData missing)', () => {
    const tel = new Telemetry();
    tel.putMetricAlarm(tunnelDown);
    tel.evaluate(30 * MIN);
    expect(stateAt(tel, 'tunnel1-down')).toBe('INSUFFICIENT_DATA');
  });

  it('TreatMissingData: breaching alarms on missing data, notBreaching is OK, ignore keeps the state', () => {
    const spec: ResolvedAlarmSpec = { ...tunnelDown, MetricName: 'TunnelState', Namespace: 'AWS/VPN', Dimensions: [], Statistic: 'Average', DatapointsToAlarm: 3, ComparisonOperator: 'LessThanThreshold', TreatMissingData: 'missing' };
    const none = [undefined, undefined, undefined];
    expect(decideState({ ...spec, TreatMissingData: 'breaching' }, none).state).toBe('ALARM');
    expect(decideState({ ...spec, TreatMissingData: 'notBreaching' }, none).state).toBe('OK');
    expect(decideState({ ...spec, TreatMissingData: 'ignore' }, none).state).toBeUndefined();
    expect(decideState(spec, none).state).toBe('INSUFFICIENT_DATA');
    expect(decideState({ ...spec, TreatMissingData: 'breaching' }, [0, undefined, 0]).state).toBe('ALARM');
    expect(decideState(spec, [0, undefined, 0]).state).toBe('OK');
  });

  it('putMetricAlarm rejects invalid input with CloudWatch parameter paths and creates nothing', () => {
    const tel = new Telemetry();
    const errors = tel.putMetricAlarm({
      ...tunnelDown, AlarmName: '', Namespace: 'AWS/EC2', Statistic: 'p50', Period: 45, EvaluationPeriods: 2, DatapointsToAlarm: 3,
      ComparisonOperator: 'Lower', TreatMissingData: 'zero', Threshold: Number.NaN,
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['AlarmName', 'ComparisonOperator', 'DatapointsToAlarm', 'Namespace', 'Period', 'Statistic', 'Threshold', 'TreatMissingData']);
    expect(errors.every((e) => e.message.length > 0 && e.code.length > 0)).toBe(true);
    expect(tel.snapshot().alarms).toEqual([]);
  });

  it('re-putting an alarm replaces its configuration and keeps its state', () => {
    const tel = new Telemetry();
    tel.putMetricAlarm({ ...tunnelDown, EvaluationPeriods: 1, DatapointsToAlarm: 1 });
    tel.recordTunnelSample(0, [s(T1, false)]);
    tel.evaluate(5 * MIN);
    expect(stateAt(tel, 'tunnel1-down')).toBe('ALARM');
    tel.putMetricAlarm({ ...tunnelDown, Threshold: 0 });
    const a = tel.snapshot().alarms[0];
    expect([a?.StateValue, a?.spec.Threshold]).toEqual(['ALARM', 0]);
  });
});
