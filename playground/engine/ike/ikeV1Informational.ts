import type { IkeMessage, Side } from './ikeTypes';

/**
 * IKEv1 informational exchange: DPD per RFC 3706 (R-U-THERE / R-U-THERE-ACK notifies) and
 * Delete payloads for the ISAKMP SA or an IPsec SA (R382, R383).
 */
export function rUThere(from: Side, messageId: number): IkeMessage {
  return { version: 'ikev1', exchange: 'INFORMATIONAL_V1', messageId, from, response: false, step: 1, summary: 'HDR*, HASH, N(R-U-THERE)', body: { kind: 'dpd' } };
}

export function rUThereAck(req: IkeMessage, from: Side): IkeMessage {
  return { version: 'ikev1', exchange: 'INFORMATIONAL_V1', messageId: req.messageId, from, response: true, step: 2, summary: 'HDR*, HASH, N(R-U-THERE-ACK)', body: { kind: 'ack' } };
}

export function deleteV1(from: Side, messageId: number, what: 'ike' | 'child', spi: string): IkeMessage {
  const summary = what === 'ike' ? 'HDR*, HASH, D(ISAKMP)' : `HDR*, HASH, D(ESP, SPI ${spi})`;
  return { version: 'ikev1', exchange: 'INFORMATIONAL_V1', messageId, from, response: false, step: 1, summary, body: { kind: 'delete', what, spi } };
}
