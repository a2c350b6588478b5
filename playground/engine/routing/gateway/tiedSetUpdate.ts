/**
 * Incremental update of one prefix's decision when a source's candidates change (the ECMP fast
 * path, R190). When the current decision has no losers, every candidate ties every other at
 * every step: it is an ECMP set or a lone route. If each added candidate also ties a remaining
 * member at every step, and shares its group on grouped steps (MED only compares routes from the
 * same neighbouring AS, R183), a full selection would again eliminate nothing, so the new decision
 * is the remaining members plus the additions in key order — the same decision `selectRoute`
 * returns for the new set, at O(set size) instead of O(set size × steps) with strings built.
 */
import { ONLY_CANDIDATE, type Decision, type SelectionPolicy, type SelectionStep } from '../selection/selector';

/** Returned when the change may alter which candidates win: run full selection instead. */
export const RESELECT = 'reselect';

function firstInGroup<C>(cs: readonly C[], group: (c: C) => string | number, g: string | number): C | undefined {
  for (const c of cs) if (group(c) === g) return c;
  return undefined;
}

/**
 * Does `a` tie every member of the set at every step? Members pairwise tie, so one comparison per
 * step is enough: with `ref` on ungrouped steps, and on grouped steps with any member of a's group
 * (members of other groups tie by definition; `more` are additions accepted before `a`).
 */
function tiesAll<C>(steps: readonly SelectionStep<C>[], a: C, ref: C, members: readonly C[], more: readonly C[]): boolean {
  for (const step of steps) {
    let other: C | undefined = ref;
    const group = step.group;
    if (group) {
      const g = group(a);
      if (g !== group(ref)) other = firstInGroup(members, group, g) ?? firstInGroup(more, group, g);
    }
    if (other !== undefined && step.compare(a, other) !== 'tie') return false;
  }
  return true;
}

/** Index after every key <= k (new members go after equal keys, as a stable re-sort would put them). */
function upperBound(sorted: readonly string[], k: string): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A decision with no losers plus the key of each selected member, in the same order. */
export interface TiedSet<C> {
  readonly decision: Decision<C>;
  readonly keys: readonly string[];
}

/**
 * `previous` must be the decision over exactly the candidates before the change (undefined when
 * there were none) and `previousKeys` gives its members' keys; `removed` are members of that set.
 * Returns the new set, undefined when no candidate is left, or RESELECT when only a full
 * selection can answer.
 */
export function updateTiedSet<C>(
  policy: SelectionPolicy<C>,
  previous: Decision<C> | undefined,
  previousKeys: () => readonly string[],
  removed: readonly C[],
  added: readonly C[],
): TiedSet<C> | undefined | typeof RESELECT {
  if (previous && previous.losers.length > 0) return RESELECT;
  const old = previous?.selected ?? [];
  const oldKeys = previous ? previousKeys() : [];
  let members: C[] = old.slice();
  let keys: string[] = oldKeys.slice();
  if (removed.length) {
    // counted, so an object a caller put in two sources leaves once per withdrawal
    const gone = new Map<C, number>();
    for (const c of removed) gone.set(c, (gone.get(c) ?? 0) + 1);
    members = [];
    keys = [];
    for (let i = 0; i < old.length; i++) {
      const c = old[i] as C;
      const n = gone.get(c);
      if (n) gone.set(c, n - 1);
      else {
        members.push(c);
        keys.push(oldKeys[i] as string);
      }
    }
  }
  const ref = members[0] ?? added[0];
  if (ref === undefined) return undefined;
  const accepted: C[] = [];
  for (const a of added) {
    if (a !== ref && !tiesAll(policy.steps, a, ref, members, accepted)) return RESELECT;
    accepted.push(a);
  }
  for (const a of accepted) {
    const k = policy.key(a);
    const at = upperBound(keys, k);
    members.splice(at, 0, a);
    keys.splice(at, 0, k);
  }
  const best = members[0] as C;
  return { decision: { best, selected: members, decidedBy: { step: ONLY_CANDIDATE, rule: policy.onlyRule(best) }, losers: [] }, keys };
}
