import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import type { EngineAction } from './model/actions/actionTypes';
import { vgwScenario } from './model/scenarioFixtures';

const VPNS = ['vpn-00000000000000001', 'vpn-00000000000000002', 'vpn-00000000000000099'];
const CGW = 'cgw-0123456789abcdef0';

const tunnelSel = fc.record({ VpnConnectionId: fc.constantFrom(...VPNS), TunnelNumber: fc.constantFrom(1, 2, 3) });

/** Random actions, valid and invalid, including garbage the UI or a share link could send. */
const action: fc.Arbitrary<unknown> = fc.oneof(
  tunnelSel.map((s) => ({ type: 'FailTunnelPath', ...s })),
  tunnelSel.map((s) => ({ type: 'RestoreTunnelPath', ...s })),
  fc.constant({ type: 'FailDevice', CustomerGatewayId: CGW }),
  fc.constant({ type: 'RestoreDevice', CustomerGatewayId: CGW }),
  fc.record({ type: fc.constant('DegradePath'), VpnConnectionId: fc.constantFrom(...VPNS), LossPercent: fc.integer({ min: -5, max: 105 }), LatencyMs: fc.integer({ min: 0, max: 2000 }) }),
  fc.record({ type: fc.constant('SetFirewallBlock'), CustomerGatewayId: fc.constant(CGW), BlockUdp500: fc.boolean(), BlockUdp4500: fc.boolean(), BlockEsp: fc.boolean() }),
  fc.record({ type: fc.constant('SetDeviceNat'), CustomerGatewayId: fc.constant(CGW), Enabled: fc.boolean() }),
  tunnelSel.chain((s) => fc.record({ Phase: fc.constantFrom(1, 2, 3) }).map((p) => ({ type: 'DeviceDeleteSa', ...s, ...p }))),
  tunnelSel.map((s) => ({ type: 'DeviceRekey', ...s })),
  tunnelSel.chain((s) => fc.record({
    IkeVersion: fc.constantFrom('ikev1', 'ikev2', 'ikev3'),
    PreSharedKey: fc.constantFrom('wrongKey123', undefined),
  }, { requiredKeys: [] }).map((Config) => ({ type: 'ConfigureDevice', ...s, Config }))),
  tunnelSel.chain((s) => fc.record({
    DPDTimeoutSeconds: fc.integer({ min: 0, max: 120 }),
    DPDTimeoutAction: fc.constantFrom('clear', 'none', 'restart', 'explode'),
    StartupAction: fc.constantFrom('add', 'start'),
    Phase2LifetimeSeconds: fc.integer({ min: 800, max: 4000 }),
    RekeyFuzzPercentage: fc.integer({ min: -1, max: 101 }),
    EnableTunnelLifecycleControl: fc.boolean(),
  }, { requiredKeys: [] }).map((TunnelOptions) => ({ type: 'ModifyVpnTunnelOptions', ...s, TunnelOptions }))),
  fc.record({ type: fc.constant('ModifyVpnConnectionOptions'), VpnConnectionId: fc.constantFrom(...VPNS), LocalIpv4NetworkCidr: fc.constantFrom('0.0.0.0/0', '10.0.0.0/8', 'nope') }),
  fc.record({ type: fc.constant('TriggerEndpointMaintenance'), VpnConnectionId: fc.constantFrom(...VPNS), Critical: fc.boolean() }),
  tunnelSel.map((s) => ({ type: 'ReplaceVpnTunnel', ...s })),
  fc.record({ type: fc.constant('DeleteVpnConnection'), VpnConnectionId: fc.constantFrom(...VPNS) }),
  fc.constant({ type: 'CreateVpnConnection', CustomerGatewayId: CGW, VpnGatewayId: 'vgw-0123456789abcdef0' }),
  fc.anything(),
);

const step = fc.tuple(action, fc.integer({ min: 0, max: 900_000 }));

function run(seed: number, steps: [unknown, number][]): { json: string; engine: Engine } {
  const e = Engine.fromScenario(vgwScenario({}, 2), { seed });
  for (const [a, dt] of steps) {
    e.dispatch(a as EngineAction);
    e.advance(dt);
  }
  return { json: JSON.stringify({ s: e.snapshot(), ev: e.events() }), engine: e };
}

describe('engine properties over random action sequences', () => {
  it('never throws, snapshots JSON round-trip, and two runs are identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(step, { maxLength: 12 }), (seed, steps) => {
        const a = run(seed, steps);
        const b = run(seed, steps);
        expect(a.json).toBe(b.json);
        const s = a.engine.snapshot();
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
      { numRuns: 40 },
    );
  });

  it('R377: no tunnel is UP unless phase 1 and phase 2 are Established (or Rekeying)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(step, { maxLength: 12 }), (seed, steps) => {
        const e = Engine.fromScenario(vgwScenario({}, 2), { seed });
        for (const [a, dt] of steps) {
          e.dispatch(a as EngineAction);
          e.advance(dt);
          for (const c of e.snapshot().connections) {
            expect(c.tunnels).toHaveLength(2);
            for (const t of c.tunnels) {
              if (t.status === 'UP') {
                expect(['Established', 'Rekeying']).toContain(t.phase1);
                expect(['Established', 'Rekeying']).toContain(t.phase2);
              }
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
