import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCheck, parseChecks } from './checkSchema';

describe('checks as data', () => {
  it('parses every kind from YAML', () => {
    const r = parseChecks(parse(`
- tunnel: { connection: vpn-x, tunnel: 1, status: UP }
- connection: { connection: { customerGateway: cgw-1 }, staticRoute: 192.168.0.0/16 }
- bgp: { connection: vpn-x, tunnel: both, state: Established }
- route: { table: rtb-1, destination: 10.0.0.0/16, origin: propagated, selected: true }
- reach: { from: a, to: b, symmetric: true }
- log: { messageId: ikev2PskMismatch, connection: vpn-x, tunnel: 1 }
- metric: { name: TunnelState, connection: vpn-x, op: '>=', value: 1 }
- alarm: { name: a1, state: ALARM }
- option: { connection: vpn-x, tunnel: both, name: Phase1DHGroupNumbers, atLeast: 14 }
- deviceSetting: { customerGateway: cgw-1, name: Mtu, atMost: 1438 }
- all: [{ alarm: { name: a1, state: OK } }]
- any: [{ alarm: { name: a1, state: OK } }]
- not: { alarm: { name: a1, state: OK } }
  message: must not be OK
`), 'checks');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.checks).toHaveLength(13);
  });

  it('R377: an invalid phase state is reported with its full path', () => {
    const r = parseCheck({ tunnel: { connection: 'vpn-x', tunnel: 1, phase1: 'Up' } }, 'tasks[0].checks[2]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('tasks[0].checks[2].tunnel.phase1');
  });

  it('R4: tunnel must be 1, 2 or both', () => {
    const r = parseCheck({ tunnel: { connection: 'vpn-x', tunnel: 3, status: 'UP' } });
    expect(r).toEqual({ ok: false, errors: [{ path: 'check.tunnel.tunnel', message: 'must be 1, 2 or both' }] });
  });

  it('errors inside all/any name the nested index', () => {
    const r = parseCheck({ all: [{ alarm: { name: 'a', state: 'OK' } }, { alarm: { name: 'a', state: 'RED' } }] }, 'c');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('c.all[1].alarm.state');
  });

  it('refuses unknown kinds, two kinds at once, unknown fields and comparator-less options', () => {
    const bad = [
      [{ tunel: {} }, 'check'],
      [{ tunnel: { connection: 'v', tunnel: 1 }, alarm: { name: 'a', state: 'OK' } }, 'check'],
      [{ alarm: { name: 'a', state: 'OK', colour: 'red' } }, 'check.alarm'],
      [{ option: { connection: 'v', name: 'StartupAction' } }, 'check.option'],
      [{ log: { messageId: 'ikev9Nope' } }, 'check.log.messageId'],
    ] as const;
    for (const [input, path] of bad) {
      const r = parseCheck(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.errors[0]?.path, JSON.stringify(input)).toBe(path);
    }
  });

  it('a task needs a non-empty list of checks', () => {
    expect(parseChecks([], 'tasks[1].checks')).toEqual({ ok: false, errors: [{ path: 'tasks[1].checks', message: 'must be a non-empty list of checks' }] });
  });
});
