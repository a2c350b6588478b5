import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetEngine } from './presetTestKit';

const PRESETS = ['single-vgw', 'single-tgw', 'redundant-cgw', 'multi-site-tgw-ecmp', 'cloudhub', 'vpn-with-dx', 'dx-private-ip'] as const;
const fault = fc.record({ preset: fc.constantFrom(...PRESETS), conn: fc.nat(3), tunnel: fc.constantFrom(1 as const, 2 as const), at: fc.integer({ min: 60_000, max: 600_000 }) });

describe('routing properties', () => {
  it('R177, R113: no traffic enters a down tunnel while a healthy path exists', () => {
    fc.assert(fc.property(fault, ({ preset, conn, tunnel, at }) => {
      const e = presetEngine(preset);
      e.advance(at);
      const c = e.snapshot().connections[conn % e.snapshot().connections.length]!;
      e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: c.id, TunnelNumber: tunnel });
      e.advance(120_000); // past hold time and DPD: the failed tunnel is DOWN
      const before = e.snapshot().connections.flatMap((x) => x.tunnels.map((t) => ({ ...t, conn: x.id })));
      e.advance(600_000);
      const after = e.snapshot().connections.flatMap((x) => x.tunnels);
      for (const [i, t] of before.entries()) {
        if (t.status === 'UP' || t.dataPlaneUp) continue;
        expect(after[i]!.bytesIn - t.bytesIn).toBe(0);
        expect(after[i]!.bytesOut - t.bytesOut).toBe(0);
      }
      // the healthy path still carries the traffic
      expect(after.reduce((n, t) => n + t.bytesOut, 0)).toBeGreaterThan(before.reduce((n, t) => n + t.bytesOut, 0));
    }), { numRuns: 40 });
  });

  it('R177–R184, R165–R169: every selected route table entry carries an explanation naming a rule', () => {
    fc.assert(fc.property(fault, ({ preset, conn, tunnel, at }) => {
      const e = presetEngine(preset);
      e.advance(at);
      const c = e.snapshot().connections[conn % e.snapshot().connections.length]!;
      e.dispatch({ type: 'FailTunnelPath', VpnConnectionId: c.id, TunnelNumber: tunnel });
      e.advance(60_000);
      for (const t of e.snapshot().routing.routeTables) {
        for (const r of t.routes.filter((x) => x.selected)) {
          expect(r.explanation?.rule).toMatch(/^R\d+$/);
          expect(r.explanation?.text.length).toBeGreaterThan(0);
          for (const l of r.losers ?? []) expect(l.rule).toMatch(/^R\d+$/);
        }
      }
    }), { numRuns: 40 });
  });

  it('determinism: same scenario and seed give an identical snapshot JSON', () => {
    fc.assert(fc.property(fc.constantFrom(...PRESETS), fc.nat(1000), fc.integer({ min: 1000, max: 900_000 }), (preset, seed, ms) => {
      const run = () => {
        const e = presetEngine(preset, seed);
        e.advance(ms);
        return JSON.stringify(e.snapshot());
      };
      expect(run()).toBe(run());
    }), { numRuns: 40 });
  });
});
