/**
 * Reusable zod field types of the scenario schema. Each keeps its JSON Schema input form
 * useful for editor completion (enum values as `examples`, case-insensitive patterns).
 */
import * as z from 'zod';
import {
  isIpv4NetworkAligned,
  isIpv6NetworkAligned,
  parseIpv4,
  parseIpv4Cidr,
  parseIpv6,
  parseIpv6Cidr,
} from './ipAddress';

/** `clear` → `[Cc][Ll][Ee][Aa][Rr]`: JSON Schema regexes have no `i` flag. */
function caseInsensitiveSource(value: string): string {
  return [...value]
    .map((ch) => {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo !== up) return `[${up}${lo}]`;
      return /[\w]/.test(ch) ? ch : `\\${ch}`;
    })
    .join('');
}

/**
 * A string enum matched case-insensitively and stored in its API form (R52, R87, R91, R92).
 * `aliases` maps extra accepted spellings (lower-case) to a canonical value.
 */
export function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  aliases: Readonly<Record<string, T[number]>> = {},
) {
  const lookup = new Map<string, T[number]>(values.map((v) => [v.toLowerCase(), v]));
  for (const [k, v] of Object.entries(aliases)) lookup.set(k.toLowerCase(), v);
  const pattern = new RegExp(`^(${[...lookup.keys()].map(caseInsensitiveSource).join('|')})$`);
  return z
    .string()
    .regex(pattern, { error: `must be one of ${values.join(', ')} (any letter case)` })
    .meta({ examples: [...values] })
    .transform((s) => lookup.get(s.toLowerCase()) as T[number]);
}

/** A number from a fixed list (DH groups). */
export function numberEnum<const T extends readonly [number, ...number[]]>(values: T) {
  return z.literal(values, { error: `must be one of ${values.join(', ')}` });
}

/**
 * A list option (R68–R74): a non-empty list whose items may be written plainly
 * (`[AES128]`) or in EC2 API form (`[{ Value: AES128 }]`); stored plainly, without duplicates.
 */
export function valueList<I extends z.ZodType>(item: I) {
  return z
    .array(
      z.union([
        item,
        z
          .object({ Value: item.describe('One value (EC2 API form).') })
          .transform((v) => (v as { Value: z.output<I> }).Value),
      ]),
    )
    .min(1, { error: 'must list at least one value (R74)' })
    .transform((list) => [...new Set(list as z.output<I>[])]);
}

export const ipv4Address = z
  .string()
  .refine((s) => parseIpv4(s) !== null, { error: 'must be an IPv4 address such as 203.0.113.12' });

export const ipv6Address = z
  .string()
  .refine((s) => parseIpv6(s) !== null, { error: 'must be an IPv6 address such as 2001:db8::10' });

export const ipv4Cidr = z.string().refine(
  (s) => {
    const c = parseIpv4Cidr(s);
    return c !== null && isIpv4NetworkAligned(c);
  },
  { error: 'must be an IPv4 CIDR block with no host bits set, such as 10.0.0.0/16' },
);

export const ipv6Cidr = z.string().refine(
  (s) => {
    const c = parseIpv6Cidr(s);
    return c !== null && isIpv6NetworkAligned(c);
  },
  { error: 'must be an IPv6 CIDR block with no host bits set, such as 2001:db8::/56' },
);

/** ASN as a plain non-negative integer (range checks happen per resource, R28–R44). */
export const asnNumber = z.number().int().min(1).max(4_294_967_295);

export const tags = z
  .array(
    z.object({
      Key: z.string().min(1).max(128).describe('Tag key, e.g. Name.'),
      Value: z.string().max(256).describe('Tag value.'),
    }),
  )
  .describe('Resource tags; the `Name` tag is what the console shows as the name (R23).');
