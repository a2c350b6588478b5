import { describe, expect, it } from 'vitest';
import { Kernel } from './kernel';
import { EventQueue } from './eventQueue';
import { createRng, namedStream } from './seededRandom';
import { parseDurationMs } from './simTime';

describe('event queue', () => {
  it('orders by time, then by insertion sequence for equal times', () => {
    const q = new EventQueue<string>();
    q.push(5, 'c');
    q.push(1, 'a');
    q.push(5, 'd');
    q.push(1, 'b');
    const out: string[] = [];
    for (let i = q.pop(); i; i = q.pop()) out.push(i.payload);
    expect(out).toEqual(['a', 'b', 'c', 'd']);
  });
  it('skips cancelled items and counts only live ones', () => {
    const q = new EventQueue<number>();
    const a = q.push(1, 1);
    q.push(2, 2);
    q.cancel(a);
    expect(q.size).toBe(1);
    expect(q.pop()?.payload).toBe(2);
    expect(q.pop()).toBeUndefined();
  });
});

describe('kernel', () => {
  it('runUntil runs due items in order and leaves the clock at the target', () => {
    const seen: [string, number][] = [];
    const k = new Kernel<string>(1, (p, t) => seen.push([p, t]));
    k.at(300, 'late');
    k.at(100, 'early');
    k.runUntil(200);
    expect(seen).toEqual([['early', 100]]);
    expect(k.now()).toBe(200);
    k.advance(100);
    expect(seen.at(-1)).toEqual(['late', 300]);
  });
  it('stepToNextEvent jumps to the next instant and reports an empty queue', () => {
    const k = new Kernel<string>(1, () => undefined);
    k.after(42, 'x');
    expect(k.stepToNextEvent()).toBe(true);
    expect(k.now()).toBe(42);
    expect(k.stepToNextEvent()).toBe(false);
  });
  it('handlers may schedule more work at the same instant, which runs after earlier items', () => {
    const seen: string[] = [];
    const k: Kernel<string> = new Kernel<string>(1, (p) => {
      seen.push(p);
      if (p === 'a') k.after(0, 'c');
    });
    k.at(10, 'a');
    k.at(10, 'b');
    k.runUntil(10);
    expect(seen).toEqual(['a', 'b', 'c']);
  });
  it('ignores negative and NaN advances', () => {
    const k = new Kernel<string>(1, () => undefined);
    k.advance(-5);
    k.advance(Number.NaN);
    k.runUntil(Number.NaN);
    expect(k.now()).toBe(0);
  });
});

describe('seeded generator', () => {
  it('same seed gives the same sequence; a different seed a different one', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const sa = [a.next(), a.hex(17), a.int(1, 6)];
    expect([b.next(), b.hex(17), b.int(1, 6)]).toEqual(sa);
    expect(c.hex(17)).not.toBe(sa[1]);
  });
  it('int stays within inclusive bounds and hex has the asked length', () => {
    const r = createRng(3);
    for (let i = 0; i < 1000; i++) {
      const v = r.int(2, 4);
      expect(v).toBeGreaterThanOrEqual(2);
      expect(v).toBeLessThanOrEqual(4);
    }
    expect(r.hex(17)).toMatch(/^[0-9a-f]{17}$/);
  });
  it('named streams do not depend on draws made elsewhere', () => {
    expect(namedStream(5, 'ids').hex(8)).toBe(namedStream(5, 'ids').hex(8));
    expect(namedStream(5, 'ids').hex(8)).not.toBe(namedStream(5, 'psk').hex(8));
  });
});

describe('durations', () => {
  it('parses scenario durations', () => {
    expect(parseDurationMs('90s')).toBe(90_000);
    expect(parseDurationMs('5m')).toBe(300_000);
    expect(parseDurationMs('250ms')).toBe(250);
    expect(parseDurationMs(2)).toBe(2000);
    expect(parseDurationMs('soon')).toBeUndefined();
  });
});
