/**
 * `vpnlab config` in the terminal (R273): `--list` the device types, `<device-id> --connection
 * vpn-...` prints the generated configuration, `apply <device-id> --connection vpn-...`
 * configures the sandbox device from it (ConfigureDevice per tunnel).
 */
import type { Engine } from '../engine/engine';
import type { EngineAction } from '../engine/model/actions/actionTypes';
import { deviceConfigCatalog, generateDeviceConfig, generatedDeviceSpec } from '../engine/deviceConfig/index';
import type { GenerateInput } from '../engine/deviceConfig/types';
import { engineErrorMessage } from './aws/awsErrors';
import { generateInputFor } from './deviceConfigInput';
import { EXIT, failed, ok, type CommandResult } from './result';

export const CONFIG_USAGE = [
  'usage: vpnlab config --list',
  '       vpnlab config <device-id> --connection <vpn-id> [--ike-version ikev1|ikev2]',
  '       vpnlab config apply <device-id> --connection <vpn-id> [--ike-version ikev1|ikev2]',
  '',
].join('\n');

function listText(): string {
  const rows = deviceConfigCatalog.map((e) => `${e.id.padEnd(12)} ${e.vendor} ${e.platform} (${e.software}) ${e.ikeVersions.join('/')}`);
  return `${['Device types (device-id  vendor platform (software) IKE versions):', ...rows].join('\n')}\n`;
}

function option(words: readonly string[], name: string): string | undefined {
  const i = words.indexOf(name);
  if (i >= 0) return words[i + 1];
  const inline = words.find((w) => w.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

export function runVpnlabConfig(words: readonly string[], engine: Engine | null): CommandResult {
  if (words.length === 0 || words[0] === 'help' || words.includes('--help')) return ok(CONFIG_USAGE);
  if (words[0] === '--list') return ok(listText());
  const apply = words[0] === 'apply';
  const rest = apply ? words.slice(1) : words;
  const deviceId = rest[0];
  const vpnId = option(rest, '--connection');
  const ike = option(rest, '--ike-version');
  if (!deviceId || deviceId.startsWith('--') || !vpnId) return failed(`vpnlab config: a device id and --connection <vpn-id> are required\n${CONFIG_USAGE}`, 2);
  if (ike !== undefined && ike !== 'ikev1' && ike !== 'ikev2') return failed(`vpnlab config: --ike-version must be ikev1 or ikev2 (got '${ike}')\n`, 2);
  if (!engine) return failed('There is no running scenario.\n', EXIT.general);
  const found = generateInputFor(engine, vpnId);
  if (!found.ok) return failed(`vpnlab config: ${found.message}\n`, 1);
  const input: GenerateInput = ike === 'ikev1' || ike === 'ikev2' ? { ...found.input, ikeVersion: ike } : found.input;
  if (!apply) {
    const g = generateDeviceConfig(deviceId, input);
    return g.ok ? ok(g.text.endsWith('\n') ? g.text : `${g.text}\n`) : failed(`${g.errors.map((e) => `vpnlab config: ${engineErrorMessage(e)}`).join('\n')}\n`, 1);
  }
  const spec = generatedDeviceSpec(deviceId, input);
  if (!spec.ok) return failed(`${spec.errors.map((e) => `vpnlab config: ${engineErrorMessage(e)}`).join('\n')}\n`, 1);
  const lines: string[] = [];
  for (const t of spec.device.Tunnels ?? []) {
    const { VpnConnectionId: _v, TunnelNumber, ...config } = t;
    const r = engine.dispatch({ type: 'ConfigureDevice', VpnConnectionId: vpnId, TunnelNumber, Config: config } as EngineAction);
    if (!r.ok) return failed(`${r.errors.map((e) => `vpnlab config: tunnel ${TunnelNumber}: ${engineErrorMessage(e)}`).join('\n')}\n`, 1);
    lines.push(`Tunnel ${TunnelNumber}: configured from the ${deviceId} file (IKE ${t.IkeVersion ?? 'default'}, PSK from the file).`);
  }
  lines.push(`The device ${String(found.input.customerGateway.CustomerGatewayId)} now runs the generated configuration; watch the tunnels negotiate.`);
  return ok(`${lines.join('\n')}\n`);
}
