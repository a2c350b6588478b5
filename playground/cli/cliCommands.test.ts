import { describe, expect, it } from 'vitest';
import cgws from '../engine/importer/fixtures/describe-customer-gateways.json';
import tgws from '../engine/importer/fixtures/describe-transit-gateways.json';
import vpns from '../engine/importer/fixtures/describe-vpn-connections.json';
import vgws from '../engine/importer/fixtures/describe-vpn-gateways.json';
import { parseScenarioText } from '../engine/scenario/parseScenarioText';
import { getPreset } from '../scenarios/index';
import { runCli } from './cliCommands';
import type { CliIo } from './cliIo';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    readFile: (p) => files[p] ?? new Error('no such file'),
    writeFile: (p, t) => {
      written[p] = t;
      return undefined;
    },
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const BAD = `CustomerGateways:
  - CustomerGatewayId: cgw-01
    IpAddress: 203.0.113.1
    BgpAsn: 7224
VpnGateways: [{ VpnGatewayId: vgw-01 }]
VpnConnections:
  - VpnConnectionId: vpn-01
    CustomerGatewayId: cgw-01
    VpnGatewayId: vgw-01
    Options: { TunnelOptions: [{ DPDTimeoutSeconds: 10 }] }
`;

describe('vpnlab commands', () => {
  it('validate: a valid file prints "FILE: valid" and exits 0', () => {
    const f = fakeIo({ 'ok.yaml': getPreset('single-vgw')?.text ?? '' });
    expect(runCli(['validate', 'ok.yaml'], f.io)).toBe(0);
    expect(f.out()).toBe('ok.yaml: valid\n');
  });

  it('validate: R30, R50: one line per error with path, value and reason; exit 1', () => {
    const f = fakeIo({ 'bad.yaml': BAD });
    expect(runCli(['validate', 'bad.yaml'], f.io)).toBe(1);
    const lines = f.out().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => /^CustomerGateways\[0\]\.BgpAsn: 7224: .*R30/.test(l))).toBe(true);
    expect(
      lines.some((l) =>
        /^VpnConnections\[0\]\.Options\.TunnelOptions\[0\]\.DPDTimeoutSeconds: 10: .*30 or more/.test(l),
      ),
    ).toBe(true);
  });

  it('validate: a missing file exits 1 with a message', () => {
    const f = fakeIo({});
    expect(runCli(['validate', 'nope.yaml'], f.io)).toBe(1);
    expect(f.err()).toContain('nope.yaml');
  });

  it('bad arguments print usage on stderr and exit 2', () => {
    const f = fakeIo({});
    expect(runCli(['run'], f.io)).toBe(2);
    expect(f.err()).toContain('usage: vpnlab');
    expect(f.out()).toBe('');
  });

  it('preset: unknown name exits 2 and lists the presets', () => {
    const f = fakeIo({});
    expect(runCli(['preset', 'nope'], f.io)).toBe(2);
    expect(f.err()).toContain('single-vgw');
  });

  it('presets lists one per line; preset NAME prints YAML that validates', () => {
    const f = fakeIo({});
    expect(runCli(['presets'], f.io)).toBe(0);
    expect(f.out().split('\n')[0]).toMatch(/^single-vgw\s+\S/);
    const g = fakeIo({});
    runCli(['preset', 'cloudhub'], g.io);
    expect(parseScenarioText(g.out()).ok).toBe(true);
  });

  it('run --format json: connections with two tunnels each, logs, metrics, alarms, health events, errors', () => {
    const f = fakeIo({ 's.yaml': getPreset('psk-mismatch')?.text ?? '' });
    expect(runCli(['run', 's.yaml', '--until', '10m', '--format', 'json'], f.io)).toBe(0);
    const report = JSON.parse(f.out());
    expect(report.t).toBe(600_000);
    expect(report.connections[0].tunnels).toHaveLength(2);
    expect(Object.keys(report.connections[0].tunnels[0])).toEqual(
      expect.arrayContaining(['outsideIpAddress', 'status', 'phase1', 'phase2', 'lastStatusChange']),
    );
    expect(report).toHaveProperty('logs');
    expect(report).toHaveProperty('metrics');
    expect(report).toHaveProperty('alarms');
    expect(report).toHaveProperty('healthEvents');
    expect(report).toHaveProperty('errors');
    // R81: the tunnel whose keys differ stays down, the other comes up.
    expect(report.connections[0].tunnels.map((t: { status: string }) => t.status)).toEqual(['DOWN', 'UP']);
  });

  it('run: same scenario and seed give identical output', () => {
    const text = getPreset('device-down')?.text ?? '';
    const a = fakeIo({ s: text });
    const b = fakeIo({ s: text });
    runCli(['run', 's', '--until', '5m', '--format', 'json', '--seed', '9'], a.io);
    runCli(['run', 's', '--until', '5m', '--format', 'json', '--seed', '9'], b.io);
    expect(a.out()).toBe(b.out());
  });

  it('run: an invalid scenario exits 1 without running', () => {
    const f = fakeIo({ 'bad.yaml': BAD });
    expect(runCli(['run', 'bad.yaml'], f.io)).toBe(1);
  });

  it('import: describe-* JSON becomes a scenario YAML that validates', () => {
    const f = fakeIo({
      v: JSON.stringify(vpns),
      c: JSON.stringify(cgws),
      g: JSON.stringify(vgws),
      t: JSON.stringify(tgws),
    });
    expect(runCli(['import', 'v', 'c', 'g', 't'], f.io)).toBe(0);
    expect(parseScenarioText(f.out()).ok).toBe(true);
    expect(f.err()).toContain('warning');
  });

  it('import: a missing customer gateway is an error naming the describe command', () => {
    const f = fakeIo({ v: JSON.stringify(vpns), g: JSON.stringify(vgws), t: JSON.stringify(tgws) });
    expect(runCli(['import', 'v', 'g', 't'], f.io)).toBe(1);
    expect(f.out()).toContain('describe-customer-gateways');
  });

  it('schema prints the JSON Schema; --out writes it', () => {
    const f = fakeIo({});
    expect(runCli(['schema'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).title).toBe('VPN Lab scenario');
    const g = fakeIo({});
    runCli(['schema', '--out', 'x.json'], g.io);
    expect(g.written['x.json']).toBe(f.out());
  });
});
