import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ringBuffer';

describe('RingBuffer', () => {
  it('keeps the newest items oldest-first and counts what it dropped', () => {
    const rb = new RingBuffer<number>(3);
    for (let i = 1; i <= 7; i++) rb.push(i);
    expect(rb.toArray()).toEqual([5, 6, 7]);
    expect(rb.last()).toBe(7);
    expect(rb.droppedCount).toBe(4);
    expect(rb.length).toBe(3);
  });
  it('is empty and safe before the first push', () => {
    const rb = new RingBuffer<string>(2);
    expect(rb.toArray()).toEqual([]);
    expect(rb.last()).toBeUndefined();
  });
});
