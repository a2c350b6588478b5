import type { IkeMessage, Side } from './ikeTypes';

/** INFORMATIONAL (RFC 7296 §1.4): liveness checks (an empty SK{} is the DPD probe) and deletes. */
export function dpdRequest(from: Side, messageId: number): IkeMessage {
  return { version: 'ikev2', exchange: 'INFORMATIONAL', messageId, from, response: false, step: 1, summary: 'HDR, SK {}', body: { kind: 'dpd' } };
}

export function deleteRequest(from: Side, messageId: number, what: 'ike' | 'child', spi: string): IkeMessage {
  const summary = what === 'ike' ? 'HDR, SK {D(IKE)}' : `HDR, SK {D(ESP, SPI ${spi})}`;
  return { version: 'ikev2', exchange: 'INFORMATIONAL', messageId, from, response: false, step: 1, summary, body: { kind: 'delete', what, spi } };
}

/** The answer to an INFORMATIONAL request: an empty SK{} for DPD and IKE deletes, D(ESP) for a CHILD_SA delete. */
export function informationalResponse(req: IkeMessage, from: Side, ownSpi?: string): IkeMessage {
  const b = req.body;
  const summary = b.kind === 'delete' && b.what === 'child' ? `HDR, SK {D(ESP, SPI ${ownSpi ?? b.spi})}` : 'HDR, SK {}';
  return { version: 'ikev2', exchange: 'INFORMATIONAL', messageId: req.messageId, from, response: true, step: 2, summary, body: { kind: 'ack' } };
}
