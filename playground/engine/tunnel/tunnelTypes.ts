import type { IkeMessage, IkeVersion, PeerConfig, SaState, Selected1, Selected2, Side } from '../ike/ikeTypes';
import type { LogMessageDetails, LogMessageId } from '../telemetry/logMessages';

export type DpdAction = 'clear' | 'none' | 'restart';
export type StartupAction = 'add' | 'start';

/** What the AWS endpoint of one tunnel is configured to do (resolved tunnel options, R48–R94). */
export interface AwsTunnelPolicy {
  readonly peer: PeerConfig;
  readonly phase1LifetimeS: number;
  readonly phase2LifetimeS: number;
  readonly rekeyMarginS: number;
  readonly rekeyFuzzPct: number;
  readonly dpdTimeoutS: number;
  readonly dpdAction: DpdAction;
  readonly startupAction: StartupAction;
  /** Customer gateway IP; without one AWS cannot initiate (R87, R107). */
  readonly cgwIp: string | undefined;
  /** R142: accelerated connections always use NAT-T (UDP 4500) after the first exchange. */
  readonly forceNatT: boolean;
  /** R95: `certificate` when the customer gateway has a certificate ARN; the R392 PSK line is then not written. */
  readonly authMethod: 'psk' | 'certificate';
}

/** What the customer gateway device is configured to do for this tunnel. */
export interface DevicePolicy {
  readonly peer: PeerConfig;
  readonly ikeVersion: IkeVersion;
  /** The device opens the negotiation itself (traffic-triggered or always-on, R104). */
  readonly initiates: boolean;
  readonly dpdEnabled: boolean;
  /** false: the device does not do NAT traversal (R142, R270): behind NAT its ESP cannot cross. */
  readonly natTraversal: boolean;
  /** The device's DPD (RFC 3706): probe every interval while nothing arrives from AWS, dead after `dpdRetries` unanswered probes. */
  readonly dpdIntervalMs: number;
  readonly dpdRetries: number;
  /** Address the AWS endpoint sees as the device's source (the NAT public IP when behind NAT). */
  readonly seenAddress: string;
}

export interface TunnelContext {
  readonly now: number;
  readonly aws: AwsTunnelPolicy;
  /** undefined: the device has no configuration for this tunnel (R7: a single-tunnel setup). */
  readonly cgw: DevicePolicy | undefined;
  /** Seeded stream for this tunnel: SPIs, nonces, rekey fuzz, IKEv1 message ids. */
  readonly rand: () => number;
}

export type PendingPurpose = 'saInit' | 'auth' | 'newChild' | 'rekeyChild' | 'rekeyIke' | 'delete' | 'mm1' | 'mm3' | 'mm5' | 'qm1';

export interface PendingRequest {
  readonly msg: IkeMessage;
  readonly purpose: PendingPurpose;
  readonly tries: number;
  readonly firstSentAt: number;
  readonly nonce?: number;
  readonly newSpi?: string;
}

export interface IkeSa {
  readonly version: IkeVersion;
  readonly spi: string;
  readonly chosen: Selected1;
  readonly establishedAt: number;
  readonly initiator: Side;
}

export interface ChildSa {
  readonly spi: string;
  readonly peerSpi: string;
  readonly chosen: Selected2;
  readonly establishedAt: number;
}

/** One peer's view: its SAs, the request it waits an answer for, and a half-open negotiation. */
export interface PeerState {
  ike: IkeSa | null;
  child: ChildSa | null;
  nextMessageId: number;
  pending: PendingRequest | null;
  /** Responder side of a negotiation in progress (IKE_SA_INIT answered / main mode under way). */
  halfOpen: { readonly version: IkeVersion; readonly chosen: Selected1 | null; readonly since: number; readonly spi: string } | null;
  /** Set while a rekey exchange runs, so the phase shows `Rekeying` (R377). */
  rekeying: { ike: boolean; child: boolean };
  /** A request from the peer arrived while our own rekey was pending (RFC 7296 §2.8.1). */
  collisionNonce: number | null;
  /** IKEv1 quick mode answered, waiting for HASH(3) before the IPsec SA is installed. */
  childHalfOpen: { readonly messageId: number; readonly child: ChildSa } | null;
}

export interface DpdState {
  /** Data-plane packets from the device stopped arriving (path, device or ESP fault). */
  dataSilent: boolean;
  lastHeard: number;
  probes: number;
}

export interface TunnelMachineState {
  aws: PeerState;
  cgw: PeerState;
  natT: boolean;
  dpd: DpdState;
  status: 'UP' | 'DOWN';
  lastStatusChange: number;
  phase1: SaState;
  phase2: SaState;
  /** Why the tunnel is down, in the words of the rule that explains it (for the UI's "why"). */
  statusMessage: string;
  /** R114 Lab decision: after a DPD restart AWS keeps initiating until a negotiation succeeds. */
  awsRestarting: boolean;
  /** The device's DPD: whether ESP from AWS stopped, and the probes sent since AWS was last heard. */
  cgwDpd: { silent: boolean; probes: number };
}

export type TimerName =
  | 'aws:retransmit' | 'cgw:retransmit' | 'aws:halfOpen' | 'aws:dpd'
  | 'aws:rekeyIke' | 'aws:rekeyChild' | 'aws:expireIke' | 'aws:expireChild'
  | 'aws:initiate' | 'cgw:initiate' | 'cgw:dpd';

export type DeviceCommand = 'deleteIke' | 'deleteChild' | 'rekeyChild' | 'initiate';

export type TunnelInput =
  | { readonly type: 'start' }
  | { readonly type: 'deliver'; readonly msg: IkeMessage }
  | { readonly type: 'timer'; readonly name: TimerName }
  | { readonly type: 'peerSilent' }
  | { readonly type: 'peerHeard' }
  /** The device stops / resumes receiving ESP from the AWS endpoint (drives the device's own DPD). */
  | { readonly type: 'awsSilent' }
  | { readonly type: 'awsHeard' }
  | { readonly type: 'deviceDown' }
  | { readonly type: 'deviceUp' }
  | { readonly type: 'endpointDown'; readonly reason: string }
  | { readonly type: 'deviceCommand'; readonly command: DeviceCommand };

/** Things the machine reports; the engine adds time, connection id and outside IP. */
export type TunnelNote =
  | { readonly type: 'vpnLog'; readonly messageId: LogMessageId; readonly details?: LogMessageDetails }
  | { readonly type: 'saStateChanged'; readonly phase: 1 | 2; readonly from: SaState; readonly to: SaState }
  | { readonly type: 'tunnelStatusChanged'; readonly status: 'UP' | 'DOWN'; readonly reason: string }
  | { readonly type: 'dpdProbe'; readonly count: number }
  | { readonly type: 'dpdTimeout'; readonly action: DpdAction; readonly retransmits: number }
  | { readonly type: 'rekeyStarted'; readonly phase: 1 | 2; readonly initiator: Side }
  | { readonly type: 'rekeyCompleted'; readonly phase: 1 | 2 }
  | { readonly type: 'natTDetected' }
  | { readonly type: 'messageIgnored'; readonly side: Side; readonly reason: string }
  | { readonly type: 'hint'; readonly rule: string; readonly text: string };

export type TunnelEffect =
  | { readonly type: 'send'; readonly msg: IkeMessage; readonly udpPort: 500 | 4500 }
  | { readonly type: 'arm'; readonly timer: TimerName; readonly at: number }
  | { readonly type: 'cancel'; readonly timer: TimerName }
  | { readonly type: 'note'; readonly note: TunnelNote };

export interface Transition {
  readonly next: TunnelMachineState;
  readonly effects: readonly TunnelEffect[];
}
