import { describe, expect, it } from 'vitest';
import { presets } from '../../playground/scenarios/index';
import { parseScenarioText } from '../../playground/engine/scenario/parseScenarioText';
import { Engine } from '../../playground/engine/engine';
import { loadLabs, startLab, startLabFrom } from '../../labs/index';
import { labScenarioJson, presetJson } from './presetJson';

// The playground starts its default preset from this build-time JSON instead of parsing the
// YAML in the browser: the two must run identically, for every preset.
describe('presetJson', () => {
  for (const p of presets) {
    it(`${p.name}: the engine built from the JSON and run in slices matches the one built from the YAML and run at once`, () => {
      const parsed = parseScenarioText(p.text);
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
      const fromYaml = Engine.fromScenario(parsed.scenario, { seed: parsed.scenario.Seed ?? 1 });
      const json = JSON.parse(presetJson(p.name)) as typeof parsed.scenario;
      const fromJson = Engine.fromScenario(json, { seed: json.Seed ?? 1 });
      fromYaml.advance(90_000);
      // The playground runs its first scenario in 2 s slices (SandboxSession.loadGradually).
      for (let t = 2_000; t <= 90_000; t += 2_000) fromJson.runUntil(t);
      expect(fromJson.snapshot()).toEqual(fromYaml.snapshot());
    });
  }

  it('names an unknown preset in its error', () => {
    expect(() => presetJson('no-such-preset')).toThrow(/no-such-preset/);
  });
});

// Lab pages start their engine from the scenario validated at build time, not from the YAML.
describe('labScenarioJson', () => {
  for (const lab of loadLabs().labs) {
    it(`${lab.slug}: the lab page's engine starts in the same state as startLab`, () => {
      const fromYaml = startLab(lab);
      const fromJson = startLabFrom(lab, JSON.parse(labScenarioJson(lab)));
      if (!fromYaml.ok || !fromJson.ok) throw new Error('lab did not start');
      expect(fromJson.engine.snapshot()).toEqual(fromYaml.engine.snapshot());
    });
  }
});
