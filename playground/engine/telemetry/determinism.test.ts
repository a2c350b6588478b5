import { describe, expect, it } from 'vitest';
import { Telemetry } from './index';

function run(): string {
  const tel = new Telemetry();
  tel.putMetricAlarm({ AlarmName: 'a', Namespace: 'AWS/VPN', MetricName: 'TunnelState', Dimensions: [{ Name: 'VpnId', Value: 'vpn-1' }], Statistic: 'Minimum', Period: 300, EvaluationPeriods: 2, Threshold: 0.5, ComparisonOperator: 'LessThanOrEqualToThreshold' });
  for (let i = 0; i < 200; i++) {
    const t = i * 37_000;
    const samples = [
      { vpnConnectionId: 'vpn-1', tunnelOutsideIp: '203.0.113.1', up: i % 7 !== 0, bytesIn: i * 1000, bytesOut: i * 500, loggingEnabled: true },
      { vpnConnectionId: 'vpn-1', tunnelOutsideIp: '203.0.113.2', up: i % 11 > 3, bytesIn: i * 10, bytesOut: i * 5, loggingEnabled: true, logOutputFormat: 'text' as const },
    ];
    tel.recordTunnelSample(t, samples);
    tel.recordLog({ t, vpnConnectionId: 'vpn-1', tunnelOutsideIp: i % 2 ? '203.0.113.1' : '203.0.113.2', messageId: 'ikev2DpdTimedOut', details: { retryCount: i % 5 } });
    tel.evaluate(t);
  }
  return JSON.stringify(tel.snapshot());
}

describe('determinism', () => {
  it('the same inputs give byte-identical snapshots', () => {
    const a = run();
    expect(run()).toBe(a);
    expect(JSON.parse(a).metrics.length).toBeGreaterThan(0);
  });
});
