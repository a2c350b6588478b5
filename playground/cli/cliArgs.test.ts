import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cliArgs';

const ok = (argv: string[]) => {
  const r = parseCliArgs(argv);
  if (!r.ok) throw new Error(r.message);
  return r.command;
};
const bad = (argv: string[]) => {
  const r = parseCliArgs(argv);
  if (r.ok) throw new Error(`accepted ${argv.join(' ')}`);
  return r.message;
};

describe('parseCliArgs', () => {
  it('validate FILE', () => expect(ok(['validate', 'a.yaml'])).toEqual({ kind: 'validate', file: 'a.yaml' }));

  it('run with defaults (1h, text)', () =>
    expect(ok(['run', 'a.yaml'])).toEqual({ kind: 'run', file: 'a.yaml', untilMs: 3_600_000, format: 'text' }));

  it('run with --until, --seed, --format in both spellings', () => {
    expect(ok(['run', '--until', '2h', 'a.yaml', '--seed=42', '--format', 'json'])).toEqual({
      kind: 'run',
      file: 'a.yaml',
      untilMs: 7_200_000,
      seed: 42,
      format: 'json',
    });
  });

  it.each([
    [['run', 'a.yaml', '--until', 'soon'], 'duration'],
    [['run', 'a.yaml', '--format', 'xml'], 'json or text'],
    [['run', 'a.yaml', '--seed', '-1'], 'seed'],
    [['run', 'a.yaml', '--seed', '99999999999'], 'seed'],
    [['run', 'a.yaml', '--until'], 'needs a value'],
    [['run', 'a.yaml', '--speed', '2'], 'unknown option'],
    [['run'], 'one FILE'],
    [['run', 'a', 'b'], 'one FILE'],
    [['validate'], 'one FILE'],
    [['validate', 'a', '--until', '1h'], 'unknown option'],
    [['preset'], 'NAME'],
    [['presets', 'x'], 'no arguments'],
    [['import'], 'FILE'],
    [['frobnicate'], 'unknown command'],
    [[], 'missing command'],
    [['run', 'a.yaml', '--seed', '1', '--seed', '2'], 'twice'],
  ])('%j is refused (%s)', (argv, fragment) => expect(bad(argv)).toContain(fragment));

  it('presets, preset NAME, import FILE... --region, schema --out, help', () => {
    expect(ok(['presets'])).toEqual({ kind: 'presets' });
    expect(ok(['preset', 'single-vgw'])).toEqual({ kind: 'preset', name: 'single-vgw' });
    expect(ok(['import', 'a.json', 'b.json', '--region', 'eu-west-1'])).toEqual({
      kind: 'import',
      files: ['a.json', 'b.json'],
      region: 'eu-west-1',
    });
    expect(ok(['schema', '--out', 'x.json'])).toEqual({ kind: 'schema', out: 'x.json' });
    expect(ok(['--help'])).toEqual({ kind: 'help' });
  });
});
