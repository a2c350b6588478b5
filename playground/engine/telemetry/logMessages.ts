/**
 * Every Site-to-Site VPN tunnel log message the AWS guide lists (R378–R400), with the exact text
 * of the guide's tables ("IKEv1 Error Messages", "IKEv2 Error Messages", "IKEv2 Negotiation
 * Messages"). `text` is a template: placeholders stay as the guide prints them (`xxxx`, `xxx`,
 * `{retry_count}`) and `renderLogText` fills them from the entry's details.
 */

export type IkeVersion = 'ikev1' | 'ikev2';
export type LogLayer = 'ike' | 'ipsec' | 'tunnel';
export type LogKind = 'error' | 'info';

/** Which value fills a message's placeholder. */
export type LogPlaceholder =
  | { token: '{retry_count}'; detail: 'retryCount' }
  | { token: 'xxxx'; detail: 'spi' }
  | { token: 'xxxx'; detail: 'cgw' }
  | { token: 'xxx'; detail: 'ikeMessageId' };

export interface LogMessageDef {
  readonly id: string;
  readonly ikeVersion: IkeVersion;
  readonly text: string;
  readonly cause: string;
  readonly layer: LogLayer;
  readonly kind: LogKind;
  readonly rule: string;
  readonly placeholder?: LogPlaceholder;
}

const NO_PROPOSAL_CHOSEN = 'No Proposal Match Found. Notifying with "No proposal chosen"';

export const logMessages = {
  // IKEv1 Error Messages
  ikev1PeerNotResponsive: {
    id: 'ikev1PeerNotResponsive', ikeVersion: 'ikev1', layer: 'tunnel', kind: 'error', rule: 'R378',
    text: 'Peer is not responsive - Declaring peer dead',
    cause: 'The customer gateway stopped answering dead peer detection messages; AWS applies the DPD timeout action.',
  },
  ikev1PskDecryptionFailed: {
    id: 'ikev1PskDecryptionFailed', ikeVersion: 'ikev1', layer: 'ike', kind: 'error', rule: 'R379',
    text: 'AWS tunnel payload decryption was unsuccessful due to invalid Pre-shared Key',
    cause: 'The device and AWS hold different pre-shared keys, so AWS cannot decrypt the IKE payload.',
  },
  ikev1NoProposalMatchByAws: {
    id: 'ikev1NoProposalMatchByAws', ikeVersion: 'ikev1', layer: 'ike', kind: 'error', rule: 'R380',
    text: 'No Proposal Match Found by AWS',
    cause: 'The phase 1 encryption, integrity or DH group the device proposes is not allowed on the AWS endpoint (for example 3DES).',
  },
  ikev1NoProposalChosen: {
    id: 'ikev1NoProposalChosen', ikeVersion: 'ikev1', layer: 'ipsec', kind: 'error', rule: 'R381',
    text: NO_PROPOSAL_CHOSEN,
    cause: 'The phase 2 proposals of the two peers share no combination, so they exchange NO_PROPOSAL_CHOSEN.',
  },
  ikev1DeletePhase2Sa: {
    id: 'ikev1DeletePhase2Sa', ikeVersion: 'ikev1', layer: 'ipsec', kind: 'error', rule: 'R382',
    text: 'AWS tunnel received DELETE for Phase 2 SA with SPI: xxxx',
    cause: 'The customer gateway deleted a phase 2 (IPsec) SA; xxxx is its SPI.',
    placeholder: { token: 'xxxx', detail: 'spi' },
  },
  ikev1DeleteIkeSa: {
    id: 'ikev1DeleteIkeSa', ikeVersion: 'ikev1', layer: 'ike', kind: 'error', rule: 'R383',
    text: 'AWS tunnel received DELETE for IKE_SA from CGW',
    cause: 'The customer gateway deleted the phase 1 (ISAKMP) SA.',
  },
  // IKEv2 Error Messages
  ikev2DpdTimedOut: {
    id: 'ikev2DpdTimedOut', ikeVersion: 'ikev2', layer: 'tunnel', kind: 'error', rule: 'R384',
    text: 'AWS tunnel DPD timed out after {retry_count} retransmits',
    cause: 'The customer gateway did not answer DPD messages after the retransmissions; AWS applies the DPD timeout action.',
    placeholder: { token: '{retry_count}', detail: 'retryCount' },
  },
  ikev2DeleteIkeSa: {
    id: 'ikev2DeleteIkeSa', ikeVersion: 'ikev2', layer: 'ike', kind: 'error', rule: 'R385',
    text: 'AWS tunnel received DELETE for IKE_SA from CGW',
    cause: 'The customer gateway deleted the parent IKE_SA (and with it every CHILD_SA).',
  },
  ikev2DeletePhase2Sa: {
    id: 'ikev2DeletePhase2Sa', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'error', rule: 'R386',
    text: 'AWS tunnel received DELETE for Phase 2 SA with SPI: xxxx',
    cause: 'The customer gateway deleted a CHILD_SA; xxxx is its SPI.',
    placeholder: { token: 'xxxx', detail: 'spi' },
  },
  ikev2ChildRekeyCollision: {
    id: 'ikev2ChildRekeyCollision', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'error', rule: 'R387',
    text: 'AWS tunnel detected a (CHILD_REKEY) collision as CHILD_DELETE',
    cause: 'The customer gateway deleted the active CHILD_SA while AWS was rekeying it.',
  },
  ikev2RedundantSaDeleted: {
    id: 'ikev2RedundantSaDeleted', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'error', rule: 'R388',
    text: 'AWS tunnel (CHILD_SA) redundant SA is being deleted due to detected collision',
    cause: 'Both peers rekeyed at once; the SA created with the lowest nonce is redundant and is closed (RFC 7296).',
  },
  ikev2Phase2FailedKeepingPhase1: {
    id: 'ikev2Phase2FailedKeepingPhase1', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'error', rule: 'R389',
    text: 'AWS tunnel Phase 2 was unable to establish while keeping Phase 1',
    cause: 'The CHILD_SA negotiation failed (for example no matching phase 2 proposal) while the IKE SA stays up.',
  },
  ikev2TsUnacceptable: {
    id: 'ikev2TsUnacceptable', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'error', rule: 'R390',
    text: 'AWS: Traffic Selector: TS_UNACCEPTABLE: received from responder',
    cause: 'The traffic selectors (encryption domain) differ; both peers must use the same CIDRs.',
  },
  ikev2AuthenticationFailed: {
    id: 'ikev2AuthenticationFailed', ikeVersion: 'ikev2', layer: 'ike', kind: 'error', rule: 'R391',
    text: 'AWS tunnel is sending AUTHENTICATION_FAILED as the response',
    cause: 'AWS could not authenticate the customer gateway from its IKE_AUTH message.',
  },
  ikev2PskMismatch: {
    id: 'ikev2PskMismatch', ikeVersion: 'ikev2', layer: 'ike', kind: 'error', rule: 'R392',
    text: 'AWS tunnel detected a pre-shared key mismatch with cgw: xxxx',
    cause: 'The device and AWS hold different pre-shared keys; xxxx is the customer gateway IP address (Lab decision R392).',
    placeholder: { token: 'xxxx', detail: 'cgw' },
  },
  ikev2HalfOpenIkeSaTimeout: {
    id: 'ikev2HalfOpenIkeSaTimeout', ikeVersion: 'ikev2', layer: 'ike', kind: 'error', rule: 'R393',
    text: 'AWS tunnel Timeout: deleting un-established Phase 1 IKE_SA with cgw: xxxx',
    cause: 'The customer gateway stopped mid-negotiation, so AWS removes the half-open IKE_SA.',
    placeholder: { token: 'xxxx', detail: 'cgw' },
  },
  ikev2NoProposalChosen: {
    id: 'ikev2NoProposalChosen', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'error', rule: 'R394',
    text: NO_PROPOSAL_CHOSEN,
    cause: 'The CHILD_SA proposals of the two peers share no combination, so they exchange NO_PROPOSAL_CHOSEN (Lab decision R396).',
  },
  ikev2NoProposalMatchByAws: {
    id: 'ikev2NoProposalMatchByAws', ikeVersion: 'ikev2', layer: 'ike', kind: 'error', rule: 'R395',
    text: 'No Proposal Match Found by AWS',
    cause: 'The phase 1 encryption, integrity or DH group the device proposes is not allowed on the AWS endpoint (for example 3DES).',
  },
  // IKEv2 Negotiation Messages
  ikev2ProcessedChildSaRequest: {
    id: 'ikev2ProcessedChildSaRequest', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'info', rule: 'R397',
    text: 'AWS tunnel processed request (id=xxx) for CREATE_CHILD_SA',
    cause: 'AWS received a CREATE_CHILD_SA request from the customer gateway; xxx is the IKE message ID.',
    placeholder: { token: 'xxx', detail: 'ikeMessageId' },
  },
  ikev2SendingChildSaResponse: {
    id: 'ikev2SendingChildSaResponse', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'info', rule: 'R398',
    text: 'AWS tunnel is sending response (id=xxx) for CREATE_CHILD_SA',
    cause: 'AWS answers the customer gateway\'s CREATE_CHILD_SA request with the same message ID.',
    placeholder: { token: 'xxx', detail: 'ikeMessageId' },
  },
  ikev2SendingChildSaRequest: {
    id: 'ikev2SendingChildSaRequest', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'info', rule: 'R399',
    text: 'AWS tunnel is sending request (id=xxx) for CREATE_CHILD_SA',
    cause: 'AWS starts a CREATE_CHILD_SA exchange (a rekey or a new CHILD_SA) toward the customer gateway.',
    placeholder: { token: 'xxx', detail: 'ikeMessageId' },
  },
  ikev2ProcessedChildSaResponse: {
    id: 'ikev2ProcessedChildSaResponse', ikeVersion: 'ikev2', layer: 'ipsec', kind: 'info', rule: 'R400',
    text: 'AWS tunnel processed response (id=xxx) for CREATE_CHILD_SA',
    cause: 'AWS received the customer gateway\'s answer to its CREATE_CHILD_SA request.',
    placeholder: { token: 'xxx', detail: 'ikeMessageId' },
  },
} as const satisfies Record<string, LogMessageDef>;

export type LogMessageId = keyof typeof logMessages;

export const logMessageIds = Object.keys(logMessages) as LogMessageId[];

/** Values that fill placeholders; each message uses at most one. */
export interface LogMessageDetails {
  readonly retryCount?: number;
  readonly spi?: string;
  readonly cgw?: string;
  readonly ikeMessageId?: number;
}

export function isLogMessageId(v: string): v is LogMessageId {
  return Object.prototype.hasOwnProperty.call(logMessages, v);
}

/** The log line text; a placeholder without a value stays as the guide prints it. */
export function renderLogText(id: LogMessageId, details?: LogMessageDetails): string {
  const def: LogMessageDef = logMessages[id];
  const ph = def.placeholder;
  if (!ph || !details) return def.text;
  const value = details[ph.detail];
  return value === undefined ? def.text : def.text.replace(ph.token, String(value));
}
