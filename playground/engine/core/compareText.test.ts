import { describe, expect, it } from 'vitest';
import { compareText } from './compareText';

describe('compareText', () => {
  it('orders by code units, the same in every locale (determinism)', () => {
    expect(['vpn-b', 'Vpn-a', 'vpn-a', 'vgw', 'tgw-1', 'tgw-10', 'tgw-2'].sort(compareText)).toEqual(['Vpn-a', 'tgw-1', 'tgw-10', 'tgw-2', 'vgw', 'vpn-a', 'vpn-b']);
  });
  it('says equal strings are equal and is antisymmetric', () => {
    expect(compareText('a', 'a')).toBe(0);
    expect(compareText('a', 'b')).toBe(-compareText('b', 'a'));
  });
});
