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

  it('exits 2 with usage on bad arguments', () => {
    const r = run(['bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: vpnlab');
  });
});
