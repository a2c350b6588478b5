import { describe, expect, it } from 'vitest';
import { Engine } from '../index';
import { parseScenarioText } from '../scenario/index';
import { getPreset } from '../../scenarios/index';
import { evaluateCheck } from './evaluateCheck';

function engineFrom(text: string, ms = 120_000): Engine {
  const r = parseScenarioText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const e = Engine.fromScenario(r.scenario);
  e.advance(ms);
  return e;
}
const preset = (name: string, ms?: number): Engine => engineFrom(getPreset(name)?.text ?? '', ms);
const VPN = 'vpn-04d5cc9b88example';

const ALARM = `
Alarms:
  - AlarmName: one-tunnel-down
    MetricName: TunnelState
    Namespace: AWS/VPN
    Dimensions: [{ Name: VpnId, Value: ${VPN} }]
    Statistic: Minimum
    Period: 300
    EvaluationPeriods: 1
    Threshold: 0.5
    ComparisonOperator: LessThanOrEqualToThreshold
`;

describe('log checks', () => {
  it('R392: a PSK mismatch logs the mismatch line on tunnel 1 and not on tunnel 2', () => {
    const e = preset('psk-mismatch');
    expect(evaluateCheck({ log: { messageId: 'ikev2PskMismatch', connection: VPN, tunnel: 1 } }, e).pass).toBe(true);
    const r = evaluateCheck({ log: { messageId: 'ikev2PskMismatch', connection: VPN, tunnel: 2 } }, e);
    expect(r.pass).toBe(false);
    expect(r.message).toContain('"AWS tunnel detected a pre-shared key mismatch with cgw: xxxx"');
  });

  it('R54: without tunnel logging there is no CloudWatch record, and the message asks about logging', () => {
    const r = evaluateCheck({ log: { messageId: 'ikev2PskMismatch', connection: VPN, tunnel: 1, inRecords: true } }, preset('psk-mismatch'));
    expect(r.pass).toBe(false);
    expect(r.message).toContain('is tunnel logging enabled?');
  });

  it('R395: seen: false passes only while the line is absent', () => {
    expect(evaluateCheck({ log: { messageId: 'ikev2NoProposalMatchByAws', seen: false } }, preset('single-vgw')).pass).toBe(true);
    expect(evaluateCheck({ log: { messageId: 'ikev2NoProposalMatchByAws', seen: false } }, preset('3des-proposal')).pass).toBe(false);
  });
});

describe('metric checks', () => {
  it('R409: one tunnel DOWN for a whole period gives the connection a TunnelState of 0.5', () => {
    const e = preset('psk-mismatch', 11 * 60_000);
    expect(evaluateCheck({ metric: { name: 'TunnelState', connection: VPN, op: '=', value: 0.5 } }, e).pass).toBe(true);
    const r = evaluateCheck({ metric: { name: 'TunnelState', connection: VPN, op: '>=', value: 1 } }, e);
    expect(r).toEqual({ pass: false, message: `TunnelState of ${VPN} is 0.5 in the latest datapoint; it must be >= 1` });
  });

  it('R408: per tunnel, TunnelState is 0 for the DOWN tunnel and 1 for the UP one', () => {
    const e = preset('psk-mismatch', 11 * 60_000);
    expect(evaluateCheck({ metric: { name: 'TunnelState', connection: VPN, tunnel: 1, op: '=', value: 0 } }, e).pass).toBe(true);
    expect(evaluateCheck({ metric: { name: 'TunnelState', connection: VPN, tunnel: 2, op: '=', value: 1 } }, e).pass).toBe(true);
  });

  it('R414: before the first 5-minute datapoint the check says none has arrived', () => {
    const r = evaluateCheck({ metric: { name: 'TunnelState', connection: VPN, op: '>=', value: 1 } }, preset('single-vgw', 60_000));
    expect(r.pass).toBe(false);
    expect(r.message).toContain('has no datapoint yet');
  });
});

describe('alarm checks', () => {
  it('R417: Minimum <= 0.5 on the connection fires when one tunnel is down; ever: true remembers it after recovery', () => {
    const e = engineFrom(`${getPreset('single-vgw')?.text ?? ''}${ALARM}`, 11 * 60_000);
    expect(evaluateCheck({ alarm: { name: 'one-tunnel-down', state: 'OK' } }, e).pass).toBe(true);
    expect(evaluateCheck({ alarm: { name: 'one-tunnel-down', state: 'ALARM', ever: true } }, e).pass).toBe(false);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(11 * 60_000);
    expect(evaluateCheck({ alarm: { name: 'one-tunnel-down', state: 'ALARM' } }, e).pass).toBe(true);
    e.dispatch({ type: 'RestoreTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(12 * 60_000);
    expect(evaluateCheck({ alarm: { name: 'one-tunnel-down', state: 'ALARM', ever: true } }, e).pass).toBe(true);
    expect(evaluateCheck({ alarm: { name: 'one-tunnel-down', state: 'ALARM' } }, e).pass).toBe(false);
  });

  it('R415: a missing alarm is reported by name', () => {
    const r = evaluateCheck({ alarm: { name: 'nope', state: 'OK' } }, preset('single-vgw'));
    expect(r).toEqual({ pass: false, message: 'There is no alarm named nope; create it' });
  });
});
