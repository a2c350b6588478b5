import { pskProof } from './pskProof';
import { isFailure, selectPhase2 } from './proposalSelection';
import { selectorsAcceptable } from './trafficSelectors';
import type { IkeMessage, Notify, PeerConfig, Selected2 } from './ikeTypes';

/**
 * IKE_AUTH (RFC 7296 §1.2), message id 1, encrypted (SK{...}); after NAT detection it runs on
 * UDP 4500. It authenticates both peers with the PSK and creates the first CHILD_SA, which
 * carries no KE payload (so PFS is first checked at the CREATE_CHILD_SA rekey).
 */
export function authRequest(init: PeerConfig, spi: string): IkeMessage {
  return {
    version: 'ikev2', exchange: 'IKE_AUTH', messageId: 1, from: init.side, response: false, step: 1,
    summary: `HDR, SK {IDi, AUTH, SAi2, TSi(${init.localTs}), TSr(${init.remoteTs})}`,
    body: { kind: 'auth', pskProof: pskProof(init.psk), p2: init.phase2, tsi: init.localTs, tsr: init.remoteTs, spi },
  };
}

export type AuthResult =
  | { readonly ike: 'AUTHENTICATION_FAILED' }
  | { readonly ike: 'ok'; readonly child: Selected2; readonly peerSpi: string }
  | { readonly ike: 'ok'; readonly childError: Notify; readonly failed?: string };

export function authRespond(resp: PeerConfig, req: IkeMessage, spi: string): { reply: IkeMessage; result: AuthResult } {
  const base = { version: 'ikev2', exchange: 'IKE_AUTH', messageId: req.messageId, from: resp.side, response: true, step: 2 } as const;
  const b = req.body;
  if (b.kind !== 'auth' || b.pskProof !== pskProof(resp.psk)) {
    // R391/R392: the responder cannot verify AUTH and refuses the IKE SA.
    return { reply: { ...base, summary: 'HDR, SK {N(AUTHENTICATION_FAILED)}', body: { kind: 'notify', notify: 'AUTHENTICATION_FAILED' } }, result: { ike: 'AUTHENTICATION_FAILED' } };
  }
  const proof = pskProof(resp.psk);
  const chosen = selectPhase2(resp.side, resp.phase2, b.p2, false);
  if (isFailure(chosen)) {
    // R389/R394: the IKE SA is established, the CHILD_SA is not.
    return {
      reply: { ...base, summary: 'HDR, SK {IDr, AUTH, N(NO_PROPOSAL_CHOSEN)}', body: { kind: 'authOk', pskProof: proof, chosen: null, childError: 'NO_PROPOSAL_CHOSEN', spi } },
      result: { ike: 'ok', childError: 'NO_PROPOSAL_CHOSEN', failed: chosen.failed },
    };
  }
  if (!selectorsAcceptable(b.tsi, b.tsr, resp.localTs, resp.remoteTs)) {
    return {
      reply: { ...base, summary: 'HDR, SK {IDr, AUTH, N(TS_UNACCEPTABLE)}', body: { kind: 'authOk', pskProof: proof, chosen: null, childError: 'TS_UNACCEPTABLE', spi } },
      result: { ike: 'ok', childError: 'TS_UNACCEPTABLE' },
    };
  }
  return {
    reply: { ...base, summary: `HDR, SK {IDr, AUTH, SAr2(${chosen.encryption}/${chosen.integrity}), TSi(${b.tsi}), TSr(${b.tsr})}`, body: { kind: 'authOk', pskProof: proof, chosen, spi } },
    result: { ike: 'ok', child: chosen, peerSpi: b.spi },
  };
}

/** Initiator: verify the responder's AUTH and read the CHILD_SA outcome. */
export function authComplete(init: PeerConfig, res: IkeMessage): AuthResult {
  const b = res.body;
  if (b.kind !== 'authOk' || b.pskProof !== pskProof(init.psk)) return { ike: 'AUTHENTICATION_FAILED' };
  if (b.chosen) return { ike: 'ok', child: b.chosen, peerSpi: b.spi };
  return { ike: 'ok', childError: b.childError ?? 'NO_PROPOSAL_CHOSEN' };
}
