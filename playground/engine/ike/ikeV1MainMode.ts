import { natHash, natDetected } from './natDetection';
import { pskProof } from './pskProof';
import { isFailure, selectPhase1 } from './proposalSelection';
import type { IkeMessage, PeerConfig, Selected1, Side } from './ikeTypes';

/**
 * IKEv1 main mode (RFC 2409 §5), six messages, message id 0:
 *   1 HDR, SA -->            2 <-- HDR, SA
 *   3 HDR, KE, Ni, NAT-D --> 4 <-- HDR, KE, Nr, NAT-D
 *   5 HDR*, IDii, HASH_I --> 6 <-- HDR*, IDir, HASH_R
 * Messages 5 and 6 are encrypted with keys derived from the PSK, so a PSK mismatch shows as a
 * payload the responder cannot decrypt (R379). From message 5 on, NAT-T moves to UDP 4500.
 */
const mm = (from: Side, step: number, summary: string, body: IkeMessage['body']): IkeMessage => ({
  version: 'ikev1', exchange: 'MAIN_MODE', messageId: 0, from, response: step % 2 === 0, step, summary, body,
});

export function mainMode1(init: PeerConfig): IkeMessage {
  return mm(init.side, 1, 'HDR, SA', { kind: 'saProposal', p1: init.phase1, natHash: '' });
}

export function mainMode2(resp: PeerConfig, req: IkeMessage): { reply: IkeMessage; chosen: Selected1 | null; failed?: string } {
  const chosen = req.body.kind === 'saProposal' ? selectPhase1(resp.side, resp.phase1, req.body.p1) : { failed: 'encryption' as const };
  if (isFailure(chosen)) {
    // R380: the AWS endpoint answers with an informational No Proposal Chosen.
    return { reply: { version: 'ikev1', exchange: 'INFORMATIONAL_V1', messageId: 0, from: resp.side, response: true, step: 2, summary: 'HDR, N(NO_PROPOSAL_CHOSEN)', body: { kind: 'notify', notify: 'NO_PROPOSAL_CHOSEN', detail: chosen.failed } }, chosen: null, failed: chosen.failed };
  }
  return { reply: mm(resp.side, 2, `HDR, SA(${chosen.encryption}/${chosen.integrity}/DH${chosen.dhGroup})`, { kind: 'saChosen', chosen, natHash: '' }), chosen };
}

export function mainMode3(init: PeerConfig, peerAddress: string): IkeMessage {
  return mm(init.side, 3, 'HDR, KE, Ni, NAT-D, NAT-D', { kind: 'saProposal', p1: init.phase1, natHash: natHash(init.ownAddress, peerAddress) });
}

export function mainMode4(resp: PeerConfig, req: IkeMessage, seenSource: string): { reply: IkeMessage; natDetected: boolean } {
  const nat = req.body.kind === 'saProposal' && natDetected(req.body.natHash, seenSource, resp.ownAddress);
  return { reply: mm(resp.side, 4, 'HDR, KE, Nr, NAT-D, NAT-D', { kind: 'saChosen', chosen: { encryption: '', integrity: '', dhGroup: 0 }, natHash: natHash(resp.ownAddress, seenSource) }), natDetected: nat };
}

export function mainMode4Nat(init: PeerConfig, res: IkeMessage, seenResponder: string): boolean {
  return res.body.kind === 'saChosen' && natDetected(res.body.natHash, seenResponder, init.ownAddress);
}

export function mainMode5(init: PeerConfig): IkeMessage {
  return mm(init.side, 5, 'HDR*, IDii, HASH_I', { kind: 'id', pskProof: pskProof(init.psk) });
}

/** Responder: a different PSK derives different keys, so message 5 does not decrypt (R379). */
export function mainMode6(resp: PeerConfig, req: IkeMessage): { reply: IkeMessage | null; ok: boolean } {
  if (req.body.kind !== 'id' || req.body.pskProof !== pskProof(resp.psk)) return { reply: null, ok: false };
  return { reply: mm(resp.side, 6, 'HDR*, IDir, HASH_R', { kind: 'id', pskProof: pskProof(resp.psk) }), ok: true };
}

export function mainModeComplete(init: PeerConfig, res: IkeMessage): boolean {
  return res.body.kind === 'id' && res.body.pskProof === pskProof(init.psk);
}
