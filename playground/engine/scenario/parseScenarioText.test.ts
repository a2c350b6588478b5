import { describe, expect, it } from 'vitest';
import { parseScenarioText } from './parseScenarioText';
import { scenarioToYaml } from './scenarioToYaml';

const YAML_TEXT = `Name: test
CustomerGateways:
  - CustomerGatewayId: cgw-01
    IpAddress: 203.0.113.12
VpnGateways:
  - VpnGatewayId: vgw-01
VpnConnections:
  - VpnConnectionId: vpn-01
    CustomerGatewayId: cgw-01
    VpnGatewayId: vgw-01
    Options:
      TunnelOptions:
        - PreSharedKey: 0startsWithZero
        - DPDTimeoutAction: Restart
Events:
  - At: 90s
    Action: { Type: FailTunnelPath, VpnConnectionId: vpn-01, TunnelNumber: 1 }
`;

describe('parseScenarioText', () => {
  it('R79: maps an error to the line and column of the offending value', () => {
    const r = parseScenarioText(YAML_TEXT);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      path: 'VpnConnections[0].Options.TunnelOptions[0].PreSharedKey',
      line: 13,
      column: 25,
    });
  });

  it('parses valid YAML, events in milliseconds and enum values in API form (R52)', () => {
    const r = parseScenarioText(YAML_TEXT.replace('0startsWithZero', 'startsWithLetter'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.Events?.[0]?.At).toBe(90_000);
    expect(r.scenario.VpnConnections?.[0]?.Options?.TunnelOptions?.[1]?.DPDTimeoutAction).toBe('restart');
  });

  it('reads JSON with positions too', () => {
    const json = JSON.stringify(
      { CustomerGateways: [{ CustomerGatewayId: 'cgw-01', IpAddress: '203.0.113.12', BgpAsn: 7224 }] },
      null,
      2,
    );
    const r = parseScenarioText(json);
    expect(!r.ok && r.errors[0]).toMatchObject({ path: 'CustomerGateways[0].BgpAsn', line: 6 });
  });

  it('points an unknown field at its key', () => {
    const r = parseScenarioText('Name: x\nVpnGatewayz: []\n');
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'UnknownParameter', path: 'VpnGatewayz', line: 2, column: 1 });
  });

  it('points a missing field at its parent', () => {
    const r = parseScenarioText('CustomerGateways:\n  - IpAddress: 203.0.113.1\n');
    expect(!r.ok && r.errors[0]).toMatchObject({
      code: 'MissingParameter',
      path: 'CustomerGateways[0].CustomerGatewayId',
      line: 2,
    });
  });

  it('reports syntax errors with a position instead of throwing', () => {
    const r = parseScenarioText('Name: [unclosed\n  Foo: bar');
    expect(!r.ok && r.errors[0]?.code).toBe('InvalidSyntax');
    expect(!r.ok && typeof r.errors[0]?.line).toBe('number');
  });

  it('refuses duplicate keys', () => {
    expect(parseScenarioText('Name: a\nName: b\n').ok).toBe(false);
  });

  it('an empty text is an empty, valid scenario', () => {
    expect(parseScenarioText('').ok).toBe(true);
  });

  it('scenarioToYaml output parses back to the same scenario', () => {
    const r = parseScenarioText(YAML_TEXT.replace('0startsWithZero', 'startsWithLetter'));
    if (!r.ok) throw new Error('setup');
    const again = parseScenarioText(scenarioToYaml(r.scenario));
    expect(again.ok && again.scenario).toEqual(r.scenario);
  });
});
