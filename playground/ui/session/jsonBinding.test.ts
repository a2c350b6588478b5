import { describe, expect, it } from 'vitest';
import { presets } from '../../scenarios/index';
import { parseScenarioText } from '../../engine/scenario/parseScenarioText';
import { buildSandboxJson, trustBuiltScenario } from './jsonBinding';

const jsonOf = (text: string) => {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error('preset invalid');
  return JSON.stringify(parsed.scenario);
};

describe('buildSandboxJson', () => {
  it('builds the same engine from build-validated JSON without validating it again, for every preset', () => {
    for (const p of presets) {
      const json = jsonOf(p.text);
      const checked = buildSandboxJson(json, 1);
      trustBuiltScenario(json);
      const trusted = buildSandboxJson(json, 1);
      if (!checked.ok || !trusted.ok) throw new Error(`${p.name} did not build`);
      checked.engine.advance(90_000);
      trusted.engine.advance(90_000);
      expect(trusted.engine.snapshot(), p.name).toEqual(checked.engine.snapshot());
    }
  });

  it('validates text it was not told the build wrote, naming the field', () => {
    const r = buildSandboxJson('{"Region":"us-east-1","Vpcs":"no"}', 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('Vpcs');
  });

  it('falls back to validation when "trusted" text is not JSON at all (an offline error page)', () => {
    trustBuiltScenario('<html>offline</html>');
    const r = buildSandboxJson('<html>offline</html>', 1);
    expect(r.ok).toBe(false);
  });
});
