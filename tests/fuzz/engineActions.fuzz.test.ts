/**
 * Fuzzing the engine with random action sequences on random presets: actions of every type
 * with fields drawn from the preset's own IDs (so many are accepted) and from junk (so many are
 * refused), interleaved with time. Dispatch never throws, no action or simulated step ends in
 * an InternalError, every refusal has code/path/message, and the same seed and actions give
 * byte-identical snapshots and event logs.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, Engine, type EngineAction } from '../../playground/engine/index';
import { parseScenarioText } from '../../playground/engine/scenario/index';
import type { Scenario } from '../../playground/engine/schema/scenarioSchema';
import { presets } from '../../playground/scenarios/index';
import { FUZZ_TIMEOUT_MS, checkProperty, expectWellFormedErrors } from './fuzzKit';

interface Loaded {
  name: string;
  scenario: Scenario;
  ids: Record<string, string[]>;
}

const loaded: Loaded[] = presets.map((p) => {
  const r = parseScenarioText(p.text);
  if (!r.ok) throw new Error(`preset ${p.name} does not parse`);
  const s = r.scenario;
  const ids = {
    VpnConnectionId: (s.VpnConnections ?? []).map((c) => c.VpnConnectionId),
    CustomerGatewayId: (s.CustomerGateways ?? []).map((c) => c.CustomerGatewayId),
    VpnGatewayId: (s.VpnGateways ?? []).map((g) => g.VpnGatewayId),
    TransitGatewayId: (s.TransitGateways ?? []).map((g) => g.TransitGatewayId),
    VpcId: (s.Vpcs ?? []).map((v) => v.VpcId),
    RouteTableId: (s.Vpcs ?? []).flatMap((v) => (v.RouteTables ?? []).map((t) => t.RouteTableId)),
    DirectConnectGatewayId: (s.DirectConnectGateways ?? []).map((g) => g.DirectConnectGatewayId),
  };
  return { name: p.name, scenario: s, ids };
});

const JUNK = fc.oneof(
  fc.constantFrom('', 'vpn-00000000000000000', 'nope', 0, -1, null, [], {}),
  fc.jsonValue({ maxDepth: 1 }),
);

/** An action of any type whose fields come from the preset's IDs, sensible values or junk. */
function actionFor(ids: Record<string, string[]>): fc.Arbitrary<unknown> {
  const id = (key: string) =>
    ids[key]?.length
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids[key]!) }, { weight: 1, arbitrary: JUNK })
      : JUNK;
  const fields = fc.record(
    {
      VpnConnectionId: id('VpnConnectionId'),
      CustomerGatewayId: id('CustomerGatewayId'),
      VpnGatewayId: id('VpnGatewayId'),
      TransitGatewayId: id('TransitGatewayId'),
      VpcId: id('VpcId'),
      RouteTableId: id('RouteTableId'),
      GatewayId: id('VpnGatewayId'),
      DirectConnectGatewayId: id('DirectConnectGatewayId'),
      TunnelNumber: fc.constantFrom(1, 2, 1, 2, 3, 0),
      DestinationCidrBlock: fc.constantFrom('172.16.0.0/16', '192.168.0.0/16', '0.0.0.0/0', '10.0.0.0/33', 'x'),
      Phase: fc.constantFrom(1, 2, 3),
      Enabled: fc.boolean(),
      Critical: fc.boolean(),
      ApplyPendingMaintenance: fc.boolean(),
      SkipTunnelReplacement: fc.boolean(),
      BlockUdp500: fc.boolean(),
      BlockUdp4500: fc.boolean(),
      BlockEsp: fc.boolean(),
      LossPercent: fc.integer({ min: -5, max: 105 }),
      LatencyMs: fc.integer({ min: 0, max: 3000 }),
      BytesPerSecondIn: fc.integer({ min: -1, max: 1e9 }),
      BytesPerSecondOut: fc.integer({ min: 0, max: 1e9 }),
      TunnelOptions: fc.record(
        {
          DPDTimeoutSeconds: fc.integer({ min: 0, max: 120 }),
          DPDTimeoutAction: fc.constantFrom('clear', 'none', 'restart', 'x'),
          StartupAction: fc.constantFrom('add', 'start'),
          Phase2LifetimeSeconds: fc.integer({ min: 800, max: 4000 }),
          IKEVersions: fc.constantFrom(['ikev1'], ['ikev2'], ['ikev1', 'ikev2'], []),
          PreSharedKey: fc.constantFrom('abcdefgh', '0bad', 'Vb5lnbfNJv9dgRbW'),
          EnableTunnelLifecycleControl: fc.boolean(),
          TunnelInsideCidr: fc.constantFrom('169.254.10.0/30', '169.254.169.252/30', '10.0.0.0/30'),
        },
        { requiredKeys: [] },
      ),
      Config: fc.record(
        {
          IkeVersion: fc.constantFrom('ikev1', 'ikev2', 'ikev3'),
          PreSharedKey: fc.constantFrom('wrongKey123', 'Vb5lnbfNJv9dgRbW'),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
  const typed = fc.tuple(fc.constantFrom(...ACTION_TYPES), fields).map(([type, f]) => ({ type, ...f }));
  return fc.oneof({ weight: 8, arbitrary: typed }, { weight: 1, arbitrary: fc.anything() });
}

const STEP_MS = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 60_000 }),
  fc.integer({ min: 60_000, max: 900_000 }),
);

const sequence = fc
  .constantFrom(...loaded)
  .chain((p) =>
    fc.record({
      preset: fc.constant(p),
      seed: fc.nat(),
      steps: fc.array(fc.tuple(actionFor(p.ids), STEP_MS), { maxLength: 6 }),
    }),
  );

const tally = { accepted: 0, refused: 0 };

function play(p: Loaded, seed: number, steps: [unknown, number][]): { engine: Engine; json: string } {
  const engine = Engine.fromScenario(p.scenario, { seed });
  for (const [action, dt] of steps) {
    const r = engine.dispatch(action as EngineAction);
    tally[r.ok ? 'accepted' : 'refused'] += 1;
    if (!r.ok) {
      expectWellFormedErrors(r.errors, `${p.name} ${JSON.stringify(action)}`);
      expect(
        r.errors.filter((e) => e.code === 'InternalError'),
        `${p.name} ${JSON.stringify(action)}`,
      ).toEqual([]);
    }
    engine.advance(dt);
  }
  return { engine, json: JSON.stringify({ snapshot: engine.snapshot(), events: engine.events() }) };
}

describe('fuzz: random engine action sequences on random presets', () => {
  it(
    'never throw, never fault inside a step, refuse with code/path/message, and replay identically',
    () => {
      checkProperty(
        'engine action sequences',
        fc.property(sequence, ({ preset, seed, steps }) => {
          const a = play(preset, seed, steps);
          for (const e of a.engine.snapshot().errors) expectWellFormedErrors(e.errors, `${preset.name} at ${e.t}`);
          const internal = a.engine.snapshot().errors.filter((e) => e.errors.some((x) => x.code === 'InternalError'));
          expect(internal, `${preset.name}: faults inside a simulated step`).toEqual([]);
          const b = play(preset, seed, steps);
          expect(b.json === a.json, `${preset.name}: same seed and actions, same snapshot`).toBe(true);
        }),
        100,
        () => ({ ...tally }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
