/**
 * Fuzzing share-link decoding: random fragments, valid links cut short, and links with one
 * character or one bit changed. decodeShareFragment never throws; it returns null (no link),
 * a message to show, or a state whose every field has its type; valid links round-trip.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareState,
  MAX_ENCODED_LENGTH,
  type ShareState,
} from '../../playground/ui/share/shareLink';
import { parseScenarioText } from '../../playground/engine/scenario/index';
import { presets } from '../../playground/scenarios/index';
import { FUZZ_TIMEOUT_MS, checkProperty } from './fuzzKit';

const state: fc.Arbitrary<ShareState> = fc.record({
  scenario: fc.oneof(fc.constantFrom(...presets.map((p) => p.text)), fc.string({ maxLength: 300 })),
  time: fc.integer({ min: 0, max: 86_400_000 * 7 }),
  actions: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 1e9 }),
      action: fc.jsonValue({ maxDepth: 2 }),
      label: fc.string({ maxLength: 30 }),
    }),
    { maxLength: 5 },
  ),
  selection: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
  panels: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  preset: fc.option(fc.constantFrom(...presets.map((p) => p.name)), { nil: null }),
});

/** The decoder's promise to the page: null, a message, or a fully typed state. */
function expectTyped(r: ReturnType<typeof decodeShareFragment>, where: string): void {
  if (r === null) return;
  if (!r.ok) {
    expect(typeof r.message === 'string' && r.message.length > 0, where).toBe(true);
    return;
  }
  const s = r.state;
  expect(typeof s.scenario, where).toBe('string');
  expect(Number.isFinite(s.time) && s.time >= 0, where).toBe(true);
  expect(
    Array.isArray(s.actions) && s.actions.every((a) => typeof a.at === 'number' && typeof a.label === 'string'),
    where,
  ).toBe(true);
  expect(s.selection === null || typeof s.selection === 'string', where).toBe(true);
  expect(Array.isArray(s.panels) && s.panels.every((p) => typeof p === 'string'), where).toBe(true);
  expect(s.preset === null || typeof s.preset === 'string', where).toBe(true);
  // What the page does next with the text must not throw either.
  parseScenarioText(s.scenario);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('fuzz: share-link decoding', () => {
  it(
    'random fragments give null, a message or a typed state',
    () => {
      const fragment = fc.oneof(
        fc.string({ maxLength: 120 }),
        fc.string({ unit: fc.constantFrom(...B64), maxLength: 200 }).map((d) => `#s=1.${d}`),
        fc.tuple(fc.string({ maxLength: 5 }), fc.string({ maxLength: 60 })).map(([v, d]) => `s=${v}.${d}&x=${d}`),
        fc.integer({ min: 0, max: 999 }).map((v) => `#s=${v}.eJyrVkrOz0nV1VJQ8klNS8nMS1dIzs8tKEotLk5VqAUAcbYHfA`),
      );
      checkProperty(
        'decodeShareFragment(random)',
        fc.property(fragment, (f) => expectTyped(decodeShareFragment(f), f)),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'an encoded state decodes to the same state (links that fit the limit)',
    () => {
      checkProperty(
        'share link round trip',
        fc.property(state, (s) => {
          const enc = encodeShareState(s);
          if (!enc.ok) {
            expect(enc.message).toContain(String(MAX_ENCODED_LENGTH));
            return;
          }
          const dec = decodeShareFragment(`#${enc.fragment}`);
          expect(dec).toEqual({ ok: true, state: JSON.parse(JSON.stringify(s)) });
        }),
        60,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'a valid link cut short, with one character replaced or one bit of its data flipped, never throws',
    () => {
      const damaged = fc
        .tuple(
          state,
          fc.nat(),
          fc.nat({ max: 7 }),
          fc.constantFrom('truncate', 'replace', 'flip'),
          fc.constantFrom(...B64),
        )
        .map(([s, at, bit, how, ch]) => {
          const enc = encodeShareState(s);
          const f = enc.ok ? enc.fragment : 's=1.';
          const i = at % f.length;
          if (how === 'truncate') return f.slice(0, i);
          if (how === 'replace') return f.slice(0, i) + ch + f.slice(i + 1);
          // flip one bit of the deflated bytes, then re-encode, so the damage passes the alphabet check
          const bytes = Uint8Array.from(atob(f.slice(4).replaceAll('-', '+').replaceAll('_', '/')), (c) =>
            c.charCodeAt(0),
          );
          if (bytes.length > 0) bytes[i % bytes.length]! ^= 1 << bit;
          return (
            's=1.' +
            btoa(String.fromCharCode(...bytes))
              .replaceAll('+', '-')
              .replaceAll('/', '_')
              .replace(/=+$/, '')
          );
        });
      checkProperty(
        'decodeShareFragment(damaged link)',
        fc.property(damaged, (f) => expectTyped(decodeShareFragment(f), f)),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
