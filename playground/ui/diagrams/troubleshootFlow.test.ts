import { describe, expect, it } from 'vitest';
import { presetEngine } from '../../engine/routingRuntime/presetTestKit';
import { parseScenarioText } from '../../engine/scenario/parseScenarioText';
import { getPreset } from '../../scenarios/index';
import { FLOW_PLATFORMS, runFlow } from './troubleshootFlow';

function flowOf(preset: string, platform: (typeof FLOW_PLATFORMS)[number]['id'] = 'cisco-ios') {
  const e = presetEngine(preset);
  e.advance(180_000);
  const parsed = parseScenarioText(getPreset(preset)?.text ?? '');
  if (!parsed.ok) throw new Error(preset);
  const flow = runFlow(e, parsed.scenario, platform);
  return { flow, first: flow.layers.find((l) => !l.ok)?.id };
}

describe('troubleshooting flow: the first broken layer is where the fault is', () => {
  it('a healthy connection passes every layer', () => {
    expect(flowOf('single-vgw').first).toBeUndefined();
  });
  it('R81, R392: a PSK mismatch stops at IKE', () => expect(flowOf('psk-mismatch').first).toBe('ike'));
  it('UDP 500 blocked by a firewall stops at IKE', () => expect(flowOf('firewall-blocks-udp500').first).toBe('ike'));
  it('a traffic selector mismatch stops at IPsec', () => expect(flowOf('ts-mismatch').first).toBe('ipsec'));
  it('R361: an ASN mismatch stops at BGP with IKE and IPsec healthy', () => expect(flowOf('bgp-asn-mismatch').first).toBe('routing'));
  it('R172: missing propagation stops at the VPC route table', () => expect(flowOf('missing-propagation').first).toBe('vpc'));
  it('every device family prints an output for every layer, never an unknown command', () => {
    for (const p of FLOW_PLATFORMS) {
      const { flow } = flowOf('psk-mismatch', p.id);
      for (const l of flow.layers) for (const c of l.commands) {
        expect(c.output, `${p.id} ${c.command}`).not.toMatch(/Invalid input|syntax error|unknown keyword|Invalid command name|command not found|is not recognized|Ambiguous command/i);
        expect(c.output.length, `${p.id} ${c.command}`).toBeGreaterThan(0);
      }
    }
  });
});
