/** Binary min-heap of scheduled items ordered by (time, seq): equal times keep insertion order. */
export interface Scheduled<T> {
  readonly time: number;
  readonly seq: number;
  readonly payload: T;
  cancelled: boolean;
}

export class EventQueue<T> {
  private heap: Scheduled<T>[] = [];
  private seq = 0;
  private live = 0;

  get size(): number {
    return this.live;
  }

  push(time: number, payload: T): Scheduled<T> {
    const item: Scheduled<T> = { time, seq: this.seq++, payload, cancelled: false };
    this.heap.push(item);
    this.up(this.heap.length - 1);
    this.live++;
    return item;
  }

  /** Lazy cancel: the item stays in the heap and is skipped when it reaches the top. */
  cancel(item: Scheduled<T>): void {
    if (!item.cancelled) {
      item.cancelled = true;
      this.live--;
    }
  }

  peek(): Scheduled<T> | undefined {
    this.dropCancelled();
    return this.heap[0];
  }

  pop(): Scheduled<T> | undefined {
    this.dropCancelled();
    const top = this.heap[0];
    if (top) {
      this.removeTop();
      this.live--;
    }
    return top;
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled) this.removeTop();
  }

  private removeTop(): void {
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
  }

  private less(i: number, j: number): boolean {
    const a = this.heap[i]!;
    const b = this.heap[j]!;
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }

  private swap(i: number, j: number): void {
    const t = this.heap[i]!;
    this.heap[i] = this.heap[j]!;
    this.heap[j] = t;
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}
