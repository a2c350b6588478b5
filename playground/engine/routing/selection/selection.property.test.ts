import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GatewayRib } from '../gateway/gatewayRib';
import type { RouteCandidate } from '../types';
import { route } from './testRoutes';
import { selectTgwRoute } from './tgwSelection';
import { selectVgwRoute } from './vgwSelection';

const arbCandidate = fc
  .record({
    len: fc.constantFrom(16, 24),
    tunnel: fc.integer({ min: 1, max: 6 }),
    source: fc.constantFrom('vpn-bgp', 'vpn-static', 'dx-bgp') as fc.Arbitrary<RouteCandidate['source']>,
    asPath: fc.array(fc.constantFrom(65000, 65001, 65002), { minLength: 1, maxLength: 3 }),
    med: fc.constantFrom(0, 100, 200),
    healthy: fc.boolean(),
  })
  .map((r) => route(`10.1.0.0/${r.len}`, { tunnelId: `52.0.0.${r.tunnel}`, vpnConnectionId: `vpn-${r.tunnel >> 1}`, target: `vpn-${r.tunnel >> 1}`, source: r.source, asPath: r.asPath, med: r.med, healthy: r.healthy, dynamic: r.source === 'vpn-bgp' }));

const uniq = (cs: RouteCandidate[]) => [...new Map(cs.map((c) => [`${c.prefix}|${c.source}|${c.tunnelId}`, c])).values()];
const summary = (d: ReturnType<typeof selectVgwRoute>) => d && { best: d.selected, decidedBy: d.decidedBy, losers: d.losers.map((l) => [l.candidate, l.step]) };

describe('selection properties', () => {
  it('R177–R184: VGW selection is deterministic and independent of candidate order', () => {
    fc.assert(
      fc.property(fc.array(arbCandidate, { minLength: 1, maxLength: 8 }).map(uniq), fc.integer(), (cs, seed) => {
        const shuffled = [...cs].sort((a, b) => ((a.med * 31 + seed) % 7) - ((b.med * 17 + seed) % 5));
        expect(summary(selectVgwRoute(shuffled))).toEqual(summary(selectVgwRoute(cs)));
        expect(summary(selectTgwRoute([...cs].reverse(), true))).toEqual(summary(selectTgwRoute(cs, true)));
      }),
      { numRuns: 100 },
    );
  });
  it('R177: a healthy candidate is always selected over an unhealthy one', () => {
    fc.assert(
      fc.property(fc.array(arbCandidate, { minLength: 1, maxLength: 8 }).map(uniq), (cs) => {
        const d = selectVgwRoute(cs);
        if (cs.some((c) => c.healthy)) expect(d?.best.healthy).toBe(true);
        expect(d?.selected).toHaveLength(1); // R187/R189
      }),
      { numRuns: 100 },
    );
  });
  it('every route table entry explanation and every loser names a rule', () => {
    fc.assert(
      fc.property(fc.array(arbCandidate, { minLength: 1, maxLength: 10 }).map(uniq), fc.boolean(), (cs, vgw) => {
        const rib = new GatewayRib(vgw ? selectVgwRoute : (c) => selectTgwRoute(c, true));
        rib.replaceSource('s', cs);
        for (const e of rib.entries()) {
          expect(e.explanation.rule).toMatch(/^R\d+$/);
          expect(e.explanation.text.length).toBeGreaterThan(0);
          for (const l of e.decision.losers) expect(l.rule).toMatch(/^R\d+$/);
        }
      }),
      { numRuns: 100 },
    );
  });
});
