import { describe, expect, it } from 'vitest';
import { TunnelRig } from './tunnelRig';
import { exchangeTimeoutMs } from '../ike/retransmit';

const up = (r: TunnelRig) => ({ status: r.host.state.status, p1: r.host.state.phase1, p2: r.host.state.phase2 });

describe('IKEv2 exchanges, message by message', () => {
  it('R104: device-initiated IKE_SA_INIT + IKE_AUTH brings the tunnel UP', () => {
    const r = new TunnelRig().start();
    // HDR, SAi1, KEi, Ni, N(NAT_DETECTION_*) -->
    r.kernel.runUntil(20);
    expect(r.ladder()[0]).toMatch(/^--> IKE_SA_INIT#0 HDR, SAi1, KEi, Ni/);
    expect(up(r).p1).toBe('Negotiating');
    // <-- HDR, SAr1, KEr, Nr, N(NAT_DETECTION_*)
    // HDR, SK {IDi, AUTH, SAi2, TSi, TSr} -->
    r.kernel.runUntil(40);
    expect(r.ladder()[1]).toMatch(/^<-- IKE_SA_INIT#0 HDR, SAr1/);
    expect(r.ladder()[2]).toMatch(/^--> IKE_AUTH#1 HDR, SK \{IDi, AUTH, SAi2/);
    // <-- HDR, SK {IDr, AUTH, SAr2, TSi, TSr}
    r.kernel.runUntil(100);
    expect(r.ladder()[3]).toMatch(/^<-- IKE_AUTH#1 HDR, SK \{IDr, AUTH, SAr2/);
    expect(up(r)).toEqual({ status: 'UP', p1: 'Established', p2: 'Established' });
  });

  it('R89: AWS picks per transform the first value of its own order the device offers, not the device order', () => {
    const r = new TunnelRig().start();
    r.kernel.runUntil(100);
    // device offers AES256 before AES128 and DH 14 before 2; AWS walks AES128 < AES256 and 2 < 14.
    expect(r.host.state.aws.ike?.chosen).toEqual({ encryption: 'AES128', integrity: 'SHA1', dhGroup: 2 });
  });

  it('R89: with narrowed AWS lists the choice follows the narrowed list', () => {
    const r = new TunnelRig({ aws: { peer: { phase1: { encryption: ['AES256'], integrity: ['SHA2-256'], dhGroups: [14] } } } }).start();
    r.kernel.runUntil(100);
    expect(r.host.state.aws.ike?.chosen).toEqual({ encryption: 'AES256', integrity: 'SHA2-256', dhGroup: 14 });
  });

  it('R395: a 3DES-only device gets N(NO_PROPOSAL_CHOSEN) and "No Proposal Match Found by AWS"', () => {
    const r = new TunnelRig({ cgw: { peer: { phase1: { encryption: ['3DES'], integrity: ['SHA1'], dhGroups: [2] } } } }).start();
    r.kernel.runUntil(100);
    expect(r.ladder()[1]).toMatch(/N\(NO_PROPOSAL_CHOSEN\)/);
    expect(r.logs()).toEqual(['ikev2NoProposalMatchByAws']);
    expect(up(r).status).toBe('DOWN');
  });

  it('R74/R395: a DH group AWS does not allow (group 1) fails phase 1', () => {
    const r = new TunnelRig({ cgw: { peer: { phase1: { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [1] } } } }).start();
    r.kernel.runUntil(100);
    expect(r.logs()).toContain('ikev2NoProposalMatchByAws');
  });

  it('R392/R391: a PSK mismatch logs the mismatch line first, then AUTHENTICATION_FAILED', () => {
    const r = new TunnelRig({ cgw: { peer: { psk: 'wrongKey99' } } }).start();
    r.kernel.runUntil(100);
    expect(r.ladder()[3]).toMatch(/N\(AUTHENTICATION_FAILED\)/);
    expect(r.logs()).toEqual(['ikev2PskMismatch', 'ikev2AuthenticationFailed']);
    expect(up(r).status).toBe('DOWN');
  });

  it('R396: a CHILD_SA proposal mismatch keeps phase 1 and logs R394 then R389', () => {
    const r = new TunnelRig({ cgw: { peer: { phase2: { encryption: ['3DES'], integrity: ['SHA1'], dhGroups: [2], pfs: true } } } }).start();
    r.kernel.runUntil(100);
    expect(r.logs()).toEqual(['ikev2NoProposalChosen', 'ikev2Phase2FailedKeepingPhase1']);
    expect(up(r)).toEqual({ status: 'DOWN', p1: 'Established', p2: 'Down' });
  });

  it('R390/R67: device selectors outside the connection CIDRs get TS_UNACCEPTABLE', () => {
    const r = new TunnelRig({ aws: { peer: { remoteTs: '192.168.0.0/16' } }, cgw: { peer: { localTs: '10.0.0.0/8' } } }).start();
    r.kernel.runUntil(100);
    expect(r.ladder()[3]).toMatch(/TS_UNACCEPTABLE/);
    expect(r.logs()).toEqual(['ikev2TsUnacceptable']);
  });

  it('R390: AWS initiating (Start) and the device answering TS_UNACCEPTABLE logs the same line', () => {
    const r = new TunnelRig({ aws: { startupAction: 'start', peer: { localTs: '10.0.0.0/16' } }, cgw: { initiates: false, peer: { remoteTs: '10.1.0.0/16' } } }).start();
    r.kernel.runUntil(100);
    expect(r.ladder()[0]).toMatch(/^<-- IKE_SA_INIT#0/);
    expect(r.logs()).toEqual(['ikev2TsUnacceptable']);
  });

  it('R87/R108: with Start AWS initiates IKEv2 and the tunnel comes UP without the device initiating', () => {
    const r = new TunnelRig({ aws: { startupAction: 'start' }, cgw: { initiates: false } }).start();
    r.kernel.runUntil(100);
    expect(r.ladder()[0]).toMatch(/^<-- IKE_SA_INIT/);
    expect(up(r).status).toBe('UP');
  });

  it('R87: with Add and a device that does not initiate the tunnel stays DOWN', () => {
    const r = new TunnelRig({ cgw: { initiates: false } }).start();
    r.kernel.runUntil(600_000);
    expect(r.host.trace).toHaveLength(0);
    expect(up(r).status).toBe('DOWN');
  });

  it('NAT-T: a device behind NAT is detected and IKE_AUTH moves to UDP 4500', () => {
    const r = new TunnelRig({ cgw: { peer: { ownAddress: '10.0.0.5' }, seenAddress: '198.51.100.7' } }).start();
    r.kernel.runUntil(100);
    expect(r.host.trace[0]?.udpPort).toBe(500);
    expect(r.host.trace[2]?.udpPort).toBe(4500);
    expect(r.host.state.natT).toBe(true);
    expect(up(r).status).toBe('UP');
  });

  it('R38/R393: NAT with UDP 4500 blocked leaves a half-open IKE SA that AWS deletes', () => {
    const r = new TunnelRig({ cgw: { peer: { ownAddress: '10.0.0.5' }, seenAddress: '198.51.100.7' }, path: { blockUdp4500: true } }).start();
    r.kernel.runUntil(60_000);
    expect(r.host.trace[2]?.dropped).toMatch(/UDP 4500/);
    expect(r.logs()).toContain('ikev2HalfOpenIkeSaTimeout');
    expect(up(r).status).toBe('DOWN');
  });

  it('R38: UDP 500 blocked: nothing reaches AWS; the device retransmits 4s×1.8^n five times', () => {
    const r = new TunnelRig({ path: { blockUdp500: true } }).start();
    r.kernel.runUntil(exchangeTimeoutMs() - 1);
    const sent = r.host.trace.filter((e) => e.direction === 'cgw->aws');
    expect(sent).toHaveLength(6);
    expect(sent.map((e) => e.t)).toEqual([0, 4000, 11200, 24160, 47488, 89478]);
    expect(sent.every((e) => e.dropped)).toBe(true);
  });
});

describe('IKEv2 lifetimes, rekeys and deletes', () => {
  it('R85: fuzz 0 rekeys the CHILD_SA exactly at lifetime − margin, logging R399 then R400 with one id (R401), the responder first request id is 0', () => {
    const r = new TunnelRig({ aws: { rekeyFuzzPct: 0, phase2LifetimeS: 900, phase1LifetimeS: 28800, rekeyMarginS: 60 } }).start();
    r.kernel.runUntil(100);
    const est = r.host.state.aws.child!.establishedAt;
    r.kernel.runUntil(est + 840_000 + 100);
    const rekey = r.notes.find((n) => n.note.type === 'rekeyStarted');
    expect(rekey?.t).toBe(est + 840_000);
    const lines = r.notes.filter((n) => n.note.type === 'vpnLog').map((n) => n.note);
    expect(lines.slice(0, 2)).toEqual([
      { type: 'vpnLog', messageId: 'ikev2SendingChildSaRequest', details: { ikeMessageId: 0 } },
      { type: 'vpnLog', messageId: 'ikev2ProcessedChildSaResponse', details: { ikeMessageId: 0 } },
    ]);
    expect(r.host.state.status).toBe('UP');
  });

  it('R85: with fuzz the rekey happens inside the margin and before expiry', () => {
    const r = new TunnelRig({ aws: { rekeyFuzzPct: 100 }, seed: 9 }).start();
    r.kernel.runUntil(100);
    const est = r.host.state.aws.child!.establishedAt;
    r.kernel.runUntil(est + 3_600_000);
    const t = r.notes.find((n) => n.note.type === 'rekeyStarted' && n.note.phase === 2)!.t;
    expect(t).toBeGreaterThanOrEqual(est + (3600 - 270) * 1000);
    expect(t).toBeLessThan(est + 3600 * 1000);
    expect(r.host.state.status).toBe('UP');
  });

  it('R240: a device without PFS comes UP, then the first CHILD_SA rekey fails while phase 1 stays', () => {
    const r = new TunnelRig({ aws: { rekeyFuzzPct: 0 }, cgw: { peer: { phase2: { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [], pfs: false } } } }).start();
    r.kernel.runUntil(100);
    expect(r.host.state.status).toBe('UP');
    r.kernel.runUntil(3600_000 + 1000);
    expect(r.logs()).toEqual(expect.arrayContaining(['ikev2NoProposalChosen', 'ikev2Phase2FailedKeepingPhase1']));
    expect(r.host.state.phase1).toBe('Established');
    expect(r.host.state.status).toBe('DOWN');
  });

  it('a day of default lifetimes keeps the tunnel UP through every rekey', () => {
    const r = new TunnelRig().start();
    r.kernel.runUntil(86_400_000);
    expect(r.host.state.status).toBe('UP');
    expect(r.notes.filter((n) => n.note.type === 'rekeyCompleted' && n.note.phase === 2).length).toBeGreaterThanOrEqual(24);
    expect(r.notes.filter((n) => n.note.type === 'rekeyCompleted' && n.note.phase === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('R386: the device deleting its CHILD_SA is logged with the SPI', () => {
    const r = new TunnelRig().start();
    r.kernel.runUntil(100);
    const spi = r.host.state.cgw.child!.spi;
    r.host.input({ type: 'deviceCommand', command: 'deleteChild' });
    r.kernel.runUntil(200);
    expect(r.notes.find((n) => n.note.type === 'vpnLog')?.note).toEqual({ type: 'vpnLog', messageId: 'ikev2DeletePhase2Sa', details: { spi } });
    expect(r.host.state.status).toBe('DOWN');
  });

  it('R385: the device deleting the IKE SA; R110: with Start AWS negotiates again', () => {
    const r = new TunnelRig({ aws: { startupAction: 'start' }, cgw: { initiates: false } }).start();
    r.kernel.runUntil(100);
    r.host.input({ type: 'deviceCommand', command: 'deleteIke' });
    r.kernel.runUntil(300);
    expect(r.logs()).toContain('ikev2DeleteIkeSa');
    expect(r.host.state.status).toBe('UP');
  });

  it('R387: the device deleting the CHILD_SA AWS is rekeying is a CHILD_REKEY collision', () => {
    const r = new TunnelRig({ aws: { rekeyFuzzPct: 0 }, path: { latencyMs: 50 } }).start();
    r.kernel.runUntil(1000);
    const est = r.host.state.aws.child!.establishedAt;
    r.kernel.runUntil(est + 3_330_000 + 10); // AWS rekey request in flight
    r.host.input({ type: 'deviceCommand', command: 'deleteChild' });
    r.kernel.runUntil(est + 3_331_000);
    expect(r.logs()).toContain('ikev2ChildRekeyCollision');
  });

  it('R388: simultaneous CHILD_SA rekeys leave one SA and delete the redundant one', () => {
    const r = new TunnelRig({ aws: { rekeyFuzzPct: 0 }, path: { latencyMs: 50 } }).start();
    r.kernel.runUntil(1000);
    const est = r.host.state.aws.child!.establishedAt;
    r.kernel.runUntil(est + 3_330_000 + 10);
    r.host.input({ type: 'deviceCommand', command: 'rekeyChild' });
    r.kernel.runUntil(est + 3_331_000);
    expect(r.logs()).toContain('ikev2RedundantSaDeleted');
    expect(r.host.state.status).toBe('UP');
  });
});

describe('IKEv2 dead peer detection', () => {
  const failAt = (action: 'clear' | 'none' | 'restart', startup: 'add' | 'start' = 'add') => {
    const r = new TunnelRig({ aws: { dpdAction: action, startupAction: startup } }).start();
    r.kernel.runUntil(1000);
    r.setPath({ pathUp: false });
    return r;
  };

  it('R51: probes after 10 s, dead 40 s after the last packet (30 s after the first probe), R384 with retransmits', () => {
    const r = failAt('clear');
    r.kernel.runUntil(1000 + 40_000);
    const probes = r.notes.filter((n) => n.note.type === 'dpdProbe').map((n) => n.t);
    expect(probes).toEqual([11_000, 21_000, 31_000]);
    const dead = r.notes.find((n) => n.note.type === 'vpnLog');
    expect(dead).toEqual({ t: 41_000, note: { type: 'vpnLog', messageId: 'ikev2DpdTimedOut', details: { retryCount: 2 } } });
  });

  it('R113: clear takes the tunnel DOWN at the DPD timeout', () => {
    const r = failAt('clear');
    r.kernel.runUntil(41_000);
    expect(r.host.state.status).toBe('DOWN');
    expect(r.host.state.lastStatusChange).toBe(41_000);
  });

  it('R115: none keeps the tunnel UP and still writes the DPD line', () => {
    const r = failAt('none');
    r.kernel.runUntil(60_000);
    expect(r.logs()).toEqual(['ikev2DpdTimedOut']);
    expect(r.host.state.status).toBe('UP');
  });

  it('R114: restart makes AWS initiate at once and keep retrying until the path returns', () => {
    const r = failAt('restart');
    r.kernel.runUntil(41_000);
    expect(r.host.state.status).toBe('DOWN');
    expect(r.host.trace.some((e) => e.t === 41_000 && e.exchange === 'IKE_SA_INIT' && e.direction === 'aws->cgw')).toBe(true);
    r.kernel.runUntil(400_000);
    r.setPath({ pathUp: true });
    r.kernel.runUntil(700_000);
    expect(r.host.state.status).toBe('UP');
  });

  it('a DPD probe answered (only ESP blocked) keeps the tunnel UP', () => {
    const r = new TunnelRig().start();
    r.kernel.runUntil(1000);
    r.setPath({ blockEsp: true });
    r.kernel.runUntil(120_000);
    expect(r.logs()).toEqual([]);
    expect(r.host.state.status).toBe('UP');
  });
});

describe('initiation races, acceleration and certificates', () => {
  it('R87: Start plus an initiating device: both send IKE_SA_INIT, one negotiation wins and the tunnel comes UP', () => {
    const r = new TunnelRig({ aws: { startupAction: 'start' } }).start();
    r.kernel.runUntil(1000);
    expect(r.host.trace.filter((e) => e.exchange === 'IKE_SA_INIT' && !e.response)).toHaveLength(2);
    expect(r.host.state.status).toBe('UP');
  });

  it('R142: an accelerated tunnel runs IKE_AUTH and ESP on UDP 4500 even without NAT', () => {
    const r = new TunnelRig({ aws: { forceNatT: true } }).start();
    r.kernel.runUntil(1000);
    expect(r.host.trace[0]?.udpPort).toBe(500);
    expect(r.host.trace[2]?.udpPort).toBe(4500);
    expect(r.host.state.status).toBe('UP');
  });

  it('R95/R391: a certificate mismatch sends AUTHENTICATION_FAILED without the PSK mismatch line', () => {
    const r = new TunnelRig({ aws: { authMethod: 'certificate', peer: { psk: 'certificate:arn:a' } }, cgw: { peer: { psk: 'certificate:arn:b' } } }).start();
    r.kernel.runUntil(1000);
    expect(r.logs()).toEqual(['ikev2AuthenticationFailed']);
  });
});
