/**
 * Fuzzing the `aws ec2 describe-*` importer with random JSON shapes and near-miss mutations
 * of real describe output: it returns a scenario or errors naming the field, never throws,
 * and a scenario it accepts runs in the engine.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../playground/engine/index';
import { importDescribeOutputs } from '../../playground/engine/importer/index';
import cgws from '../../playground/engine/importer/fixtures/describe-customer-gateways.json';
import tgws from '../../playground/engine/importer/fixtures/describe-transit-gateways.json';
import vpns from '../../playground/engine/importer/fixtures/describe-vpn-connections.json';
import vgws from '../../playground/engine/importer/fixtures/describe-vpn-gateways.json';
import {
  FUZZ_TIMEOUT_MS,
  applyMutation,
  checkProperty,
  expectWellFormedErrors,
  mutation,
  pathsOf,
  type Mutation,
} from './fuzzKit';

const FIXTURES: Record<string, unknown> = { 'vpn.json': vpns, 'cgw.json': cgws, 'vgw.json': vgws, 'tgw.json': tgws };
const KEYS = ['VpnConnections', 'CustomerGateways', 'VpnGateways', 'TransitGateways'];

/** Objects shaped like describe output: a known top-level key over random JSON. */
const describeShaped = fc.dictionary(
  fc.constantFrom(...KEYS, 'NextToken', 'vpnConnections'),
  fc.oneof(
    fc.array(
      fc.dictionary(
        fc.constantFrom(
          'VpnConnectionId',
          'CustomerGatewayId',
          'VpnGatewayId',
          'TransitGatewayId',
          'State',
          'Options',
          'BgpAsn',
          'IpAddress',
          'Type',
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxLength: 4 },
    ),
    fc.jsonValue({ maxDepth: 3 }),
  ),
);

const fileText = fc.oneof(
  describeShaped.map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 80 }),
);

function importAndRun(files: { name: string; text: string }[], where: string): void {
  const r = importDescribeOutputs(files);
  if (!r.ok) {
    expectWellFormedErrors(r.errors, where);
    return;
  }
  const engine = Engine.fromScenario(r.scenario);
  engine.advance(120_000);
  engine.snapshot();
}

describe('fuzz: describe-* importer', () => {
  it(
    'random JSON shapes and non-JSON text are refused with code, path and message, never thrown',
    () => {
      checkProperty(
        'importDescribeOutputs(random files)',
        fc.property(
          fc.array(fc.record({ name: fc.constantFrom('a.json', 'b.json'), text: fileText }), { maxLength: 4 }),
          (files) => {
            importAndRun(files, 'random files');
          },
        ),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'one field of real describe output changed, removed or duplicated: imported and run, or refused cleanly',
    () => {
      checkProperty(
        'importDescribeOutputs(mutated fixtures)',
        fc.property(fc.constantFrom(...Object.keys(FIXTURES)), fc.nat(), mutation, (target, at, m) => {
          const files = Object.entries(FIXTURES).map(([name, data]) => ({
            name,
            text: JSON.stringify(name === target ? applyMutation(data, at, m) : data) ?? '',
          }));
          importAndRun(files, `${target} ${JSON.stringify(m)}`);
        }),
        60,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  // Deterministic companion of the random property: every field of every fixture, each wrong type.
  it(
    'every field of real describe output replaced by a wrong type or removed: refused or imported, never thrown',
    () => {
      const WRONG: Mutation[] = [0, 'x', null, {}, [], [null]].map((value) => ({ kind: 'set', value }));
      const thrown: string[] = [];
      for (const [target, data] of Object.entries(FIXTURES)) {
        const paths = pathsOf(data);
        for (let at = 1; at < paths.length; at++) {
          for (const m of [...WRONG, { kind: 'delete' } as const]) {
            const files = Object.entries(FIXTURES).map(([name, d]) => ({
              name,
              text: JSON.stringify(name === target ? applyMutation(d, at, m) : d) ?? '',
            }));
            try {
              const r = importDescribeOutputs(files);
              if (!r.ok) expectWellFormedErrors(r.errors, target);
            } catch (e) {
              thrown.push(
                `${target} ${JSON.stringify(paths[at])} = ${JSON.stringify(m)}: ${e instanceof Error ? e.message : String(e)}`,
              );
            }
          }
        }
      }
      expect([...new Set(thrown.map((t) => t.replace(/\[\d+\]|,\d+/g, '')))].slice(0, 10), 'importer threw').toEqual(
        [],
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
