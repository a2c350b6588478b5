/**
 * Pure formatters of a Site-to-Site VPN log record (R376) in the two output formats (R404).
 * The guide gives the fields and their order but no sample record, so the layout is ours:
 * json = one object with the guide's field names in table order, booleans as JSON booleans;
 * text = one line `Field=Value` in the same order, `True`/`False` as the guide writes them,
 * with VpnLogDetail last so the message text reads unquoted to the end of the line.
 */
import type { LogOutputFormat, VpnLogFields } from './types';

/** R376: the guide's field order. */
export const LOG_FIELD_ORDER = [
  'VpnLogCreationTimestamp',
  'VpnConnectionId',
  'TunnelOutsideIPAddress',
  'TunnelDPDEnabled',
  'TunnelCGWNATTDetectionStatus',
  'TunnelIKEPhase1State',
  'TunnelIKEPhase2State',
  'VpnLogDetail',
] as const satisfies readonly (keyof VpnLogFields)[];

export function formatLogJson(f: VpnLogFields): string {
  const ordered: Record<string, string | boolean> = {};
  for (const k of LOG_FIELD_ORDER) ordered[k] = f[k];
  return JSON.stringify(ordered);
}

const trueFalse = (b: boolean): string => (b ? 'True' : 'False');

export function formatLogText(f: VpnLogFields): string {
  return LOG_FIELD_ORDER.map((k) => {
    const v = f[k];
    return `${k}=${typeof v === 'boolean' ? trueFalse(v) : v}`;
  }).join(' ');
}

export function formatLogRecord(f: VpnLogFields, format: LogOutputFormat): string {
  return format === 'text' ? formatLogText(f) : formatLogJson(f);
}
