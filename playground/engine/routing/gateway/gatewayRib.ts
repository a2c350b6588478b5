/**
 * The routing table of one VGW or one TGW route table, kept incrementally. Candidates arrive
 * grouped by source ("bgp:<tunnel>", "static:<connection>", "vpc:<id>", ...); replacing a source
 * recomputes only the prefixes that source touched, so a tunnel flap on a gateway with 50,000
 * prefixes re-runs selection for the flapped tunnel's prefixes alone.
 */
import { PrefixTable } from '../prefixTable';
import { ONLY_CANDIDATE, type Decision } from '../selection/selector';
import type { Explanation, Prefix, RouteCandidate } from '../types';

export type Selector = (candidates: readonly RouteCandidate[]) => Decision<RouteCandidate> | undefined;

export interface RibEntry {
  readonly prefix: Prefix;
  /** One route, or an ECMP set (TGW only). */
  readonly selected: readonly RouteCandidate[];
  readonly decision: Decision<RouteCandidate>;
  readonly explanation: Explanation;
  readonly blackhole: boolean;
}

export function explainDecision(prefix: Prefix, d: Decision<RouteCandidate>): Explanation {
  if (d.selected.length > 1) {
    const tunnels = d.selected.map((c) => c.tunnelId ?? c.target).join(', ');
    return { rule: 'R190', text: `${prefix}: ECMP across ${d.selected.length} equal BGP paths (${tunnels})` };
  }
  if (d.decidedBy.step === ONLY_CANDIDATE) {
    const b = d.best;
    return { rule: d.decidedBy.rule, text: `${prefix}: only route, ${b.source} via ${b.tunnelId ?? b.target}` };
  }
  const deciding = d.losers.filter((l) => l.step === d.decidedBy.step);
  return { rule: d.decidedBy.rule, text: `${prefix}: ${deciding[0]?.reason ?? d.decidedBy.step}` };
}

export class GatewayRib {
  private readonly bySource = new Map<string, readonly RouteCandidate[]>();
  private readonly byPrefix = new Map<Prefix, Map<string, RouteCandidate[]>>();
  private readonly table = new PrefixTable<RibEntry>();

  constructor(private readonly select: Selector) {}

  /** Replace everything one source contributes; returns the prefixes whose entry was recomputed. */
  replaceSource(source: string, candidates: readonly RouteCandidate[]): Prefix[] {
    const affected = new Set<Prefix>();
    for (const c of this.bySource.get(source) ?? []) {
      affected.add(c.prefix);
      this.byPrefix.get(c.prefix)?.delete(source);
    }
    if (candidates.length) this.bySource.set(source, candidates);
    else this.bySource.delete(source);
    for (const c of candidates) {
      affected.add(c.prefix);
      let m = this.byPrefix.get(c.prefix);
      if (!m) this.byPrefix.set(c.prefix, (m = new Map()));
      let list = m.get(source);
      if (!list) m.set(source, (list = []));
      list.push(c);
    }
    for (const p of affected) this.recompute(p);
    return [...affected];
  }

  private recompute(p: Prefix): void {
    const m = this.byPrefix.get(p);
    const all: RouteCandidate[] = [];
    if (m) for (const list of m.values()) all.push(...list);
    const d = all.length ? this.select(all) : undefined;
    if (!d) {
      this.byPrefix.delete(p);
      this.table.delete(p);
      return;
    }
    this.table.set(p, { prefix: p, selected: d.selected, decision: d, explanation: explainDecision(p, d), blackhole: d.best.source === 'blackhole' });
  }

  get(p: Prefix): RibEntry | undefined {
    return this.table.get(p);
  }

  entries(): RibEntry[] {
    return [...this.table].map(([, e]) => e).sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
  }

  get size(): number {
    return this.table.size;
  }

  /**
   * Forwarding lookup. Longest prefix first, but a route through an unhealthy endpoint is never
   * used while a healthy path exists (R177), so an unhealthy more-specific entry is skipped in
   * favour of a healthy shorter one. Returns the entry and, when one was skipped, why.
   */
  lookup(address: string): { entry: RibEntry; skipped?: RibEntry; explanation: Explanation } | undefined {
    const matches = this.table.matches(address);
    const first = matches[0];
    if (!first) return undefined;
    const healthy = matches.find((m) => m.value.selected.some((c) => c.healthy));
    if (!healthy) return { entry: first.value, explanation: first.value.explanation };
    if (healthy === first) return { entry: first.value, explanation: first.value.explanation };
    return {
      entry: healthy.value,
      skipped: first.value,
      explanation: { rule: 'R177', text: `${first.prefix} is more specific but only reachable through an unhealthy tunnel endpoint; ${healthy.prefix} is used` },
    };
  }
}
