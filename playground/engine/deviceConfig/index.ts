/** Public surface of the customer gateway device configuration module (see README.md). */
export { generateDeviceConfig, generatedDeviceSpec } from './generateDeviceConfig';
export { parseDeviceConfig } from './parseDeviceConfig';
export { compareWithAws, type CompareContext } from './compareWithAws';
export { deviceConfigCatalog, catalogEntry, getVpnConnectionDeviceTypes, type DeviceConfigCatalogEntry } from './catalog';
export { exportTerraform } from './export/terraformExport';
export { exportCloudFormation, exportCloudFormationTemplate } from './export/cloudFormationExport';
export type { TopologyExportInput } from './export/topologyInput';
export { TUNNEL_INTERFACE_MTU, TCP_MSS_CLAMP, pathLimit } from './mtuMss';
export {
  DEVICE_CONFIG_IDS, PARSEABLE_FORMATS,
  type DeviceConfigId, type ParseableFormat, type GenerateInput, type GenerateResult, type ParseResult, type ParseError,
  type ParseOptions, type ParsedDeviceConfig, type ParsedTunnelEndpoint, type Mismatch, type MismatchSeverity, type IkeVersion,
} from './types';
