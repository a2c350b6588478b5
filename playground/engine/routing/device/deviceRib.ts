/**
 * The device's routing table built from what it hears over BGP and its own static routes.
 * Received routes carrying the device's own ASN are dropped (R159) — which is why CloudHub sites
 * sharing one ASN cannot reach each other (R215). Static routes are installed only while their
 * track (SLA monitor pinging through the tunnel) is up (R324, R325).
 */
import type { AdvertisedRoute } from '../bgp/bgpRoute';
import { PrefixTable } from '../prefixTable';
import type { Decision } from '../selection/selector';
import type { Asn, Explanation, Prefix } from '../types';
import { selectDeviceRoute, type DeviceCandidate } from './deviceSelection';

export interface DeviceStaticRoute {
  readonly prefix: Prefix;
  readonly tunnelId: string;
  readonly neighbor: string;
  readonly priority?: number;
  /** Tracked by an SLA monitor: installed only while the tracked path answers. */
  readonly tracked?: boolean;
}

export interface DevicePolicy {
  readonly asn: Asn;
  /** Per tunnel (AWS outside IP): weight and local preference applied to received routes. */
  readonly weight?: Readonly<Record<string, number>>;
  readonly localPref?: Readonly<Record<string, number>>;
  readonly multipath?: boolean;
}

export interface DeviceTunnelInput {
  readonly tunnelId: string;
  readonly neighbor: string;
  /** Established BGP session (routes only while Established). */
  readonly bgpEstablished: boolean;
  /** Tunnel carries packets (tracks answer). */
  readonly up: boolean;
  readonly received: readonly AdvertisedRoute[];
}

export interface DeviceRibEntry {
  readonly prefix: Prefix;
  readonly decision: Decision<DeviceCandidate>;
  readonly explanation: Explanation;
}

export interface DeviceRibResult {
  readonly table: PrefixTable<DeviceRibEntry>;
  readonly rejected: Array<{ prefix: Prefix; tunnelId: string; rule: 'R159' | 'R215'; reason: string }>;
}

/**
 * A table entry whose selection runs when first read. A rebuild re-selects every prefix of every
 * device, but between snapshots only the lookups traffic needs are read (a 50-connection TGW
 * would otherwise re-select ~250k prefixes during bring-up). The result is kept in the entry.
 */
class LazyRibEntry implements DeviceRibEntry {
  #resolved: { decision: Decision<DeviceCandidate>; explanation: Explanation } | undefined;
  constructor(
    readonly prefix: Prefix,
    private readonly cands: readonly DeviceCandidate[],
    private readonly multipath: boolean,
  ) {}
  #resolve(): { decision: Decision<DeviceCandidate>; explanation: Explanation } {
    if (this.#resolved) return this.#resolved;
    // Never undefined: every entry has at least one candidate.
    const d = selectDeviceRoute(this.cands, this.multipath) as Decision<DeviceCandidate>;
    const reason = d.losers.find((l) => l.step === d.decidedBy.step)?.reason ?? `only route, ${d.best.origin} via ${d.best.tunnelId}`;
    this.#resolved = { decision: d, explanation: { rule: d.decidedBy.rule, text: `${this.prefix}: ${reason}` } };
    return this.#resolved;
  }
  get decision(): Decision<DeviceCandidate> {
    return this.#resolve().decision;
  }
  get explanation(): Explanation {
    return this.#resolve().explanation;
  }
}

export function buildDeviceRib(policy: DevicePolicy, tunnels: readonly DeviceTunnelInput[], statics: readonly DeviceStaticRoute[]): DeviceRibResult {
  const byPrefix = new Map<Prefix, DeviceCandidate[]>();
  const add = (c: DeviceCandidate): void => {
    const l = byPrefix.get(c.prefix);
    if (l) l.push(c);
    else byPrefix.set(c.prefix, [c]);
  };
  const rejected: DeviceRibResult['rejected'] = [];
  for (const t of tunnels) {
    if (!t.bgpEstablished) continue;
    for (const r of t.received) {
      if (r.asPath.includes(policy.asn)) {
        rejected.push({ prefix: r.prefix, tunnelId: t.tunnelId, rule: 'R215', reason: `AS_PATH ${r.asPath.join(' ')} contains our ASN ${policy.asn} (R159 loop prevention)` });
        continue;
      }
      add({ prefix: r.prefix, origin: 'bgp', tunnelId: t.tunnelId, neighbor: t.neighbor, weight: policy.weight?.[t.tunnelId] ?? 0, localPref: policy.localPref?.[t.tunnelId] ?? 100, asPath: r.asPath, med: r.med, staticPriority: 0 });
    }
  }
  const up = new Map(tunnels.map((t) => [t.tunnelId, t.up]));
  for (const s of statics) {
    if (s.tracked && !up.get(s.tunnelId)) continue; // R324/R325: the track withdrew the route
    add({ prefix: s.prefix, origin: 'static', tunnelId: s.tunnelId, neighbor: s.neighbor, weight: 0, localPref: 0, asPath: [], med: 0, staticPriority: s.priority ?? 1 });
  }
  const table = new PrefixTable<DeviceRibEntry>();
  for (const [prefix, cands] of byPrefix) table.set(prefix, new LazyRibEntry(prefix, cands, policy.multipath ?? false));
  return { table, rejected };
}
