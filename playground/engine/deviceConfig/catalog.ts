/**
 * The device configurations VPN Lab can write, shaped like the console's Vendor / Platform /
 * Software / IKE version choice (R273) and the device list with IKEv2 support (R276).
 * `vpnlab config --list` prints it; `getVpnConnectionDeviceTypes` answers like the EC2 API.
 */
import type { DeviceConfigId, IkeVersion } from './types';

export interface DeviceConfigCatalogEntry {
  readonly id: DeviceConfigId;
  readonly vendor: string;
  readonly platform: string;
  readonly software: string;
  readonly ikeVersions: readonly IkeVersion[];
  /** What the file holds: prose settings, vendor CLI commands, or a strongSwan swanctl.conf. */
  readonly format: 'text' | 'cli' | 'swanctl.conf';
  readonly fileExtension: string;
  /** A parser exists: the file can be brought back with parseDeviceConfig. */
  readonly parseable: boolean;
  readonly rules: readonly string[];
}

const BOTH: readonly IkeVersion[] = ['ikev1', 'ikev2'];

export const deviceConfigCatalog: readonly DeviceConfigCatalogEntry[] = [
  { id: 'generic', vendor: 'Generic', platform: 'Generic', software: 'Vendor Agnostic', ikeVersions: BOTH, format: 'text', fileExtension: 'txt', parseable: false, rules: ['R273', 'R274'] },
  { id: 'cisco-ios', vendor: 'Cisco Systems, Inc.', platform: 'CSRv AMI / ISR Series Routers', software: 'IOS 12.4+', ikeVersions: BOTH, format: 'cli', fileExtension: 'txt', parseable: true, rules: ['R276', 'R289'] },
  { id: 'cisco-asa', vendor: 'Cisco Systems, Inc.', platform: 'ASA 5500 Series', software: 'ASA 9.7+ VTI', ikeVersions: BOTH, format: 'cli', fileExtension: 'txt', parseable: false, rules: ['R276', 'R288', 'R289'] },
  { id: 'juniper-srx', vendor: 'Juniper Networks, Inc.', platform: 'SRX Routers', software: 'JunOS 11.0+', ikeVersions: BOTH, format: 'cli', fileExtension: 'txt', parseable: false, rules: ['R276', 'R290'] },
  { id: 'strongswan', vendor: 'Strongswan', platform: 'Ubuntu 16.04', software: 'Strongswan 5.5.1+', ikeVersions: BOTH, format: 'swanctl.conf', fileExtension: 'conf', parseable: true, rules: ['R276'] },
  { id: 'palo-alto', vendor: 'Palo Alto Networks', platform: 'PA Series', software: 'PANOS 7.0+', ikeVersions: BOTH, format: 'cli', fileExtension: 'txt', parseable: false, rules: ['R276'] },
  { id: 'fortinet', vendor: 'Fortinet', platform: 'Fortigate 40+ Series', software: 'FortiOS 6.4.4+', ikeVersions: BOTH, format: 'cli', fileExtension: 'conf', parseable: true, rules: ['R276'] },
  { id: 'mikrotik', vendor: 'Mikrotik', platform: 'RouterOS', software: '6.44.3', ikeVersions: BOTH, format: 'cli', fileExtension: 'rsc', parseable: false, rules: ['R276'] },
  { id: 'checkpoint', vendor: 'Checkpoint', platform: 'Gaia', software: 'R80.10+', ikeVersions: BOTH, format: 'cli', fileExtension: 'txt', parseable: false, rules: ['R276', 'R278', 'R279', 'R285'] },
];

export function catalogEntry(id: string): DeviceConfigCatalogEntry | undefined {
  return deviceConfigCatalog.find((e) => e.id === id);
}

/** The GetVpnConnectionDeviceTypes answer (R273): one entry per device, id = the catalog id. */
export function getVpnConnectionDeviceTypes(): { VpnConnectionDeviceTypes: { VpnConnectionDeviceTypeId: string; Vendor: string; Platform: string; Software: string }[] } {
  return {
    VpnConnectionDeviceTypes: deviceConfigCatalog.map((e) => ({ VpnConnectionDeviceTypeId: e.id, Vendor: e.vendor, Platform: e.platform, Software: e.software })),
  };
}
