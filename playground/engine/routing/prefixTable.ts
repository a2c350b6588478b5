/**
 * Longest-prefix-match table: one Map per prefix length, keyed by the network number. A lookup
 * probes only the lengths present, longest first, so a table of 50,000 routes answers in a few
 * Map reads; insert and delete are O(1), which keeps incremental recompute cheap.
 */
import { maskOf, parseAddress, parsed, type Family } from './prefix';
import type { Prefix } from './types';

export class PrefixTable<T> {
  private readonly byLength: Record<Family, Map<number, Map<bigint, { prefix: Prefix; value: T }>>> = { 4: new Map(), 6: new Map() };
  /** Value per prefix, plus where its record lives so replacing a value needs no parsing. */
  private readonly entries = new Map<Prefix, { value: T; bucket: Map<bigint, { prefix: Prefix; value: T }>; network: bigint }>();

  get size(): number {
    return this.entries.size;
  }
  get(p: Prefix): T | undefined {
    return this.entries.get(p)?.value;
  }
  set(p: Prefix, value: T): void {
    const slot = this.entries.get(p);
    if (slot) {
      slot.value = value;
      slot.bucket.set(slot.network, { prefix: p, value });
      return;
    }
    const { family, network, length } = parsed(p);
    let m = this.byLength[family].get(length);
    if (!m) this.byLength[family].set(length, (m = new Map()));
    m.set(network, { prefix: p, value });
    this.entries.set(p, { value, bucket: m, network });
  }
  delete(p: Prefix): void {
    if (!this.entries.delete(p)) return;
    const { family, network, length } = parsed(p);
    const m = this.byLength[family].get(length);
    m?.delete(network);
    if (m && m.size === 0) this.byLength[family].delete(length);
  }
  /** Every entry whose prefix contains the address, longest prefix first. */
  matches(address: string): Array<{ prefix: Prefix; value: T }> {
    const a = parseAddress(address);
    if (!a) return [];
    const lengths = [...this.byLength[a.family].keys()].sort((x, y) => y - x);
    const out: Array<{ prefix: Prefix; value: T }> = [];
    for (const len of lengths) {
      const net = a.value & maskOf(a.family, len);
      const hit = this.byLength[a.family].get(len)?.get(net);
      if (hit) out.push(hit);
    }
    return out;
  }
  lookup(address: string): { prefix: Prefix; value: T } | undefined {
    return this.matches(address)[0];
  }
  *[Symbol.iterator](): IterableIterator<[Prefix, T]> {
    for (const [p, slot] of this.entries) yield [p, slot.value];
  }
}
