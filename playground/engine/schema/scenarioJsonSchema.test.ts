import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './scenarioJsonSchema';

type Json = Record<string, unknown>;
const get = (o: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((cur, k) => (cur as Json | undefined)?.[k], o);

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema();
  const tunnel = get(
    schema,
    'properties',
    'VpnConnections',
    'items',
    'properties',
    'Options',
    'properties',
    'TunnelOptions',
    'items',
  ) as Json;

  it('R75: carries the phase 1 lifetime range and a description', () => {
    const p1 = get(tunnel, 'properties', 'Phase1LifetimeSeconds') as Json;
    expect(p1).toMatchObject({ type: 'integer', minimum: 900, maximum: 28800 });
    expect(String(p1.description)).toContain('28800');
  });

  it('R52: case-insensitive enums are patterns with the API values as examples', () => {
    const dpd = get(tunnel, 'properties', 'DPDTimeoutAction') as Json;
    expect(new RegExp(String(dpd.pattern)).test('Restart')).toBe(true);
    expect(new RegExp(String(dpd.pattern)).test('reboot')).toBe(false);
    expect(dpd.examples).toEqual(['clear', 'none', 'restart']);
  });

  it('every field at every depth has a description (editor hover docs)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
      if (node === null || typeof node !== 'object') return;
      const o = node as Json;
      const props = (o.properties ?? {}) as Record<string, Json>;
      for (const [k, v] of Object.entries(props)) {
        if (typeof v.description !== 'string') missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'properties') walk(v, path);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
