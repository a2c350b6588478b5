import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import type { EngineAction } from './model/actions/actionTypes';
import { logMessageIds, type LogMessageId } from './telemetry/logMessages';
import { vgwScenario } from './model/scenarioFixtures';

const VPN = 'vpn-00000000000000001';
const CGW = 'cgw-0123456789abcdef0';

interface Case {
  device?: Record<string, unknown>;
  nat?: boolean;
  firewall?: Record<string, boolean>;
  tunnel?: Record<string, unknown>;
  options?: Record<string, unknown>;
  /** Run once the tunnel is up; `atRekey` runs the action while AWS's CHILD_SA rekey is in flight. */
  action?: EngineAction;
  atRekey?: EngineAction;
  runMs?: number;
}

function run(c: Case): { engine: Engine; ids: LogMessageId[]; records: string[] } {
  const scenario = vgwScenario({
    VpnConnections: [{
      VpnConnectionId: VPN, CustomerGatewayId: CGW, VpnGatewayId: 'vgw-0123456789abcdef0',
      Options: { ...c.options, TunnelOptions: [{ LogOptions: { CloudWatchLogOptions: { LogEnabled: true } }, ...c.tunnel }, {}] },
    }],
    CustomerGatewayDevices: [{
      CustomerGatewayId: CGW,
      Tunnels: [{ VpnConnectionId: VPN, TunnelNumber: 1, ...c.device }, { VpnConnectionId: VPN, TunnelNumber: 2 }],
      ...(c.nat ? { Nat: { Enabled: true, PublicIpAddress: '198.51.100.7', PrivateIpAddress: '192.168.1.10' } } : {}),
      ...(c.firewall ? { Firewall: c.firewall } : {}),
    }],
  });
  const engine = Engine.fromScenario(scenario);
  engine.advance(5000);
  if (c.action) engine.dispatch(c.action);
  if (c.atRekey) {
    const seen = () => engine.events().some((e) => e.type === 'rekeyStarted' && e.phase === 2);
    while (!seen() && engine.now() < 2_000_000) engine.stepToNextEvent();
    engine.dispatch(c.atRekey);
  }
  engine.advance(c.runMs ?? 120_000);
  const ids = engine.events().flatMap((e) => (e.type === 'vpnLog' && e.tunnelOutsideIp === engine.snapshot().connections[0]!.tunnels[0].outsideIpAddress ? [e.messageId] : []));
  return { engine, ids, records: engine.snapshot().telemetry.logRecords.map((r) => r.fields.VpnLogDetail) };
}

const v1 = { IkeVersion: 'ikev1' };
const fastRekey = { Phase1LifetimeSeconds: 1800, Phase2LifetimeSeconds: 900, RekeyMarginTimeSeconds: 60, RekeyFuzzPercentage: 0 };
const tunnel1 = { VpnConnectionId: VPN, TunnelNumber: 1 as const };

/** Every IKEv1 and IKEv2 message of the guide's tables (R378–R400) and a scenario that produces it. */
const CASES: Record<LogMessageId, Case> = {
  ikev1PeerNotResponsive: { device: v1, action: { type: 'FailTunnelPath', ...tunnel1 } },
  ikev1PskDecryptionFailed: { device: { ...v1, PreSharedKey: 'wrongKey123' } },
  ikev1NoProposalMatchByAws: { device: { ...v1, Phase1Proposal: { EncryptionAlgorithms: ['3DES'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [2] } } },
  ikev1NoProposalChosen: { device: { ...v1, Phase2Proposal: { EncryptionAlgorithms: ['AES128'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [1] } } },
  ikev1DeletePhase2Sa: { device: v1, action: { type: 'DeviceDeleteSa', ...tunnel1, Phase: 2 } },
  ikev1DeleteIkeSa: { device: v1, action: { type: 'DeviceDeleteSa', ...tunnel1, Phase: 1 } },
  ikev2DpdTimedOut: { action: { type: 'FailTunnelPath', ...tunnel1 } },
  ikev2DeleteIkeSa: { action: { type: 'DeviceDeleteSa', ...tunnel1, Phase: 1 } },
  ikev2DeletePhase2Sa: { action: { type: 'DeviceDeleteSa', ...tunnel1, Phase: 2 } },
  ikev2ChildRekeyCollision: { tunnel: fastRekey, atRekey: { type: 'DeviceDeleteSa', ...tunnel1, Phase: 2 }, runMs: 10_000 },
  ikev2RedundantSaDeleted: { tunnel: fastRekey, atRekey: { type: 'DeviceRekey', ...tunnel1 }, runMs: 10_000 },
  ikev2Phase2FailedKeepingPhase1: { device: { Phase2Proposal: { EncryptionAlgorithms: ['3DES'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [2] } } },
  ikev2TsUnacceptable: { options: { LocalIpv4NetworkCidr: '192.168.0.0/16' }, device: { TrafficSelectors: { Local: '10.0.0.0/8', Remote: '0.0.0.0/0' } } },
  ikev2AuthenticationFailed: { device: { PreSharedKey: 'wrongKey123' } },
  ikev2PskMismatch: { device: { PreSharedKey: 'wrongKey123' } },
  ikev2HalfOpenIkeSaTimeout: { nat: true, firewall: { BlockUdp4500: true } },
  ikev2NoProposalChosen: { device: { Phase2Proposal: { EncryptionAlgorithms: ['3DES'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [2] } } },
  ikev2NoProposalMatchByAws: { device: { Phase1Proposal: { EncryptionAlgorithms: ['3DES'], IntegrityAlgorithms: ['SHA1'], DHGroupNumbers: [2] } } },
  ikev2ProcessedChildSaRequest: { action: { type: 'DeviceRekey', ...tunnel1 } },
  ikev2SendingChildSaResponse: { action: { type: 'DeviceRekey', ...tunnel1 } },
  ikev2SendingChildSaRequest: { tunnel: fastRekey, runMs: 900_000 },
  ikev2ProcessedChildSaResponse: { tunnel: fastRekey, runMs: 900_000 },
};

describe('R373–R400: every log message of the guide is produced by a scenario', () => {
  it('the case table covers the whole catalog', () => {
    expect(Object.keys(CASES).sort()).toEqual([...logMessageIds].sort());
  });
  for (const id of logMessageIds) {
    it(`${id} is logged and becomes a CloudWatch log record (R376)`, () => {
      const { ids, records } = run(CASES[id]);
      expect(ids).toContain(id);
      expect(records.length).toBeGreaterThan(0);
    });
  }
  it('R54: a tunnel with logging off produces events but no log records', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(5000);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(60_000);
    expect(e.events().some((x) => x.type === 'vpnLog')).toBe(true);
    expect(e.snapshot().telemetry.logRecords).toHaveLength(0);
  });
  it('R408/R409: TunnelState datapoints follow the tunnel status', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(5000);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(3_600_000);
    const s = e.snapshot();
    const ip = s.connections[0]!.tunnels[0].outsideIpAddress;
    const stream = s.telemetry.metrics.find((m) => m.MetricName === 'TunnelState' && m.Dimensions.some((d) => d.Value === ip));
    expect(stream?.Datapoints.at(-1)?.Value).toBe(0);
    const other = s.telemetry.metrics.find((m) => m.MetricName === 'TunnelDataIn' && m.Dimensions.some((d) => d.Value === s.connections[0]!.tunnels[1].outsideIpAddress));
    expect(other?.Datapoints.at(-1)?.Value).toBeGreaterThan(0);
  });
  it('R416: a PutMetricAlarm on TunnelState < 1 for 3 of 3 periods fires once the tunnel is down for 15 minutes', () => {
    const e = Engine.fromScenario(vgwScenario());
    e.advance(5000);
    const ip = e.snapshot().connections[0]!.tunnels[0].outsideIpAddress;
    const r = e.dispatch({ type: 'PutMetricAlarm', AlarmName: 'tunnel1-down', MetricName: 'TunnelState', Namespace: 'AWS/VPN', Dimensions: [{ Name: 'TunnelIpAddress', Value: ip }], Statistic: 'Maximum', Period: 300, EvaluationPeriods: 3, DatapointsToAlarm: 3, Threshold: 1, ComparisonOperator: 'LessThanThreshold' });
    expect(r.ok).toBe(true);
    e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: VPN, TunnelNumber: 1 });
    e.advance(3_600_000);
    expect(e.snapshot().telemetry.alarms.find((a) => a.spec.AlarmName === 'tunnel1-down')?.StateValue).toBe('ALARM');
    const bad = e.dispatch({ type: 'PutMetricAlarm', AlarmName: 'x', MetricName: 'Nope', Namespace: 'AWS/VPN', Dimensions: [], Statistic: 'Maximum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'LessThanThreshold' });
    expect(bad.ok).toBe(false);
  });
});
