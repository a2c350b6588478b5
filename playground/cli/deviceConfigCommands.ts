/**
 * `vpnlab config` and `vpnlab export`: the device configuration of one VPN connection (R273,
 * R276) and the topology as Terraform / CloudFormation, read from the engine after running the
 * scenario to `--at`, so outside IPs and generated PSKs (R80) are the ones the lab uses.
 */
import type { Engine } from '../engine/engine';
import { deviceConfigCatalog, exportCloudFormation, exportTerraform, generateDeviceConfig } from '../engine/deviceConfig/index';
import type { DeviceConfigId, IkeVersion } from '../engine/deviceConfig/types';
import { connectionIdsOf, generateInputFor, topologyExportInputFor } from '../terminal/deviceConfigInput';
import type { ExportFormat } from './cliArgs';
import type { CliIo } from './cliIo';
import { formatErrorLine } from './formatErrors';

/** `config --list`: one line per device id with vendor, platform, software and IKE versions. */
export function deviceListText(): string {
  const width = Math.max(...deviceConfigCatalog.map((e) => e.id.length)) + 2;
  const rows = deviceConfigCatalog.map(
    (e) => `${e.id.padEnd(width)}${e.vendor} ${e.platform} (${e.software}), ${e.ikeVersions.join('/')}${e.parseable ? ', parseable' : ''}`,
  );
  return `${rows.join('\n')}\n`;
}

export function configCommand(
  io: CliIo,
  engine: Engine,
  file: string,
  connection: string,
  device: DeviceConfigId,
  ikeVersion: IkeVersion | undefined,
): number {
  const ids = connectionIdsOf(engine);
  if (!ids.includes(connection)) {
    io.stderr(`vpnlab: ${file}: no VPN connection "${connection}"; connections: ${ids.length ? ids.join(', ') : '(none)'}\n`);
    return 1;
  }
  const found = generateInputFor(engine, connection);
  if (!found.ok) {
    io.stderr(`vpnlab: ${file}: ${found.message}\n`);
    return 1;
  }
  const g = generateDeviceConfig(device, ikeVersion ? { ...found.input, ikeVersion } : found.input);
  if (!g.ok) {
    for (const e of g.errors) io.stderr(`vpnlab: ${formatErrorLine(e)}\n`);
    return 1;
  }
  io.stdout(g.text.endsWith('\n') ? g.text : `${g.text}\n`);
  return 0;
}

export function exportCommand(io: CliIo, engine: Engine, format: ExportFormat): number {
  const input = topologyExportInputFor(engine);
  const text = format === 'terraform' ? exportTerraform(input) : exportCloudFormation(input);
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
