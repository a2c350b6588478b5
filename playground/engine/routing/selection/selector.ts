/**
 * Route selection as an ordered list of named steps (PRACTICES #4). Each step compares two
 * candidates and answers 'a', 'b' or 'tie'. The selector eliminates, step by step, every
 * candidate that some surviving candidate beats; what survives the last step is selected
 * (one route, or several for ECMP). Because elimination is a function of the candidate *set*,
 * the result does not depend on the order candidates arrive in, even for MED, which only
 * compares routes from the same neighbouring AS (R183).
 */
import type { RuleId } from '../types';

export type StepVerdict = 'a' | 'b' | 'tie';

export interface SelectionStep<C> {
  readonly name: string;
  readonly rule: RuleId;
  compare(a: C, b: C): StepVerdict;
  /** Sentence shown for a loser: why `winner` beat it at this step. */
  explain(winner: C, loser: C): string;
  /**
   * Set when the step compares only within groups (MED: same AS_PATH length and first AS,
   * R183): candidates of different groups tie, and each group keeps its own best.
   */
  readonly group?: (c: C) => string | number;
}

export interface Loser<C> {
  readonly candidate: C;
  readonly beatenBy: C;
  readonly step: string;
  readonly rule: RuleId;
  readonly reason: string;
}

export interface Decision<C> {
  readonly best: C;
  /** All survivors: more than one only when the steps leave an ECMP set. */
  readonly selected: readonly C[];
  readonly decidedBy: { readonly step: string; readonly rule: RuleId };
  readonly losers: readonly Loser<C>[];
}

/** Sentinel used when only one candidate exists (no comparison decided anything). */
export const ONLY_CANDIDATE = 'onlyCandidate';

/** Everything a selector is made of, so a table can also update a decision incrementally. */
export interface SelectionPolicy<C> {
  readonly steps: readonly SelectionStep<C>[];
  /** Stable identity that orders an ECMP set and breaks ties between champions. */
  readonly key: (c: C) => string;
  /** Rule that explains the selected route when no step eliminated anything. */
  readonly onlyRule: (best: C) => RuleId;
}

/** A loser whose sentence is built only when someone reads it (selection runs in hot loops). */
class StepLoser<C> implements Loser<C> {
  readonly step: string;
  readonly rule: RuleId;
  private text: string | undefined;
  constructor(
    readonly candidate: C,
    public beatenBy: C,
    private readonly by: SelectionStep<C>,
  ) {
    this.step = by.name;
    this.rule = by.rule;
  }
  get reason(): string {
    return (this.text ??= this.by.explain(this.beatenBy, this.candidate));
  }
}

/** Sort by key, computing each key once (keys may be built strings). */
export function sortByKey<T, C>(items: T[], key: (c: C) => string, of: (t: T) => C): T[] {
  if (items.length < 2) return items;
  const keyed = items.map((t) => ({ t, k: key(of(t)) }));
  keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
  return keyed.map((e) => e.t);
}

type Group = string | number;

/**
 * One step: a first pass finds some best element per group, a second eliminates everything it
 * beats (a step is a total preorder within its group, so that is O(n)). Only when something
 * lost is each group's canonical champion (lowest key among the group's best) looked up, so
 * which element is named as beating a loser does not depend on input order. Returns `alive`
 * itself when nothing was eliminated.
 */
function runStep<C>(alive: C[], step: SelectionStep<C>, key: (c: C) => string, losers: StepLoser<C>[]): C[] {
  const group = step.group;
  const groups = group ? alive.map(group) : undefined;
  const best = new Map<Group, C>();
  let only = alive[0] as C; // the best of the single group when the step has no groups
  for (let i = 0; i < alive.length; i++) {
    const c = alive[i] as C;
    if (!groups) {
      if (step.compare(c, only) === 'a') only = c;
      continue;
    }
    const cur = best.get(groups[i] as Group);
    if (cur === undefined || step.compare(c, cur) === 'a') best.set(groups[i] as Group, c);
  }
  let lost: StepLoser<C>[] | undefined;
  const survivors: C[] = [];
  for (let i = 0; i < alive.length; i++) {
    const c = alive[i] as C;
    const champion = groups ? (best.get(groups[i] as Group) as C) : only;
    if (c !== champion && step.compare(champion, c) === 'a') (lost ??= []).push(new StepLoser(c, champion, step));
    else survivors.push(c);
  }
  if (!lost) return alive;
  // canonical champion per group: the survivor of that group with the lowest key
  const canonical = new Map<Group, { c: C; k: string }>();
  for (const c of survivors) {
    const g = group ? group(c) : '';
    const k = key(c);
    const cur = canonical.get(g);
    if (cur === undefined || k < cur.k) canonical.set(g, { c, k });
  }
  for (const l of lost) {
    l.beatenBy = canonical.get(group ? group(l.candidate) : '')?.c ?? l.beatenBy;
    losers.push(l);
  }
  return survivors;
}

/**
 * Select among candidates. `key` gives a stable identity used to order the survivors of an ECMP
 * set deterministically. `onlyRule` may depend on the selected route, which keeps the decision a
 * function of the candidate set. Returns undefined for no candidates.
 */
export function selectRoute<C>(
  candidates: readonly C[],
  steps: readonly SelectionStep<C>[],
  key: (c: C) => string,
  onlyRule: RuleId | ((best: C) => RuleId),
): Decision<C> | undefined {
  if (candidates.length === 0) return undefined;
  let alive: C[] = candidates.slice();
  let losers: StepLoser<C>[] = [];
  let decidedBy: { step: string; rule: RuleId } | undefined;
  for (const step of steps) {
    if (alive.length < 2) break;
    const before = alive.length;
    alive = runStep(alive, step, key, losers);
    if (alive.length < before) decidedBy = { step: step.name, rule: step.rule };
  }
  alive = sortByKey(alive, key, (c) => c);
  losers = sortByKey(losers, key, (l) => l.candidate);
  const best = alive[0];
  if (best === undefined) return undefined; // unreachable: a strict step always leaves a survivor
  decidedBy ??= { step: ONLY_CANDIDATE, rule: typeof onlyRule === 'function' ? onlyRule(best) : onlyRule };
  return { best, selected: alive, decidedBy, losers };
}

/** Helper for steps that prefer the lower of a numeric key. */
export function lower<C>(f: (c: C) => number): (a: C, b: C) => StepVerdict {
  return (a, b) => {
    const x = f(a), y = f(b);
    return x < y ? 'a' : x > y ? 'b' : 'tie';
  };
}
/** Helper for steps that prefer the higher of a numeric key. */
export function higher<C>(f: (c: C) => number): (a: C, b: C) => StepVerdict {
  return (a, b) => {
    const x = f(a), y = f(b);
    return x > y ? 'a' : x < y ? 'b' : 'tie';
  };
}
