import { describe, expect, it } from 'vitest';
import { Telemetry } from './index';
import type { TunnelSample } from './types';

const VPN = 'vpn-0123456789abcdef0';
const T1 = '203.0.113.10';
const T2 = '203.0.113.20';
const MIN = 60_000;

const s = (ip: string, up: boolean, bytesIn = 0, bytesOut = 0): TunnelSample => ({ vpnConnectionId: VPN, tunnelOutsideIp: ip, up, bytesIn, bytesOut });

const stat = (tel: Telemetry, MetricName: string, Name: 'VpnId' | 'TunnelIpAddress', Value: string, Statistics: string[], Period = 300, EndTime = 3_600_000) => {
  const r = tel.getMetricStatistics({ Namespace: 'AWS/VPN', MetricName, Dimensions: [{ Name, Value }], StartTime: 0, EndTime, Period, Statistics });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.result.Datapoints;
};

describe('CloudWatch metrics', () => {
  it('R409: one tunnel UP and one DOWN gives the connection TunnelState 0.5, tunnels 1 and 0', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true), s(T2, false)]);
    tel.evaluate(5 * MIN);
    expect(stat(tel, 'TunnelState', 'VpnId', VPN, ['Average'])).toEqual([{ Timestamp: 0, Unit: 'None', Average: 0.5 }]);
    expect(stat(tel, 'TunnelState', 'TunnelIpAddress', T1, ['Average'])[0]?.Average).toBe(1);
    expect(stat(tel, 'TunnelState', 'TunnelIpAddress', T2, ['Average'])[0]?.Average).toBe(0);
  });

  it('R414: datapoints come every 300 s by default; none before a period closes', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true), s(T2, true)]);
    tel.evaluate(5 * MIN - 1);
    expect(stat(tel, 'TunnelState', 'VpnId', VPN, ['SampleCount'])).toEqual([]);
    tel.evaluate(15 * MIN);
    expect(stat(tel, 'TunnelState', 'VpnId', VPN, ['SampleCount']).map((d) => d.Timestamp)).toEqual([0, 5 * MIN, 10 * MIN]);
  });

  it('R409: a tunnel down for 1 of 5 minutes reports 0.8 for that period', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true)]);
    tel.recordTunnelSample(2 * MIN, [s(T1, false)]);
    tel.recordTunnelSample(3 * MIN, [s(T1, true)]);
    tel.evaluate(5 * MIN);
    expect(stat(tel, 'TunnelState', 'TunnelIpAddress', T1, ['Average'])[0]?.Average).toBeCloseTo(0.8, 10);
  });

  it('R410/R411: TunnelDataIn/Out hold bytes counted during each period; Sum totals them', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true, 0, 0), s(T2, true, 0, 0)]);
    tel.recordTunnelSample(5 * MIN, [s(T1, true, 1000, 400), s(T2, true, 500, 100)]);
    tel.recordTunnelSample(10 * MIN, [s(T1, true, 3000, 400), s(T2, true, 500, 100)]);
    tel.evaluate(15 * MIN);
    expect(stat(tel, 'TunnelDataIn', 'TunnelIpAddress', T1, ['Sum']).map((d) => d.Sum)).toEqual([1000, 2000, 0]);
    expect(stat(tel, 'TunnelDataIn', 'TunnelIpAddress', T1, ['Sum'], 900)).toEqual([{ Timestamp: 0, Unit: 'Bytes', Sum: 3000 }]);
    expect(stat(tel, 'TunnelDataOut', 'VpnId', VPN, ['Sum'], 900)[0]?.Sum).toBe(500);
  });

  it('R412: traffic counters keep counting while a tunnel is down', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, false, 0, 0)]);
    tel.recordTunnelSample(5 * MIN, [s(T1, false, 120, 80)]);
    tel.evaluate(5 * MIN);
    expect(stat(tel, 'TunnelDataIn', 'TunnelIpAddress', T1, ['Sum'])[0]?.Sum).toBe(120);
    expect(stat(tel, 'TunnelState', 'TunnelIpAddress', T1, ['Maximum'])[0]?.Maximum).toBe(0);
  });

  it('statistics Average/Sum/Minimum/Maximum/SampleCount over a 15-minute period', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true), s(T2, true)]);
    tel.recordTunnelSample(5 * MIN, [s(T2, false)]);
    tel.recordTunnelSample(10 * MIN, [s(T1, false)]);
    tel.evaluate(15 * MIN);
    const [dp] = stat(tel, 'TunnelState', 'VpnId', VPN, ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'], 900);
    expect(dp).toEqual({ Timestamp: 0, Unit: 'None', Average: 0.5, Sum: 1.5, Minimum: 0, Maximum: 1, SampleCount: 3 });
  });

  it('R406/R413: wrong namespace, metric, dimension or statistic is an error, not an exception', () => {
    const tel = new Telemetry();
    const r = tel.getMetricStatistics({ Namespace: 'AWS/EC2', MetricName: 'TunnelLatency', Dimensions: [{ Name: 'VpcId' as 'VpnId', Value: 'x' }], StartTime: 10, EndTime: 5, Period: 45, Statistics: ['p99'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['Dimensions[0].Name', 'EndTime', 'MetricName', 'Namespace', 'Period', 'Statistics[0]']);
  });

  it('a deleted tunnel stops producing datapoints', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [s(T1, true)]);
    tel.recordTunnelSample(5 * MIN, [{ ...s(T1, true), deleted: true }]);
    tel.evaluate(20 * MIN);
    expect(stat(tel, 'TunnelState', 'TunnelIpAddress', T1, ['SampleCount'])).toHaveLength(1);
  });
});
