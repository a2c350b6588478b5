import { describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index';
import { DEVICE_CONFIG_IDS } from '../../engine/deviceConfig/types';
import { parseScenarioText } from '../../engine/scenario/parseScenarioText';
import { getPreset } from '../../scenarios/index';
import { checkConfig, DEVICE_CHOICES, detectFormat, exportFor, generateFor, showValue } from './deviceConfigTools';

const VPN = 'vpn-04d5cc9b88example';

function engineAt(ms: number): Engine {
  const parsed = parseScenarioText(getPreset('single-vgw')?.text ?? '');
  if (!parsed.ok) throw new Error('preset single-vgw is invalid');
  const e = Engine.fromScenario(parsed.scenario);
  e.runUntil(ms);
  return e;
}

function strongswanFile(e: Engine): string {
  const g = generateFor(e, VPN, 'strongswan', 'default');
  if (!g.ok) throw new Error(g.message);
  return g.text;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('Device config panel: download (R273)', () => {
  it('R276: offers every device id the generator knows', () => {
    expect(DEVICE_CHOICES.map((d) => d.id)).toEqual([...DEVICE_CONFIG_IDS]);
    expect(DEVICE_CHOICES.find((d) => d.id === 'strongswan')?.label).toBe('Strongswan Ubuntu 16.04 (Strongswan 5.5.1+)');
  });
  it('R19 R80: the file carries both live outside IPs and PSKs; the IKE version choice is honoured', () => {
    const e = engineAt(90_000);
    const text = strongswanFile(e);
    for (const t of e.snapshot().connections[0]?.tunnels ?? []) {
      expect(text).toContain(`remote_addrs = ${t.outsideIpAddress}`);
      expect(text).toContain(`secret = "${String(t.options.PreSharedKey)}"`);
    }
    const v1 = generateFor(e, VPN, 'strongswan', 'ikev1');
    expect(v1.ok && v1.text).toContain('version = 1');
    const g = generateFor(e, VPN, 'cisco-ios', 'ikev2');
    expect(g.ok && g.filename).toMatch(/\.txt$/);
  });
  it('an unknown connection is a message, not a throw', () => {
    expect(generateFor(engineAt(0), 'vpn-nope', 'generic', 'default')).toMatchObject({ ok: false, message: expect.stringContaining('vpn-nope') });
  });
});

describe('Device config panel: check your own configuration', () => {
  it('detects the three parseable formats', () => {
    expect(detectFormat('connections {\n  a {\n  }\n}\n')).toBe('strongswan');
    expect(detectFormat('conn aws1\n  left=%defaultroute\n')).toBe('strongswan');
    expect(detectFormat('crypto isakmp policy 200\n encryption aes 256\n')).toBe('cisco-ios');
    expect(detectFormat('config vpn ipsec phase1-interface\n  edit "aws1"\n    set psksecret x\n')).toBe('fortinet');
    expect(detectFormat('hello')).toBeUndefined();
  });
  it('R100: the generated file, pasted back, has no error mismatch', () => {
    const e = engineAt(90_000);
    const r = checkConfig(e, VPN, strongswanFile(e), 'auto');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.format).toBe('strongswan');
      expect(r.mismatches.filter((m) => m.severity === 'error')).toEqual([]);
    }
  });
  it('R81 R392: a wrong PSK names the secret line, PreSharedKey and both values', () => {
    const e = engineAt(90_000);
    const psk1 = String(e.snapshot().connections[0]?.tunnels[0].options.PreSharedKey);
    const text = strongswanFile(e).replace(psk1, 'WrongKey12345678');
    const r = checkConfig(e, VPN, text, 'strongswan');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.mismatches.find((x) => x.awsOption === 'PreSharedKey');
    expect(m).toMatchObject({ tunnelNumber: 1, line: lineOf(text, 'WrongKey12345678'), deviceValue: 'WrongKey12345678', awsValue: psk1 });
    expect(m?.failure).toContain('AUTHENTICATION_FAILED');
  });
  it('parse errors come back with line numbers; an undetectable text asks for a format', () => {
    const e = engineAt(0);
    const broken = checkConfig(e, VPN, 'connections {\n  aws {\n    version = 2\n', 'strongswan');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.line).toBeGreaterThan(0);
    const unknown = checkConfig(e, VPN, 'hello world', 'auto');
    expect(unknown).toMatchObject({ ok: false, errors: [{ line: 0, message: expect.stringContaining('Cisco IOS') }] });
    expect(checkConfig(e, VPN, '  ', 'auto')).toMatchObject({ ok: false });
  });
  it('R7 R14 R81: applying a wrong-PSK file makes tunnel 1 fail authentication while tunnel 2 stays up', () => {
    const e = engineAt(90_000);
    const psk1 = String(e.snapshot().connections[0]?.tunnels[0].options.PreSharedKey);
    const r = checkConfig(e, VPN, strongswanFile(e).replace(psk1, 'WrongKey12345678'), 'auto');
    if (!r.ok) throw new Error('check failed');
    expect(r.apply.map((s) => s.action)).toMatchObject([
      { type: 'ConfigureDevice', VpnConnectionId: VPN, TunnelNumber: 1, Config: { PreSharedKey: 'WrongKey12345678', Enabled: true } },
      { type: 'ConfigureDevice', VpnConnectionId: VPN, TunnelNumber: 2, Config: { Enabled: true } },
    ]);
    // Actions must survive the timeline's JSON round trip unchanged (undo, share links).
    expect(JSON.parse(JSON.stringify(r.apply))).toEqual(r.apply);
    for (const s of r.apply) expect(e.dispatch(s.action)).toMatchObject({ ok: true });
    e.runUntil(90_000 + 15 * 60_000);
    const [t1, t2] = e.snapshot().connections[0]?.tunnels ?? [];
    expect(t1?.status).toBe('DOWN');
    expect(t1?.statusMessage).toMatch(/AUTHENTICATION_FAILED|pre-shared key|PSK/i);
    expect(t2?.status).toBe('UP');
  });
  it('R7: a file with only tunnel 2 switches tunnel 1 off on the device', () => {
    const e = engineAt(90_000);
    const text = strongswanFile(e);
    const ip1 = e.snapshot().connections[0]?.tunnels[0].outsideIpAddress ?? '';
    // Point tunnel 1 somewhere else: it no longer matches AWS tunnel 1.
    const r = checkConfig(e, VPN, text.replaceAll(ip1, '198.51.100.77'), 'auto');
    if (!r.ok) throw new Error('check failed');
    expect(r.mismatches.some((m) => m.awsOption === 'OutsideIpAddress' && m.severity === 'error')).toBe(true);
    expect(r.apply[0]?.action).toMatchObject({ TunnelNumber: 1, Config: { Enabled: false } });
  });
});

describe('Device config panel: export', () => {
  it('R48: Terraform and CloudFormation of the live topology', () => {
    const e = engineAt(0);
    const tf = exportFor(e, 'terraform');
    expect(tf.filename).toBe('vpn-lab.tf');
    expect(tf.text).toContain(`resource "aws_vpn_connection" "vpn_04d5cc9b88example"`);
    const cf = exportFor(e, 'cloudformation');
    expect(JSON.parse(cf.text)).toHaveProperty('Resources');
  });
  it('showValue', () => {
    expect(showValue(['AES128', 'AES256'])).toBe('AES128, AES256');
    expect(showValue(undefined)).toBe('(not set)');
    expect(showValue(14)).toBe('14');
  });
});
