/**
 * Accumulates what a parser reads about one tunnel and turns it into the scenario's device
 * tunnel shape. Shared by every parser so they agree on defaults for settings a file omits.
 */
import type { DeviceTunnelSpec } from '../../schema/deviceSchema';
import type { Dh, Enc, Integ } from '../deviceIntent';
import type { IkeVersion, ParsedTunnelEndpoint } from '../types';

export interface ProposalDraft {
  encryption: string[];
  integrity: string[];
  dhGroups: number[];
}

export interface TunnelDraft {
  name: string;
  ikeVersion?: IkeVersion | undefined;
  psk?: string | undefined;
  phase1: ProposalDraft;
  phase2: ProposalDraft & { pfs?: boolean | undefined };
  phase1LifetimeSeconds?: number | undefined;
  phase2LifetimeSeconds?: number | undefined;
  dpdEnabled?: boolean | undefined;
  dpdIntervalSeconds?: number | undefined;
  dpdRetries?: number | undefined;
  localTs?: string | undefined;
  remoteTs?: string | undefined;
  initiate?: boolean | undefined;
  endpoint: { remoteAddress?: string | undefined; localAddress?: string | undefined; insideAddress?: string | undefined; bgpNeighbor?: string | undefined };
  /** Setting path below `Tunnels[i].` → line. */
  lines: Record<string, number>;
}

export const emptyProposal = (): ProposalDraft => ({ encryption: [], integrity: [], dhGroups: [] });

export function newTunnelDraft(name: string): TunnelDraft {
  return { name, phase1: emptyProposal(), phase2: emptyProposal(), endpoint: {}, lines: {} };
}

export function addUnique<T>(list: T[], v: T): void {
  if (!list.includes(v)) list.push(v);
}

/** `28800`, `28800s`, `480m`, `8h`, `1d` → seconds; undefined when not a duration. */
export function parseSeconds(text: string): number | undefined {
  const m = /^(\d+)\s*([smhd]?)$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Number(m[1]) * unit;
}

export function draftToSpec(d: TunnelDraft, vpnConnectionId: string, tunnelNumber: 1 | 2): { spec: DeviceTunnelSpec; endpoint: ParsedTunnelEndpoint } {
  const spec: DeviceTunnelSpec = { VpnConnectionId: vpnConnectionId, TunnelNumber: tunnelNumber };
  if (d.psk !== undefined) spec.PreSharedKey = d.psk;
  if (d.ikeVersion) spec.IkeVersion = d.ikeVersion;
  const p1 = d.phase1;
  if (p1.encryption.length && p1.integrity.length && p1.dhGroups.length) {
    spec.Phase1Proposal = { EncryptionAlgorithms: p1.encryption as Enc[], IntegrityAlgorithms: p1.integrity as Integ[], DHGroupNumbers: p1.dhGroups as Dh[] };
  }
  const p2 = d.phase2;
  if (p2.encryption.length) {
    // AES-GCM carries its own integrity; the device then offers none, which the draft records as the phase 1 hash.
    const integrity = p2.integrity.length ? p2.integrity : p1.integrity.length ? p1.integrity : ['SHA2-256'];
    const pfs = p2.pfs ?? p2.dhGroups.length > 0;
    const dh = p2.dhGroups.length ? p2.dhGroups : p1.dhGroups.length ? p1.dhGroups : [14];
    spec.Phase2Proposal = { EncryptionAlgorithms: p2.encryption as Enc[], IntegrityAlgorithms: integrity as Integ[], DHGroupNumbers: dh as Dh[], Pfs: pfs };
  }
  if (d.phase1LifetimeSeconds !== undefined) spec.Phase1LifetimeSeconds = d.phase1LifetimeSeconds;
  if (d.phase2LifetimeSeconds !== undefined) spec.Phase2LifetimeSeconds = d.phase2LifetimeSeconds;
  if (d.dpdEnabled !== undefined) {
    spec.Dpd = { Enabled: d.dpdEnabled };
    if (d.dpdIntervalSeconds !== undefined) spec.Dpd.IntervalSeconds = d.dpdIntervalSeconds;
    if (d.dpdRetries !== undefined) spec.Dpd.Retries = d.dpdRetries;
  }
  if (d.localTs && d.remoteTs) spec.TrafficSelectors = { Local: d.localTs, Remote: d.remoteTs };
  if (d.initiate !== undefined) spec.Initiate = d.initiate;
  const e = d.endpoint;
  const endpoint: ParsedTunnelEndpoint = {
    ...(e.remoteAddress ? { remoteAddress: e.remoteAddress } : {}),
    ...(e.localAddress ? { localAddress: e.localAddress } : {}),
    ...(e.insideAddress ? { insideAddress: e.insideAddress } : {}),
    ...(e.bgpNeighbor ? { bgpNeighbor: e.bgpNeighbor } : {}),
  };
  return { spec, endpoint };
}
