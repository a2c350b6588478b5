import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './index';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['10m', 600_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['90', 90_000],
    [45, 45_000],
    ['1.5h', 5_400_000],
  ])('%j → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'abc', '10x', '-5s', 's', '10 m x', -1, Number.NaN])('%j is invalid', (text) =>
    expect(parseDuration(text)).toBeNull(),
  );

  it('formatDuration round-trips', () => {
    for (const ms of [0, 500, 30_000, 5_400_000, 90_061_001]) expect(parseDuration(formatDuration(ms))).toBe(ms);
  });
});
