/**
 * The routing table of one VGW or one TGW route table, kept incrementally. Candidates arrive
 * grouped by source ("bgp:<tunnel>", "static:<connection>", "vpc:<id>", ...); replacing a source
 * recomputes only the prefixes that source touched, so a tunnel flap on a gateway with 50,000
 * prefixes re-runs selection for the flapped tunnel's prefixes alone. Given a SelectionPolicy
 * rather than a selector function, a change that only shrinks or grows an ECMP set is applied
 * without re-running selection (tiedSetUpdate.ts).
 */
import { PrefixTable } from '../prefixTable';
import { ONLY_CANDIDATE, selectRoute, type Decision, type SelectionPolicy } from '../selection/selector';
import type { Explanation, Prefix, RouteCandidate } from '../types';
import { RESELECT, updateTiedSet } from './tiedSetUpdate';

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

/** A table entry whose explanation sentence is built when first read (ECMP sets name every tunnel). */
class Entry implements RibEntry {
  readonly selected: readonly RouteCandidate[];
  readonly blackhole: boolean;
  private text: Explanation | undefined;
  constructor(
    readonly prefix: Prefix,
    readonly decision: Decision<RouteCandidate>,
    /** Keys of `selected`, kept for the incremental path (computed on first need otherwise). */
    private keys: readonly string[] | undefined,
  ) {
    this.selected = decision.selected;
    this.blackhole = decision.best.source === 'blackhole';
  }
  selectedKeys(key: (c: RouteCandidate) => string): readonly string[] {
    return (this.keys ??= this.selected.map(key));
  }
  get explanation(): Explanation {
    return (this.text ??= explainDecision(this.prefix, this.decision));
  }
}

const NONE: readonly RouteCandidate[] = [];

export class GatewayRib {
  /** Prefixes each source contributes to, in first-seen order. */
  private readonly sourcePrefixes = new Map<string, Set<Prefix>>();
  private readonly byPrefix = new Map<Prefix, Map<string, readonly RouteCandidate[]>>();
  private readonly table = new PrefixTable<Entry>();
  private readonly select: Selector;
  /** Present when the selector is given as steps: enables the incremental ECMP path. */
  private readonly policy: SelectionPolicy<RouteCandidate> | undefined;

  constructor(selector: Selector | SelectionPolicy<RouteCandidate>) {
    if (typeof selector === 'function') {
      this.select = selector;
      this.policy = undefined;
    } else {
      this.select = (cs) => selectRoute(cs, selector.steps, selector.key, selector.onlyRule);
      this.policy = selector;
    }
  }

  /** Replace everything one source contributes; returns the prefixes whose entry was recomputed. */
  replaceSource(source: string, candidates: readonly RouteCandidate[]): Prefix[] {
    const added = new Map<Prefix, RouteCandidate[]>();
    for (const c of candidates) {
      const list = added.get(c.prefix);
      if (list) list.push(c);
      else added.set(c.prefix, [c]);
    }
    const affected = new Set(this.sourcePrefixes.get(source));
    for (const p of added.keys()) affected.add(p);
    for (const p of affected) {
      let m = this.byPrefix.get(p);
      const removed = m?.get(source) ?? NONE;
      const add = added.get(p) ?? NONE;
      m?.delete(source);
      if (add.length) {
        if (!m) this.byPrefix.set(p, (m = new Map()));
        m.set(source, add);
      }
      this.recompute(p, m, removed, add);
    }
    if (added.size) this.sourcePrefixes.set(source, new Set(added.keys()));
    else this.sourcePrefixes.delete(source);
    return [...affected];
  }

  private recompute(p: Prefix, m: Map<string, readonly RouteCandidate[]> | undefined, removed: readonly RouteCandidate[], add: readonly RouteCandidate[]): void {
    const policy = this.policy;
    const prev = this.table.get(p);
    const tied = policy ? updateTiedSet(policy, prev?.decision, () => prev?.selectedKeys(policy.key) ?? [], removed, add) : RESELECT;
    let next: Entry | undefined;
    if (tied !== RESELECT) next = tied && new Entry(p, tied.decision, tied.keys);
    else {
      const all: RouteCandidate[] = [];
      if (m) for (const list of m.values()) for (const c of list) all.push(c);
      const d = all.length ? this.select(all) : undefined;
      next = d && new Entry(p, d, undefined);
    }
    if (!next) {
      this.byPrefix.delete(p);
      this.table.delete(p);
      return;
    }
    this.table.set(p, next);
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
