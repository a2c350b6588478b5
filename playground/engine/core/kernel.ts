import { EventQueue, type Scheduled } from './eventQueue';
import { createRng, type Rng } from './seededRandom';

export type TimerHandle<T> = Scheduled<T>;

/**
 * The simulation kernel: one virtual clock (ms), one queue, one seeded generator.
 * The handler runs each due item in (time, seq) order; it may schedule more items.
 */
export class Kernel<T> {
  private clock = 0;
  private readonly queue = new EventQueue<T>();
  readonly rng: Rng;
  processed = 0;

  constructor(
    seed: number,
    private readonly handler: (payload: T, time: number) => void,
  ) {
    this.rng = createRng(seed);
  }

  now(): number {
    return this.clock;
  }

  pending(): number {
    return this.queue.size;
  }

  nextTime(): number | undefined {
    return this.queue.peek()?.time;
  }

  /** Schedule at an absolute time; times in the past run at the current instant. */
  at(time: number, payload: T): TimerHandle<T> {
    return this.queue.push(Math.max(time, this.clock), payload);
  }

  after(delayMs: number, payload: T): TimerHandle<T> {
    return this.at(this.clock + Math.max(0, delayMs), payload);
  }

  cancel(h: TimerHandle<T> | undefined): void {
    if (h) this.queue.cancel(h);
  }

  /** Run everything due up to and including t, then set the clock to t. */
  runUntil(t: number): void {
    if (!(t >= this.clock)) return; // NaN or the past: nothing to do
    for (;;) {
      const top = this.queue.peek();
      if (!top || top.time > t) break;
      this.queue.pop();
      this.clock = top.time;
      this.processed++;
      this.handler(top.payload, top.time);
    }
    this.clock = t;
  }

  advance(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.runUntil(this.clock + ms);
  }

  /** Jump to the next scheduled instant and run everything due then. False when nothing is queued. */
  stepToNextEvent(): boolean {
    const top = this.queue.peek();
    if (!top) return false;
    this.runUntil(top.time);
    return true;
  }
}
