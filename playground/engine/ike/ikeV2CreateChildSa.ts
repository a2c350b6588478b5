import { isFailure, selectPhase1, selectPhase2 } from './proposalSelection';
import { selectorsAcceptable } from './trafficSelectors';
import type { IkeMessage, Notify, PeerConfig, Selected1, Selected2 } from './ikeTypes';

/** CREATE_CHILD_SA (RFC 7296 §1.3): rekeying a CHILD_SA (§1.3.3) or the IKE SA (§1.3.2). */
export function rekeyChildRequest(init: PeerConfig, messageId: number, oldSpi: string, newSpi: string, nonce: number): IkeMessage {
  const ke = init.phase2.pfs ? ', KEi' : '';
  return {
    version: 'ikev2', exchange: 'CREATE_CHILD_SA', messageId, from: init.side, response: false, step: 1,
    summary: `HDR, SK {N(REKEY_SA), SA, Ni${ke}, TSi(${init.localTs}), TSr(${init.remoteTs})}`,
    body: { kind: 'childProposal', p2: init.phase2, tsi: init.localTs, tsr: init.remoteTs, spi: newSpi, rekeySpi: oldSpi, nonce },
  };
}

export type ChildResult =
  | { readonly ok: true; readonly chosen: Selected2; readonly peerSpi: string; readonly peerNonce: number }
  | { readonly ok: false; readonly notify: Notify; readonly failed?: string };

export function rekeyChildRespond(resp: PeerConfig, req: IkeMessage, newSpi: string, nonce: number): { reply: IkeMessage; result: ChildResult } {
  const base = { version: 'ikev2', exchange: 'CREATE_CHILD_SA', messageId: req.messageId, from: resp.side, response: true, step: 2 } as const;
  const b = req.body;
  if (b.kind !== 'childProposal') {
    return { reply: { ...base, summary: 'HDR, SK {N(NO_PROPOSAL_CHOSEN)}', body: { kind: 'notify', notify: 'NO_PROPOSAL_CHOSEN' } }, result: { ok: false, notify: 'NO_PROPOSAL_CHOSEN' } };
  }
  const chosen = selectPhase2(resp.side, resp.phase2, b.p2, true);
  if (isFailure(chosen)) {
    return {
      reply: { ...base, summary: 'HDR, SK {N(NO_PROPOSAL_CHOSEN)}', body: { kind: 'notify', notify: 'NO_PROPOSAL_CHOSEN', detail: chosen.failed } },
      result: { ok: false, notify: 'NO_PROPOSAL_CHOSEN', failed: chosen.failed },
    };
  }
  if (!selectorsAcceptable(b.tsi, b.tsr, resp.localTs, resp.remoteTs)) {
    return { reply: { ...base, summary: 'HDR, SK {N(TS_UNACCEPTABLE)}', body: { kind: 'notify', notify: 'TS_UNACCEPTABLE' } }, result: { ok: false, notify: 'TS_UNACCEPTABLE' } };
  }
  const ke = chosen.dhGroup !== null ? `, KEr(DH${chosen.dhGroup})` : '';
  return {
    reply: { ...base, summary: `HDR, SK {SA(${chosen.encryption}/${chosen.integrity}), Nr${ke}, TSi, TSr}`, body: { kind: 'childChosen', chosen, spi: newSpi, nonce } },
    result: { ok: true, chosen, peerSpi: b.spi, peerNonce: b.nonce },
  };
}

export function rekeyChildComplete(res: IkeMessage): ChildResult {
  const b = res.body;
  if (b.kind === 'childChosen') return { ok: true, chosen: b.chosen, peerSpi: b.spi, peerNonce: b.nonce };
  return { ok: false, notify: b.kind === 'notify' ? b.notify : 'NO_PROPOSAL_CHOSEN' };
}

/** IKE SA rekey: HDR, SK {SA, Ni, KEi} --> HDR, SK {SA, Nr, KEr}. */
export function rekeyIkeRequest(init: PeerConfig, messageId: number, nonce: number): IkeMessage {
  return {
    version: 'ikev2', exchange: 'CREATE_CHILD_SA', messageId, from: init.side, response: false, step: 1,
    summary: 'HDR, SK {SA, Ni, KEi}', body: { kind: 'ikeRekey', p1: init.phase1, nonce },
  };
}

export function rekeyIkeRespond(resp: PeerConfig, req: IkeMessage): { reply: IkeMessage; chosen: Selected1 | null } {
  const base = { version: 'ikev2', exchange: 'CREATE_CHILD_SA', messageId: req.messageId, from: resp.side, response: true, step: 2 } as const;
  const chosen = req.body.kind === 'ikeRekey' ? selectPhase1(resp.side, resp.phase1, req.body.p1) : { failed: 'encryption' as const };
  if (isFailure(chosen)) return { reply: { ...base, summary: 'HDR, SK {N(NO_PROPOSAL_CHOSEN)}', body: { kind: 'notify', notify: 'NO_PROPOSAL_CHOSEN' } }, chosen: null };
  return { reply: { ...base, summary: `HDR, SK {SA(${chosen.encryption}/${chosen.integrity}/DH${chosen.dhGroup}), Nr, KEr}`, body: { kind: 'ikeRekeyChosen', chosen } }, chosen };
}
