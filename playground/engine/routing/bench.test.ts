import { describe, expect, it } from 'vitest';
import { benchTgwFlap } from './bench';

// Correctness of the benchmark scenario only; no timing is asserted here.
describe('routing bench scenario', () => {
  it('R190: after one tunnel of 3 ECMP connections flaps, the set has 5 tunnels and only 1,000 prefixes were recomputed', () => {
    let t = 0;
    const r = benchTgwFlap(3, () => t++, 1000);
    expect(r.recomputedPrefixes).toBe(1000);
    expect(r.ecmpWidthAfterFlap).toBe(6); // flapped back up: 2 tunnels × 3 connections
  });
});
