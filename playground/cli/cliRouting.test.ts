import { describe, expect, it } from 'vitest';
import { getPreset } from '../scenarios/index';
import { parseCliArgs } from './cliArgs';
import { runCli } from './cliCommands';
import type { CliIo } from './cliIo';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { readFile: (p) => files[p] ?? new Error('no such file'), writeFile: () => undefined, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
const files = { 'vgw.yaml': getPreset('single-vgw')?.text ?? '', 'prop.yaml': getPreset('missing-propagation')?.text ?? '' };

describe('vpnlab routes / trace arguments', () => {
  it('routes: --at and --format are parsed, bad values refused', () => {
    expect(parseCliArgs(['routes', 'a.yaml', '--at', '10m', '--format', 'json'])).toEqual({ ok: true, command: { kind: 'routes', file: 'a.yaml', atMs: 600_000, format: 'json' } });
    expect(parseCliArgs(['routes', 'a.yaml', '--at', 'soon'])).toMatchObject({ ok: false, message: expect.stringContaining('--at "soon"') });
    expect(parseCliArgs(['routes', 'a.yaml', '--format', 'xml'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['routes'])).toMatchObject({ ok: false });
  });
  it('trace: --from and --to are required', () => {
    expect(parseCliArgs(['trace', 'a.yaml', '--from', 'h1', '--to', '10.0.0.1'])).toEqual({ ok: true, command: { kind: 'trace', file: 'a.yaml', atMs: 3_600_000, from: 'h1', to: '10.0.0.1' } });
    expect(parseCliArgs(['trace', 'a.yaml', '--from', 'h1'])).toMatchObject({ ok: false, message: 'trace: --from and --to are both required' });
  });
});

describe('vpnlab routes / trace / run output', () => {
  it('R169, R184: routes prints every table with the selected routes and the rule that chose them', () => {
    const f = fakeIo(files);
    expect(runCli(['routes', 'vgw.yaml', '--at', '2m'], f.io)).toBe(0);
    expect(f.out()).toContain('vpc rtb-0a1b2c3d4e5f60001');
    expect(f.out()).toMatch(/\* 192\.168\.0\.0\/16\s+vgw-1a2b3c4d \[propagated\]/);
    expect(f.out()).toContain('R169');
    expect(f.out()).toMatch(/bgp vpn-04d5cc9b88example .*: Established/);
  });
  it('routes --format json is the snapshot routing part', () => {
    const f = fakeIo(files);
    expect(runCli(['routes', 'vgw.yaml', '--at', '2m', '--format', 'json'], f.io)).toBe(0);
    const j = JSON.parse(f.out()) as { routeTables: { kind: string }[]; bgpSessions: unknown[] };
    expect(j.bgpSessions).toHaveLength(2);
    expect(j.routeTables.map((t) => t.kind)).toEqual(['vpc', 'vgw', 'device']);
  });
  it('R206: trace prints both directions when the path works', () => {
    const f = fakeIo(files);
    expect(runCli(['trace', 'vgw.yaml', '--from', 'app-server', '--to', 'branch-pc', '--at', '2m'], f.io)).toBe(0);
    expect(f.out()).toContain('app-server -> branch-pc: delivered');
    expect(f.out()).toContain('reverse:');
  });
  it('R164: without propagation trace prints the drop and its reason, exit 1', () => {
    const f = fakeIo(files);
    expect(runCli(['trace', 'prop.yaml', '--from', '10.0.1.10', '--to', '192.168.1.20', '--at', '2m'], f.io)).toBe(1);
    expect(f.out()).toContain('drop: NO_ROUTE_TO_DESTINATION');
    expect(f.out()).toContain('R164');
  });
  it('trace names an unknown host', () => {
    const f = fakeIo(files);
    expect(runCli(['trace', 'vgw.yaml', '--from', 'nobody', '--to', 'branch-pc'], f.io)).toBe(1);
    expect(f.err()).toContain("'nobody'");
  });
  it('run --format json includes routing (route tables and BGP sessions)', () => {
    const f = fakeIo(files);
    expect(runCli(['run', 'vgw.yaml', '--until', '2m', '--format', 'json'], f.io)).toBe(0);
    const j = JSON.parse(f.out()) as { routing: { bgpSessions: { state: string }[]; routeTables: unknown[] } };
    expect(j.routing.bgpSessions.map((b) => b.state)).toEqual(['Established', 'Established']);
    expect(j.routing.routeTables.length).toBeGreaterThan(0);
  });
});
