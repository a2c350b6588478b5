/**
 * Bounded FIFO that drops the oldest item when full (PRACTICES #5: scrollback is bounded).
 * Storage grows lazily up to the capacity, so a large cap costs nothing until used.
 */
export class RingBuffer<T> {
  private readonly items: T[] = [];
  private start = 0;
  private dropped = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) this.capacity = 1;
  }

  push(item: T): void {
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return;
    }
    this.items[this.start] = item;
    this.start = (this.start + 1) % this.capacity;
    this.dropped++;
  }

  get length(): number {
    return this.items.length;
  }

  /** How many items were overwritten since creation. */
  get droppedCount(): number {
    return this.dropped;
  }

  /** Items oldest first. */
  toArray(): T[] {
    return [...this.items.slice(this.start), ...this.items.slice(0, this.start)];
  }

  /** Newest item, if any. */
  last(): T | undefined {
    if (this.items.length === 0) return undefined;
    const i = (this.start + this.items.length - 1) % this.items.length;
    return this.items[i];
  }
}
