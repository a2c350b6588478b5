/**
 * The typed catalog of everything the engine reports (PRACTICES #5). Views and telemetry
 * render these; tests assert on them. Text is produced at the edge, never here.
 */
import type { ExchangeName, IkeVersion, SaState, Side } from './ike/ikeTypes';
import type { LogMessageDetails, LogMessageId } from './telemetry/logMessages';
import type { DpdAction } from './tunnel/tunnelTypes';
import type { ValidationError } from './schema/validationError';

interface TunnelRef {
  readonly t: number;
  readonly vpnConnectionId: string;
  /** R19: a tunnel is named by its AWS-side outside IP address. */
  readonly tunnelOutsideIp: string;
}

export type EngineEvent =
  | (TunnelRef & { readonly type: 'ikeMessage'; readonly direction: 'aws->cgw' | 'cgw->aws'; readonly version: IkeVersion; readonly exchange: ExchangeName; readonly messageId: number; readonly payloads: string; readonly udpPort: 500 | 4500; readonly dropped?: string })
  | (TunnelRef & { readonly type: 'vpnLog'; readonly messageId: LogMessageId; readonly details?: LogMessageDetails })
  | (TunnelRef & { readonly type: 'saStateChanged'; readonly phase: 1 | 2; readonly from: SaState; readonly to: SaState })
  | (TunnelRef & { readonly type: 'tunnelStatusChanged'; readonly status: 'UP' | 'DOWN'; readonly reason: string })
  | (TunnelRef & { readonly type: 'dpdProbe'; readonly count: number })
  | (TunnelRef & { readonly type: 'dpdTimeout'; readonly action: DpdAction; readonly retransmits: number })
  | (TunnelRef & { readonly type: 'rekeyStarted'; readonly phase: 1 | 2; readonly initiator: Side })
  | (TunnelRef & { readonly type: 'rekeyCompleted'; readonly phase: 1 | 2 })
  | (TunnelRef & { readonly type: 'natTDetected' })
  | (TunnelRef & { readonly type: 'messageIgnored'; readonly side: Side; readonly reason: string })
  | (TunnelRef & { readonly type: 'hint'; readonly rule: string; readonly text: string })
  | (TunnelRef & { readonly type: 'replacementStarted'; readonly reason: string; readonly untilT: number; readonly kind: 'customer' | 'aws' })
  | (TunnelRef & { readonly type: 'replacementCompleted' })
  | (TunnelRef & { readonly type: 'maintenanceScheduled'; readonly autoApplyAfter: number })
  | (TunnelRef & { readonly type: 'medChanged'; readonly medPreference: MedPreference })
  /** A BGP speaker of the tunnel (AWS side or device) changed state (RFC 4271 FSM, R159–R162). */
  | (TunnelRef & { readonly type: 'bgpStateChanged'; readonly side: 'aws' | 'cgw'; readonly from: string; readonly to: string; readonly reason?: string })
  | { readonly type: 'resourceChanged'; readonly t: number; readonly resource: string; readonly id: string; readonly change: string }
  | { readonly type: 'connectionStateChanged'; readonly t: number; readonly vpnConnectionId: string; readonly state: ConnectionState }
  | { readonly type: 'actionApplied'; readonly t: number; readonly action: string; readonly summary: string }
  | { readonly type: 'actionRejected'; readonly t: number; readonly action: string; readonly errors: readonly ValidationError[] };

export type EngineEventType = EngineEvent['type'];
export type ConnectionState = 'pending' | 'available' | 'deleting' | 'deleted';
/**
 * R195: while AWS updates one tunnel it advertises a lower MED on the other, which the device
 * then prefers. `lowered` marks that tunnel; ROUTING reads it.
 */
export type MedPreference = 'normal' | 'lowered';

/** Bounded scrollback of events (oldest dropped first). */
export class EventLog {
  private buf: EngineEvent[] = [];
  total = 0;
  constructor(private readonly capacity = 5000) {}

  push(e: EngineEvent): void {
    this.buf.push(e);
    this.total++;
    if (this.buf.length > this.capacity * 1.25) this.buf = this.buf.slice(this.buf.length - this.capacity);
  }

  all(): readonly EngineEvent[] {
    return this.buf.length > this.capacity ? this.buf.slice(this.buf.length - this.capacity) : this.buf.slice();
  }
}
