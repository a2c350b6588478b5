import { describe, expect, it } from 'vitest';
import { cidrWithin, selectorsAcceptable } from './trafficSelectors';
import { AWS_ORDER, selectPhase1, selectPhase2 } from './proposalSelection';

describe('traffic selectors (R67, R390)', () => {
  it('a narrower selector fits inside the configured CIDR, a wider one does not', () => {
    expect(cidrWithin('10.1.0.0/16', '10.0.0.0/8')).toBe(true);
    expect(cidrWithin('0.0.0.0/0', '10.0.0.0/8')).toBe(false);
    expect(cidrWithin('fd00::/64', '::/0')).toBe(true);
    expect(cidrWithin('10.0.0.0/8', '::/0')).toBe(false);
    expect(cidrWithin('not-a-cidr', '0.0.0.0/0')).toBe(false);
  });
  it('the responder checks TSi against its remote side and TSr against its local side', () => {
    expect(selectorsAcceptable('192.168.0.0/24', '10.0.0.0/16', '10.0.0.0/16', '192.168.0.0/16')).toBe(true);
    expect(selectorsAcceptable('10.0.0.0/16', '192.168.0.0/24', '10.0.0.0/16', '192.168.0.0/16')).toBe(false);
  });
});

describe('proposal selection (R89)', () => {
  const all = { encryption: [...AWS_ORDER.encryption], integrity: [...AWS_ORDER.integrity], dhGroups: [...AWS_ORDER.phase1Dh] };
  it('R89: AWS takes the lowest of its own order that the device offers, per transform type', () => {
    expect(selectPhase1('aws', all, { encryption: ['AES256-GCM-16', 'AES256'], integrity: ['SHA2-512', 'SHA2-256'], dhGroups: [24, 19, 14] }))
      .toEqual({ encryption: 'AES256', integrity: 'SHA2-256', dhGroup: 14 });
  });
  it('R89: a device as responder takes its own first choice among what AWS offered', () => {
    expect(selectPhase1('cgw', { encryption: ['AES256', 'AES128'], integrity: ['SHA2-256'], dhGroups: [14] }, all))
      .toEqual({ encryption: 'AES256', integrity: 'SHA2-256', dhGroup: 14 });
  });
  it('R74/R380: 3DES, MD5 and DH group 1 never match', () => {
    expect(selectPhase1('aws', all, { encryption: ['3DES'], integrity: ['SHA1'], dhGroups: [2] })).toEqual({ failed: 'encryption' });
    expect(selectPhase1('aws', all, { encryption: ['AES128'], integrity: ['MD5'], dhGroups: [2] })).toEqual({ failed: 'integrity' });
    expect(selectPhase1('aws', all, { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [1] })).toEqual({ failed: 'dhGroup' });
  });
  it('R69: group 5 is allowed in phase 2 only', () => {
    expect(selectPhase1('aws', all, { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [5] })).toEqual({ failed: 'dhGroup' });
    const p2 = { ...all, dhGroups: [...AWS_ORDER.phase2Dh], pfs: true };
    expect(selectPhase2('aws', p2, { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [5], pfs: true }, true)).toEqual({ encryption: 'AES128', integrity: 'SHA1', dhGroup: 5 });
  });
  it('R240: a peer without PFS gets no phase 2 proposal when a KE is exchanged, but passes in IKE_AUTH', () => {
    const p2 = { ...all, dhGroups: [...AWS_ORDER.phase2Dh], pfs: true };
    const noPfs = { encryption: ['AES128'], integrity: ['SHA1'], dhGroups: [], pfs: false };
    expect(selectPhase2('aws', p2, noPfs, true)).toEqual({ failed: 'pfs' });
    expect(selectPhase2('aws', p2, noPfs, false)).toEqual({ encryption: 'AES128', integrity: 'SHA1', dhGroup: null });
  });
});
