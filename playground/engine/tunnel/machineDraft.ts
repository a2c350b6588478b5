import type { IkeMessage, SaState, Side } from '../ike/ikeTypes';
import { retransmitDelayMs } from '../ike/retransmit';
import type { PeerState, PendingPurpose, TimerName, TunnelContext, TunnelEffect, TunnelMachineState, TunnelNote } from './tunnelTypes';

export const freshPeer = (): PeerState => ({ ike: null, child: null, nextMessageId: 0, pending: null, halfOpen: null, rekeying: { ike: false, child: false }, collisionNonce: null, childHalfOpen: null });

export function initialTunnelState(now: number): TunnelMachineState {
  return {
    aws: freshPeer(), cgw: freshPeer(), natT: false,
    dpd: { dataSilent: true, lastHeard: now, probes: 0 },
    status: 'DOWN', lastStatusChange: now, phase1: 'Down', phase2: 'Down',
    statusMessage: 'IPSEC IS DOWN', awsRestarting: false, cgwDpd: { silent: true, probes: 0 },
  };
}

const clonePeer = (p: PeerState): PeerState => ({ ...p, rekeying: { ...p.rekeying } });

/**
 * A mutable working copy for one transition. Handlers change `s` and push effects; `finish`
 * derives phase states and tunnel status from the AWS side and returns the transition. The
 * state passed in is never changed, so the machine stays a pure function of (state, input).
 */
export class Draft {
  readonly s: TunnelMachineState;
  readonly effects: TunnelEffect[] = [];

  constructor(prev: TunnelMachineState, readonly ctx: TunnelContext) {
    this.s = { ...prev, aws: clonePeer(prev.aws), cgw: clonePeer(prev.cgw), dpd: { ...prev.dpd }, cgwDpd: { ...prev.cgwDpd } };
  }

  get now(): number {
    return this.ctx.now;
  }

  peer(side: Side): PeerState {
    return side === 'aws' ? this.s.aws : this.s.cgw;
  }

  note(note: TunnelNote): void {
    this.effects.push({ type: 'note', note });
  }

  arm(timer: TimerName, at: number): void {
    this.effects.push({ type: 'arm', timer, at });
  }

  cancel(timer: TimerName): void {
    this.effects.push({ type: 'cancel', timer });
  }

  /** IKE starts on UDP 500; once NAT is detected the rest runs on UDP 4500 (RFC 3948). */
  send(msg: IkeMessage): void {
    const initial = (msg.exchange === 'IKE_SA_INIT') || (msg.exchange === 'MAIN_MODE' && msg.step <= 4);
    this.effects.push({ type: 'send', msg, udpPort: this.s.natT && !initial ? 4500 : 500 });
  }

  /** Send a request that is resent on the retransmission schedule until answered. */
  request(side: Side, msg: IkeMessage, purpose: PendingPurpose, extra: { nonce?: number; newSpi?: string } = {}): void {
    this.peer(side).pending = { msg, purpose, tries: 0, firstSentAt: this.now, ...extra };
    this.send(msg);
    this.arm(`${side}:retransmit`, this.now + retransmitDelayMs(0));
  }

  clearPending(side: Side): void {
    if (this.peer(side).pending) {
      this.peer(side).pending = null;
      this.cancel(`${side}:retransmit`);
    }
  }

  nextId(side: Side): number {
    const p = this.peer(side);
    return p.nextMessageId++;
  }

  hex(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += Math.floor(this.ctx.rand() * 16).toString(16);
    return out;
  }

  finish(): { next: TunnelMachineState; effects: readonly TunnelEffect[] } {
    const a = this.s.aws;
    const negotiating = a.halfOpen !== null || (a.pending !== null && ['saInit', 'auth', 'mm1', 'mm3', 'mm5'].includes(a.pending.purpose));
    const p1: SaState = a.ike ? (a.rekeying.ike ? 'Rekeying' : 'Established') : negotiating ? 'Negotiating' : 'Down';
    const childNegotiating = a.ike !== null && (a.pending?.purpose === 'qm1' || a.pending?.purpose === 'newChild' || a.pending?.purpose === 'auth' || this.s.cgw.pending?.purpose === 'qm1' || this.s.cgw.pending?.purpose === 'newChild');
    const p2: SaState = a.child ? (a.rekeying.child ? 'Rekeying' : 'Established') : childNegotiating || negotiating ? 'Negotiating' : 'Down';
    if (p1 !== this.s.phase1) this.note({ type: 'saStateChanged', phase: 1, from: this.s.phase1, to: p1 });
    if (p2 !== this.s.phase2) this.note({ type: 'saStateChanged', phase: 2, from: this.s.phase2, to: p2 });
    this.s.phase1 = p1;
    this.s.phase2 = p2;
    // A tunnel is UP only with both an IKE SA and an IPsec SA on the AWS side.
    const status = a.ike && a.child ? 'UP' : 'DOWN';
    if (status !== this.s.status) {
      this.s.status = status;
      this.s.lastStatusChange = this.now;
      this.s.statusMessage = status === 'UP' ? '' : this.s.statusMessage || 'IPSEC IS DOWN';
      this.note({ type: 'tunnelStatusChanged', status, reason: this.s.statusMessage });
    }
    if (status === 'UP') this.s.statusMessage = '';
    return { next: this.s, effects: this.effects };
  }
}
