/**
 * What the customer gateway device announces on each tunnel: its prefixes with its own ASN,
 * prepended per tunnel when configured (R186), and an optional MED.
 */
import type { Asn, Prefix } from '../types';
import type { AdvertisedRoute } from './bgpRoute';

export interface DeviceBgpConfig {
  readonly asn: Asn;
  readonly prefixes: readonly Prefix[];
  /** Extra copies of the device ASN per tunnel (AWS outside IP → count), R186. */
  readonly asPathPrepend?: Readonly<Record<string, number>>;
  readonly med?: number;
}

export function deviceAdvertisements(cfg: DeviceBgpConfig, tunnelId: string, insideAddress: string): AdvertisedRoute[] {
  const copies = 1 + Math.max(0, cfg.asPathPrepend?.[tunnelId] ?? 0);
  const asPath = Array.from({ length: copies }, () => cfg.asn);
  return cfg.prefixes.map((prefix) => ({ prefix, asPath, med: cfg.med ?? 0, nextHop: insideAddress }));
}
