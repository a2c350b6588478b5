/**
 * Fuzzing the scenario parser (editor text, files, share links): random YAML-ish text and
 * near-miss mutations of every preset. Whatever comes in, parseScenarioText returns data:
 * a scenario, or errors with code/path/message placed on a real line of the text.
 */
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, scenarioToYaml } from '../../playground/engine/scenario/index';
import { presets } from '../../playground/scenarios/index';
import { FUZZ_TIMEOUT_MS, applyMutation, checkProperty, expectWellFormedErrors, mutation } from './fuzzKit';

const KEYS = [
  'Name',
  'Seed',
  'Region',
  'Vpcs',
  'VpcId',
  'CidrBlock',
  'VpnGateways',
  'VpnGatewayId',
  'AmazonSideAsn',
  'CustomerGateways',
  'CustomerGatewayId',
  'BgpAsn',
  'IpAddress',
  'VpnConnections',
  'VpnConnectionId',
  'Options',
  'StaticRoutesOnly',
  'TunnelOptions',
  'TunnelInsideCidr',
  'PreSharedKey',
  'Phase1EncryptionAlgorithms',
  'DPDTimeoutSeconds',
  'Events',
  'At',
  'Action',
  'Type',
];
const SCALARS = [
  '',
  '1',
  '-1',
  '65000',
  '4294967296',
  'true',
  'null',
  '~',
  '10.0.0.0/16',
  '169.254.44.232/30',
  'vgw-1a2b3c4d',
  'cgw-0e11f167e1f1a8d2c',
  '"quoted',
  "'x'",
  '[a, b',
  '{ A: 1 }',
  '&anchor',
  '*anchor',
  '!!binary',
  '90s',
  '1h',
  'P1D',
  '- x',
  '#',
  ':',
  '|',
  '>',
];

/** Lines of `key: value`, list items and noise at random indentation. */
const yamlish = fc
  .array(
    fc
      .tuple(
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.constantFrom(...KEYS),
        fc.oneof(fc.constantFrom(...SCALARS), fc.string({ maxLength: 12 })),
      )
      .map(([indent, dash, key, value]) => `${' '.repeat(indent)}${dash ? '- ' : ''}${key}: ${value}`),
    { maxLength: 25 },
  )
  .map((lines) => lines.join('\n'));

const text = fc.oneof(
  yamlish,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

function expectWellPlaced(result: ReturnType<typeof parseScenarioText>, source: string, where: string): void {
  const lineCount = source.split(/\r\n|\r|\n/).length;
  const all = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (!result.ok) expectWellFormedErrors(result.errors, where);
  for (const e of all) {
    if (e.line === undefined) continue;
    expect(
      Number.isInteger(e.line) && e.line >= 1 && e.line <= lineCount + 1,
      `${where}: line ${e.line} of ${lineCount}`,
    ).toBe(true);
    expect(Number.isInteger(e.column) && (e.column ?? 0) >= 1, `${where}: column ${e.column}`).toBe(true);
  }
}

describe('fuzz: scenario parser', () => {
  it(
    'random YAML-ish text never throws and every error names a code, a path and a line of the text',
    () => {
      checkProperty(
        'parseScenarioText(random text)',
        fc.property(text, (source) => {
          expectWellPlaced(parseScenarioText(source), source, 'random text');
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  const docs = presets.map((p) => ({ name: p.name, doc: parse(p.text) as unknown }));

  it(
    'near-miss mutations of every preset (YAML and JSON) are accepted or refused with well-formed errors',
    () => {
      checkProperty(
        'parseScenarioText(mutated preset)',
        fc.property(fc.constantFrom(...docs), fc.nat(), mutation, fc.boolean(), ({ name, doc }, at, m, asJson) => {
          const mutated = applyMutation(doc, at, m);
          const source = asJson
            ? (JSON.stringify(mutated, null, 1) ?? 'null')
            : JSON.stringify(mutated) === undefined
              ? ''
              : scenarioToYamlLoose(mutated);
          expectWellPlaced(parseScenarioText(source), source, `${name} ${JSON.stringify(m)}`);
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'an accepted scenario prints back to YAML that parses to the same scenario (editor export)',
    () => {
      checkProperty(
        'scenarioToYaml round trip',
        fc.property(fc.constantFrom(...docs), fc.nat(), mutation, fc.boolean(), ({ name, doc }, at, m, mutate) => {
          const first = parseScenarioText(JSON.stringify(mutate ? applyMutation(doc, at, m) : doc) ?? '');
          fc.pre(first.ok);
          if (!first.ok) return;
          const again = parseScenarioText(scenarioToYaml(first.scenario));
          expect(again.ok ? again.scenario : again.errors, `${name} ${JSON.stringify(m)}`).toEqual(first.scenario);
        }),
        40,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

/** YAML of any JSON value (the mutated document), via the same printer the editor uses. */
function scenarioToYamlLoose(v: unknown): string {
  return scenarioToYaml(v as Parameters<typeof scenarioToYaml>[0]);
}
