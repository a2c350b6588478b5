import { describe, expect, it } from 'vitest';
import { Engine } from '../index';
import { parseScenarioText } from '../scenario/index';
import { getPreset } from '../../scenarios/index';
import { evaluateCheck, evaluateChecks } from './evaluateCheck';

function preset(name: string): Engine {
  const r = parseScenarioText(getPreset(name)?.text ?? '');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const e = Engine.fromScenario(r.scenario);
  e.advance(120_000);
  return e;
}
const VPN = 'vpn-04d5cc9b88example';
const t1Up = { tunnel: { connection: VPN, tunnel: 1 as const, status: 'UP' as const } };
const t2Up = { tunnel: { connection: VPN, tunnel: 2 as const, status: 'UP' as const } };

describe('all / any / not (psk-mismatch: R392 tunnel 1 DOWN, tunnel 2 UP)', () => {
  const e = preset('psk-mismatch');

  it('all fails with only the failing parts in its message', () => {
    const r = evaluateCheck({ all: [t1Up, t2Up] }, e);
    expect(r.pass).toBe(false);
    expect(r.message).toContain('Tunnel 1 of');
    expect(r.message).not.toContain('Tunnel 2 of');
  });

  it('any passes when one part passes and lists every part when none does', () => {
    expect(evaluateCheck({ any: [t1Up, t2Up] }, e).pass).toBe(true);
    const r = evaluateCheck({ any: [t1Up, { alarm: { name: 'x', state: 'OK' } }] }, e);
    expect(r.message).toMatch(/^None of these holds yet: Tunnel 1 .* \| There is no alarm named x; create it$/);
  });

  it('not inverts and uses its own message when given', () => {
    expect(evaluateCheck({ not: t1Up }, e).pass).toBe(true);
    expect(evaluateCheck({ not: t2Up, message: 'tunnel 2 must be down for this test' }, e)).toEqual({ pass: false, message: 'tunnel 2 must be down for this test' });
  });

  it('evaluateChecks reports each result and passes only when all do', () => {
    const r = evaluateChecks([t1Up, t2Up], e);
    expect(r.pass).toBe(false);
    expect(r.results.map((x) => x.pass)).toEqual([false, true]);
  });
});
