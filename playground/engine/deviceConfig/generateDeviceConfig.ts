/**
 * `generateDeviceConfig(deviceId, input)`: the downloadable device configuration of a VPN
 * connection (R273), filled with the connection's real values for both tunnels. Unknown device
 * ids, unsupported IKE versions and incomplete connections come back as errors, never thrown.
 */
import type { CustomerGatewayDeviceSpec } from '../schema/deviceSchema';
import { validationError, type ValidationError } from '../schema/validationError';
import { catalogEntry, deviceConfigCatalog, type DeviceConfigCatalogEntry } from './catalog';
import { buildConnectionPlan, type ConnectionPlan } from './tunnelPlan';
import { deviceIntent } from './deviceIntent';
import type { DeviceConfigId, GenerateInput, GenerateResult } from './types';
import { strongswanConfig } from './generators/strongswan';
import { ciscoIosConfig } from './generators/ciscoIos';
import { ciscoAsaConfig } from './generators/ciscoAsa';
import { fortinetConfig } from './generators/fortinet';
import { genericConfig } from './generators/generic';
import { juniperSrxConfig } from './generators/juniperSrx';
import { paloAltoConfig } from './generators/paloAlto';
import { mikrotikConfig } from './generators/mikrotik';
import { checkpointConfig } from './generators/checkpoint';

type Generator = (plan: ConnectionPlan, entry: DeviceConfigCatalogEntry) => string;

const generators: Record<DeviceConfigId, Generator> = {
  generic: genericConfig,
  'cisco-ios': ciscoIosConfig,
  'cisco-asa': ciscoAsaConfig,
  'juniper-srx': juniperSrxConfig,
  strongswan: strongswanConfig,
  'palo-alto': paloAltoConfig,
  fortinet: fortinetConfig,
  mikrotik: mikrotikConfig,
  checkpoint: checkpointConfig,
};

type Prepared = { ok: true; plan: ConnectionPlan; entry: DeviceConfigCatalogEntry } | { ok: false; errors: readonly ValidationError[] };

function prepare(deviceId: string, input: GenerateInput): Prepared {
  const entry = catalogEntry(deviceId);
  if (!entry) {
    return { ok: false, errors: [validationError('InvalidVpnConnectionDeviceTypeId', 'deviceId', `Unknown device type '${deviceId}'.`, { value: deviceId, allowed: deviceConfigCatalog.map((e) => e.id).join(', ') })] };
  }
  if (input.ikeVersion && !entry.ikeVersions.includes(input.ikeVersion)) {
    return { ok: false, errors: [validationError('InvalidParameterValue', 'InternetKeyExchangeVersion', `${entry.vendor} ${entry.platform} files are not available for ${input.ikeVersion} (R276).`, { value: input.ikeVersion, allowed: entry.ikeVersions.join(', ') })] };
  }
  const built = buildConnectionPlan(input);
  return built.ok ? { ok: true, plan: built.plan, entry } : built;
}

export function generateDeviceConfig(deviceId: string, input: GenerateInput): GenerateResult {
  const p = prepare(deviceId, input);
  if (!p.ok) return p;
  const text = generators[p.entry.id](p.plan, p.entry);
  const filename = `${p.plan.vpnConnectionId}-${p.entry.id}-${p.plan.tunnels[0].ikeVersion}.${p.entry.fileExtension}`;
  return { ok: true, text, filename };
}

/** The device a generated file configures, for the engine or a round-trip check. */
export function generatedDeviceSpec(deviceId: string, input: GenerateInput): { ok: true; device: CustomerGatewayDeviceSpec } | { ok: false; errors: readonly ValidationError[] } {
  const p = prepare(deviceId, input);
  return p.ok ? { ok: true, device: deviceIntent(p.plan, p.entry) } : p;
}
