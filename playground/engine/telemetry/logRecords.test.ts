import { describe, expect, it } from 'vitest';
import { formatLogJson, formatLogText } from './logFormat';
import { Telemetry } from './index';
import type { TunnelSample, VpnLogFields } from './types';

const VPN = 'vpn-0a1b2c3d4e5f60718';
const IP1 = '203.0.113.10';

const sample = (extra: Partial<TunnelSample> = {}): TunnelSample => ({
  vpnConnectionId: VPN, tunnelOutsideIp: IP1, up: true, bytesIn: 0, bytesOut: 0, ...extra,
});

const fields: VpnLogFields = {
  VpnLogCreationTimestamp: '2025-01-01T00:01:30.000Z',
  VpnConnectionId: VPN,
  TunnelOutsideIPAddress: IP1,
  TunnelDPDEnabled: true,
  TunnelCGWNATTDetectionStatus: false,
  TunnelIKEPhase1State: 'Established',
  TunnelIKEPhase2State: 'Negotiating',
  VpnLogDetail: 'AWS tunnel DPD timed out after 3 retransmits',
};

describe('log record formats', () => {
  it('R376: json carries the guide fields in the guide order', () => {
    const parsed = JSON.parse(formatLogJson(fields)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'VpnLogCreationTimestamp', 'VpnConnectionId', 'TunnelOutsideIPAddress', 'TunnelDPDEnabled',
      'TunnelCGWNATTDetectionStatus', 'TunnelIKEPhase1State', 'TunnelIKEPhase2State', 'VpnLogDetail',
    ]);
    expect(parsed.TunnelDPDEnabled).toBe(true);
    expect(parsed.VpnLogDetail).toBe('AWS tunnel DPD timed out after 3 retransmits');
  });

  it('R376: text is one line with True/False and the detail last', () => {
    expect(formatLogText(fields)).toBe(
      'VpnLogCreationTimestamp=2025-01-01T00:01:30.000Z VpnConnectionId=vpn-0a1b2c3d4e5f60718 TunnelOutsideIPAddress=203.0.113.10 ' +
        'TunnelDPDEnabled=True TunnelCGWNATTDetectionStatus=False TunnelIKEPhase1State=Established TunnelIKEPhase2State=Negotiating ' +
        'VpnLogDetail=AWS tunnel DPD timed out after 3 retransmits',
    );
  });

  it('json escapes the quotes of the NO_PROPOSAL_CHOSEN message and stays valid', () => {
    const detail = 'No Proposal Match Found. Notifying with "No proposal chosen"';
    expect((JSON.parse(formatLogJson({ ...fields, VpnLogDetail: detail })) as VpnLogFields).VpnLogDetail).toBe(detail);
  });
});

describe('Telemetry.recordLog', () => {
  it('R54: a tunnel without logging turned on writes no record', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [sample()]);
    expect(tel.recordLog({ t: 1000, vpnConnectionId: VPN, tunnelOutsideIp: IP1, messageId: 'ikev2AuthenticationFailed' })).toBeUndefined();
    expect(tel.snapshot().logRecords).toHaveLength(0);
  });

  it('R54: logging turned on without a format writes json', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [sample({ loggingEnabled: true })]);
    const rec = tel.recordLog({ t: 90_000, vpnConnectionId: VPN, tunnelOutsideIp: IP1, messageId: 'ikev2PskMismatch', details: { cgw: '198.51.100.7' } });
    expect(rec?.format).toBe('json');
    const parsed = JSON.parse(rec?.line ?? '{}') as VpnLogFields;
    expect(parsed.VpnLogDetail).toBe('AWS tunnel detected a pre-shared key mismatch with cgw: 198.51.100.7');
    expect(parsed.VpnLogCreationTimestamp).toBe('2025-01-01T00:01:30.000Z');
    expect(parsed.TunnelOutsideIPAddress).toBe(IP1);
  });

  it('R404: text format and the tunnel state of R376/R377 come from the latest sample', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [sample({ loggingEnabled: true, logOutputFormat: 'text', dpdEnabled: false, natTDetected: true, ikePhase1State: 'Established', ikePhase2State: 'Rekeying' })]);
    const rec = tel.recordLog({ t: 5000, vpnConnectionId: VPN, tunnelOutsideIp: IP1, messageId: 'ikev2SendingChildSaRequest', details: { ikeMessageId: 4 } });
    expect(rec?.line).toContain('TunnelDPDEnabled=False TunnelCGWNATTDetectionStatus=True TunnelIKEPhase1State=Established TunnelIKEPhase2State=Rekeying');
    expect(rec?.line.endsWith('VpnLogDetail=AWS tunnel is sending request (id=4) for CREATE_CHILD_SA')).toBe(true);
  });

  it('R404: disabling logging stops records; the entry can carry its own state', () => {
    const tel = new Telemetry();
    tel.recordTunnelSample(0, [sample({ loggingEnabled: true })]);
    const rec = tel.recordLog({ t: 1, vpnConnectionId: VPN, tunnelOutsideIp: IP1, messageId: 'ikev1PeerNotResponsive', state: { ikePhase1State: 'Down' } });
    expect(rec?.fields.TunnelIKEPhase1State).toBe('Down');
    tel.recordTunnelSample(10, [sample({ loggingEnabled: false })]);
    expect(tel.recordLog({ t: 11, vpnConnectionId: VPN, tunnelOutsideIp: IP1, messageId: 'ikev1PeerNotResponsive' })).toBeUndefined();
    expect(tel.snapshot().logRecords).toHaveLength(1);
  });

  it('scrollback is bounded: the oldest records go first', () => {
    const tel = new Telemetry({ logCapacity: 3 });
    tel.recordTunnelSample(0, [sample({ loggingEnabled: true })]);
    for (let i = 1; i <= 5; i++) tel.recordLog({ t: i, vpnConnectionId: VPN, tunnelOutsideIp: IP1, messageId: 'ikev2DpdTimedOut', details: { retryCount: i } });
    expect(tel.snapshot().logRecords.map((r) => r.fields.VpnLogDetail)).toEqual([3, 4, 5].map((i) => `AWS tunnel DPD timed out after ${i} retransmits`));
  });
});
