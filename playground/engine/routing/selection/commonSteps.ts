/** Steps shared by the VGW and TGW selectors; each names the rule it implements. */
import { parseAddress, prefixLength } from '../prefix';
import type { RouteCandidate } from '../types';
import { higher, lower, type SelectionStep } from './selector';

const NOT_AN_ADDRESS = 1n << 130n;
// tunnel ids are few and long-lived; a bounded memo keeps BigInt parsing out of selection loops
const addressOrders = new Map<string, bigint>();

/** Numeric order of an address (R184 compares outside IPs numerically); names sort after. */
export function addressOrder(ip: string | undefined): bigint {
  if (ip === undefined) return NOT_AN_ADDRESS;
  let v = addressOrders.get(ip);
  if (v === undefined) {
    v = parseAddress(ip)?.value ?? NOT_AN_ADDRESS;
    if (addressOrders.size >= 4096) addressOrders.clear();
    addressOrders.set(ip, v);
  }
  return v;
}

export const endpointHealthStep: SelectionStep<RouteCandidate> = {
  name: 'endpointHealth',
  rule: 'R177',
  compare: higher((c) => (c.healthy ? 1 : 0)),
  explain: (w, l) => `tunnel ${l.tunnelId ?? l.target} is not healthy while ${w.tunnelId ?? w.target} is: endpoint health outranks every other attribute`,
};

const higherLength = higher((c: RouteCandidate) => prefixLength(c.prefix));

export const longestPrefixStep: SelectionStep<RouteCandidate> = {
  name: 'longestPrefix',
  rule: 'R178',
  // within one table entry every candidate has the same prefix: skip parsing the length
  compare: (a, b) => (a.prefix === b.prefix ? 'tie' : higherLength(a, b)),
  explain: (w, l) => `${w.prefix} is more specific than ${l.prefix}`,
};

export const asPathStep: SelectionStep<RouteCandidate> = {
  name: 'asPathLength',
  rule: 'R182',
  compare: lower((c) => c.asPath.length),
  explain: (w, l) => `AS_PATH of length ${w.asPath.length} is shorter than ${l.asPath.length}`,
};

/** R183: MED only between equally long AS_PATHs whose first AS is the same. */
export const medStep: SelectionStep<RouteCandidate> = {
  name: 'med',
  // a number, not a string: computed for every candidate in the selection loop
  group: (c) => c.asPath.length * 2 ** 33 + (c.asPath[0] ?? -1),
  rule: 'R183',
  compare: (a, b) =>
    a.asPath.length !== b.asPath.length || a.asPath[0] !== b.asPath[0] ? 'tie' : a.med < b.med ? 'a' : a.med > b.med ? 'b' : 'tie',
  explain: (w, l) => `same first AS ${String(w.asPath[0])}: MED ${w.med} is lower than ${l.med}`,
};

/** R184 Lab decision: remaining ties go to the tunnel with the lowest AWS outside IP. */
export const lowestOutsideIpStep: SelectionStep<RouteCandidate> = {
  name: 'lowestOutsideIp',
  rule: 'R184',
  compare: (a, b) => {
    const x = addressOrder(a.tunnelId), y = addressOrder(b.tunnelId);
    if (x !== y) return x < y ? 'a' : 'b';
    return a.target < b.target ? 'a' : a.target > b.target ? 'b' : 'tie';
  },
  explain: (w, l) => `tie broken by the lowest AWS outside IP: ${w.tunnelId ?? w.target} (AWS-selected primary) before ${l.tunnelId ?? l.target}`,
};

/** Identity of a candidate: orders ECMP sets and breaks ties between champions. */
export const candidateKey = (c: RouteCandidate): string => `${c.prefix}|${c.source}|${c.target}|${c.tunnelId ?? ''}`;
