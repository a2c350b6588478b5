/**
 * describe-vpn-connections `TunnelOption` → the scenario's `TunnelOptions` entry: Dpd* becomes
 * DPD*, IkeVersions becomes IKEVersions, `{ Value }` lists become plain lists.
 */
import type { TunnelOption } from '@aws-sdk/client-ec2';
import type { TunnelOptionsInput } from '../schema/tunnelOptionsSchema';

function values<T extends string | number>(list: readonly { Value?: T | undefined }[] | undefined): T[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out = list.map((v) => v?.Value).filter((v): v is T => v !== undefined && v !== null);
  return out.length > 0 ? out : undefined;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Drops undefined members (exactOptionalPropertyTypes, and a cleaner printed scenario). */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function mapTunnelOption(t: TunnelOption): TunnelOptionsInput {
  const cw = t.LogOptions?.CloudWatchLogOptions;
  const log = cw
    ? compact({
        LogEnabled: typeof cw.LogEnabled === 'boolean' ? cw.LogEnabled : undefined,
        LogGroupArn: str(cw.LogGroupArn),
        LogOutputFormat: str(cw.LogOutputFormat),
      })
    : undefined;
  return compact({
    TunnelInsideCidr: str(t.TunnelInsideCidr),
    TunnelInsideIpv6Cidr: str(t.TunnelInsideIpv6Cidr),
    PreSharedKey: str(t.PreSharedKey),
    Phase1LifetimeSeconds: num(t.Phase1LifetimeSeconds),
    Phase2LifetimeSeconds: num(t.Phase2LifetimeSeconds),
    RekeyMarginTimeSeconds: num(t.RekeyMarginTimeSeconds),
    RekeyFuzzPercentage: num(t.RekeyFuzzPercentage),
    ReplayWindowSize: num(t.ReplayWindowSize),
    DPDTimeoutSeconds: num(t.DpdTimeoutSeconds),
    DPDTimeoutAction: str(t.DpdTimeoutAction),
    Phase1EncryptionAlgorithms: values(t.Phase1EncryptionAlgorithms),
    Phase2EncryptionAlgorithms: values(t.Phase2EncryptionAlgorithms),
    Phase1IntegrityAlgorithms: values(t.Phase1IntegrityAlgorithms),
    Phase2IntegrityAlgorithms: values(t.Phase2IntegrityAlgorithms),
    Phase1DHGroupNumbers: values(t.Phase1DHGroupNumbers),
    Phase2DHGroupNumbers: values(t.Phase2DHGroupNumbers),
    IKEVersions: values(t.IkeVersions),
    StartupAction: str(t.StartupAction),
    EnableTunnelLifecycleControl:
      typeof t.EnableTunnelLifecycleControl === 'boolean' ? t.EnableTunnelLifecycleControl : undefined,
    LogOptions: log && Object.keys(log).length > 0 ? { CloudWatchLogOptions: log } : undefined,
  }) as TunnelOptionsInput;
}
