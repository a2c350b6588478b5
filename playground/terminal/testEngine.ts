/** Test helper: an Engine built from a preset the way the UI builds it (ui/session/engineBinding.ts). */
import { Engine } from '../engine/engine';
import { parseScenarioText } from '../engine/scenario/parseScenarioText';
import { getPreset } from '../scenarios/index';
import { TerminalSession } from './terminalSession';

export function presetEngine(name: string, settleMs = 180_000): Engine {
  const preset = getPreset(name);
  if (!preset) throw new Error(`no preset ${name}`);
  const parsed = parseScenarioText(preset.text);
  if (!parsed.ok) throw new Error(`preset ${name} does not parse`);
  const engine = Engine.fromScenario(parsed.scenario, { seed: parsed.scenario.Seed ?? 1 });
  engine.advance(settleMs);
  return engine;
}

export function presetSession(name: string, settleMs?: number): { engine: Engine; session: TerminalSession } {
  const engine = presetEngine(name, settleMs);
  return { engine, session: new TerminalSession(() => engine) };
}
