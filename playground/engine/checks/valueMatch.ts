/** Comparators shared by option and device-setting checks. */
import type { Scalar, ValueMatch } from './checkTypes';
import { containsIp } from './cidr';

export const MATCH_KEYS = ['equals', 'notEquals', 'includes', 'excludes', 'only', 'atLeast', 'atMost', 'inCidr'] as const;

const show = (v: unknown): string => (Array.isArray(v) ? `[${v.map(String).join(', ')}]` : v === undefined ? 'not set' : String(v));
const same = (a: unknown, b: Scalar): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
const list = (v: Scalar | readonly Scalar[]): readonly Scalar[] => (Array.isArray(v) ? v : [v as Scalar]);
const asArray = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Returns undefined when the value matches, else what is wrong ("is [AES128, AES256]; it must be only [AES256]"). */
export function mismatch(value: unknown, m: ValueMatch): string | undefined {
  const is = `is ${show(value)}`;
  if (m.equals !== undefined && !same(value, m.equals)) return `${is}; it must be ${show(m.equals)}`;
  if (m.notEquals !== undefined && same(value, m.notEquals)) return `${is}; it must not be ${show(m.notEquals)}`;
  if (m.includes !== undefined) {
    const lack = list(m.includes).filter((x) => !asArray(value).some((v) => same(v, x)));
    if (lack.length > 0) return `${is}; it must include ${show(lack)}`;
  }
  if (m.excludes !== undefined) {
    const extra = list(m.excludes).filter((x) => asArray(value).some((v) => same(v, x)));
    if (extra.length > 0) return `${is}; it must not include ${show(extra)}`;
  }
  if (m.only !== undefined) {
    const vals = asArray(value);
    const okSet = vals.length === m.only.length && m.only.every((x) => vals.some((v) => same(v, x))) && vals.every((v) => m.only!.some((x) => same(v, x)));
    if (!okSet) return `${is}; it must be exactly ${show(m.only)}`;
  }
  if (m.atLeast !== undefined) {
    const nums = asArray(value);
    if (nums.length === 0 || nums.some((v) => typeof v !== 'number' || v < m.atLeast!)) return `${is}; every value must be at least ${m.atLeast}`;
  }
  if (m.atMost !== undefined) {
    const nums = asArray(value);
    if (nums.length === 0 || nums.some((v) => typeof v !== 'number' || v > m.atMost!)) return `${is}; every value must be at most ${m.atMost}`;
  }
  if (m.inCidr !== undefined && !(typeof value === 'string' && containsIp(m.inCidr, value))) return `${is}; it must lie inside ${m.inCidr}`;
  return undefined;
}

/** Reads `a.b.c` from an object (option names such as LogOptions.CloudWatchLogOptions.LogEnabled). */
export function readPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
