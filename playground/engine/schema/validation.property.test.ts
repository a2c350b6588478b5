import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario/parseScenarioText';
import { createRng } from '../core/seededRandom';
import {
  DPD_TIMEOUT_ACTIONS,
  ENCRYPTION_ALGORITHMS,
  IKE_VERSIONS,
  INTEGRITY_ALGORITHMS,
  PHASE1_DH_GROUPS,
  PHASE2_DH_GROUPS,
  RANGES,
} from './optionValues';
import { resolveTunnelOptions } from './resolveTunnelOptions';
import { insideCidrProblem, preSharedKeyProblem } from './tunnelOptionsSchema';
import { validateScenario } from './validateScenario';

const RUNS = { numRuns: 100 };

function scenarioWith(tunnel: unknown, options: unknown = {}) {
  return {
    CustomerGateways: [{ CustomerGatewayId: 'cgw-01', IpAddress: '203.0.113.12' }],
    VpnGateways: [{ VpnGatewayId: 'vgw-01' }],
    VpnConnections: [
      {
        VpnConnectionId: 'vpn-01',
        CustomerGatewayId: 'cgw-01',
        VpnGatewayId: 'vgw-01',
        Options: { ...(options as object), TunnelOptions: [tunnel] },
      },
    ],
  };
}

const OPTION_NAMES = [
  'TunnelInsideCidr',
  'PreSharedKey',
  'Phase1LifetimeSeconds',
  'Phase2LifetimeSeconds',
  'RekeyMarginTimeSeconds',
  'RekeyFuzzPercentage',
  'ReplayWindowSize',
  'DPDTimeoutSeconds',
  'DPDTimeoutAction',
  'Phase1EncryptionAlgorithms',
  'Phase2DHGroupNumbers',
  'IKEVersions',
  'StartupAction',
  'LogOptions',
];

describe('validation never throws and always names the field (property)', () => {
  it('validateScenario on anything returns a result; errors have code, string path and message', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validateScenario(input);
        if (!r.ok)
          for (const e of r.errors) {
            expect(typeof e.code).toBe('string');
            expect(typeof e.path).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
      }),
      RUNS,
    );
  });

  it('garbage tunnel options are refused with a path inside the tunnel', () => {
    const value = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.string(), fc.integer())),
      fc.object(),
    );
    const tunnel = fc.dictionary(fc.constantFrom(...OPTION_NAMES, 'Bogus'), value, { minKeys: 1 });
    fc.assert(
      fc.property(tunnel, (t) => {
        const r = validateScenario(scenarioWith(t));
        if (r.ok) return;
        for (const e of r.errors) expect(e.path.startsWith('VpnConnections[0].')).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseScenarioText on any text returns a result; located errors have a positive line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parseScenarioText(text);
        if (!r.ok)
          for (const e of r.errors) {
            expect(typeof e.code).toBe('string');
            if (e.line !== undefined) expect(e.line).toBeGreaterThan(0);
          }
      }),
      RUNS,
    );
  });
});

/** Option sets that satisfy every rule (R50–R88), built so phase 2 < phase 1 and margin ≤ phase 2 / 2. */
const validTunnel = fc
  .record({
    p1: fc.integer({ min: 901, max: RANGES.Phase1LifetimeSeconds.max }),
    p2Frac: fc.double({ min: 0, max: 1, noNaN: true }),
    marginFrac: fc.double({ min: 0, max: 1, noNaN: true }),
    fuzz: fc.integer({ min: 0, max: 100 }),
    replay: fc.integer({ min: 64, max: 2048 }),
    dpd: fc.integer({ min: 30, max: 100_000 }),
    dpdAction: fc.constantFrom(...DPD_TIMEOUT_ACTIONS),
    enc1: fc.subarray([...ENCRYPTION_ALGORITHMS], { minLength: 1 }),
    integ2: fc.subarray([...INTEGRITY_ALGORITHMS], { minLength: 1 }),
    dh1: fc.subarray([...PHASE1_DH_GROUPS], { minLength: 1 }),
    dh2: fc.subarray([...PHASE2_DH_GROUPS], { minLength: 1 }),
    ike: fc.subarray([...IKE_VERSIONS], { minLength: 1 }),
    upper: fc.boolean(),
  })
  .map((x) => {
    const p2 = Math.min(3600, x.p1 - 1, 900 + Math.floor(x.p2Frac * (Math.min(3600, x.p1 - 1) - 900)));
    const margin = 60 + Math.floor(x.marginFrac * (Math.floor(p2 / 2) - 60));
    return {
      Phase1LifetimeSeconds: x.p1,
      Phase2LifetimeSeconds: p2,
      RekeyMarginTimeSeconds: margin,
      RekeyFuzzPercentage: x.fuzz,
      ReplayWindowSize: x.replay,
      DPDTimeoutSeconds: x.dpd,
      DPDTimeoutAction: x.upper ? x.dpdAction.toUpperCase() : x.dpdAction,
      Phase1EncryptionAlgorithms: x.enc1,
      Phase2IntegrityAlgorithms: x.integ2,
      Phase1DHGroupNumbers: x.dh1,
      Phase2DHGroupNumbers: x.dh2,
      IKEVersions: x.ike,
    };
  });

describe('valid option sets (property)', () => {
  it('R48–R88: every rule-abiding option set validates and resolves within its ranges', () => {
    fc.assert(
      fc.property(validTunnel, fc.integer({ min: 0, max: 2 ** 31 }), (t, seed) => {
        const r = validateScenario(scenarioWith(t));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const spec = r.scenario.VpnConnections?.[0]?.Options?.TunnelOptions?.[0];
        const o = resolveTunnelOptions(spec, { rng: createRng(seed) });
        expect(o.Phase2LifetimeSeconds).toBeLessThan(o.Phase1LifetimeSeconds);
        expect(o.RekeyMarginTimeSeconds).toBeLessThanOrEqual(o.Phase2LifetimeSeconds / 2);
        for (const k of [
          'Phase1LifetimeSeconds',
          'Phase2LifetimeSeconds',
          'RekeyMarginTimeSeconds',
          'RekeyFuzzPercentage',
          'ReplayWindowSize',
          'DPDTimeoutSeconds',
        ] as const) {
          expect(o[k]).toBeGreaterThanOrEqual(RANGES[k].min);
          expect(o[k]).toBeLessThanOrEqual(RANGES[k].max);
        }
        expect(DPD_TIMEOUT_ACTIONS).toContain(o.DPDTimeoutAction);
        expect(preSharedKeyProblem(o.PreSharedKey)).toBeNull();
        expect(insideCidrProblem(o.TunnelInsideCidr)).toBeNull();
      }),
      RUNS,
    );
  });

  it('R79: any PSK of the allowed alphabet and length not starting with 0 is accepted; others refused', () => {
    const chars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._'.split(''));
    const psk = fc.array(chars, { minLength: 8, maxLength: 64 }).map((a) => a.join(''));
    fc.assert(
      fc.property(psk, (k) => {
        const ok = validateScenario(scenarioWith({ PreSharedKey: k })).ok;
        expect(ok).toBe(!k.startsWith('0'));
      }),
      RUNS,
    );
  });
});
