import { isFailure, selectPhase2 } from './proposalSelection';
import { selectorsAcceptable } from './trafficSelectors';
import type { IkeMessage, Notify, PeerConfig, Selected2, Side } from './ikeTypes';

/**
 * IKEv1 quick mode (RFC 2409 §5.5), three messages under one random message id:
 *   1 HDR*, HASH(1), SA, Ni, [KE], IDci, IDcr -->
 *   2 <-- HDR*, HASH(2), SA, Nr, [KE], IDci, IDcr
 *   3 HDR*, HASH(3) -->
 * Quick mode always carries KE when PFS is on, so a PFS mismatch fails here at once.
 */
export function quickMode1(init: PeerConfig, messageId: number, spi: string, nonce: number): IkeMessage {
  const ke = init.phase2.pfs ? ', KE' : '';
  return {
    version: 'ikev1', exchange: 'QUICK_MODE', messageId, from: init.side, response: false, step: 1,
    summary: `HDR*, HASH(1), SA, Ni${ke}, IDci(${init.localTs}), IDcr(${init.remoteTs})`,
    body: { kind: 'childProposal', p2: init.phase2, tsi: init.localTs, tsr: init.remoteTs, spi, nonce },
  };
}

export type QuickModeResult =
  | { readonly ok: true; readonly chosen: Selected2; readonly peerSpi: string }
  | { readonly ok: false; readonly notify: Notify; readonly failed?: string };

export function quickMode2(resp: PeerConfig, req: IkeMessage, spi: string, nonce: number): { reply: IkeMessage; result: QuickModeResult } {
  const b = req.body;
  const fail = (notify: Notify, failed?: string): { reply: IkeMessage; result: QuickModeResult } => ({
    reply: { version: 'ikev1', exchange: 'INFORMATIONAL_V1', messageId: req.messageId, from: resp.side, response: true, step: 2, summary: `HDR*, HASH, N(${notify})`, body: { kind: 'notify', notify, ...(failed ? { detail: failed } : {}) } },
    result: { ok: false, notify, ...(failed ? { failed } : {}) },
  });
  if (b.kind !== 'childProposal') return fail('NO_PROPOSAL_CHOSEN');
  const chosen = selectPhase2(resp.side, resp.phase2, b.p2, true);
  if (isFailure(chosen)) return fail('NO_PROPOSAL_CHOSEN', chosen.failed); // R381
  // IKEv1 has no TS_UNACCEPTABLE; a selector mismatch is refused as no proposal chosen.
  if (!selectorsAcceptable(b.tsi, b.tsr, resp.localTs, resp.remoteTs)) return fail('NO_PROPOSAL_CHOSEN', 'trafficSelectors');
  const ke = chosen.dhGroup !== null ? `, KE(DH${chosen.dhGroup})` : '';
  return {
    reply: { version: 'ikev1', exchange: 'QUICK_MODE', messageId: req.messageId, from: resp.side, response: true, step: 2, summary: `HDR*, HASH(2), SA(${chosen.encryption}/${chosen.integrity}), Nr${ke}, IDci, IDcr`, body: { kind: 'childChosen', chosen, spi, nonce } },
    result: { ok: true, chosen, peerSpi: b.spi },
  };
}

export function quickMode3(from: Side, messageId: number): IkeMessage {
  return { version: 'ikev1', exchange: 'QUICK_MODE', messageId, from, response: false, step: 3, summary: 'HDR*, HASH(3)', body: { kind: 'hash3' } };
}

export function quickModeComplete(res: IkeMessage): QuickModeResult {
  const b = res.body;
  if (b.kind === 'childChosen') return { ok: true, chosen: b.chosen, peerSpi: b.spi };
  return { ok: false, notify: b.kind === 'notify' ? b.notify : 'NO_PROPOSAL_CHOSEN', ...(b.kind === 'notify' && b.detail ? { failed: b.detail } : {}) };
}
