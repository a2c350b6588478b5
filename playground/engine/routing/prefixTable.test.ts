import { describe, expect, it } from 'vitest';
import { prefix } from './prefix';
import { PrefixTable } from './prefixTable';

describe('PrefixTable', () => {
  it('R165: lookup returns the most specific matching prefix', () => {
    const t = new PrefixTable<string>();
    t.set(prefix('10.0.0.0/8'), 'wide');
    t.set(prefix('10.1.0.0/16'), 'narrow');
    expect(t.lookup('10.1.2.3')?.value).toBe('narrow');
    expect(t.lookup('10.2.2.3')?.value).toBe('wide');
    expect(t.lookup('11.0.0.1')).toBeUndefined();
    expect(t.matches('10.1.2.3').map((m) => m.prefix)).toEqual(['10.1.0.0/16', '10.0.0.0/8']);
  });
  it('deleting a prefix falls back to the shorter one', () => {
    const t = new PrefixTable<number>();
    t.set(prefix('10.0.0.0/8'), 1);
    t.set(prefix('10.1.0.0/16'), 2);
    t.delete(prefix('10.1.0.0/16'));
    expect(t.lookup('10.1.2.3')?.value).toBe(1);
    expect(t.size).toBe(1);
  });
  it('keeps IPv4 and IPv6 apart', () => {
    const t = new PrefixTable<string>();
    t.set(prefix('::/0'), 'v6');
    expect(t.lookup('10.0.0.1')).toBeUndefined();
    expect(t.lookup('fd00::1')?.value).toBe('v6');
  });
});
