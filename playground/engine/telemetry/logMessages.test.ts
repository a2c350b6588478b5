import { describe, expect, it } from 'vitest';
import { isLogMessageId, logMessageIds, logMessages, renderLogText, type LogMessageId } from './logMessages';

// Copied by hand from the guide's tables (aws-s2s-vpn-user-guide.txt, "IKEv1 Error Messages",
// "IKEv2 Error Messages", "IKEv2 Negotiation Messages"), in table order. Tests may not read files.
const GUIDE_IKEV1 = [
  'Peer is not responsive - Declaring peer dead',
  'AWS tunnel payload decryption was unsuccessful due to invalid Pre-shared Key',
  'No Proposal Match Found by AWS',
  'No Proposal Match Found. Notifying with "No proposal chosen"',
  'AWS tunnel received DELETE for Phase 2 SA with SPI: xxxx',
  'AWS tunnel received DELETE for IKE_SA from CGW',
];
const GUIDE_IKEV2 = [
  'AWS tunnel DPD timed out after {retry_count} retransmits',
  'AWS tunnel received DELETE for IKE_SA from CGW',
  'AWS tunnel received DELETE for Phase 2 SA with SPI: xxxx',
  'AWS tunnel detected a (CHILD_REKEY) collision as CHILD_DELETE',
  'AWS tunnel (CHILD_SA) redundant SA is being deleted due to detected collision',
  'AWS tunnel Phase 2 was unable to establish while keeping Phase 1',
  'AWS: Traffic Selector: TS_UNACCEPTABLE: received from responder',
  'AWS tunnel is sending AUTHENTICATION_FAILED as the response',
  'AWS tunnel detected a pre-shared key mismatch with cgw: xxxx',
  'AWS tunnel Timeout: deleting un-established Phase 1 IKE_SA with cgw: xxxx',
  'No Proposal Match Found. Notifying with "No proposal chosen"',
  'No Proposal Match Found by AWS',
  'AWS tunnel processed request (id=xxx) for CREATE_CHILD_SA',
  'AWS tunnel is sending response (id=xxx) for CREATE_CHILD_SA',
  'AWS tunnel is sending request (id=xxx) for CREATE_CHILD_SA',
  'AWS tunnel processed response (id=xxx) for CREATE_CHILD_SA',
];

const textsOf = (v: 'ikev1' | 'ikev2'): string[] =>
  logMessageIds.map((id) => logMessages[id]).filter((m) => m.ikeVersion === v).map((m) => m.text);

describe('log message catalog', () => {
  it('R378–R383: holds exactly the six IKEv1 messages of the guide, verbatim and in order', () => {
    expect(textsOf('ikev1')).toEqual(GUIDE_IKEV1);
  });

  it('R384–R400: holds exactly the sixteen IKEv2 error and negotiation messages, verbatim and in order', () => {
    expect(textsOf('ikev2')).toEqual(GUIDE_IKEV2);
  });

  it('R397–R400: only the CREATE_CHILD_SA negotiation messages are informational', () => {
    const info = logMessageIds.filter((id) => logMessages[id].kind === 'info').map((id) => logMessages[id].text);
    expect(info).toEqual(GUIDE_IKEV2.slice(12));
  });

  it('ids are stable keys and every entry names the rule it implements', () => {
    for (const id of logMessageIds) {
      expect(logMessages[id].id).toBe(id);
      expect(logMessages[id].rule).toMatch(/^R(37[89]|3[89]\d|400)$/);
      expect(logMessages[id].cause.length).toBeGreaterThan(20);
    }
    expect(isLogMessageId('ikev2PskMismatch')).toBe(true);
    expect(isLogMessageId('toString')).toBe(false);
  });
});

describe('renderLogText', () => {
  const cases: [LogMessageId, Parameters<typeof renderLogText>[1], string][] = [
    ['ikev2DpdTimedOut', { retryCount: 3 }, 'AWS tunnel DPD timed out after 3 retransmits'],
    ['ikev1DeletePhase2Sa', { spi: 'c0ffee01' }, 'AWS tunnel received DELETE for Phase 2 SA with SPI: c0ffee01'],
    ['ikev2PskMismatch', { cgw: '198.51.100.7' }, 'AWS tunnel detected a pre-shared key mismatch with cgw: 198.51.100.7'],
    ['ikev2HalfOpenIkeSaTimeout', { cgw: '198.51.100.7' }, 'AWS tunnel Timeout: deleting un-established Phase 1 IKE_SA with cgw: 198.51.100.7'],
    ['ikev2SendingChildSaRequest', { ikeMessageId: 12 }, 'AWS tunnel is sending request (id=12) for CREATE_CHILD_SA'],
  ];
  it.each(cases)('R384/R386/R392/R393/R399: %s fills its placeholder', (id, details, expected) => {
    expect(renderLogText(id, details)).toBe(expected);
  });

  it('R401: request and response of one exchange carry the same id', () => {
    expect(renderLogText('ikev2ProcessedChildSaRequest', { ikeMessageId: 7 })).toContain('(id=7)');
    expect(renderLogText('ikev2SendingChildSaResponse', { ikeMessageId: 7 })).toContain('(id=7)');
  });

  it('keeps the guide text when no value is given or the message has no placeholder', () => {
    expect(renderLogText('ikev2DpdTimedOut')).toBe('AWS tunnel DPD timed out after {retry_count} retransmits');
    expect(renderLogText('ikev2AuthenticationFailed', { cgw: 'x' })).toBe('AWS tunnel is sending AUTHENTICATION_FAILED as the response');
  });
});
