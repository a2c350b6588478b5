import { describe, expect, it } from 'vitest';
import { Engine } from '../engine/index';
import { DEVICE_CONFIG_IDS } from '../engine/deviceConfig/types';
import { parseScenarioText } from '../engine/scenario/parseScenarioText';
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
const vgwText = getPreset('single-vgw')?.text ?? '';
const files = { 'vgw.yaml': vgwText };
const VPN = 'vpn-04d5cc9b88example';

/** The live values the generated file must carry: outside IPs (R19) and PSKs (R80) after 1h. */
function liveTunnels() {
  const parsed = parseScenarioText(vgwText);
  if (!parsed.ok) throw new Error('preset single-vgw is invalid');
  const engine = Engine.fromScenario(parsed.scenario);
  engine.runUntil(3_600_000);
  const c = engine.snapshot().connections.find((x) => x.id === VPN);
  return (c?.tunnels ?? []).map((t) => ({ ip: t.outsideIpAddress, psk: String(t.options.PreSharedKey) }));
}

describe('vpnlab config / export arguments', () => {
  it('R273: config --list, and config FILE with --connection, --device, --ike, --at', () => {
    expect(parseCliArgs(['config', '--list'])).toEqual({ ok: true, command: { kind: 'config-list' } });
    expect(parseCliArgs(['config', 'a.yaml', '--connection', VPN, '--device', 'cisco-ios', '--ike', 'v1', '--at', '10m'])).toEqual({
      ok: true,
      command: { kind: 'config', file: 'a.yaml', atMs: 600_000, connection: VPN, device: 'cisco-ios', ikeVersion: 'ikev1' },
    });
    expect(parseCliArgs(['config', 'a.yaml', '--connection', VPN, '--device', 'strongswan'])).toEqual({
      ok: true,
      command: { kind: 'config', file: 'a.yaml', atMs: 3_600_000, connection: VPN, device: 'strongswan' },
    });
    expect(parseCliArgs(['config', 'a.yaml', '--connection', VPN, '--device', 'strongswan', '--ike', 'ikev2'])).toMatchObject({ ok: true, command: { ikeVersion: 'ikev2' } });
  });
  it('R273: a wrong device id is a usage error naming every device id', () => {
    const r = parseCliArgs(['config', 'a.yaml', '--connection', VPN, '--device', 'cisco']);
    expect(r.ok).toBe(false);
    if (!r.ok) for (const id of DEVICE_CONFIG_IDS) expect(r.message).toContain(id);
  });
  it('R55: --ike takes v1 or v2 only; --connection and --device are required; --list stands alone', () => {
    expect(parseCliArgs(['config', 'a.yaml', '--connection', VPN, '--device', 'generic', '--ike', 'v3'])).toMatchObject({ ok: false, message: expect.stringContaining('v1 or v2') });
    expect(parseCliArgs(['config', 'a.yaml', '--device', 'generic'])).toMatchObject({ ok: false, message: expect.stringContaining('--connection') });
    expect(parseCliArgs(['config', '--list', 'a.yaml'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['config', 'a.yaml', '--connection', VPN, '--device', 'generic', '--ike', 'constructor'])).toMatchObject({ ok: false });
  });
  it('export: --format terraform|cloudformation is required', () => {
    expect(parseCliArgs(['export', 'a.yaml', '--format', 'terraform'])).toEqual({ ok: true, command: { kind: 'export', file: 'a.yaml', atMs: 3_600_000, format: 'terraform' } });
    expect(parseCliArgs(['export', 'a.yaml'])).toMatchObject({ ok: false, message: expect.stringContaining('terraform, cloudformation') });
    expect(parseCliArgs(['export', 'a.yaml', '--format', 'pulumi'])).toMatchObject({ ok: false, message: expect.stringContaining('terraform, cloudformation') });
  });
});

describe('vpnlab config / export output', () => {
  it('R273 R276: config --list prints every device id with its vendor and platform', () => {
    const f = fakeIo(files);
    expect(runCli(['config', '--list'], f.io)).toBe(0);
    for (const id of DEVICE_CONFIG_IDS) expect(f.out()).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(f.out()).toContain('Strongswan Ubuntu 16.04');
  });
  it('R7 R19 R80: the strongSwan file of a healthy connection carries both live outside IPs and PSKs', () => {
    const f = fakeIo(files);
    expect(runCli(['config', 'vgw.yaml', '--connection', VPN, '--device', 'strongswan'], f.io)).toBe(0);
    const tunnels = liveTunnels();
    expect(tunnels).toHaveLength(2);
    expect(f.out()).toMatch(/^connections \{/m);
    for (const t of tunnels) {
      expect(f.out()).toContain(`remote_addrs = ${t.ip}`);
      expect(f.out()).toContain(`secret = "${t.psk}"`);
    }
    expect(f.err()).toBe('');
  });
  it('R235: --ike v1 writes an IKEv1 Cisco IOS file with the live keys', () => {
    const f = fakeIo(files);
    expect(runCli(['config', 'vgw.yaml', '--connection', VPN, '--device', 'cisco-ios', '--ike', 'v1'], f.io)).toBe(0);
    for (const t of liveTunnels()) {
      expect(f.out()).toContain(t.ip);
      expect(f.out()).toContain(t.psk);
    }
    expect(f.out()).toMatch(/crypto isakmp/);
  });
  it('an unknown connection exits 1 naming the connections of the scenario', () => {
    const f = fakeIo(files);
    expect(runCli(['config', 'vgw.yaml', '--connection', 'vpn-nope', '--device', 'generic'], f.io)).toBe(1);
    expect(f.err()).toContain('"vpn-nope"');
    expect(f.err()).toContain(`connections: ${VPN}`);
    expect(f.out()).toBe('');
  });
  it('an unknown device exits 2 with the device ids and the usage', () => {
    const f = fakeIo(files);
    expect(runCli(['config', 'vgw.yaml', '--connection', VPN, '--device', 'netgear'], f.io)).toBe(2);
    expect(f.err()).toContain('device ids: generic, cisco-ios');
    expect(f.err()).toContain('usage: vpnlab');
  });
  it('R48: export --format terraform has the connection, its tunnel options and the live PSKs', () => {
    const f = fakeIo(files);
    expect(runCli(['export', 'vgw.yaml', '--format', 'terraform'], f.io)).toBe(0);
    expect(f.out()).toContain('resource "aws_vpn_connection" "vpn_04d5cc9b88example"');
    const [t1, t2] = liveTunnels();
    expect(f.out()).toMatch(new RegExp(`tunnel1_preshared_key\\s+= "${t1?.psk}"`));
    expect(f.out()).toMatch(new RegExp(`tunnel2_preshared_key\\s+= "${t2?.psk}"`));
  });
  it('R48: export --format cloudformation is a JSON template with the VPN connection', () => {
    const f = fakeIo(files);
    expect(runCli(['export', 'vgw.yaml', '--format', 'cloudformation'], f.io)).toBe(0);
    const tpl = JSON.parse(f.out()) as { Resources: Record<string, { Type: string }> };
    expect(Object.values(tpl.Resources).map((r) => r.Type)).toEqual(expect.arrayContaining(['AWS::EC2::VPNConnection', 'AWS::EC2::CustomerGateway', 'AWS::EC2::VPNGateway']));
  });
  it('config of a missing file exits 1', () => {
    const f = fakeIo(files);
    expect(runCli(['config', 'nope.yaml', '--connection', VPN, '--device', 'generic'], f.io)).toBe(1);
    expect(f.err()).toContain('nope.yaml');
  });
});
