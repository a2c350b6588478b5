/**
 * Runs the two BGP speakers of one tunnel (AWS side and device side, routing/bgp/bgpFsm.ts) in
 * the kernel. BGP travels inside the IPsec SA between the inside addresses (R162), so TCP and
 * messages cross only while the tunnel carries packets. Timers are scheduled only when they can
 * matter: keepalives are implied while the data plane is alive (each side's hold timer would be
 * reset by them), and the hold timer is armed for real only once the peer goes silent (data plane
 * dead but SA still present), so an idle day costs no BGP kernel events. ConnectRetry and the
 * OpenSent hold timer are real timers.
 */
import type { Kernel, TimerHandle } from '../core/kernel';
import { bgpTransition, initialBgpSession, type BgpEffect, type BgpEvent, type BgpPeerConfig, type BgpSession, type BgpState, type BgpTimer } from '../routing/index';
import type { KernelItem } from '../tunnel/tunnelHost';

export type BgpSide = 'aws' | 'cgw';
const other = (s: BgpSide): BgpSide => (s === 'aws' ? 'cgw' : 'aws');

export interface BgpLink {
  /** IPsec SA established on both ends. */
  saUp(): boolean;
  /** Packets cross the tunnel both ways (data plane alive). */
  alive(): boolean;
  latencyMs(): number;
}

export interface BgpStateChange {
  readonly side: BgpSide;
  readonly from: BgpState;
  readonly to: BgpState;
  readonly reason?: string;
}

export class BgpSessionHost {
  private readonly s: Record<BgpSide, BgpSession> = { aws: initialBgpSession, cgw: initialBgpSession };
  private readonly timers = new Map<string, TimerHandle<KernelItem>>();
  private readonly holdMs: Record<BgpSide, number> = { aws: 0, cgw: 0 };
  private tunnelUp = false;
  private silent = false;

  constructor(
    private readonly kernel: Kernel<KernelItem>,
    private readonly config: (side: BgpSide) => BgpPeerConfig,
    private readonly link: BgpLink,
    private readonly onChange: (c: BgpStateChange) => void,
  ) {}

  state(side: BgpSide): BgpState {
    return this.s[side].state;
  }

  /** Both speakers Established: routes are exchanged (R408: a BGP tunnel is UP only then). */
  get established(): boolean {
    return this.s.aws.state === 'Established' && this.s.cgw.state === 'Established';
  }

  lastError(): string | undefined {
    return this.s.cgw.lastError ?? this.s.aws.lastError;
  }

  start(): void {
    this.feed('aws', { type: 'ManualStart' });
    this.feed('cgw', { type: 'ManualStart' });
    this.refresh();
  }

  stop(): void {
    this.feed('aws', { type: 'ManualStop' });
    this.feed('cgw', { type: 'ManualStop' });
    for (const h of this.timers.values()) this.kernel.cancel(h);
    this.timers.clear();
  }

  /** Re-read the tunnel: SA gone → TunnelDown (R162); SA up and packets flowing → TunnelUp; SA up but silent → hold timers run. */
  refresh(): void {
    const sa = this.link.saUp();
    const alive = sa && this.link.alive();
    if (!sa) {
      if (this.tunnelUp) {
        this.tunnelUp = false;
        this.silent = false;
        this.feed('aws', { type: 'TunnelDown' });
        this.feed('cgw', { type: 'TunnelDown' });
      }
      return;
    }
    if (alive) {
      if (this.silent) {
        this.silent = false;
        for (const side of ['aws', 'cgw'] as const) this.cancel(side, 'Hold');
      }
      if (!this.tunnelUp) {
        this.tunnelUp = true;
        this.feed('aws', { type: 'TunnelUp' });
        this.feed('cgw', { type: 'TunnelUp' });
      }
      return;
    }
    if (this.tunnelUp && !this.silent) {
      this.silent = true;
      for (const side of ['aws', 'cgw'] as const) this.armSilentHold(side);
    }
  }

  private armSilentHold(side: BgpSide): void {
    const st = this.s[side].state;
    if ((st === 'OpenConfirm' || st === 'Established') && this.holdMs[side] > 0 && !this.timers.has(`${side}:Hold`)) {
      this.arm(side, 'Hold', this.holdMs[side]);
    }
  }

  private feed(side: BgpSide, e: BgpEvent): void {
    const before = this.s[side].state;
    const { next, effects } = bgpTransition(this.s[side], e, this.config(side));
    this.s[side] = next;
    for (const fx of effects) this.run(side, fx);
    if (next.state !== before) this.onChange({ side, from: before, to: next.state, ...(next.state === 'Idle' && next.lastError ? { reason: next.lastError } : {}) });
  }

  private run(side: BgpSide, fx: BgpEffect): void {
    const latency = Math.max(1, this.link.latencyMs());
    switch (fx.type) {
      case 'tcpConnect': {
        const ok = this.link.alive();
        // one round trip for the handshake; the passive peer accepts when it is listening (Connect/Active)
        this.later(latency * 2, () => {
          if (!ok || !this.link.alive()) return this.feed(side, { type: 'TcpConnectionFails' });
          this.feed(side, { type: 'TcpConnectionConfirmed' });
          const peer = this.s[other(side)].state;
          if (peer === 'Connect' || peer === 'Active') this.feed(other(side), { type: 'TcpConnectionConfirmed' });
        });
        return;
      }
      case 'send':
        if (this.link.alive()) this.later(latency, () => this.link.alive() && this.feed(other(side), { type: 'Message', message: fx.message }));
        return;
      case 'armTimer':
        if (fx.timer === 'Keepalive') return; // implied while the data plane is alive (see header)
        if (fx.timer === 'Hold' && this.s[side].state !== 'OpenSent' && this.s[side].state !== 'Connect') {
          this.holdMs[side] = fx.ms;
          this.cancel(side, 'Hold');
          if (this.silent) this.arm(side, 'Hold', fx.ms);
          return;
        }
        this.arm(side, fx.timer, fx.ms);
        return;
      case 'cancelTimer':
        this.cancel(side, fx.timer);
        return;
      default:
        return; // tcpDrop, sessionUp/sessionDown: the state change callback reports them
    }
  }

  private later(ms: number, fn: () => void): void {
    this.kernel.after(ms, { task: fn });
  }

  private arm(side: BgpSide, timer: BgpTimer, ms: number): void {
    this.cancel(side, timer);
    const event: BgpEvent = { type: timer === 'Hold' ? 'HoldTimerExpires' : timer === 'Keepalive' ? 'KeepaliveTimerExpires' : 'ConnectRetryTimerExpires' };
    const key = `${side}:${timer}`;
    this.timers.set(key, this.kernel.after(ms, { task: () => {
      this.timers.delete(key);
      this.feed(side, event);
    } }));
  }

  private cancel(side: BgpSide, timer: BgpTimer): void {
    const key = `${side}:${timer}`;
    this.kernel.cancel(this.timers.get(key));
    this.timers.delete(key);
  }
}
