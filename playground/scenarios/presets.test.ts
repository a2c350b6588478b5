import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../engine/scenario/parseScenarioText';
import { getPreset, presets } from './index';

describe('presets', () => {
  it.each(presets.map((p) => [p.name, p] as const))('%s validates, with a Name and a Description', (_name, p) => {
    const r = parseScenarioText(p.text);
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(p.title.length).toBeGreaterThan(5);
    expect(p.description.length).toBeGreaterThan(20);
    // The menu reads only the header lines: it must agree with the whole file.
    expect([p.title, p.description]).toEqual([r.scenario.Name, r.scenario.Description]);
    expect(r.warnings).toEqual([]);
  });

  it('includes the required presets and broken starters', () => {
    for (const n of [
      'single-vgw',
      'single-tgw',
      'redundant-cgw',
      'multi-site-tgw-ecmp',
      'cloudhub',
      'vpn-with-dx',
      'dx-private-ip',
      'accelerated',
      'ipv6-tgw',
      'psk-mismatch',
      '3des-proposal',
      'ts-mismatch',
      'missing-propagation',
      'device-down',
      'firewall-blocks-udp500',
      'nat-without-natt',
    ]) {
      expect(getPreset(n), n).toBeDefined();
    }
  });

  it('R215: cloudhub gives every site a unique ASN', () => {
    const r = parseScenarioText(getPreset('cloudhub')?.text ?? '');
    if (!r.ok) throw new Error('invalid');
    const asns = r.scenario.CustomerGateways?.map((c) => c.BgpAsn);
    expect(new Set(asns).size).toBe(3);
  });

  it('R139, R142: accelerated runs on a transit gateway with NAT-T on the device', () => {
    const r = parseScenarioText(getPreset('accelerated')?.text ?? '');
    if (!r.ok) throw new Error('invalid');
    expect(r.scenario.VpnConnections?.[0]?.TransitGatewayId).toBeDefined();
    expect(r.scenario.CustomerGatewayDevices?.[0]?.Tunnels?.every((t) => t.NatTraversal === true)).toBe(true);
  });

  it('psk-mismatch: the device key of tunnel 1 differs from the AWS key (R81)', () => {
    const r = parseScenarioText(getPreset('psk-mismatch')?.text ?? '');
    if (!r.ok) throw new Error('invalid');
    const aws = r.scenario.VpnConnections?.[0]?.Options?.TunnelOptions?.[0]?.PreSharedKey;
    const dev = r.scenario.CustomerGatewayDevices?.[0]?.Tunnels?.find((t) => t.TunnelNumber === 1)?.PreSharedKey;
    expect(aws).toBeDefined();
    expect(dev).not.toBe(aws);
  });

  it('broken starters are flagged and described as broken', () => {
    for (const p of presets.filter((x) => x.broken)) expect(p.title).toMatch(/^Broken:/);
    expect(presets.filter((x) => !x.broken).every((p) => !p.title.startsWith('Broken'))).toBe(true);
  });
});
