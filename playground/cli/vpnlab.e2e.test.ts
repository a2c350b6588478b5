import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [`${here}vpnlab.mjs`, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    ...(input !== undefined ? { input } : {}),
  });

describe('vpnlab binary (bundled)', () => {
  beforeAll(() => {
    const b = spawnSync(process.execPath, [`${here}build.mjs`], { encoding: 'utf8', timeout: 60_000 });
    if (b.status !== 0) throw new Error(b.stderr);
  }, 60_000);

  it('validates a preset read from stdin and runs it', () => {
    const preset = run(['preset', 'single-vgw']);
    expect(preset.status).toBe(0);
    const v = run(['validate', '-'], preset.stdout);
    expect(v.stdout).toBe('-: valid\n');
    const r = run(['run', '-', '--until', '5m', '--format', 'json'], preset.stdout);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).connections[0].tunnels[0].status).toBe('UP');
  });

  it('R273: config --list, config FILE and export FILE through the bundle', () => {
    const list = run(['config', '--list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^strongswan\s+Strongswan/m);
    const preset = run(['preset', 'single-vgw']).stdout;
    const cfg = run(['config', '-', '--connection', 'vpn-04d5cc9b88example', '--device', 'strongswan'], preset);
    expect(cfg.status).toBe(0);
    expect(cfg.stdout).toMatch(/^connections \{/m);
    expect(cfg.stdout).toMatch(/remote_addrs = \d+\.\d+\.\d+\.\d+/);
    const bad = run(['config', '-', '--connection', 'vpn-nope', '--device', 'strongswan'], preset);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('connections: vpn-04d5cc9b88example');
    const tf = run(['export', '-', '--format', 'terraform'], preset);
    expect(tf.status).toBe(0);
    expect(tf.stdout).toContain('resource "aws_vpn_connection"');
  }, 60_000);

  it('exits 2 with usage on bad arguments', () => {
    const r = run(['bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: vpnlab');
  });
});
