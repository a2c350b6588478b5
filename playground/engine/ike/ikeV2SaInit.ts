import { natHash, natDetected } from './natDetection';
import { isFailure, selectPhase1 } from './proposalSelection';
import type { IkeMessage, PeerConfig, Selected1 } from './ikeTypes';

/** IKE_SA_INIT (RFC 7296 §1.2): the first exchange, message id 0, on UDP 500. */
export function saInitRequest(init: PeerConfig, peerAddress: string): IkeMessage {
  return {
    version: 'ikev2', exchange: 'IKE_SA_INIT', messageId: 0, from: init.side, response: false, step: 1,
    summary: 'HDR, SAi1, KEi, Ni, N(NAT_DETECTION_SOURCE_IP), N(NAT_DETECTION_DESTINATION_IP)',
    body: { kind: 'saProposal', p1: init.phase1, natHash: natHash(init.ownAddress, peerAddress) },
  };
}

export type SaInitResult =
  | { readonly ok: true; readonly chosen: Selected1; readonly natDetected: boolean }
  | { readonly ok: false; readonly reason: 'NO_PROPOSAL_CHOSEN'; readonly failed: string };

/** Responder side: choose transforms (R89) or answer N(NO_PROPOSAL_CHOSEN) (R395). */
export function saInitRespond(resp: PeerConfig, req: IkeMessage, seenSource: string): { reply: IkeMessage; result: SaInitResult } {
  const base = { version: 'ikev2', exchange: 'IKE_SA_INIT', messageId: 0, from: resp.side, response: true, step: 2 } as const;
  if (req.body.kind !== 'saProposal') {
    return { reply: { ...base, summary: 'HDR, N(INVALID_SYNTAX)', body: { kind: 'notify', notify: 'NO_PROPOSAL_CHOSEN' } }, result: { ok: false, reason: 'NO_PROPOSAL_CHOSEN', failed: 'syntax' } };
  }
  const chosen = selectPhase1(resp.side, resp.phase1, req.body.p1);
  if (isFailure(chosen)) {
    return {
      reply: { ...base, summary: 'HDR, N(NO_PROPOSAL_CHOSEN)', body: { kind: 'notify', notify: 'NO_PROPOSAL_CHOSEN', detail: chosen.failed } },
      result: { ok: false, reason: 'NO_PROPOSAL_CHOSEN', failed: chosen.failed },
    };
  }
  const nat = natDetected(req.body.natHash, seenSource, resp.ownAddress);
  return {
    reply: {
      ...base,
      summary: `HDR, SAr1(${chosen.encryption}/${chosen.integrity}/DH${chosen.dhGroup}), KEr, Nr, N(NAT_DETECTION_SOURCE_IP), N(NAT_DETECTION_DESTINATION_IP)`,
      body: { kind: 'saChosen', chosen, natHash: natHash(resp.ownAddress, seenSource) },
    },
    result: { ok: true, chosen, natDetected: nat },
  };
}

/** Initiator side: read the responder's answer. */
export function saInitComplete(init: PeerConfig, res: IkeMessage, seenResponder: string): SaInitResult {
  if (res.body.kind === 'saChosen') {
    const nat = natDetected(res.body.natHash, seenResponder, init.ownAddress);
    return { ok: true, chosen: res.body.chosen, natDetected: nat };
  }
  return { ok: false, reason: 'NO_PROPOSAL_CHOSEN', failed: res.body.kind === 'notify' ? (res.body.detail ?? 'proposal') : 'proposal' };
}
