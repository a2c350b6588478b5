/// <reference types="vite/client" />
/**
 * Fuzzing the terminal's command-line parsing (playground/terminal): the word splitter and the
 * AWS CLI parameter syntax (JSON or shorthand). Loaded through import.meta.glob so the suite
 * skips, rather than breaks, while the terminal's files are absent or renamed.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, checkProperty } from './fuzzKit';

type Tokenize = (line: string) => { words: string[]; unterminated: boolean; trailingSpace: boolean };
type ParseValue = (text: string) => { ok: true; value: unknown } | { ok: false; message: string };

const mods = import.meta.glob<Record<string, unknown>>('../../playground/terminal/{tokenize,shorthand}.ts', {
  eager: true,
});
const pick = <T>(name: string): T | undefined =>
  Object.values(mods)
    .map((m) => m[name])
    .find((f) => typeof f === 'function') as T | undefined;
const tokenize = pick<Tokenize>('tokenize');
const parseParamValue = pick<ParseValue>('parseParamValue');

/** How a learner (or a copied AWS CLI example) quotes one word for a POSIX shell. */
const shellQuote = (w: string) => `'${w.replaceAll("'", `'\\''`)}'`;

describe('fuzz: terminal command-line parsing', () => {
  it.skipIf(!tokenize)(
    'tokenize never throws, and quoted words split back into the same words',
    () => {
      const split = tokenize as Tokenize;
      checkProperty(
        'tokenize(random line)',
        fc.property(fc.string({ maxLength: 80 }), (line) => {
          const t = split(line);
          expect(t.words.every((w) => typeof w === 'string')).toBe(true);
        }),
      );
      checkProperty(
        'tokenize(quoted words)',
        fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), (words) => {
          const t = split(words.map(shellQuote).join(' '));
          expect(t.unterminated).toBe(false);
          expect(t.words).toEqual(words);
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it.skipIf(!parseParamValue)(
    'parameter values: JSON or shorthand parse, or a message; never a throw',
    () => {
      const parse = parseParamValue as ParseValue;
      const noise = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: fc.constantFrom('A', 'b', '1', '=', ',', '[', ']', '{', '}', '"', ' ', '.'), maxLength: 30 }),
      );
      checkProperty(
        'parseParamValue(random)',
        fc.property(noise, (text) => {
          const r = parse(text);
          if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
        }),
      );
      const json = fc.oneof(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
      );
      checkProperty(
        'parseParamValue(JSON) round trip',
        fc.property(json, (v) => {
          expect(parse(JSON.stringify(v))).toEqual({ ok: true, value: JSON.parse(JSON.stringify(v)) });
        }),
      );
      const key = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,10}$/);
      const scalar = fc.stringMatching(/^[a-z0-9][a-z0-9.:/-]{0,12}$/);
      checkProperty(
        'parseParamValue(Key=Value,...) shorthand',
        fc.property(fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 5 }), (o) => {
          const text = Object.entries(o)
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
          expect(parse(text)).toEqual({ ok: true, value: o });
        }),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
