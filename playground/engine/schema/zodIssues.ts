/**
 * Turns zod issues into ValidationErrors: AWS-style code, dotted path with indices, the value
 * found there and the allowed values from the option catalog.
 */
import type * as z from 'zod';
import { suggestField } from './fieldSuggestions';
import { allowedForField } from './tunnelOptionCatalog';
import { formatPath, validationError, type ValidationError } from './validationError';

const OTHER_ALLOWED: Readonly<Record<string, string>> = {
  BgpAsn: '1–2147483647, not 7224 (nor 9059 in eu-west-1, 10124 in ap-northeast-1, 17943 in ap-southeast-1)',
  AmazonSideAsn: '64512–65534 or 4200000000–4294967294',
  TunnelInsideIpVersion: 'ipv4 or ipv6',
  OutsideIpAddressType: 'PublicIpv4 or PrivateIpv4',
  StaticRoutesOnly: 'true or false',
  EnableAcceleration: 'true or false',
  At: 'a duration such as 30s, 10m, 2h, 1d',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function lastKey(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

export function zodIssuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): ValidationError[] {
  const out: ValidationError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // The first alternative is the plain form of the field; its complaint reads best.
      out.push(...zodIssuesToErrors(issue.errors[0] ?? [], input, path));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = suggestField(key);
        const message =
          hint !== undefined && hint !== key
            ? `unknown field "${key}"; did you mean "${hint}"?`
            : `unknown field "${key}"`;
        out.push(
          validationError('UnknownParameter', [...path, key], message, { value: valueAt(input, [...path, key]) }),
        );
      }
      continue;
    }
    const value = valueAt(input, path);
    const key = lastKey(path);
    const allowed = allowedForField(key) ?? OTHER_ALLOWED[key];
    const extra = allowed === undefined ? { value } : { value, allowed };
    if (issue.code === 'invalid_type' && value === undefined) {
      out.push(validationError('MissingParameter', path, `${key || 'value'} is required`, extra));
      continue;
    }
    out.push(validationError('InvalidParameterValue', path, issue.message, extra));
  }
  return out;
}

export { formatPath };
