import type { Kernel, TimerHandle } from '../core/kernel';
import type { IkeMessage } from '../ike/ikeTypes';
import { initialTunnelState, stepTunnel } from './tunnelMachine';
import type { TimerName, TunnelContext, TunnelInput, TunnelMachineState, TunnelNote } from './tunnelTypes';

/** Conditions on the path between the device and one AWS tunnel endpoint (learner faults). */
export interface PathConditions {
  readonly pathUp: boolean;
  readonly deviceUp: boolean;
  /** false while the AWS endpoint is being replaced. */
  readonly endpointUp: boolean;
  readonly lossPct: number;
  readonly latencyMs: number;
  readonly blockUdp500: boolean;
  readonly blockUdp4500: boolean;
  readonly blockEsp: boolean;
}

/** One line of the per-tunnel ladder diagram. */
export interface TraceEntry {
  readonly t: number;
  readonly direction: 'aws->cgw' | 'cgw->aws';
  readonly version: IkeMessage['version'];
  readonly exchange: IkeMessage['exchange'];
  readonly messageId: number;
  readonly response: boolean;
  readonly step: number;
  readonly udpPort: 500 | 4500;
  readonly payloads: string;
  /** Why the message never arrived, when it did not. */
  readonly dropped?: string;
}

export type HostItem = { readonly host: TunnelHost; readonly input: TunnelInput };
/** Everything the kernel queue holds: tunnel inputs and engine tasks (creation delays, metric periods, scenario events). */
export type KernelItem = HostItem | { readonly task: () => void };

export const TRACE_LIMIT = 400;

/**
 * Executes a tunnel machine's effects inside the shared kernel: messages cross the simulated
 * path (latency, loss, firewall, NAT), timers become kernel items, notes go to the sink.
 */
export class TunnelHost {
  state: TunnelMachineState;
  readonly trace: TraceEntry[] = [];
  private readonly timers = new Map<TimerName, TimerHandle<KernelItem>>();
  private dataAlive = false;
  private awsAlive = false;
  /** Called for every message put on the wire (the engine turns it into an `ikeMessage` event). */
  onTrace: ((e: TraceEntry) => void) | undefined;
  /** Called when data-plane packets from the device start or stop (the engine re-picks the tunnel carrying traffic). */
  onDataPlaneChange: (() => void) | undefined;

  constructor(
    private readonly kernel: Kernel<KernelItem>,
    private readonly context: () => Omit<TunnelContext, 'now' | 'rand'>,
    private readonly path: () => PathConditions,
    private readonly rand: () => number,
    private readonly sink: (note: TunnelNote, host: TunnelHost) => void,
  ) {
    this.state = initialTunnelState(kernel.now());
  }

  input(input: TunnelInput): void {
    const ctx: TunnelContext = { ...this.context(), now: this.kernel.now(), rand: this.rand };
    const { next, effects } = stepTunnel(this.state, ctx, input);
    this.state = next;
    for (const e of effects) {
      if (e.type === 'note') this.sink(e.note, this);
      else if (e.type === 'arm') {
        this.kernel.cancel(this.timers.get(e.timer));
        this.timers.set(e.timer, this.kernel.at(e.at, { host: this, input: { type: 'timer', name: e.timer } }));
      } else if (e.type === 'cancel') {
        this.kernel.cancel(this.timers.get(e.timer));
        this.timers.delete(e.timer);
      } else this.transmit(e.msg, e.udpPort);
    }
    if (input.type !== 'peerHeard' && input.type !== 'peerSilent' && input.type !== 'awsHeard' && input.type !== 'awsSilent') this.refreshDataPlane();
  }

  /** Drop every timer (connection deleted). */
  stop(): void {
    for (const h of this.timers.values()) this.kernel.cancel(h);
    this.timers.clear();
  }

  /** Tell the machine when data-plane packets from the device stop or resume (drives DPD, R51). */
  refreshDataPlane(): void {
    const p = this.path();
    // The device sends ESP only while it holds an IPsec SA; without one AWS hears nothing (DPD then decides).
    const alive = p.pathUp && p.deviceUp && p.endpointUp && p.lossPct < 100 && !p.blockEsp && !(this.state.natT && p.blockUdp4500) && this.state.cgw.child !== null;
    // Towards the device: AWS sends ESP only while it holds an IPsec SA for this tunnel.
    const awsAlive = p.pathUp && p.deviceUp && p.endpointUp && p.lossPct < 100 && !p.blockEsp && !(this.state.natT && p.blockUdp4500) && this.state.aws.child !== null;
    if (alive !== this.dataAlive) {
      this.onDataPlaneChange?.();
      this.dataAlive = alive;
      this.input({ type: alive ? 'peerHeard' : 'peerSilent' });
      this.onDataPlaneChange?.();
    }
    if (awsAlive !== this.awsAlive) {
      this.awsAlive = awsAlive;
      this.input({ type: awsAlive ? 'awsHeard' : 'awsSilent' });
    }
  }

  get dataPlaneAlive(): boolean {
    return this.dataAlive;
  }

  private transmit(msg: IkeMessage, udpPort: 500 | 4500): void {
    const p = this.path();
    const direction = msg.from === 'aws' ? 'aws->cgw' : 'cgw->aws';
    const dropped = !p.endpointUp ? 'AWS endpoint is being replaced'
      : !p.deviceUp ? 'customer gateway device is down'
      : !p.pathUp ? 'outside path is down'
      : udpPort === 500 && p.blockUdp500 ? 'UDP 500 blocked by the customer firewall'
      : udpPort === 4500 && p.blockUdp4500 ? 'UDP 4500 blocked by the customer firewall'
      : p.lossPct > 0 && this.rand() * 100 < p.lossPct ? `lost on the internet path (${p.lossPct}% loss)`
      : undefined;
    const entry: TraceEntry = {
      t: this.kernel.now(), direction, version: msg.version, exchange: msg.exchange, messageId: msg.messageId,
      response: msg.response, step: msg.step, udpPort, payloads: msg.summary, ...(dropped ? { dropped } : {}),
    };
    this.trace.push(entry);
    this.onTrace?.(entry);
    if (this.trace.length > TRACE_LIMIT) this.trace.splice(0, this.trace.length - TRACE_LIMIT);
    if (!dropped) this.kernel.after(Math.max(1, p.latencyMs), { host: this, input: { type: 'deliver', msg } });
  }
}

/** The kernel handler for tunnel items. */
export const runHostItem = (item: KernelItem): void => {
  if ('task' in item) item.task();
  else item.host.input(item.input);
};
