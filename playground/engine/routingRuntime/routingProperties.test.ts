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

  it('R11, R207: detaching and re-attaching VPCs on a transit gateway, in any order, restores its route tables', () => {
    const TGW_PRESETS = ['single-tgw', 'multi-site-tgw-ecmp'] as const;
    const routesOf = (e: ReturnType<typeof presetEngine>) =>
      e.snapshot().routing.routeTables.filter((t) => t.kind === 'tgw' || t.kind === 'device').map((t) => `${t.id}:${t.routes.filter((r) => r.selected).map((r) => r.destination).sort().join(',')}`).sort();
    fc.assert(fc.property(fc.constantFrom(...TGW_PRESETS), fc.array(fc.nat(5), { minLength: 1, maxLength: 6 }), (preset, picks) => {
      const e = presetEngine(preset);
      e.advance(3 * 60_000);
      const before = routesOf(e);
      const detached: { tgw: string; vpc: string }[] = [];
      for (const n of picks) {
        const atts = e.snapshot().resources.transitGatewayAttachments.filter((a) => a.ResourceType === 'vpc');
        if (n % 2 === 0 && atts.length > 0) {
          const a = atts[n % atts.length]!;
          expect(e.dispatch({ type: 'DeleteTransitGatewayVpcAttachment', TransitGatewayAttachmentId: a.TransitGatewayAttachmentId }).ok).toBe(true);
          detached.push({ tgw: a.TransitGatewayId, vpc: a.ResourceId });
        } else if (detached.length > 0) {
          const d = detached.splice(n % detached.length, 1)[0]!;
          expect(e.dispatch({ type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: d.tgw, VpcId: d.vpc }).ok).toBe(true);
        }
        e.advance(30_000);
      }
      for (const d of detached) e.dispatch({ type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: d.tgw, VpcId: d.vpc });
      e.advance(2 * 60_000);
      expect(routesOf(e)).toEqual(before);
    }), { numRuns: 25 });
  });
});
