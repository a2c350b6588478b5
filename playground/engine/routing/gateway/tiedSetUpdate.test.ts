import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefix } from '../prefix';
import { candidateKey } from '../selection/commonSteps';
import type { Decision } from '../selection/selector';
import { route } from '../selection/testRoutes';
import { selectTgwRoute, tgwPolicy } from '../selection/tgwSelection';
import { selectVgwRoute, vgwPolicy } from '../selection/vgwSelection';
import type { RouteCandidate } from '../types';
import { GatewayRib } from './gatewayRib';
import { TransitGatewayRouting } from './tgwRouteTables';

const PREFIXES = ['10.1.0.0/16', '10.2.0.0/24'];
const SOURCES = ['bgp:a', 'bgp:b', 'bgp:c', 'static:d'];

// one source's routes: tunnel ids are per source, so candidate keys never collide across sources
const arbSourceRoutes = (s: number) =>
  fc
    .array(
      fc.record({
        p: fc.constantFrom(...PREFIXES),
        tunnel: fc.integer({ min: 1, max: 2 }),
        kind: fc.constantFrom('vpn-bgp', 'vpn-bgp', 'vpn-bgp', 'vpn-static', 'dx-bgp') as fc.Arbitrary<RouteCandidate['source']>,
        asPath: fc.array(fc.constantFrom(65000, 65001), { minLength: 1, maxLength: 2 }),
        med: fc.constantFrom(100, 200),
        healthy: fc.boolean(),
      }),
      { maxLength: 4 },
    )
    .map((rs) => [...new Map(rs.map((r) => {
      const c = route(r.p, { tunnelId: `52.0.${s}.${r.tunnel}`, vpnConnectionId: `vpn-${s}`, target: `attach-${s}`, source: r.kind, asPath: r.asPath, med: r.med, healthy: r.healthy, dynamic: r.kind === 'vpn-bgp' });
      return [candidateKey(c), c] as const;
    })).values()]);

const arbOps = fc.array(fc.integer({ min: 0, max: SOURCES.length - 1 }).chain((s) => arbSourceRoutes(s).map((cs) => ({ s, cs }))), { minLength: 1, maxLength: 10 });

const summary = (d: Decision<RouteCandidate> | undefined) =>
  d && { selected: d.selected, decidedBy: d.decidedBy, losers: d.losers.map((l) => [l.candidate, l.step, l.beatenBy, l.reason]) };

describe('incremental ECMP set maintenance', () => {
  it('R190/R177–R184: after any sequence of source replacements the table equals a full re-selection', () => {
    fc.assert(
      fc.property(arbOps, fc.boolean(), (ops, vgw) => {
        const rib = new GatewayRib(vgw ? vgwPolicy : tgwPolicy(true));
        const full = (cs: RouteCandidate[]) => (vgw ? selectVgwRoute(cs) : selectTgwRoute(cs, true));
        const current = new Map<string, RouteCandidate[]>();
        for (const { s, cs } of ops) {
          rib.replaceSource(SOURCES[s] as string, cs);
          current.set(SOURCES[s] as string, cs);
          for (const p of PREFIXES) {
            const all = [...current.values()].flat().filter((c) => c.prefix === p);
            const entry = rib.get(prefix(p));
            expect(summary(entry?.decision)).toEqual(summary(full(all)));
            if (entry) expect(entry.explanation.rule).toMatch(/^R\d+$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('R190: a flapped tunnel leaves the ECMP set and rejoins it in tunnel order, explained by R190', () => {
    const tgw = new TransitGatewayRouting('tgw-1', true, [{ routeTableId: 'rtb', associations: ['vpc'], propagations: ['a', 'b'], staticRoutes: [] }]);
    const r = (attach: string, tunnelId: string, asPath = [65001], med = 100) => route('10.9.0.0/16', { tunnelId, target: attach, vpnConnectionId: attach, asPath, med });
    tgw.setAttachmentRoutes('a', [r('a', '52.0.0.1'), r('a', '52.0.0.2')]);
    tgw.setAttachmentRoutes('b', [r('b', '52.0.1.1', [65002]), r('b', '52.0.1.2', [65002])]);
    const rib = tgw.tables.get('rtb');
    const tunnels = () => rib?.get(prefix('10.9.0.0/16'))?.selected.map((c) => c.tunnelId);
    expect(tunnels()).toEqual(['52.0.0.1', '52.0.0.2', '52.0.1.1', '52.0.1.2']);
    tgw.setAttachmentRoutes('a', [r('a', '52.0.0.2')]);
    expect(tunnels()).toEqual(['52.0.0.2', '52.0.1.1', '52.0.1.2']);
    tgw.setAttachmentRoutes('a', [r('a', '52.0.0.1'), r('a', '52.0.0.2')]);
    expect(tunnels()).toEqual(['52.0.0.1', '52.0.0.2', '52.0.1.1', '52.0.1.2']);
    expect(rib?.get(prefix('10.9.0.0/16'))?.explanation).toMatchObject({ rule: 'R190' });
    // a longer AS_PATH on a re-advertised route is not a tie: it must lose (R182), not join the set
    tgw.setAttachmentRoutes('a', [r('a', '52.0.0.1', [65001, 65001]), r('a', '52.0.0.2')]);
    expect(tunnels()).toEqual(['52.0.0.2', '52.0.1.1', '52.0.1.2']);
    expect(rib?.get(prefix('10.9.0.0/16'))?.decision.losers.map((l) => l.rule)).toEqual(['R182']);
  });

  it('R183: a re-advertised route with a higher MED than its own AS\'s route loses, although it ties routes of another AS', () => {
    const tgw = new TransitGatewayRouting('tgw-1', true, [{ routeTableId: 'rtb', associations: ['vpc'], propagations: ['a', 'b'], staticRoutes: [] }]);
    const r = (attach: string, tunnelId: string, asn: number, med: number) => route('10.9.0.0/16', { tunnelId, target: attach, vpnConnectionId: attach, asPath: [asn], med });
    tgw.setAttachmentRoutes('a', [r('a', '52.0.0.1', 65001, 100)]);
    tgw.setAttachmentRoutes('b', [r('b', '52.0.1.1', 65002, 200), r('b', '52.0.1.2', 65002, 100)]);
    const entry = tgw.tables.get('rtb')?.get(prefix('10.9.0.0/16'));
    expect(entry?.selected.map((c) => c.tunnelId)).toEqual(['52.0.0.1', '52.0.1.2']);
    expect(entry?.decision.losers.map((l) => [l.candidate.tunnelId, l.rule])).toEqual([['52.0.1.1', 'R183']]);
  });
});
