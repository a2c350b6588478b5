/** Names follow RFC 7296 (IKEv2) and RFC 2409 (IKEv1 main mode / quick mode). */
export type IkeVersion = 'ikev1' | 'ikev2';
/** The two ends of a tunnel: the AWS endpoint and the customer gateway device. */
export type Side = 'aws' | 'cgw';
export const otherSide = (s: Side): Side => (s === 'aws' ? 'cgw' : 'aws');

export type SaState = 'Established' | 'Rekeying' | 'Negotiating' | 'Down'; // R377

/** Transforms one peer is willing to use, in that peer's order of preference. */
export interface Phase1Transforms {
  readonly encryption: readonly string[];
  readonly integrity: readonly string[];
  readonly dhGroups: readonly number[];
}
export interface Phase2Transforms extends Phase1Transforms {
  /** false: the peer proposes no DH group for phase 2 (no PFS). */
  readonly pfs: boolean;
}

export interface PeerConfig {
  readonly side: Side;
  readonly psk: string;
  readonly ikeVersions: readonly IkeVersion[];
  readonly phase1: Phase1Transforms;
  readonly phase2: Phase2Transforms;
  /** Traffic selectors as CIDRs: local = this peer's own side, remote = the far side. */
  readonly localTs: string;
  readonly remoteTs: string;
  /** The address this peer sees as its own; differs from what the peer sees when NAT is in the path. */
  readonly ownAddress: string;
}

export interface Selected1 {
  readonly encryption: string;
  readonly integrity: string;
  readonly dhGroup: number;
}
export interface Selected2 {
  readonly encryption: string;
  readonly integrity: string;
  readonly dhGroup: number | null;
}

export type ExchangeName =
  | 'IKE_SA_INIT'
  | 'IKE_AUTH'
  | 'CREATE_CHILD_SA'
  | 'INFORMATIONAL'
  | 'MAIN_MODE'
  | 'QUICK_MODE'
  | 'INFORMATIONAL_V1';

export type Notify =
  | 'NO_PROPOSAL_CHOSEN'
  | 'AUTHENTICATION_FAILED'
  | 'TS_UNACCEPTABLE'
  | 'INVALID_KE_PAYLOAD'
  | 'NAT_DETECTION_SOURCE_IP'
  | 'NAT_DETECTION_DESTINATION_IP'
  | 'REKEY_SA'
  | 'R_U_THERE'
  | 'R_U_THERE_ACK';

/** Data the exchange modules read; the payload summary is what the ladder diagram prints. */
export interface IkeMessage {
  readonly version: IkeVersion;
  readonly exchange: ExchangeName;
  readonly messageId: number;
  readonly from: Side;
  readonly response: boolean;
  /** IKEv1 main mode 1..6 / quick mode 1..3; IKEv2 1 = request, 2 = response. */
  readonly step: number;
  readonly summary: string;
  readonly body: MessageBody;
}

export type MessageBody =
  | { readonly kind: 'saProposal'; readonly p1: Phase1Transforms; readonly natHash: string }
  | { readonly kind: 'saChosen'; readonly chosen: Selected1; readonly natHash: string }
  | { readonly kind: 'notify'; readonly notify: Notify; readonly detail?: string }
  | { readonly kind: 'auth'; readonly pskProof: string; readonly p2: Phase2Transforms; readonly tsi: string; readonly tsr: string; readonly spi: string }
  | { readonly kind: 'authOk'; readonly pskProof: string; readonly chosen: Selected2 | null; readonly childError?: Notify; readonly spi: string }
  | { readonly kind: 'id'; readonly pskProof: string }
  | { readonly kind: 'childProposal'; readonly p2: Phase2Transforms; readonly tsi: string; readonly tsr: string; readonly spi: string; readonly rekeySpi?: string; readonly nonce: number }
  | { readonly kind: 'childChosen'; readonly chosen: Selected2; readonly spi: string; readonly nonce: number }
  | { readonly kind: 'hash3' }
  | { readonly kind: 'delete'; readonly what: 'ike' | 'child'; readonly spi: string }
  | { readonly kind: 'dpd' }
  | { readonly kind: 'ack' }
  | { readonly kind: 'ikeRekey'; readonly p1: Phase1Transforms; readonly nonce: number }
  | { readonly kind: 'ikeRekeyChosen'; readonly chosen: Selected1 };
