/** All device platforms and how a scenario's Vendor / Platform picks one. */
import { ciscoAsa } from './ciscoAsa';
import { ciscoIos } from './ciscoIos';
import { junos } from './junos';
import type { Platform, PlatformId } from './platform';
import { screenos } from './screenos';
import { strongswan } from './strongswan';
import { windowsServer } from './windowsServer';
import { yamaha } from './yamaha';

export const PLATFORMS: readonly Platform[] = [ciscoIos, ciscoAsa, junos, screenos, yamaha, strongswan, windowsServer];

export function platformById(id: string): Platform | undefined {
  return PLATFORMS.find((p) => p.id === id);
}

/** CustomerGatewayDevices[].Vendor / Platform → the console flavour; Cisco IOS when unknown. */
export function platformFor(vendor: string, platform: string): PlatformId {
  const s = `${vendor} ${platform}`.toLowerCase();
  if (s.includes('asa')) return 'cisco-asa';
  if (s.includes('screenos') || s.includes('ssg') || s.includes('netscreen')) return 'screenos';
  if (s.includes('juniper') || s.includes('srx') || s.includes('junos')) return 'junos';
  if (s.includes('yamaha') || s.includes('rtx')) return 'yamaha';
  if (s.includes('strongswan') || s.includes('openswan') || s.includes('libreswan') || s.includes('linux')) return 'strongswan';
  if (s.includes('windows') || s.includes('microsoft')) return 'windows';
  return 'cisco-ios';
}
