/**
 * What the Device config panel asks of the live engine: the generated file of one connection
 * (R273), a pasted configuration checked against the AWS tunnels (bring your own config), the
 * ConfigureDevice actions that make the sandbox device run it, and the IaC exports. Pure
 * functions over an Engine so they are unit tested without a browser; Playground.svelte calls
 * them inside `session.inspect`, and the panel dispatches the actions through `session.act`
 * (the timeline then has them: undo, share links and autosave replay them).
 */
import type { TunnelOption, VpnConnection } from '@aws-sdk/client-ec2';
import type { Engine } from '../../engine/engine';
import {
  compareWithAws,
  deviceConfigCatalog,
  exportCloudFormation,
  exportTerraform,
  generateDeviceConfig,
  parseDeviceConfig,
  PARSEABLE_FORMATS,
  type DeviceConfigId,
  type IkeVersion,
  type Mismatch,
  type ParseableFormat,
  type ParsedDeviceConfig,
} from '../../engine/deviceConfig/index';
import type { EngineAction } from '../../engine/model/actions/actionTypes';
import { generateInputFor, topologyExportInputFor } from '../../terminal/deviceConfigInput';

export type { DeviceConfigId, IkeVersion, Mismatch, ParseableFormat };

/** Device types for the select: id and the console's Vendor / Platform / Software (R273, R276). */
export const DEVICE_CHOICES: readonly { id: DeviceConfigId; label: string; parseable: boolean }[] = deviceConfigCatalog.map((e) => ({
  id: e.id,
  // "Generic Generic" reads as a typo: name the vendor once when the platform repeats it
  label: `${e.platform.startsWith(e.vendor) ? e.platform : `${e.vendor} ${e.platform}`} (${e.software})`,
  parseable: e.parseable,
}));

export const FORMAT_LABELS: Readonly<Record<ParseableFormat, string>> = {
  strongswan: 'strongSwan (swanctl.conf or ipsec.conf)',
  'cisco-ios': 'Cisco IOS',
  fortinet: 'FortiGate (FortiOS)',
};
export const CHECK_FORMATS: readonly ParseableFormat[] = PARSEABLE_FORMATS;

export type CheckFormat = ParseableFormat | 'auto';
export type ExportFormat = 'terraform' | 'cloudformation';

export type GenerateOutcome = { ok: true; text: string; filename: string } | { ok: false; message: string };

/** The generated file of `connectionId` for one device; `ike` 'default' lets the generator choose (R55). */
export function generateFor(engine: Engine, connectionId: string, deviceId: DeviceConfigId, ike: IkeVersion | 'default'): GenerateOutcome {
  const found = generateInputFor(engine, connectionId);
  if (!found.ok) return { ok: false, message: found.message };
  const g = generateDeviceConfig(deviceId, ike === 'default' ? found.input : { ...found.input, ikeVersion: ike });
  if (!g.ok) return { ok: false, message: g.errors.map((e) => `${e.path}: ${e.message}${e.allowed ? ` (allowed: ${e.allowed})` : ''}`).join('\n') };
  return { ok: true, text: g.text, filename: g.filename };
}

/**
 * Which parser a pasted file needs, from the statements only that vendor writes: FortiOS
 * `config vpn ipsec ...`, swanctl `connections {` / ipsec.conf `conn NAME`, IOS `crypto isakmp|ikev2|ipsec`.
 */
export function detectFormat(text: string): ParseableFormat | undefined {
  if (/^\s*config\s+(vpn|system|router)\b/m.test(text) && /^\s*(edit|set)\s/m.test(text)) return 'fortinet';
  if (/^\s*(connections|secrets)\s*\{/m.test(text) || /^\s*conn\s+\S+\s*$/m.test(text)) return 'strongswan';
  if (/^\s*crypto\s+(isakmp|ikev2|ipsec|keyring)\b/m.test(text) || /^\s*interface\s+Tunnel\d+/im.test(text)) return 'cisco-ios';
  return undefined;
}

/** One ConfigureDevice action with the label the timeline shows. */
export interface ApplyStep {
  readonly action: EngineAction;
  readonly label: string;
}

export type CheckOutcome =
  | { readonly ok: false; readonly format?: ParseableFormat; readonly errors: readonly { line: number; message: string; text?: string }[] }
  | {
      readonly ok: true;
      readonly format: ParseableFormat;
      readonly mismatches: readonly Mismatch[];
      /** ConfigureDevice per AWS tunnel: the parsed settings, or Enabled false when the file has no tunnel for it. */
      readonly apply: readonly ApplyStep[];
    };

/**
 * AWS tunnel number (1, 2) → index of the parsed tunnel that talks to its outside IP (R19);
 * a parsed tunnel without a peer address counts by its position, as compareWithAws does.
 */
function tunnelsByAwsNumber(parsed: ParsedDeviceConfig, options: readonly TunnelOption[]): Map<1 | 2, number> {
  const out = new Map<1 | 2, number>();
  (parsed.device.Tunnels ?? []).forEach((t, i) => {
    const remote = parsed.endpoints[i]?.remoteAddress;
    const idx = remote ? options.findIndex((o) => o.OutsideIpAddress === remote) : t.TunnelNumber - 1;
    const n = idx === 0 ? 1 : idx === 1 ? 2 : undefined;
    if (n !== undefined && !out.has(n)) out.set(n, i);
  });
  return out;
}

/**
 * The sandbox device runs what the file says, tunnel by tunnel (R14: AWS configures nothing on
 * the device). An AWS tunnel the file does not point at is switched off on the device (R7).
 * Only settings the file holds are sent: ConfigureDevice merges them into the device tunnel, and
 * the timeline stores actions as JSON, so an `undefined` could not be replayed the same way.
 */
export function applyStepsFor(parsed: ParsedDeviceConfig, connectionId: string, connection: VpnConnection, format: ParseableFormat): ApplyStep[] {
  const options = connection.Options?.TunnelOptions ?? [];
  const byNumber = tunnelsByAwsNumber(parsed, options);
  const steps: ApplyStep[] = [];
  for (const n of [1, 2] as const) {
    const i = byNumber.get(n);
    const spec = i === undefined ? undefined : parsed.device.Tunnels?.[i];
    let config: Record<string, unknown> = { Enabled: false };
    if (spec) {
      const { VpnConnectionId: _v, TunnelNumber: _n, ...rest } = spec;
      config = { ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)), Enabled: true };
    }
    steps.push({
      action: { type: 'ConfigureDevice', VpnConnectionId: connectionId, TunnelNumber: n, Config: config } as EngineAction,
      label: spec ? `Configure the device's tunnel ${n} of ${connectionId} from your ${FORMAT_LABELS[format]} file` : `Turn off tunnel ${n} of ${connectionId} on the device (not in your file, R7)`,
    });
  }
  return steps;
}

/** Parse `text` (format given or detected) and compare it with the AWS tunnels of `connectionId`. */
export function checkConfig(engine: Engine, connectionId: string, text: string, format: CheckFormat): CheckOutcome {
  if (text.trim() === '') return { ok: false, errors: [{ line: 0, message: 'Paste a configuration first.' }] };
  const fmt = format === 'auto' ? detectFormat(text) : format;
  if (fmt === undefined) {
    return { ok: false, errors: [{ line: 0, message: `Could not tell the format; choose one of: ${CHECK_FORMATS.map((f) => FORMAT_LABELS[f]).join(', ')}.` }] };
  }
  const found = generateInputFor(engine, connectionId);
  if (!found.ok) return { ok: false, format: fmt, errors: [{ line: 0, message: found.message }] };
  const { connection, customerGateway, amazonSideAsn } = found.input;
  const parsed = parseDeviceConfig(text, fmt, { vpnConnectionId: connectionId, ...(customerGateway.CustomerGatewayId ? { customerGatewayId: customerGateway.CustomerGatewayId } : {}) });
  if (!parsed.ok) return { ok: false, format: fmt, errors: parsed.errors };
  const mismatches = compareWithAws(parsed, connection, { customerGateway, amazonSideAsn });
  return { ok: true, format: fmt, mismatches, apply: applyStepsFor(parsed, connectionId, connection, fmt) };
}

export function exportFor(engine: Engine, format: ExportFormat): { text: string; filename: string; type: string } {
  const input = topologyExportInputFor(engine);
  return format === 'terraform'
    ? { text: exportTerraform(input), filename: 'vpn-lab.tf', type: 'text/plain' }
    : { text: exportCloudFormation(input), filename: 'vpn-lab.cloudformation.json', type: 'application/json' };
}

/** A mismatch value as text: lists joined, a missing value said in words. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null || v === '') return '(not set)';
  if (Array.isArray(v)) return v.length ? v.map((x) => showValue(x)).join(', ') : '(none)';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
