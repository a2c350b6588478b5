import { describe, expect, it } from 'vitest';
import { Engine } from '../index';
import { parseScenarioText } from '../scenario/index';
import { getPreset } from '../../scenarios/index';
import { evaluateCheck } from './evaluateCheck';
import { mismatch } from './valueMatch';

function preset(name: string, ms = 120_000): Engine {
  const r = parseScenarioText(getPreset(name)?.text ?? '');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const e = Engine.fromScenario(r.scenario);
  e.advance(ms);
  return e;
}
const VPN = 'vpn-04d5cc9b88example';

describe('tunnel option checks', () => {
  it('R70: by default phase 1 allows all four encryption algorithms, so "only AES256" fails and lists them', () => {
    const e = preset('single-vgw');
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 'both', name: 'Phase1EncryptionAlgorithms', includes: ['AES128', 'AES256', 'AES128-GCM-16', 'AES256-GCM-16'] } }, e).pass).toBe(true);
    const r = evaluateCheck({ option: { connection: VPN, tunnel: 1, name: 'Phase1EncryptionAlgorithms', only: ['AES256'] } }, e);
    expect(r.pass).toBe(false);
    expect(r.message).toBe(`Phase1EncryptionAlgorithms on tunnel 1 of ${VPN} is [AES128, AES256, AES128-GCM-16, AES256-GCM-16]; it must be exactly [AES256]`);
  });

  it('R75, R76, R87: lifetimes and startup action carry their defaults', () => {
    const e = preset('single-vgw');
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 'both', name: 'Phase1LifetimeSeconds', equals: 28800 } }, e).pass).toBe(true);
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 'both', name: 'Phase2LifetimeSeconds', atMost: 3600 } }, e).pass).toBe(true);
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 'both', name: 'StartupAction', equals: 'add' } }, e).pass).toBe(true);
  });

  it('R68: atLeast fails while DH group 2 is still allowed', () => {
    const r = evaluateCheck({ option: { connection: VPN, tunnel: 2, name: 'Phase1DHGroupNumbers', atLeast: 14 } }, preset('single-vgw'));
    expect(r.pass).toBe(false);
    expect(r.message).toContain('every value must be at least 14');
  });

  it('R89: AWS picks the lowest allowed value the device offers, so the sample-config device negotiates AES128', () => {
    const e = preset('single-vgw');
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 'both', name: 'negotiated.phase1.encryption', equals: 'AES128' } }, e).pass).toBe(true);
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 'both', name: 'negotiated.phase1.encryption', equals: 'AES256' } }, e).pass).toBe(false);
  });

  it('R93: connection options are read when no tunnel is given', () => {
    const e = preset('ts-mismatch');
    expect(evaluateCheck({ option: { connection: VPN, name: 'StaticRoutesOnly', equals: true } }, e).pass).toBe(true);
    expect(evaluateCheck({ option: { connection: VPN, name: 'LocalIpv4NetworkCidr', equals: '192.168.0.0/16' } }, e).pass).toBe(true);
  });

  it('R228: inCidr reads the tunnel outside address', () => {
    const e = preset('single-vgw');
    const ip = e.snapshot().connections[0]?.tunnels[0].outsideIpAddress ?? '';
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 1, name: 'outsideIpAddress', inCidr: `${ip}/32` } }, e).pass).toBe(true);
    expect(evaluateCheck({ option: { connection: VPN, tunnel: 1, name: 'outsideIpAddress', inCidr: '10.100.0.0/24' } }, e).pass).toBe(false);
  });
});

describe('device setting checks', () => {
  it('R81: the device PSK of the psk-mismatch preset differs from the AWS key', () => {
    const e = preset('psk-mismatch');
    expect(evaluateCheck({ deviceSetting: { connection: VPN, tunnel: 1, name: 'PreSharedKey', equals: 'typo.side_key_T1' } }, e).pass).toBe(true);
    const r = evaluateCheck({ deviceSetting: { connection: VPN, tunnel: 1, name: 'PreSharedKey', equals: 'aws.side_key_T1' } }, e);
    expect(r.message).toBe('The device cgw-0e11f167e1f1a8d2c (tunnel 1): PreSharedKey is typo.side_key_T1; it must be aws.side_key_T1');
  });

  it('R261: the firewall setting and the device state are readable and follow actions', () => {
    const e = preset('firewall-blocks-udp500');
    const check = { deviceSetting: { customerGateway: 'cgw-0e11f167e1f1a8d2c', name: 'Firewall.BlockUdp500', notEquals: true } };
    expect(evaluateCheck(check, e).pass).toBe(false);
    e.dispatch({ type: 'SetFirewallBlock', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c', BlockUdp500: false });
    expect(evaluateCheck(check, e).pass).toBe(true);
    e.dispatch({ type: 'FailDevice', CustomerGatewayId: 'cgw-0e11f167e1f1a8d2c' });
    expect(evaluateCheck({ deviceSetting: { customerGateway: 'cgw-0e11f167e1f1a8d2c', name: 'up', equals: false } }, e).pass).toBe(true);
  });
});

describe('value comparators', () => {
  it('compare strings case-insensitively (R52 values such as Clear / clear) and report unset values', () => {
    expect(mismatch('clear', { equals: 'Clear' })).toBeUndefined();
    expect(mismatch(undefined, { atMost: 1398 })).toBe('is not set; every value must be at most 1398');
    expect(mismatch([14, 19], { atLeast: 14 })).toBeUndefined();
    expect(mismatch([2, 14], { excludes: 2 })).toBe('is [2, 14]; it must not include [2]');
    expect(mismatch('10.100.0.9', { inCidr: '10.100.0.0/24' })).toBeUndefined();
  });
});
