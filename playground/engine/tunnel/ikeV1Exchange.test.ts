import { describe, expect, it } from 'vitest';
import { TunnelRig, type RigOptions } from './tunnelRig';

const v1 = (o: RigOptions = {}): TunnelRig =>
  new TunnelRig({ ...o, cgw: { ikeVersion: 'ikev1', ...o.cgw, peer: { ikeVersions: ['ikev1'], ...o.cgw?.peer } } });

describe('IKEv1 main mode and quick mode, message by message', () => {
  it('R104: six main mode messages then three quick mode messages bring the tunnel UP', () => {
    const r = v1().start();
    r.kernel.runUntil(1000);
    expect(r.ladder()).toEqual([
      '--> MAIN_MODE#0 HDR, SA', //                       HDR, SA -->
      '<-- MAIN_MODE#0 HDR, SA(AES128/SHA1/DH2)', //      <-- HDR, SA
      '--> MAIN_MODE#0 HDR, KE, Ni, NAT-D, NAT-D', //     HDR, KE, Ni, NAT-D -->
      '<-- MAIN_MODE#0 HDR, KE, Nr, NAT-D, NAT-D', //     <-- HDR, KE, Nr, NAT-D
      '--> MAIN_MODE#0 HDR*, IDii, HASH_I', //            HDR*, IDii, HASH_I -->
      '<-- MAIN_MODE#0 HDR*, IDir, HASH_R', //            <-- HDR*, IDir, HASH_R
      expect.stringMatching(/^--> QUICK_MODE#\d+ HDR\*, HASH\(1\), SA, Ni, KE, IDci/),
      expect.stringMatching(/^<-- QUICK_MODE#\d+ HDR\*, HASH\(2\), SA\(AES128\/SHA1\), Nr, KE\(DH2\)/),
      expect.stringMatching(/^--> QUICK_MODE#\d+ HDR\*, HASH\(3\)/),
    ]);
    expect(r.host.state.status).toBe('UP');
    expect(r.host.state.aws.ike?.version).toBe('ikev1');
  });

  it('R379: a PSK mismatch shows when AWS cannot decrypt main mode message 5', () => {
    const r = v1({ cgw: { peer: { psk: 'otherKey77' } } }).start();
    r.kernel.runUntil(1000);
    expect(r.logs()[0]).toBe('ikev1PskDecryptionFailed');
    expect(r.host.state.status).toBe('DOWN');
  });

  it('R380: 3DES in phase 1 is "No Proposal Match Found by AWS"', () => {
    const r = v1({ cgw: { peer: { phase1: { encryption: ['3DES'], integrity: ['SHA1'], dhGroups: [2] } } } }).start();
    r.kernel.runUntil(1000);
    expect(r.logs()).toEqual(['ikev1NoProposalMatchByAws']);
  });

  it('R381: a phase 2 mismatch (DH group 1) is "No proposal chosen" in quick mode', () => {
    const r = v1({ cgw: { peer: { phase2: { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [1], pfs: true } } } }).start();
    r.kernel.runUntil(1000);
    expect(r.logs()).toEqual(['ikev1NoProposalChosen']);
    expect(r.host.state.phase1).toBe('Established');
    expect(r.host.state.status).toBe('DOWN');
  });

  it('R240: a PFS mismatch fails quick mode at once in IKEv1', () => {
    const r = v1({ cgw: { peer: { phase2: { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [], pfs: false } } } }).start();
    r.kernel.runUntil(1000);
    expect(r.logs()).toEqual(['ikev1NoProposalChosen']);
  });

  it('R55: an IKEv1 device against a tunnel allowing only ikev2 gets no answer', () => {
    const r = v1({ aws: { peer: { ikeVersions: ['ikev2'] } } }).start();
    r.kernel.runUntil(60_000);
    expect(r.host.trace.every((e) => e.direction === 'cgw->aws')).toBe(true);
    expect(r.notes.some((n) => n.note.type === 'messageIgnored')).toBe(true);
  });

  it('R382/R383: deletes from the device are logged', () => {
    const r = v1().start();
    r.kernel.runUntil(1000);
    const spi = r.host.state.cgw.child!.spi;
    r.host.input({ type: 'deviceCommand', command: 'deleteChild' });
    r.kernel.runUntil(1100);
    r.host.input({ type: 'deviceCommand', command: 'deleteIke' });
    r.kernel.runUntil(1200);
    const lines = r.notes.filter((n) => n.note.type === 'vpnLog').map((n) => n.note);
    expect(lines).toEqual([
      { type: 'vpnLog', messageId: 'ikev1DeletePhase2Sa', details: { spi } },
      { type: 'vpnLog', messageId: 'ikev1DeleteIkeSa' },
    ]);
  });

  it('R378: an unresponsive IKEv1 peer is declared dead', () => {
    const r = v1().start();
    r.kernel.runUntil(1000);
    r.setPath({ deviceUp: false });
    r.host.input({ type: 'deviceDown' });
    r.kernel.runUntil(60_000);
    expect(r.logs()).toContain('ikev1PeerNotResponsive');
    expect(r.host.state.status).toBe('DOWN');
  });

  it('IKEv1 rekeys by quick mode and main mode keep the tunnel UP for a day', () => {
    const r = v1().start();
    r.kernel.runUntil(86_400_000);
    expect(r.host.state.status).toBe('UP');
    expect(r.notes.filter((n) => n.note.type === 'rekeyCompleted').length).toBeGreaterThanOrEqual(26);
  });
});
